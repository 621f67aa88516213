import { describe, expect, it } from "vitest";
import { languages } from "./languages.js";
import { resources } from "./resources.js";

type Tree = Readonly<Record<string, unknown>>;

/** Every leaf of a resource tree as `path → text`. */
function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "object" && value !== null) {
      for (const [leaf, text] of leaves(value as Tree, path)) found.set(leaf, text);
    } else {
      found.set(path, value);
    }
  }
  return found;
}

/** The `{{name}}` placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

describe("i18n: every visible string is translated (issue 2, item 6)", () => {
  const reference = leaves(resources["zh-Hant"]);

  it.each(languages)("%s has exactly the keys of zh-Hant", (language) => {
    expect([...leaves(resources[language]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(languages)("%s has only non-empty strings", (language) => {
    const bad = [...leaves(resources[language])].filter(
      ([, text]) => typeof text !== "string" || text.trim() === "",
    );
    expect(bad).toEqual([]);
  });

  it.each(languages)("%s uses the same placeholders as zh-Hant", (language) => {
    const translated = leaves(resources[language]);
    const differing = [...reference].filter(
      ([key, text]) =>
        placeholders(String(text)).join() !== placeholders(String(translated.get(key))).join(),
    );
    expect(differing).toEqual([]);
  });
});
