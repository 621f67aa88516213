/**
 * i18next set up for the staff client: every visible string comes from `resources.ts`.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { defaultLanguage, languages, storedLanguage } from "./languages.js";
import { resources } from "./resources.js";

/** Starts i18next in the language stored on this device. */
export async function startI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      languages.map((language) => [language, { translation: resources[language] }]),
    ),
    lng: storedLanguage(globalThis.localStorage),
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    // No advertisement in the console.
    showSupportNotice: false,
  });
  return i18next;
}
