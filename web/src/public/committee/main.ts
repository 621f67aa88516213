/**
 * The owners' committee's read-only report (C5), opened from `/r/<token>`: the campaign's
 * figures and targets, each area and building, the common opinions (topics and counts) and
 * the rectification progress. No Firebase SDK; the function returns no individual answer.
 */
import { SURVEY_AREAS } from "@domain/survey/areas.js";
import { callPublic, type Refusal } from "../endpoint.js";
import { tokenFromLocation } from "../linkToken.js";
import { h } from "../dom.js";
import {
  fill,
  formatInstant,
  initialLanguage,
  publicLanguages,
  rememberLanguage,
  type PublicLanguage,
  phoneStorage,
  prepareInstantFormat,
} from "../language.js";
import { committeeStrings, type CommitteeStringKey } from "./strings.js";
import "./committee.css";

interface TargetResult {
  value: number | null;
  target: number;
  met: boolean | null;
}
interface Figures {
  answered: number;
  satisfied: number;
  rate: number | null;
  mean?: number | null;
}
interface Report {
  estateName: string;
  title: string;
  opensAt: string;
  closesAt: string;
  areas: string[];
  statistics: {
    returned: number;
    issued: number | null;
    responseRate: number | null;
    overall: Figures;
    areas: Record<string, Figures>;
    byBuilding: Record<string, { returned: number; overallRate: number | null }>;
  } | null;
  occupiedHouseholds: number | null;
  targetResults: {
    linksIssued: TargetResult;
    returned: TargetResult;
    overall: TargetResult;
    areas: Record<string, TargetResult>;
  } | null;
  /** The campaign's extra questions with their figures (aggregates only). */
  extraQuestions?: (Figures & { key: string; labels: Record<PublicLanguage, string> })[];
  commonOpinions: { topic: string; count: number; areas: string[] }[];
  computedAt: string | null;
  rectification: {
    progress: { total: number; open: number; inProgress: number; done: number; overdue: number };
    tasks: {
      title: string;
      department: CommitteeStringKey;
      ownerName: string;
      deadline: string;
      status: "open" | "inProgress" | "done";
      progressNote: string;
      outcome: string | null;
      overdue: boolean;
    }[];
  };
}

const storage = phoneStorage();
let language: PublicLanguage = initialLanguage(location.search, storage);
let report: Report | null = null;
let refusal: Refusal | null = null;
const root = document.getElementById("committee") ?? document.body;

const t = (key: CommitteeStringKey, values: Record<string, string | number> = {}) =>
  fill(committeeStrings[language][key], values);
const percent = (rate: number | null) =>
  rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
const areaName = (key: string) =>
  SURVEY_AREAS.find((area) => area.key === key)?.labels[language] ?? key;

function verdict(result: TargetResult | undefined): HTMLElement | null {
  if (result === undefined) return null;
  const [key, tone] =
    result.met === null
      ? (["noFigure", "none"] as const)
      : result.met
        ? (["met", "met"] as const)
        : (["notMet", "missed"] as const);
  return h("span", { class: `verdict ${tone}` }, t(key));
}

function bar(rate: number | null): HTMLElement {
  const width = rate === null ? 0 : Math.round(rate * 100);
  return h(
    "span",
    { class: "bar", "aria-hidden": "true" },
    h("span", { class: "fill", style: `width:${String(width)}%` }),
  );
}

/** The extra questions' figures, as the director's report shows them; nothing when none is asked. */
function extraQuestionsView(questions: NonNullable<Report["extraQuestions"]>): HTMLElement | null {
  if (questions.length === 0) return null;
  return h(
    "section",
    { "data-testid": "committee-extra" },
    h("h2", {}, t("extraQuestions")),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, t("question")),
          h("th", {}, t("answered")),
          h("th", {}, t("rate")),
          h("th", {}, t("mean")),
        ),
      ),
      h(
        "tbody",
        {},
        ...questions.map((question) =>
          h(
            "tr",
            {},
            h("td", {}, question.labels[language]),
            h("td", {}, String(question.answered)),
            h("td", {}, percent(question.rate), " ", bar(question.rate)),
            h(
              "td",
              {},
              question.mean === null || question.mean === undefined
                ? "—"
                : question.mean.toFixed(2),
            ),
          ),
        ),
      ),
    ),
  );
}

