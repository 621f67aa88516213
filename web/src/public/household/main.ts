/**
 * The household page (SPEC §12), opened from the household's link `/h/<token>` or the QR code
 * on its welcome sheet: no account, no Firebase SDK. It shows the notices for this household
 * (confirming critical ones), its tickets and their state, its signed on-site service records
 * (the signed copy on demand; confirm or dispute), the promises made to it and whether they were
 * kept, the open survey, and the household's requests with the desk's replies, and sends new
 * requests. It polls `householdPage` every `refreshSeconds` (15 s) with
 * the version it shows, and skips polls while hidden; the request form is built once so a poll
 * never disturbs what the owner is typing.
 */
import {
  HOUSEHOLD_REQUEST_KINDS,
  HOUSEHOLD_REQUEST_MAX,
  type HouseholdRequestKind,
} from "@domain/householdPage/requestKinds.js";
import { h } from "../dom.js";
import { prepareAppCheck } from "../appCheck.js";
import { callPublic, type Refusal } from "../endpoint.js";
import { tokenFromLocation } from "../linkToken.js";
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
import { noticeCard, type PublicNotice } from "../notices/noticeCard.js";
import type {
  OwnerPromiseView,
  OwnerTicket,
  OwnerVisit,
} from "@domain/householdPage/projection.js";
import {
  householdStrings,
  promiseStateNames,
  ratingNames,
  requestKindNames,
  ticketStatusNames,
  type HouseholdStringKey,
} from "./strings.js";
import "../owner.css";

interface OwnerNotice extends PublicNotice {
  confirmedAt: string | null;
}

interface OwnerRequest {
  requestId: string;
  kind: HouseholdRequestKind;
  content: string;
  sentAt: string;
  reply: string | null;
  repliedAt: string | null;
}

interface OwnerSurvey {
  campaignId: string;
  title: string;
  closesAt: string;
  answered: boolean;
}

interface Page {
  estateName: string;
  dutyPhone: string;
  household: string;
  refreshSeconds: number;
  notices: OwnerNotice[];
  requests: OwnerRequest[];
  surveys: OwnerSurvey[];
  tickets: OwnerTicket[];
  visits: OwnerVisit[];
  promises: OwnerPromiseView[];
}

/** A signed copy as `householdAction` opens it (the tickets issue's `ownerCopyOf`). */
interface VisitCopy {
  signatureDataUrl: string | null;
  staffName: string;
  ticketTitle: string;
}

type PageAnswer =
  | { ok: true; unchanged: true; version: string }
  | { ok: true; unchanged: false; version: string; page: Page };

const storage = phoneStorage();

const state: {
  language: PublicLanguage;
  token: string | null;
  page: Page | null;
  version: string | null;
  refusal: Refusal | null;
  refreshedAt: Date | null;
  busy: Set<string>;
  message: string | null;
  requestKind: HouseholdRequestKind;
  requestId: string | null;
  sending: boolean;
  formMessage: string | null;
  copies: Map<string, VisitCopy>;
  disputing: string | null;
} = {
  language: initialLanguage(location.search, storage),
  token: tokenFromLocation(location),
  page: null,
  version: null,
  refusal: null,
  refreshedAt: null,
  busy: new Set(),
  message: null,
  requestKind: "repair",
  requestId: null,
  sending: false,
  formMessage: null,
  copies: new Map(),
  disputing: null,
};

const root = document.getElementById("household") ?? document.body;

function t(key: HouseholdStringKey, values: Record<string, string | number> = {}): string {
  return fill(householdStrings[state.language][key], values);
}

const date = (iso: string) => formatInstant(iso, state.language);

