import { ConfigProvider } from "antd";
import type { Locale } from "antd/es/locale/index.js";
import enUS from "antd/es/locale/en_US.js";
import zhCN from "antd/es/locale/zh_CN.js";
import zhTW from "antd/es/locale/zh_TW.js";
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, storeLanguage, type Language } from "../i18n/languages.js";

const antdLocales: Record<Language, Locale> = { "zh-Hant": zhTW, "zh-Hans": zhCN, en: enUS };

interface LanguageChoice {
  readonly language: Language;
  readonly chooseLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageChoice>({
  language: "zh-Hant",
  chooseLanguage: () => undefined,
});

/** The current language and the way to switch it. */
export function useLanguage(): LanguageChoice {
  return use(LanguageContext);
}

/**
 * Keeps i18next, Ant Design's locale, the document's `lang` and the stored choice in step.
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>(() =>
    isLanguage(i18n.language) ? i18n.language : "zh-Hant",
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const chooseLanguage = useCallback(
    (chosen: Language) => {
      storeLanguage(globalThis.localStorage, chosen);
      setLanguage(chosen);
      void i18n.changeLanguage(chosen);
    },
    [i18n],
  );

  const choice = useMemo(() => ({ language, chooseLanguage }), [language, chooseLanguage]);

  return (
    <LanguageContext value={choice}>
      <ConfigProvider
        locale={antdLocales[language]}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: "#0b5cab", colorLink: "#0b5cab", borderRadius: 6 } }}
      >
        {children}
      </ConfigProvider>
    </LanguageContext>
  );
}
