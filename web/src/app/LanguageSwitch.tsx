import { Select } from "antd";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languages } from "../i18n/languages.js";
import { useLanguage } from "./LanguageProvider.js";

/** The language picker, labelled for screen readers; each language is named in itself. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, chooseLanguage } = useLanguage();
  const id = useId();
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      <label htmlFor={id}>{t("languages.label")}</label>
      <Select
        id={id}
        data-testid="language-switch"
        value={language}
        onChange={chooseLanguage}
        style={{ minWidth: 112 }}
        options={languages.map((option) => ({
          value: option,
          label: <span lang={option}>{t(`languages.${option}`)}</span>,
        }))}
      />
    </span>
  );
}
