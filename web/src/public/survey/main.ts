/**
 * The owners' survey page (C1), opened from a household's link `/s/<token>` or its QR code:
 * no account, no Firebase SDK. Each asked area is rated on five levels (any may be left
 * unanswered), plus the campaign's extra questions and an opinion box; the owner may correct
 * the answer until the campaign closes. zh-Hant by default, zh-Hans and English on request.
 */
import { SATISFACTION_LEVELS, SURVEY_AREAS, type SurveyLabels } from "@domain/survey/areas.js";
import { prepareAppCheck } from "../appCheck.js";
import { callPublic, type Refusal } from "../endpoint.js";
import { tokenFromLocation } from "../linkToken.js";
import { h } from "../dom.js";
import {
  fill,
  formatInstant,
  initialLanguage,
  rememberLanguage,
  type PublicLanguage,
  phoneStorage,
  prepareInstantFormat,
} from "../language.js";
import { languageSwitch } from "../languageSwitch.js";
import { surveyStrings, type SurveyStringKey } from "./strings.js";
import "./survey.css";

/** The opinion box's limit (the function enforces the same: `OPINION_MAX_LENGTH`). */
const OPINION_MAX = 1000;

type Level = 1 | 2 | 3 | 4 | 5;

interface Survey {
  title: string;
  estateName: string;
  household: string;
  opensAt: string;
  closesAt: string;
  areas: string[];
  extraQuestions: { key: string; labels: SurveyLabels }[];
  previous: {
    ratings: Record<string, Level | null>;
    extraAnswers: Record<string, Level | null>;
    opinion: string | null;
    submittedAt: string;
  } | null;
}

interface Submitted {
  ok: true;
  submittedAt: string;
  revisions: number;
  duplicate: boolean;
}

const storage = phoneStorage();

const state: {
  language: PublicLanguage;
  token: string | null;
  survey: Survey | null;
  refusal: Refusal | null;
  ratings: Record<string, Level | null>;
  extraAnswers: Record<string, Level | null>;
  opinion: string;
  view: "loading" | "form" | "thanks" | "refused";
  sending: boolean;
  message: string | null;
  submitted: Submitted | null;
  submissionId: string | null;
} = {
  language: initialLanguage(location.search, storage),
  token: tokenFromLocation(location),
  survey: null,
  refusal: null,
  ratings: {},
  extraAnswers: {},
  opinion: "",
  view: "loading",
  sending: false,
  message: null,
  submitted: null,
  submissionId: null,
};

const root = document.getElementById("survey") ?? document.body;

const t = (key: SurveyStringKey, values: Record<string, string | number> = {}) =>
  fill(surveyStrings[state.language][key], values);

const date = (iso: string) => formatInstant(iso, state.language);

function refusalText(refusal: Refusal): string {
  const known: Record<string, SurveyStringKey> = {
    unknownLink: "unknownLink",
    notOpen: "notOpen",
    closed: "closed",
    invalid: "invalid",
    tooLarge: "tooLarge",
    appCheck: "appCheck",
    network: "network",
  };
  const key = known[refusal.code] ?? "error";
  return t(key, { date: refusal.opensAt === undefined ? "" : date(refusal.opensAt) });
}

/** One question: a fieldset of five large radio buttons, and a button to leave it unanswered. */
function ratingQuestion(
  name: string,
  label: string,
  answers: Record<string, Level | null>,
): HTMLElement {
  const chosen = answers[name] ?? null;
  const legendId = `q-${name}`;
  const clear = h(
    "button",
    {
      type: "button",
      class: "clear",
      hidden: chosen === null,
      on: {
        click: () => {
          answers[name] = null;
          render(`${name}-5`);
        },
      },
    },
    t("clear"),
  );
  return h(
    "fieldset",
    { class: "question", "aria-describedby": `${legendId}-state` },
    h(
      "legend",
      { id: legendId },
      label,
      " ",
      h("span", { class: "optional" }, `(${t("optional")})`),
    ),
    h(
      "div",
      { class: "levels" },
      ...SATISFACTION_LEVELS.map(({ level, labels }) => {
        const id = `${name}-${String(level)}`;
        return h(
          "label",
          { class: `level level-${String(level)}`, for: id },
          h("input", {
            type: "radio",
            id,
            name,
            value: level,
            checked: chosen === level,
            on: {
              change: () => {
                answers[name] = level;
                render(id);
              },
            },
          }),
          h("span", {}, labels[state.language]),
        );
      }),
    ),
    h(
      "p",
      { class: "state", id: `${legendId}-state` },
      chosen === null
        ? t("unanswered")
        : t("answered", {
            level:
              SATISFACTION_LEVELS.find((entry) => entry.level === chosen)?.labels[state.language] ??
              "",
          }),
      " ",
      clear,
    ),
  );
}

