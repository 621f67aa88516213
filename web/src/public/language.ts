/**
 * The language of a public page: zh-Hant by default, zh-Hans and English on request
 * (`?lang=`, or the owner's earlier choice on this phone).
 */
export const publicLanguages = ["zh-Hant", "zh-Hans", "en"] as const;
export type PublicLanguage = (typeof publicLanguages)[number];

const STORAGE_KEY = "huiyin.public.language";

/** Whether `value` names one of the three languages. */
export function isPublicLanguage(value: unknown): value is PublicLanguage {
  return typeof value === "string" && (publicLanguages as readonly string[]).includes(value);
}

/** This phone's local storage, or null where the browser refuses it (private browsing). */
export function phoneStorage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/** The language to start in: `?lang=`, then the stored choice, then zh-Hant. */
export function initialLanguage(
  search: string,
  storage: Pick<Storage, "getItem"> | null,
): PublicLanguage {
  const requested = new URLSearchParams(search).get("lang");
  if (isPublicLanguage(requested)) return requested;
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (isPublicLanguage(stored)) return stored;
  } catch {
    // Private browsing may refuse storage: the default language is fine.
  }
  return "zh-Hant";
}

/** Remembers the choice on this phone (silently skipped where storage is refused). */
export function rememberLanguage(
  storage: Pick<Storage, "setItem"> | null,
  language: PublicLanguage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to do: the choice lasts for this page.
  }
}

/** A string table: every key in each of the three languages. */
export type StringTable<Keys extends string> = Record<PublicLanguage, Record<Keys, string>>;

/** Replaces `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * One formatter per language: making an `Intl.DateTimeFormat` costs far more than using one
 * (~50 ms for the first, measured in `bench/emulator/firstRender.ts`: the largest share of an
 * owners' page's own script time in its first render).
 */
const instantFormats = new Map<PublicLanguage, Intl.DateTimeFormat>();

function instantFormat(language: PublicLanguage): Intl.DateTimeFormat {
  let format = instantFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Shanghai",
    });
    instantFormats.set(language, format);
  }
  return format;
}

/**
 * Makes the formatter now: a page calls this right after sending its first request, so the
 * work is done while the phone waits for the answer instead of after it.
 */
export function prepareInstantFormat(language: PublicLanguage): void {
  instantFormat(language);
}

/** A date-time in the page's language and the estate's zone (Asia/Shanghai). */
export function formatInstant(iso: string, language: PublicLanguage): string {
  return instantFormat(language).format(new Date(iso));
}
