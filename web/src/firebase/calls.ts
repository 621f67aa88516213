/**
 * Firebase access of the call reconciliation screens (B2.5a): the carrier export upload and
 * the supervisor's clearing (callables), the open unlogged-call flags and call-back tasks
 * live, the recent imports, and marking a call-back done. Pulls in Firestore and Functions:
 * load it with `import("./calls.js")`.
 */
import type { RowError } from "@domain/rowProblem.js";
import {
  collection,
  doc,
  setDoc,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  where,
} from "firebase/firestore";
import { paths } from "@domain/paths.js";
import { callFlagSchema, type CallFlag } from "@domain/schema/callFlag.js";
import { callImportSchema, type CallImport } from "@domain/schema/callImport.js";
import { callbackTaskSchema, type CallbackTask } from "@domain/schema/callbackTask.js";
import {
  callSettingsSchema,
  defaultCallSettings,
  type CallSettings,
} from "@domain/schema/callSettings.js";
import { currentUid } from "./app.js";
import { firestore, parseSnapshot, watchQuery, type Records } from "./firestore.js";
import { callFunction } from "./functions.js";

type Unsubscribe = () => void;

/** The open unlogged-call flags of the estate, newest call first, live (`callFlagsByStatus`). */
export function watchOpenCallFlags(
  estateId: string,
  onData: (flags: Records<CallFlag>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.callFlags(estateId)),
    where("status", "==", "open"),
    orderBy("start", "desc"),
  );
  return watchQuery(source, callFlagSchema, onData, onError);
}

/** The open call-back tasks (missed calls), newest first, live (`callbackTasksByStatus`). */
export function watchOpenCallbackTasks(
  estateId: string,
  onData: (tasks: Records<CallbackTask>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.callbackTasks(estateId)),
    where("status", "==", "open"),
    orderBy("start", "desc"),
  );
  return watchQuery(source, callbackTaskSchema, onData, onError);
}

/** The latest carrier exports uploaded, newest first, live (`callImportsNewestFirst`). */
export function watchRecentCallImports(
  estateId: string,
  count: number,
  onData: (imports: Records<CallImport>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.callImports(estateId)),
    orderBy("uploadedAt", "desc"),
    limit(count),
  );
  return watchQuery(source, callImportSchema, onData, onError);
}

/** Marks a call-back done with what came of it (customer service, director, admin). */
export async function markCallbackDone(
  estateId: string,
  taskId: string,
  note: string,
): Promise<void> {
  const uid = currentUid();
  await updateDoc(doc(firestore(), paths.callbackTask(estateId, taskId)), {
    status: "done",
    note: note.trim(),
    doneBy: uid,
    doneAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/** What `importCarrierCalls` answers (functions/src/callables/importCarrierCalls.ts). */
export interface CallImportSummary {
  importId: string;
  alreadyImported: boolean;
  rows: number;
  newCalls: number;
  connected: number;
  missed: number;
  matched: number;
  unlogged: number;
  errorCount: number;
  /** Bad rows: the English reason and the problems the screen translates. */
  errors: RowError[];
}

/** Uploads a duty line's carrier export (CSV, XLSX, XLS) as base64; resolves with the summary. */
export function importCarrierCalls(input: {
  estateId: string;
  line: string;
  fileName: string;
  contentBase64: string;
}): Promise<CallImportSummary> {
  return callFunction<CallImportSummary>("importCarrierCalls", input);
}

/** A director or admin clears an open flag with a reason. */
export function clearCallFlag(estateId: string, flagId: string, reason: string): Promise<unknown> {
  return callFunction("clearCallFlag", { estateId, flagId, reason });
}

/** The estate's B2.5a settings, live; the defaults until one is saved. */
export function watchCallSettings(
  estateId: string,
  onData: (settings: CallSettings) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), paths.callSettings(estateId)),
    (snapshot) => {
      onData(parseSnapshot(callSettingsSchema, snapshot) ?? defaultCallSettings(estateId));
    },
    onError,
  );
}

/** Saves the estate's tolerance and shortest connected call (director, admin). */
export async function saveCallSettings(
  estateId: string,
  settings: Pick<CallSettings, "toleranceMinutes" | "minSeconds">,
): Promise<void> {
  await setDoc(doc(firestore(), paths.callSettings(estateId)), {
    id: "calls",
    estateId,
    toleranceMinutes: settings.toleranceMinutes,
    minSeconds: settings.minSeconds,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}
