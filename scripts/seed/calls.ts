/**
 * Seeds the demo estate's call reconciliation (B2.5a) so that `/calls` shows real data: a
 * carrier export of the duty line for the last two weeks, built from the desk's phone
 * receptions (so most calls match a record), with some connected calls nobody wrote down
 * (flags and B2.5a findings for whoever was on duty) and some missed calls (call-back tasks).
 * The export is a GBK CSV with the carrier's title line, imported by the same
 * `importCarrierFile` the callable runs; then the director clears one flag with a reason and
 * one call-back is marked done. Deterministic for a given day. Runs after `seedDesk`.
 */
import iconv from "iconv-lite";
import type { DecodedIdToken } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import { clearCallFlagAs } from "../../functions/src/callables/clearCallFlag.js";
import type { AuthData } from "../../functions/src/callables/validatedOnCall.js";
import type { CallbackTask } from "../../functions/src/domain/schema/callbackTask.js";
import { addDays, dayOf, dayRange, toZonedIso } from "../../functions/src/domain/time.js";
import { importCarrierFile } from "../../functions/src/firestore/carrierCallImport.js";
import { collections } from "../../functions/src/firestore/collections.js";
import { pick, seededRandom } from "./random.js";

const ZONE = "Asia/Shanghai";
const MINUTE = 60_000;
/** How many days of calls, before today. */
const DAYS = 14;
const DUTY_LINE = "010-6914 2200";
const DIRECTOR = "demo-director";

/** A row of the export, before it is written out. */
interface ExportRow {
  start: Date;
  seconds: number;
  number: string;
  type: "被叫" | "主叫" | "未接";
}

/** `2026-10-05 14:03:22` in the estate's zone, as the carrier writes it. */
function carrierTime(instant: Date): string {
  return toZonedIso(instant, ZONE).slice(0, 19).replace("T", " ");
}

/** The export as the carrier sends it: a title line, the header, the rows; GBK. */
function carrierExport(rows: readonly ExportRow[]): Buffer {
  const lines = [
    `北京電信 通話詳單 ${DUTY_LINE}`,
    "起始時間,通話時長,對方號碼,呼叫類型,通信地點,費用(元)",
    ...[...rows]
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((row) =>
        [carrierTime(row.start), String(row.seconds), row.number, row.type, "北京", "0.00"].join(
          ",",
        ),
      ),
  ];
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "gbk");
}

/** The demo estate's carrier calls; returns what the import found and what was cleared. */
export async function seedCalls(
  db: Firestore,
  estateId: string,
  now: Date,
): Promise<{
  rows: number;
  matched: number;
  unlogged: number;
  missed: number;
  cleared: number;
  callbacksDone: number;
}> {
  const today = dayOf(now, ZONE);
  const from = dayRange(addDays(today, -DAYS), ZONE).start;
  const random = seededRandom(Number(today.replaceAll("-", "")) + 7);
  const store = collections(db);
  const receptions = (await store.receptions(estateId).where("at", ">=", from).get()).docs
    .map((document) => document.data())
    .filter(
      (reception) =>
        (reception.channel === "phone_in" || reception.channel === "phone_out") &&
        reception.callerNumber !== "" &&
        reception.amends === null,
    );
  const people = (await store.people(estateId).limit(200).get()).docs.map((document) =>
    document.data(),
  );
  const numbers = people.flatMap((person) => person.phones.map((phone) => phone.number));

  // Every phone record's call: it began a minute or three before the record was written.
  const rows: ExportRow[] = receptions.map((reception) => ({
    start: new Date(reception.at.getTime() - (1 + Math.floor(random() * 3)) * MINUTE),
    seconds: 40 + Math.floor(random() * 260),
    number: reception.callerNumber,
    type: reception.channel === "phone_out" ? "主叫" : "被叫",
  }));
  // Calls nobody wrote down (on duty by day, one at night), and missed calls to call back.
  const randomInstant = (dayFrom: number, hourFrom: number, hours: number) => {
    const day = addDays(today, -(dayFrom + Math.floor(random() * (DAYS - dayFrom))));
    const minutes = Math.floor((hourFrom + random() * hours) * 60);
    return new Date(dayRange(day, ZONE).start.getTime() + minutes * MINUTE + 17_000);
  };
  for (let index = 0; index < 8; index += 1) {
    rows.push({
      start: index === 0 ? randomInstant(2, 2, 3) : randomInstant(1, 9, 9),
      seconds: 60 + Math.floor(random() * 240),
      number: pick(random, numbers),
      type: "被叫",
    });
  }
  for (let index = 0; index < 5; index += 1) {
    rows.push({
      start: randomInstant(1, 8, 12),
      seconds: 0,
      number: pick(random, numbers),
      type: "未接",
    });
  }
  const { callImport } = await importCarrierFile(
    db,
    {
      estateId,
      line: DUTY_LINE,
      fileName: `電信通話詳單-${today}.csv`,
      bytes: carrierExport(rows),
      uploadedBy: DIRECTOR,
    },
    now,
  );

  // The director clears one flag: the caller was a wrong number, no record was due.
  const flags = (await store.callFlags(estateId).where("status", "==", "open").get()).docs
    .map((document) => document.data())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  let cleared = 0;
  const first = flags[0];
  if (first !== undefined) {
    const director: AuthData = {
      uid: DIRECTOR,
      rawToken: "",
      token: { uid: DIRECTOR, estates: { [estateId]: "director" } } as unknown as DecodedIdToken,
    };
    await clearCallFlagAs(
      db,
      director,
      { estateId, flagId: first.id, reason: "來電者撥錯號碼,經回撥核實無需登記" },
      now,
    );
    cleared = 1;
  }

  // One call-back done, with what came of it.
  const tasks = (await store.callbackTasks(estateId).get()).docs
    .map((document) => document.data())
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  let callbacksDone = 0;
  const task = tasks[0];
  if (task?.status === "open") {
    const doneAt = new Date(task.start.getTime() + 20 * MINUTE);
    await store
      .callbackTasks(estateId)
      .doc(task.id)
      .set({
        ...task,
        status: "done",
        note: "已回撥,業主詢問停水時間,已告知",
        doneBy: "demo-cs",
        doneAt,
        updatedAt: doneAt,
        updatedBy: "demo-cs",
      } satisfies CallbackTask);
    callbacksDone = 1;
  }
  return {
    rows: callImport.rows,
    matched: callImport.matched,
    unlogged: callImport.unlogged,
    missed: callImport.missed,
    cleared,
    callbacksDone,
  };
}