function refusalText(refusal: Refusal): string {
  const key = refusal.code as HouseholdStringKey;
  return key in householdStrings[state.language] ? t(key) : t("error");
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// ---- The request form: built once, kept across polls -----------------------------------

const textarea = h("textarea", {
  id: "request-content",
  name: "content",
  rows: 4,
  maxlength: HOUSEHOLD_REQUEST_MAX,
  "aria-describedby": "request-hint",
});
const kindInputs = HOUSEHOLD_REQUEST_KINDS.map((kind) =>
  h("input", {
    type: "radio",
    name: "kind",
    value: kind,
    checked: kind === state.requestKind,
    on: {
      change: () => {
        state.requestKind = kind;
        // A new kind is a new request (a resend keeps its id only while unchanged).
        state.requestId = null;
      },
    },
  }),
);
textarea.addEventListener("input", () => {
  state.requestId = null;
});
const formStatus = h("p", { role: "status", "aria-live": "polite", id: "request-status" });
const sendButton = h("button", { type: "submit", class: "primary" });
const kindLegend = h("legend");
const kindLabels = HOUSEHOLD_REQUEST_KINDS.map((kind, index) =>
  h("label", {}, kindInputs[index] ?? null, h("span", { "data-kind": kind })),
);
const contentLabel = h("label", { for: "request-content" });
const hint = h("p", { class: "muted", id: "request-hint" });
const form = h(
  "form",
  {
    novalidate: true,
    on: {
      submit: (event) => {
        event.preventDefault();
        void sendRequest();
      },
    },
  },
  h("fieldset", { class: "kinds" }, kindLegend, ...kindLabels),
  contentLabel,
  textarea,
  hint,
  formStatus,
  sendButton,
);

function refreshForm(): void {
  kindLegend.textContent = t("requestKind");
  for (const label of kindLabels) {
    const span = label.querySelector("span");
    const kind = span?.getAttribute("data-kind") as HouseholdRequestKind | null;
    if (span !== null && kind !== null) span.textContent = requestKindNames[state.language][kind];
  }
  contentLabel.textContent = t("requestContent");
  hint.textContent = t("requestHint", { max: HOUSEHOLD_REQUEST_MAX });
  sendButton.textContent = state.sending ? t("sending") : t("send");
  sendButton.disabled = state.sending;
  formStatus.textContent = state.formMessage ?? "";
}

// ---- Sections ---------------------------------------------------------------------------

function noticesSection(page: Page): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "notices-heading" },
    h("h2", { id: "notices-heading" }, t("noticesHeading")),
    page.notices.length === 0 && h("p", { class: "muted" }, t("noNotices")),
    ...page.notices.map((notice) => {
      let footer: Node | null = null;
      if (notice.critical && notice.confirmedAt !== null) {
        footer = h(
          "p",
          { class: "confirmed" },
          t("confirmedAt", { date: date(notice.confirmedAt) }),
        );
      } else if (notice.critical) {
        const busy = state.busy.has(notice.id);
        footer = h(
          "div",
          {},
          h("p", { class: "status" }, t("confirmAsk")),
          h(
            "button",
            {
              type: "button",
              class: "primary",
              disabled: busy,
              "data-confirm": notice.id,
              on: {
                click: () => {
                  void confirmNotice(notice.id);
                },
              },
            },
            busy ? t("confirming") : t("confirm"),
          ),
        );
      }
      return noticeCard(notice, state.language, footer);
    }),
  );
}

function ticketsSection(page: Page): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "tickets-heading" },
    h("h2", { id: "tickets-heading" }, t("ticketsHeading")),
    page.tickets.length === 0 && h("p", { class: "muted" }, t("noTickets")),
    ...page.tickets.map((ticket) =>
      h(
        "article",
        { class: "card", "data-ticket": ticket.id },
        h(
          "p",
          { class: "tags" },
          h(
            "span",
            { class: `tag status-${ticket.status}`, "data-status": ticket.status },
            ticketStatusNames[state.language][ticket.status],
          ),
          h("span", { class: "tag" }, t(ticket.charge)),
        ),
        h("h3", {}, ticket.title),
        h(
          "p",
          { class: "period" },
          t("ticketOpened", { date: date(ticket.openedAt) }),
          " · ",
          t("ticketDue", { date: date(ticket.dueAt) }),
        ),
        ticket.steps.length > 0 &&
          h(
            "ol",
            { class: "steps" },
            ...ticket.steps.map((step) =>
              h("li", {}, `${ticketStatusNames[state.language][step.to]} · ${date(step.at)}`),
            ),
          ),
      ),
    ),
  );
}

