/**
 * The languages of the staff client and where the choice is kept. Chinese first: Traditional
 * Chinese is the default.
 */
export const languages = ["zh-Hant", "zh-Hans", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "zh-Hant";

const STORAGE_KEY = "huiyin.language";

/** Whether a text names one of the supported languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The language chosen earlier on this device, or the default. */
export function storedLanguage(storage: Pick<Storage, "getItem"> | undefined): Language {
  const stored = storage?.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : defaultLanguage;
}

/** Remembers the language on this device. */
export function storeLanguage(storage: Pick<Storage, "setItem">, language: Language): void {
  storage.setItem(STORAGE_KEY, language);
}
