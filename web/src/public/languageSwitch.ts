/** The three-language switch of the owners' pages (繁體 / 简体 / EN), as pressed buttons. */
import { h } from "./dom.js";
import { publicLanguages, type PublicLanguage } from "./language.js";

const names: Record<PublicLanguage, string> = { "zh-Hant": "繁體", "zh-Hans": "简体", en: "EN" };

/** A `nav` of one button per language; `choose` is called with the language pressed. */
export function languageSwitch(
  current: PublicLanguage,
  label: string,
  choose: (language: PublicLanguage) => void,
): HTMLElement {
  return h(
    "nav",
    { class: "languages", "aria-label": label },
    ...publicLanguages.map((language) =>
      h(
        "button",
        {
          type: "button",
          lang: language,
          "aria-pressed": language === current ? "true" : "false",
          on: {
            click: () => {
              choose(language);
            },
          },
        },
        names[language],
      ),
    ),
  );
}