function visitAnswer(visit: OwnerVisit): Node {
  if (visit.ownerResponse !== null) {
    const response = visit.ownerResponse;
    return h(
      "p",
      { class: response.kind === "confirmed" ? "confirmed" : "status" },
      response.kind === "confirmed"
        ? t("visitConfirmed", { date: date(response.at) })
        : t("visitDisputed", { date: date(response.at), note: response.note }),
    );
  }
  const busy = state.busy.has(visit.id);
  if (state.disputing === visit.id) {
    const note = h("textarea", { id: `dispute-${visit.id}`, rows: 3, maxlength: 2000 });
    return h(
      "div",
      {},
      h("label", { for: `dispute-${visit.id}` }, t("disputeNote")),
      note,
      h(
        "button",
        {
          type: "button",
          class: "primary",
          disabled: busy,
          on: {
            click: () => {
              if (note.value.trim() === "") {
                state.message = t("disputeNoteRequired");
                render();
                return;
              }
              void answerVisit(visit.id, "disputed", note.value.trim());
            },
          },
        },
        t("disputeVisit"),
      ),
    );
  }
  return h(
    "p",
    { class: "tags" },
    h(
      "button",
      {
        type: "button",
        class: "primary",
        disabled: busy,
        on: {
          click: () => {
            void answerVisit(visit.id, "confirmed", "");
          },
        },
      },
      t("confirmVisit"),
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        disabled: busy,
        on: {
          click: () => {
            state.disputing = visit.id;
            render();
          },
        },
      },
      t("disputeVisit"),
    ),
  );
}

function visitsSection(page: Page): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "visits-heading" },
    h("h2", { id: "visits-heading" }, t("visitsHeading")),
    page.visits.length === 0 && h("p", { class: "muted" }, t("noVisits")),
    ...page.visits.map((visit) => {
      const copy = state.copies.get(visit.id);
      return h(
        "article",
        { class: "card", "data-visit": visit.id },
        h("p", { class: "tags" }, h("span", { class: "tag" }, t(visit.charge))),
        h("p", { class: "body" }, visit.workDone),
        visit.doneAt !== null &&
          h("p", { class: "period" }, t("visitDone", { date: date(visit.doneAt) })),
        visit.signerName !== null &&
          visit.signedAt !== null &&
          h(
            "p",
            { class: "period" },
            t("visitSigned", { name: visit.signerName, date: date(visit.signedAt) }),
          ),
        visit.rating !== null &&
          h("p", {}, t("visitRating", { rating: ratingNames[state.language][visit.rating] })),
        ...visit.amendments.map((amendment) =>
          h(
            "p",
            { class: "status" },
            t("visitAmended", { date: date(amendment.at), text: amendment.text }),
          ),
        ),
        visit.signedHash !== null &&
          h("p", { class: "muted hash" }, t("copyHash", { hash: visit.signedHash.slice(0, 12) })),
        copy === undefined
          ? h(
              "button",
              {
                type: "button",
                class: "secondary",
                on: {
                  click: () => {
                    void openCopy(visit.id);
                  },
                },
              },
              t("viewCopy"),
            )
          : copy.signatureDataUrl !== null &&
              h("img", {
                class: "signature",
                src: copy.signatureDataUrl,
                alt: t("visitSigned", {
                  name: visit.signerName ?? "",
                  date: date(visit.signedAt ?? ""),
                }),
              }),
        visitAnswer(visit),
      );
    }),
  );
}

function promisesSection(page: Page): HTMLElement | null {
  if (page.promises.length === 0) return null;
  return h(
    "section",
    { "aria-labelledby": "promises-heading" },
    h("h2", { id: "promises-heading" }, t("promisesHeading")),
    ...page.promises.map((promise) =>
      h(
        "article",
        { class: "card", "data-promise": promise.id },
        h(
          "p",
          { class: "tags" },
          h(
            "span",
            { class: `tag promise-${promise.state}` },
            promiseStateNames[state.language][promise.state],
          ),
        ),
        h("p", { class: "body" }, promise.question),
        h("p", { class: "period" }, t("promiseDue", { date: date(promise.answerDueAt) })),
        promise.answer !== null &&
          h(
            "div",
            { class: "reply" },
            t("promiseAnswered", {
              date: date(promise.answer.answeredAt),
              text: promise.answer.text,
            }),
          ),
      ),
    ),
  );
}

