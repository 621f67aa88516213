/** Data hooks and labels of the survey screens. */
import { SATISFACTION_LEVELS, SURVEY_AREAS, type SurveyArea } from "@domain/survey/areas.js";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A live subscription's latest value (undefined while loading) or its error, for `key`;
 * re-subscribes when the key changes and never shows a value of the previous key.
 */
export function useLive<T>(
  key: string,
  subscribe: (onData: (value: T) => void, onError: (error: Error) => void) => () => void,
): { value: T | undefined; error: string | null } {
  const [state, setState] = useState<{ key: string; value: T | undefined; error: string | null }>({
    key,
    value: undefined,
    error: null,
  });
  useEffect(
    () =>
      subscribe(
        (value) => {
          setState({ key, value, error: null });
        },
        (error) => {
          setState({ key, value: undefined, error: error.message });
        },
      ),
    // The subscription depends on the key only: callers build `subscribe` inline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return state.key === key ? state : { value: undefined, error: null };
}

type SurveyLanguage = "zh-Hant" | "zh-Hans" | "en";

/** The UI language as the domain's labels name it. */
export function useSurveyLanguage(): SurveyLanguage {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return language === "zh-Hans" || language === "en" ? language : "zh-Hant";
}

/** An area's name in a language. */
export function areaLabel(area: SurveyArea, language: SurveyLanguage): string {
  return SURVEY_AREAS.find((entry) => entry.key === area)?.labels[language] ?? area;
}

/** A level's name in a language (5 很滿意 … 1 很不滿意). */
export function levelLabel(level: number, language: SurveyLanguage): string {
  return (
    SATISFACTION_LEVELS.find((entry) => entry.level === level)?.labels[language] ?? String(level)
  );
}

/** A date and time in the estate's zone. */
export function formatTime(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