function formView(survey: Survey): HTMLElement {
  const areaLabel = (key: string) =>
    SURVEY_AREAS.find((area) => area.key === key)?.labels[state.language] ?? key;
  const counter = h(
    "span",
    { class: "counter", "aria-live": "polite" },
    t("opinionCount", { count: state.opinion.length, max: OPINION_MAX }),
  );
  const form = h(
    "form",
    {
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          void submit();
        },
      },
    },
    ...survey.areas.map((key) => ratingQuestion(key, areaLabel(key), state.ratings)),
    survey.extraQuestions.length > 0 && h("h2", {}, t("extraHeading")),
    ...survey.extraQuestions.map((question) =>
      ratingQuestion(question.key, question.labels[state.language], state.extraAnswers),
    ),
    h(
      "div",
      { class: "opinion" },
      h("label", { for: "opinion" }, t("opinionLabel")),
      h("p", { class: "hint", id: "opinion-hint" }, t("opinionHint", { max: OPINION_MAX })),
      (() => {
        const box = h("textarea", {
          id: "opinion",
          name: "opinion",
          rows: 5,
          maxlength: OPINION_MAX,
          "aria-describedby": "opinion-hint",
          on: {
            input: (event) => {
              state.opinion = (event.target as HTMLTextAreaElement).value;
              counter.textContent = t("opinionCount", {
                count: state.opinion.length,
                max: OPINION_MAX,
              });
            },
          },
        });
        box.value = state.opinion;
        return box;
      })(),
      counter,
    ),
    state.message !== null && h("p", { class: "message", role: "alert" }, state.message),
    h(
      "button",
      {
        type: "submit",
        class: "submit",
        disabled: state.sending,
        "aria-busy": state.sending ? "true" : null,
      },
      state.sending ? t("submitting") : t("submit"),
    ),
  );
  return h(
    "main",
    {},
    h("p", { class: "intro" }, t("intro")),
    h("p", { class: "closes" }, t("closesAt", { date: date(survey.closesAt) })),
    survey.previous !== null &&
      h("p", { class: "notice" }, t("previousNotice", { date: date(survey.previous.submittedAt) })),
    form,
  );
}

function thanksView(survey: Survey, submitted: Submitted): HTMLElement {
  return h(
    "main",
    { class: "thanks" },
    h("h2", { tabindex: -1, id: "thanks" }, t("thanksTitle")),
    h("p", {}, t("thanksBody", { date: date(survey.closesAt) })),
    submitted.revisions > 1 && h("p", {}, t("thanksCorrected")),
    h(
      "button",
      {
        type: "button",
        class: "submit secondary",
        on: {
          click: () => {
            state.view = "form";
            render();
          },
        },
      },
      t("edit"),
    ),
  );
}

function render(focusId?: string): void {
  document.documentElement.lang = state.language;
  document.title =
    state.survey === null ? t("pageTitle") : `${state.survey.title} · ${t("pageTitle")}`;
  const survey = state.survey;
  const header = h(
    "header",
    {},
    languageSwitch(state.language, t("languageLabel"), (language) => {
      state.language = language;
      rememberLanguage(storage, language);
      render();
    }),
    h("p", { class: "estate" }, survey?.estateName ?? ""),
    h("h1", {}, survey?.title ?? t("pageTitle")),
    survey !== null &&
      h("p", { class: "household" }, t("household", { household: survey.household })),
  );
  let body: HTMLElement;
  if (state.view === "loading") body = h("main", { "aria-busy": "true" }, h("p", {}, t("loading")));
  else if (state.view === "refused" || survey === null) {
    body = h(
      "main",
      {},
      h(
        "p",
        { class: "refusal", role: "alert" },
        state.refusal === null ? t("noToken") : refusalText(state.refusal),
      ),
    );
  } else if (state.view === "thanks" && state.submitted !== null)
    body = thanksView(survey, state.submitted);
  else body = formView(survey);
  root.replaceChildren(header, body);
  if (focusId !== undefined) document.getElementById(focusId)?.focus();
}

async function open(): Promise<void> {
  if (state.token === null) {
    state.view = "refused";
    render();
    return;
  }
  const answer = await callPublic<{ ok: true; survey: Survey }>("openSurvey", {
    token: state.token,
  });
  if (!answer.ok) {
    state.refusal = answer;
    state.view = "refused";
  } else {
    state.survey = answer.survey;
    const previous = answer.survey.previous;
    state.ratings = { ...(previous?.ratings ?? {}) };
    state.extraAnswers = { ...(previous?.extraAnswers ?? {}) };
    state.opinion = previous?.opinion ?? "";
    state.view = "form";
  }
  render();
  if (state.view === "form") prepareAppCheck();
}

function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

async function submit(): Promise<void> {
  const survey = state.survey;
  if (survey === null || state.token === null || state.sending) return;
  const ratings = Object.fromEntries(survey.areas.map((key) => [key, state.ratings[key] ?? null]));
  const extraAnswers = Object.fromEntries(
    survey.extraQuestions.map((question) => [
      question.key,
      state.extraAnswers[question.key] ?? null,
    ]),
  );
  const opinion = state.opinion.trim();
  const empty =
    Object.values(ratings).every((level) => level === null) &&
    Object.values(extraAnswers).every((level) => level === null) &&
    opinion === "";
  if (empty) {
    state.message = t("emptyForm");
    render();
    return;
  }
  // One id per answer: a resend after a dropped connection is recognised, not counted twice.
  state.submissionId ??= newSubmissionId();
  state.sending = true;
  state.message = null;
  render();
  const answer = await callPublic<Submitted>("submitSurvey", {
    token: state.token,
    submissionId: state.submissionId,
    language: state.language,
    ratings,
    extraAnswers,
    opinion: opinion === "" ? null : opinion,
  });
  state.sending = false;
  if (answer.ok) {
    state.submitted = answer;
    state.submissionId = null;
    state.survey = {
      ...survey,
      previous: {
        ratings,
        extraAnswers,
        opinion: opinion === "" ? null : opinion,
        submittedAt: answer.submittedAt,
      },
    };
    state.view = "thanks";
    render("thanks");
    return;
  }
  if (answer.code === "unknownLink" || answer.code === "closed" || answer.code === "notOpen") {
    state.refusal = answer;
    state.view = "refused";
  } else {
    state.message = [refusalText(answer), ...(answer.reasons ?? [])].join(" ");
  }
  render();
}

// Send the first request before anything else, then draw the loading state and make the date
// formatter while it travels: on a slow network the content waits for the answer, not for these.
void open();
render();
prepareInstantFormat(state.language);