function surveySection(page: Page): HTMLElement | null {
  if (page.surveys.length === 0) return null;
  return h(
    "section",
    { "aria-labelledby": "survey-heading" },
    h("h2", { id: "survey-heading" }, t("surveyHeading")),
    ...page.surveys.map((survey) =>
      h(
        "div",
        { class: "card" },
        h("p", {}, t("surveyCloses", { title: survey.title, date: date(survey.closesAt) })),
        survey.answered && h("p", { class: "confirmed" }, t("surveyAnswered")),
        h(
          "button",
          {
            type: "button",
            class: "primary",
            disabled: state.busy.has(survey.campaignId),
            on: {
              click: () => {
                void openSurvey(survey.campaignId);
              },
            },
          },
          survey.answered ? t("surveyCorrect") : t("surveyAnswer"),
        ),
      ),
    ),
  );
}

function requestsList(page: Page): HTMLElement {
  return h(
    "div",
    { id: "requests" },
    page.requests.length === 0 && h("p", { class: "muted" }, t("noRequests")),
    ...page.requests.map((request) =>
      h(
        "article",
        { class: "card", "data-request": request.requestId },
        h(
          "p",
          { class: "tags" },
          h("span", { class: "tag" }, requestKindNames[state.language][request.kind]),
          h("span", { class: "muted" }, t("sentAt", { date: date(request.sentAt) })),
        ),
        h("p", { class: "body" }, request.content),
        request.reply === null || request.repliedAt === null
          ? h("p", { class: "status" }, t("awaitingReply"))
          : h(
              "div",
              { class: "reply" },
              h("strong", {}, t("replyLabel", { date: date(request.repliedAt) })),
              h("p", { class: "body" }, request.reply),
            ),
      ),
    ),
  );
}

function render(): void {
  document.documentElement.lang = state.language;
  const page = state.page;
  document.title = page === null ? t("pageTitle") : `${page.household} · ${t("pageTitle")}`;
  const header = h(
    "header",
    {},
    languageSwitch(state.language, t("languageLabel"), (language) => {
      state.language = language;
      rememberLanguage(storage, language);
      render();
    }),
    h("p", { class: "estate" }, page?.estateName ?? ""),
    h("h1", {}, t("pageTitle")),
    page !== null && h("p", { class: "muted" }, t("household", { household: page.household })),
  );
  let main: HTMLElement;
  if (state.refusal !== null && (page === null || state.refusal.code === "revoked")) {
    // A revoked or unknown link: a clear message and nothing else.
    main = h("main", {}, h("p", { class: "refusal", role: "alert" }, refusalText(state.refusal)));
  } else if (state.token === null) {
    main = h("main", {}, h("p", { class: "refusal", role: "alert" }, t("noToken")));
  } else if (page === null) {
    main = h("main", { "aria-busy": "true" }, h("p", {}, t("loading")));
  } else {
    refreshForm();
    main = h(
      "main",
      {},
      state.message !== null && h("p", { class: "message", role: "alert" }, state.message),
      noticesSection(page),
      ticketsSection(page),
      visitsSection(page),
      promisesSection(page),
      surveySection(page),
      h(
        "section",
        { "aria-labelledby": "requests-heading" },
        h("h2", { id: "requests-heading" }, t("requestsHeading")),
        h("p", { class: "muted" }, t("requestIntro")),
        form,
        requestsList(page),
      ),
      h(
        "footer",
        {},
        page.dutyPhone !== "" && h("p", {}, t("dutyPhone", { phone: page.dutyPhone })),
        state.refreshedAt !== null &&
          h(
            "p",
            { id: "refreshed" },
            t("refreshed", {
              seconds: page.refreshSeconds,
              time: formatInstant(state.refreshedAt.toISOString(), state.language),
            }),
          ),
      ),
    );
  }
  root.replaceChildren(h("div", { class: "page" }, header, main));
}

