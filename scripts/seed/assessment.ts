/**
 * Seeds the assessment of the demo estate (B2, SPEC §8): four months of findings of several
 * rules (some confirmed, some cleared with a reason), each closed month's fee data (B2.10,
 * imported through the fee import, which stores the bills and the month's count), and the
 * closed months' scorecards computed by the same `recomputeMonth` the scheduled function runs,
 * over these findings and the real B2.1, B2.2 and B2.5a ones the desk and calls seeds made
 * (run it after them).
 * Deterministic: the same ids and contents on every run (months counted back from `now`).
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Finding } from "../../functions/src/domain/assessment/finding.js";
import { paths } from "../../functions/src/domain/paths.js";
import { logArrearsReminderAs } from "../../functions/src/callables/logArrearsReminder.js";
import type { AuthData } from "../../functions/src/callables/validatedOnCall.js";
import { importFeesAs } from "../../functions/src/callables/importFees.js";
import { householdLabel, type Household } from "../../functions/src/domain/schema/household.js";
import { storedFindingOf } from "../../functions/src/domain/schema/finding.js";
import {
  dayOf,
  fromLocalParts,
  monthOf,
  previousMonth,
  type MonthKey,
} from "../../functions/src/domain/time.js";
import { findingId } from "../../functions/src/firestore/findings.js";
import { recomputeMonth } from "../../functions/src/firestore/monthlyScores.js";
import { pick, seededRandom } from "./random.js";

const ZONE = "Asia/Shanghai";
const DIRECTOR = "demo-director";

/** Who the automatic and manual findings charge. */
const people = {
  customerService: ["demo-cs", "demo-cs2"],
  environment: ["demo-env"],
  order: ["demo-order"],
  maintenance: ["demo-maint"],
} as const;
const everyone = Object.values(people).flat();

type Recipe = Pick<Finding, "rule" | "source"> & {
  who: readonly string[] | null;
  teamId?: string;
  text: string;
};

/** The kinds of findings a month of the demo estate has, with how often each occurs. */
// B2.1 and B2.2 are not invented here: the desk seed's handovers and daily logs and the duty
// check over them make the real ones (seedDesk runs first). B2.5a is invented only in the
// months before the carrier calls the calls seed imports (`minAge`).
const recipes: readonly (Recipe & { perMonth: number; minAge?: number })[] = [
  { rule: "B2.3", source: "manual", who: everyone, perMonth: 2, text: "在崗未佩戴標誌牌" },
  { rule: "B2.4a", source: "manual", who: everyone, perMonth: 1, text: "對業主使用不文明語言" },
  {
    rule: "B2.4b",
    source: "manual",
    who: people.order,
    perMonth: 1,
    text: "與業主在停車場發生爭吵",
  },
  {
    rule: "B2.5a",
    source: "automatic",
    who: people.customerService,
    perMonth: 4,
    minAge: 1,
    text: "電信局有通話記錄,客服未登記",
  },
  {
    rule: "B2.5b",
    source: "automatic",
    who: people.maintenance,
    perMonth: 1,
    text: "上門維修,業主評價不滿意",
  },
  {
    rule: "B2.6",
    source: "manual",
    who: everyone,
    perMonth: 1,
    text: "業主投訴不熟悉房屋位置,經監督會查實",
  },
  {
    rule: "B2.8",
    source: "manual",
    who: null,
    teamId: "customerService",
    perMonth: 1,
    text: "欠費提醒未處理",
  },
  {
    rule: "B2.9",
    source: "manual",
    who: null,
    teamId: "environment",
    perMonth: 1,
    text: "裝修垃圾亂堆未處理",
  },
  {
    rule: "B2.11",
    source: "manual",
    who: people.customerService,
    perMonth: 1,
    text: "協助業主房屋質量維權成功",
  },
];

/** Findings of one month, on days before `lastDay` (so none lies in the future). */
function monthFindings(month: MonthKey, age: number, lastDay: number, seed: number): Finding[] {
  const random = seededRandom(seed);
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const findings: Finding[] = [];
  if (lastDay < 1) return findings;
  for (const recipe of recipes) {
    if (age < (recipe.minAge ?? 0)) continue;
    for (let index = 0; index < recipe.perMonth; index += 1) {
      const day = 1 + Math.floor(random() * Math.min(lastDay, 28));
      const hour = 8 + Math.floor(random() * 10);
      const at = fromLocalParts({ year, month: monthNumber, day, hour }, ZONE);
      if (at === null) continue;
      const staffId = recipe.who === null ? null : pick(random, recipe.who);
      const roll = random();
      const confirmed = roll < 0.45;
      const cleared = roll > 0.88;
      const later = new Date(at.getTime() + 86_400_000);
      const manual = recipe.source === "manual";
      findings.push({
        id: findingId(recipe.rule, "seed", month, String(index + 1)),
        rule: recipe.rule,
        staffId,
        teamId: recipe.teamId ?? null,
        at,
        status: cleared ? "cleared" : confirmed ? "confirmed" : "open",
        source: recipe.source,
        recordedBy: manual ? DIRECTOR : "seed",
        evidence: manual
          ? [{ kind: "text", text: recipe.text }]
          : [
              { kind: "text", text: recipe.text },
              { kind: "record", path: `estates/demo-estate/seedRecords/${recipe.rule}-${day}` },
            ],
        referForDismissal: false,
        confirmation: confirmed || cleared ? { by: DIRECTOR, at: later } : null,
        clearing: cleared ? { by: DIRECTOR, at: later, reason: "經核實不屬實" } : null,
      });
    }
  }
  return findings;
}

