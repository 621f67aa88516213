/**
 * The owners' side for staff (B.1.3, SPEC §12): notices and their receipts, household and
 * notice-board links, and the requests households sent from their pages, read live through the
 * rules; the callables that publish, withdraw, issue, revoke and answer. Loaded only by the
 * notices routes and the household link panel.
 */
import { collection, limit, orderBy, query, where } from "firebase/firestore";
import { paths } from "@domain/paths.js";
import { householdLinkSchema, type HouseholdLink } from "@domain/schema/householdLink.js";
import {
  noticeSchema,
  type Notice,
  type NoticeKind,
  type NoticeTarget,
  type NoticeText,
} from "@domain/schema/notice.js";
import { noticeBoardLinkSchema, type NoticeBoardLink } from "@domain/schema/noticeBoardLink.js";
import { noticeReceiptSchema, type NoticeReceipt } from "@domain/schema/noticeReceipt.js";
import { receptionSchema, type Reception } from "@domain/schema/reception.js";
import { firestore, watchQuery, type Records } from "./firestore.js";
import { callFunction } from "./functions.js";

type Unsubscribe = () => void;

/** The most notices the staff list shows (newest first). */
export const NOTICES_SHOWN = 100;

/** The estate's notices, newest first, live. */
export function watchNotices(
  estateId: string,
  onData: (notices: Records<Notice>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.notices(estateId)),
      orderBy("createdAt", "desc"),
      limit(NOTICES_SHOWN),
    ),
    noticeSchema,
    onData,
    onError,
  );
}

/** The receipts (confirmations) of one notice, live. */
export function watchReceipts(
  estateId: string,
  noticeId: string,
  onData: (receipts: Records<NoticeReceipt>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.noticeReceipts(estateId, noticeId)),
    noticeReceiptSchema,
    onData,
    onError,
  );
}

/** Every household of the estate (targets, who has not confirmed), live. */
export { watchHouseholds } from "./firestore.js";

/** A household's live page link (none, or one), live. */
export function watchHouseholdLinks(
  estateId: string,
  householdId: string,
  onData: (links: Records<HouseholdLink>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.householdLinks()),
      where("estateId", "==", estateId),
      where("householdId", "==", householdId),
      where("revokedAt", "==", null),
    ),
    householdLinkSchema,
    onData,
    onError,
  );
}

/** The estate's notice board links, live. */
export function watchNoticeBoardLinks(
  estateId: string,
  onData: (links: Records<NoticeBoardLink>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(collection(firestore(), paths.noticeBoardLinks()), where("estateId", "==", estateId)),
    noticeBoardLinkSchema,
    onData,
    onError,
  );
}

/** The most online contacts the requests list shows. */
export const REQUESTS_SHOWN = 100;

/** The estate's online contacts, newest first, live (household-page requests among them). */
export function watchOnlineReceptions(
  estateId: string,
  onData: (receptions: Records<Reception>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.receptions(estateId)),
      where("channel", "==", "online"),
      orderBy("at", "desc"),
      limit(REQUESTS_SHOWN),
    ),
    receptionSchema,
    onData,
    onError,
  );
}

/** What the publish form sends (see `callables/publishNotice.ts`). */
export interface NoticeDraft {
  kind: NoticeKind;
  title: NoticeText;
  body: NoticeText;
  target: NoticeTarget;
  startsAt: Date;
  endsAt: Date;
}

export function publishNotice(
  estateId: string,
  draft: NoticeDraft,
): Promise<{ noticeId: string; critical: boolean }> {
  return callFunction("publishNotice", {
    estateId,
    ...draft,
    startsAt: draft.startsAt.toISOString(),
    endsAt: draft.endsAt.toISOString(),
  });
}

export function withdrawNotice(estateId: string, noticeId: string): Promise<unknown> {
  return callFunction("withdrawNotice", { estateId, noticeId });
}

/** A freshly issued household link: the only time its token is seen. */
export interface IssuedHouseholdLink {
  token: string;
  linkId: string;
  label: string;
  replaced: number;
}

export function issueHouseholdLink(
  estateId: string,
  householdId: string,
): Promise<IssuedHouseholdLink> {
  return callFunction("issueHouseholdLink", { estateId, householdId });
}

export function revokeHouseholdLink(
  estateId: string,
  householdId: string,
): Promise<{ revoked: number }> {
  return callFunction("revokeHouseholdLink", { estateId, householdId });
}

export function issueNoticeBoardLink(
  estateId: string,
  label: string,
): Promise<{ token: string; linkId: string }> {
  return callFunction("issueNoticeBoardLink", { estateId, label });
}

export function revokeNoticeBoardLink(estateId: string, linkId: string): Promise<unknown> {
  return callFunction("revokeNoticeBoardLink", { estateId, linkId });
}

export function answerHouseholdRequest(
  estateId: string,
  receptionId: string,
  reply: string,
): Promise<{ receptionId: string; amended: boolean }> {
  return callFunction("answerHouseholdRequest", { estateId, receptionId, reply });
}
