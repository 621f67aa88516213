import { describe, expect, it } from "vitest";
import { publicLanguages } from "../language.js";
import { surveyStrings } from "./strings.js";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("C1 the survey page speaks zh-Hant (default), zh-Hans and English", () => {
  const keys = Object.keys(surveyStrings["zh-Hant"]);

  it.each(publicLanguages)("%s has every text, none empty", (language) => {
    expect(Object.keys(surveyStrings[language]).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(surveyStrings[language][key as keyof (typeof surveyStrings)["en"]].trim()).not.toBe(
        "",
      );
    }
  });

  it.each(keys)("%s has the same placeholders in the three languages", (key) => {
    const name = key as keyof (typeof surveyStrings)["en"];
    const expected = placeholders(surveyStrings["zh-Hant"][name]);
    expect(placeholders(surveyStrings["zh-Hans"][name])).toEqual(expected);
    expect(placeholders(surveyStrings.en[name])).toEqual(expected);
  });
});