/** The share of demo households with an unpaid bill, by closed month: around the 25% baseline. */
const unpaidShareByAge = [0, 0.2, 0.29, 0.23];

/**
 * Seeds four months (the current one and the three before) and computes the three closed ones.
 *
 * @param writeAll the seed's batched writer
 */
export async function seedAssessment(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>,
): Promise<{ findings: number; months: MonthKey[] }> {
  const current = monthOf(now, ZONE);
  const months: MonthKey[] = [current];
  for (let age = 1; age < 4; age += 1) months.push(previousMonth(months[age - 1] ?? current));
  const today = Number(dayOf(now, ZONE).slice(8, 10));
  const documents: { path: string; data: object }[] = [];
  let count = 0;
  months.forEach((month, age) => {
    const lastDay = age === 0 ? today - 1 : 28;
    const seed = 5_000 + Number(month.replace("-", ""));
    for (const finding of monthFindings(month, age, lastDay, seed)) {
      const stored = storedFindingOf(estateId, finding, ZONE, finding.at);
      documents.push({ path: paths.finding(estateId, finding.id), data: stored });
      count += 1;
    }
  });
  await writeAll(db, documents);
  const closed = months.slice(1).reverse();
  const households = (await db.collection(paths.households(estateId)).get()).docs
    .map((snapshot) => snapshot.data() as Household)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const owing = new Map<MonthKey, string[]>();
  for (const month of closed) {
    const age = months.indexOf(month);
    owing.set(month, await importMonthFees(db, estateId, month, households, age, now));
  }
  for (const month of closed) await recomputeMonth(db, estateId, month, now, "seed");
  const last = months[1] ?? current;
  await seedReminders(db, estateId, last, owing.get(last) ?? [], now);
  return { findings: count, months: closed };
}

/**
 * B2.10 fee data of a closed month for every demo household (some unpaid, now and then the
 * month before too), imported as the director would upload it: a CSV through `importFeesAs`,
 * so that the bills and the month's stored count (chargeable, in arrears) come from the same
 * import code and always agree. Returns the labels of the households left owing.
 */
async function importMonthFees(
  db: Firestore,
  estateId: string,
  month: MonthKey,
  households: readonly Household[],
  age: number,
  now: Date,
): Promise<string[]> {
  const random = seededRandom(7_100 + Number(month.replace("-", "")));
  const share = unpaidShareByAge[age] ?? 0.25;
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const lines = ["房號,計費期間,應收金額,實收金額"];
  const owing: string[] = [];
  for (const household of households) {
    const label = householdLabel(household);
    const dueFen = 20_000 + Math.round((household.areaSquareMetres ?? 90) * 250);
    const unpaid = random() < share;
    const paidFen = unpaid ? (random() < 0.5 ? 0 : Math.floor(dueFen / 2)) : dueFen;
    lines.push(`${label},${month},${yuan(dueFen)},${yuan(paidFen)}`);
    if (unpaid && random() < 0.3) lines.push(`${label},${previousMonth(month)},${yuan(dueFen)},0`);
    if (unpaid) owing.push(label);
  }
  const director = {
    uid: DIRECTOR,
    rawToken: "",
    token: { uid: DIRECTOR, estates: { [estateId]: "director" } },
  } as unknown as AuthData;
  const result = await importFeesAs(
    db,
    director,
    {
      estateId,
      month,
      teamId: "customerService",
      fileName: `物業費-${month}.csv`,
      contentBase64: Buffer.from(lines.join("\r\n"), "utf8").toString("base64"),
    },
    now,
  );
  if (result.rowErrors.length > 0) {
    throw new Error(
      `the seeded fee file of ${month} has bad rows: ${JSON.stringify(result.rowErrors)}`,
    );
  }
  return owing;
}

/**
 * Three arrears reminders of the month logged by customer service through
 * `logArrearsReminderAs`, which opens their arrearsReminder tickets (B2.8).
 */
async function seedReminders(
  db: Firestore,
  estateId: string,
  month: MonthKey,
  owing: readonly string[],
  now: Date,
): Promise<void> {
  const random = seededRandom(7_200 + Number(month.replace("-", "")));
  const customerService = {
    uid: "demo-cs",
    rawToken: "",
    token: { uid: "demo-cs", estates: { [estateId]: "customerService" } },
  } as unknown as AuthData;
  const channels = ["phone", "letter", "visit"] as const;
  for (const [index, household] of owing.slice(0, 3).entries()) {
    await logArrearsReminderAs(
      db,
      customerService,
      {
        estateId,
        reminderId: `seed-arrears-${month}-${String(index + 1)}`,
        month,
        household,
        channel: channels[index] ?? "phone",
        note: pick(random, ["業主表示月底前繳清", "已張貼催繳通知", "業主不在家，留下催繳單"]),
        remindedAt: new Date(now.getTime() - (index + 1) * 86_400_000),
      },
      now,
    );
  }
}
