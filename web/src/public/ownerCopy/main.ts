/**
 * The owner's copy of an on-site service record (B2.5), opened from the link or QR code the
 * staff member shows after the owner signed (`/v/<token>`): no account, no Firebase SDK. It
 * shows the record as signed and lets the owner confirm it or dispute it, once.
 */
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
import { ownerCopyStrings, type OwnerCopyStringKey } from "./strings.js";
import "./ownerCopy.css";

/** The copy as `openOwnerCopy` answers it. */
interface OwnerCopy {
  estateName: string;
  household: string;
  ticketTitle: string;
  staffName: string;
  staffBadge: string;
  charge: "paid" | "unpaid";
  workDone: string;
  doneAt: string | null;
  signerName: string | null;
  signedAt: string | null;
  signatureDataUrl: string | null;
  rating: "satisfied" | "fair" | "dissatisfied" | null;
  signedHash: string | null;
  amendments: { at: string; text: string }[];
  ownerResponse: { kind: "confirmed" | "disputed"; at: string; note: string } | null;
}

const storage = phoneStorage();

const state: {
  language: PublicLanguage;
  token: string | null;
  copy: OwnerCopy | null;
  message: string | null;
  sending: boolean;
  note: string;
} = {
  language: initialLanguage(location.search, storage),
  token: tokenFromLocation(location),
  copy: null,
  message: null,
  sending: false,
  note: "",
};

const t = (key: OwnerCopyStringKey, values: Record<string, string | number> = {}) =>
  fill(ownerCopyStrings[state.language][key], values);

function refusalText(refusal: Refusal): string {
  const reason = (refusal as Refusal & { reason?: string }).reason;
  if (refusal.code === "closed") return t(reason === "answered" ? "answered" : "expired");
  if (refusal.code === "invalid")
    return t("invalid", { reasons: (refusal.reasons ?? []).join("; ") });
  if (refusal.code === "unknownLink" || refusal.code === "network") return t(refusal.code);
  return t("error");
}

async function answer(kind: "confirmed" | "disputed"): Promise<void> {
  if (state.token === null || state.sending) return;
  if (kind === "disputed" && state.note.trim() === "") {
    state.message = t("disputeNoteRequired");
    render();
    return;
  }
  state.sending = true;
  render();
  const reply = await callPublic<{ ok: true; answer: "confirmed" | "disputed"; at: string }>(
    "answerOwnerCopy",
    { token: state.token, answer: kind, note: state.note },
  );
  state.sending = false;
  if (reply.ok && state.copy !== null) {
    state.copy.ownerResponse = { kind: reply.answer, at: reply.at, note: state.note };
    state.message = null;
  } else if (!reply.ok) {
    state.message = refusalText(reply);
  }
  render();
}

function copyView(copy: OwnerCopy): HTMLElement[] {
  const time = (iso: string | null) => (iso === null ? "" : formatInstant(iso, state.language));
  const parts: HTMLElement[] = [
    h(
      "p",
      { class: "muted" },
      t("household", { estate: copy.estateName, household: copy.household }),
    ),
    h("h2", {}, copy.ticketTitle),
    h("h3", {}, t("work")),
    h("p", { "data-testid": "copy-work" }, copy.workDone),
    h("p", {}, t("staff", { name: copy.staffName, badge: copy.staffBadge })),
    h("p", {}, t("doneAt", { time: time(copy.doneAt) })),
    h("p", {}, t("charge", { charge: t(copy.charge) })),
    h(
      "p",
      { "data-testid": "copy-signed" },
      t("signedBy", { name: copy.signerName ?? "", time: time(copy.signedAt) }),
    ),
  ];
  if (copy.signatureDataUrl !== null) {
    parts.push(
      h("img", { class: "signature", src: copy.signatureDataUrl, alt: copy.signerName ?? "" }),
    );
  }
  if (copy.rating !== null) parts.push(h("p", {}, t("rating", { rating: t(copy.rating) })));
  if (copy.amendments.length > 0) {
    parts.push(
      h("h3", {}, t("amendments")),
      h("ul", {}, ...copy.amendments.map((item) => h("li", {}, `${time(item.at)} ${item.text}`))),
    );
  }
  parts.push(h("p", { class: "hash" }, t("hash", { hash: (copy.signedHash ?? "").slice(0, 16) })));
  if (copy.ownerResponse !== null) {
    parts.push(
      h(
        "p",
        { class: "answer", role: "status", "data-testid": "copy-answer" },
        t(copy.ownerResponse.kind === "confirmed" ? "confirmed" : "disputed"),
      ),
    );
    return parts;
  }
  const note = h("textarea", {
    id: "dispute-note",
    rows: 3,
    maxlength: 2000,
    on: {
      input: (event) => {
        state.note = (event.target as HTMLTextAreaElement).value;
      },
    },
  });
  note.value = state.note;
  parts.push(
    h(
      "section",
      { class: "answer-form", "aria-labelledby": "question" },
      h("h3", { id: "question" }, t("question")),
      h(
        "button",
        {
          type: "button",
          class: "primary",
          disabled: state.sending,
          on: { click: () => void answer("confirmed") },
        },
        state.sending ? t("sending") : t("confirm"),
      ),
      h("label", { for: "dispute-note" }, t("disputeNote")),
      note,
      h(
        "button",
        { type: "button", disabled: state.sending, on: { click: () => void answer("disputed") } },
        t("dispute"),
      ),
    ),
  );
  return parts;
}

function render(): void {
  document.documentElement.lang = state.language;
  document.title = t("pageTitle");
  const root = document.getElementById("owner-copy");
  if (root === null) return;
  const body: (HTMLElement | null)[] = [
    h(
      "header",
      {},
      languageSwitch(state.language, t("languageLabel"), (language) => {
        state.language = language;
        rememberLanguage(storage, language);
        render();
      }),
      h("h1", {}, t("pageTitle")),
    ),
    state.message === null ? null : h("p", { class: "message", role: "alert" }, state.message),
  ];
  if (state.copy !== null) body.push(...copyView(state.copy));
  else if (state.message === null) body.push(h("p", {}, t("loading")));
  root.replaceChildren(...body.filter((node): node is HTMLElement => node !== null));
}

async function open(): Promise<void> {
  if (state.token === null) {
    state.message = t("noToken");
    render();
    return;
  }
  const reply = await callPublic<{ ok: true; copy: OwnerCopy }>("openOwnerCopy", {
    token: state.token,
  });
  if (reply.ok) state.copy = reply.copy;
  else state.message = refusalText(reply);
  render();
  if (reply.ok) prepareAppCheck();
}

// Send the first request before anything else, then draw the loading state and make the date
// formatter while it travels: on a slow network the content waits for the answer, not for these.
void open();
render();
prepareInstantFormat(state.language);