// ---- Talking to the functions -----------------------------------------------------------

async function load(): Promise<void> {
  if (state.token === null) {
    render();
    return;
  }
  const answer = await callPublic<PageAnswer>("householdPage", {
    token: state.token,
    ...(state.version === null ? {} : { version: state.version }),
  });
  const firstShown = answer.ok && state.page === null;
  if (!answer.ok) {
    // A network hiccup while the page is shown keeps what is shown; the next poll retries.
    if (answer.code === "network" && state.page !== null) return;
    state.refusal = answer;
  } else {
    state.refusal = null;
    state.refreshedAt = new Date();
    state.version = answer.version;
    if (!answer.unchanged) state.page = answer.page;
  }
  render();
  if (firstShown) prepareAppCheck();
}

async function act(body: Record<string, unknown>): Promise<Record<string, unknown> | null> {
  if (state.token === null) return null;
  const answer = await callPublic<{ ok: true } & Record<string, unknown>>("householdAction", {
    token: state.token,
    ...body,
  });
  if (answer.ok) return answer;
  if (answer.code === "revoked" || answer.code === "unknownLink") state.refusal = answer;
  else state.message = refusalText(answer);
  return null;
}

async function confirmNotice(noticeId: string): Promise<void> {
  state.busy.add(noticeId);
  state.message = null;
  render();
  await act({ action: "confirmNotice", noticeId });
  state.busy.delete(noticeId);
  await load();
}

async function openSurvey(campaignId: string): Promise<void> {
  state.busy.add(campaignId);
  render();
  const answer = await act({ action: "openSurvey", campaignId });
  state.busy.delete(campaignId);
  const surveyToken = answer?.surveyToken;
  if (typeof surveyToken === "string") {
    location.assign(`/s/${surveyToken}?lang=${state.language}`);
    return;
  }
  render();
}

async function openCopy(visitId: string): Promise<void> {
  state.busy.add(visitId);
  render();
  const answer = await act({ action: "openVisitCopy", visitId });
  state.busy.delete(visitId);
  const copy = answer?.copy as VisitCopy | undefined;
  if (copy !== undefined) state.copies.set(visitId, copy);
  render();
}

async function answerVisit(
  visitId: string,
  answer: "confirmed" | "disputed",
  note: string,
): Promise<void> {
  state.busy.add(visitId);
  state.message = null;
  render();
  await act({ action: "answerVisit", visitId, answer, note });
  state.busy.delete(visitId);
  state.disputing = null;
  await load();
}

async function sendRequest(): Promise<void> {
  const content = textarea.value.trim();
  if (state.sending) return;
  if (content === "") {
    state.formMessage = t("emptyRequest");
    refreshForm();
    textarea.focus();
    return;
  }
  // One id per request: a resend after a dropped connection is the same request.
  state.requestId ??= newId();
  state.sending = true;
  state.formMessage = null;
  refreshForm();
  const answer = await act({
    action: "sendRequest",
    requestId: state.requestId,
    kind: state.requestKind,
    content,
  });
  state.sending = false;
  if (answer !== null) {
    textarea.value = "";
    state.requestId = null;
    state.formMessage = t("sent");
    await load();
  } else {
    state.formMessage = state.message;
    state.message = null;
    render();
  }
  refreshForm();
}

// ---- Polling ----------------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | null = null;

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  const seconds = state.page?.refreshSeconds ?? 15;
  timer = setTimeout(() => {
    timer = null;
    if (state.refusal?.code === "revoked" || state.refusal?.code === "unknownLink") return;
    if (document.visibilityState === "visible") {
      void load().finally(schedule);
    } else schedule();
  }, seconds * 1000);
}

document.addEventListener("visibilitychange", () => {
  // Back on the page: show what changed at once rather than at the next tick.
  if (document.visibilityState === "visible" && state.page !== null) void load();
});

// Send the first request before anything else, then draw the loading state and make the date
// formatter while it travels: on a slow network the content waits for the answer, not for these.
void load().finally(schedule);
render();
prepareInstantFormat(state.language);