function reportView(data: Report): HTMLElement {
  const statistics = data.statistics;
  const targets = data.targetResults;
  const card = (label: string, value: string, result?: TargetResult) =>
    h(
      "div",
      { class: "card" },
      h("p", { class: "label" }, label),
      h("p", { class: "value" }, value),
      result !== undefined &&
        h(
          "p",
          { class: "note" },
          t("target", { target: percent(result.target) }),
          " ",
          verdict(result),
        ),
    );
  const progress = data.rectification.progress;
  return h(
    "main",
    {},
    h("p", { class: "readonly" }, t("readOnly")),
    h("h2", {}, t("summary")),
    statistics === null || targets === null
      ? h("p", {}, t("noFigure"))
      : h(
          "div",
          { class: "cards" },
          card(
            t("linksIssued"),
            `${String(statistics.issued ?? 0)} / ${String(data.occupiedHouseholds ?? 0)}`,
          ),
          card(t("coverage"), percent(targets.linksIssued.value), targets.linksIssued),
          card(t("returned"), String(statistics.returned)),
          card(t("responseRate"), percent(statistics.responseRate), targets.returned),
          card(t("overall"), percent(statistics.overall.rate), targets.overall),
        ),
    statistics !== null &&
      h(
        "section",
        {},
        h("h2", {}, t("areas")),
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, t("area")),
              h("th", {}, t("rate")),
              h("th", {}, t("mean")),
              h("th", {}, ""),
            ),
          ),
          h(
            "tbody",
            {},
            ...data.areas.map((area) => {
              const figures = statistics.areas[area];
              return h(
                "tr",
                {},
                h("td", {}, areaName(area)),
                h("td", {}, percent(figures?.rate ?? null), " ", bar(figures?.rate ?? null)),
                h(
                  "td",
                  {},
                  figures?.mean === null || figures?.mean === undefined
                    ? "—"
                    : figures.mean.toFixed(2),
                ),
                h("td", {}, verdict(targets?.areas[area])),
              );
            }),
          ),
        ),
        h("h2", {}, t("buildings")),
        h(
          "table",
          {},
          h(
            "tbody",
            {},
            ...Object.entries(statistics.byBuilding).map(([building, figures]) =>
              h(
                "tr",
                {},
                h("td", {}, t("building", { building })),
                h("td", {}, percent(figures.overallRate), " ", bar(figures.overallRate)),
              ),
            ),
          ),
        ),
      ),
    extraQuestionsView(data.extraQuestions ?? []),
    h("h2", {}, t("opinions")),
    data.commonOpinions.length === 0
      ? h("p", {}, t("noOpinions"))
      : h(
          "ol",
          {},
          ...data.commonOpinions.map((topic) =>
            h(
              "li",
              {},
              h("strong", {}, topic.topic),
              ` · ${t("opinionCount", { count: topic.count })}`,
              topic.areas.length > 0 ? ` · ${topic.areas.map(areaName).join("、")}` : "",
            ),
          ),
        ),
    h("h2", {}, t("rectification")),
    h("p", { "data-testid": "committee-progress" }, t("progress", { ...progress })),
    data.rectification.tasks.length === 0
      ? h("p", {}, t("noTasks"))
      : h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, ""),
              h("th", {}, t("department")),
              h("th", {}, t("owner")),
              h("th", {}, t("deadline")),
              h("th", {}, t("status")),
            ),
          ),
          h(
            "tbody",
            {},
            ...data.rectification.tasks.map((task) =>
              h(
                "tr",
                {},
                h("td", {}, task.title),
                h("td", {}, t(task.department)),
                h("td", {}, task.ownerName),
                h(
                  "td",
                  {},
                  formatInstant(task.deadline, language),
                  task.overdue && h("span", { class: "verdict missed" }, ` ${t("overdue")}`),
                ),
                h("td", {}, t(task.status), task.outcome === null ? "" : `:${task.outcome}`),
              ),
            ),
          ),
        ),
    data.computedAt !== null &&
      h(
        "p",
        { class: "updated" },
        t("updated", { time: formatInstant(data.computedAt, language) }),
      ),
  );
}

function render(): void {
  document.documentElement.lang = language;
  document.title = report === null ? t("pageTitle") : `${report.title} · ${t("pageTitle")}`;
  const names: Record<PublicLanguage, string> = { "zh-Hant": "繁體", "zh-Hans": "简体", en: "EN" };
  const header = h(
    "header",
    {},
    h(
      "nav",
      { class: "languages", "aria-label": t("languageLabel") },
      ...publicLanguages.map((choice) =>
        h(
          "button",
          {
            type: "button",
            lang: choice,
            "aria-pressed": choice === language ? "true" : "false",
            on: {
              click: () => {
                language = choice;
                rememberLanguage(storage, choice);
                render();
              },
            },
          },
          names[choice],
        ),
      ),
      h(
        "button",
        {
          type: "button",
          on: {
            click: () => {
              globalThis.print();
            },
          },
        },
        t("print"),
      ),
    ),
    h("p", { class: "estate" }, report?.estateName ?? ""),
    h("h1", {}, t("pageTitle")),
    report !== null && h("h2", { class: "title" }, report.title),
    report !== null &&
      h(
        "p",
        {},
        t("period", {
          from: formatInstant(report.opensAt, language),
          to: formatInstant(report.closesAt, language),
        }),
      ),
  );
  let body: HTMLElement;
  if (report !== null) body = reportView(report);
  else if (refusal !== null) {
    const key: CommitteeStringKey =
      refusal.code === "unknownLink"
        ? "unknownLink"
        : refusal.code === "network"
          ? "network"
          : "error";
    body = h("main", {}, h("p", { class: "refusal", role: "alert" }, t(key)));
  } else body = h("main", { "aria-busy": "true" }, h("p", {}, t("loading")));
  root.replaceChildren(header, body);
}

async function open(): Promise<void> {
  const token = tokenFromLocation(location);
  if (token === null) {
    refusal = { ok: false, code: "unknownLink", message: t("noToken") };
    render();
    return;
  }
  const answer = await callPublic<{ ok: true; report: Report }>("committeeReport", { token });
  if (answer.ok) report = answer.report;
  else refusal = answer;
  render();
}

// Send the first request before anything else, then draw the loading state and make the date
// formatter while it travels: on a slow network the content waits for the answer, not for these.
void open();
render();
prepareInstantFormat(language);
