import type { Language } from "./languages.js";
import type { Resource } from "./resource.js";
import { en } from "./en.js";
import { zhHans } from "./zhHans.js";
import { zhHant } from "./zhHant.js";

/** Every language's strings, one tree per language with the same keys. */
export const resources: Record<Language, Resource> = {
  "zh-Hant": zhHant,
  "zh-Hans": zhHans,
  en,
};
