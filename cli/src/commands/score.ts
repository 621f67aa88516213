import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { z } from "zod";
import { arrearsCountSchema } from "../../../functions/src/domain/assessment/arrears.js";
import {
  CatalogueError,
  catalogueForMonth,
  catalogueVersions,
  isRuleCode,
  type RuleCode,
} from "../../../functions/src/domain/assessment/catalogue.js";
import {
  findingStatuses,
  type ScoredFinding,
} from "../../../functions/src/domain/assessment/finding.js";
import {
  ScoringError,
  scoreMonth,
  type Scorecard,
  type TeamArrears,
} from "../../../functions/src/domain/assessment/scoring.js";
import {
  DEFAULT_TIME_ZONE,
  isMonthKey,
  isValidTimeZone,
  type MonthKey,
} from "../../../functions/src/domain/time.js";
import { UsageError, requiredOption, toJson, type Command } from "../command.js";

const usage = `huiyin score --month YYYY-MM --findings FILE [--fees FILE] [--tz ${DEFAULT_TIME_ZONE}]

Scores one calendar month from files with the assessment catalogue in force that month
(SPEC §8, seed article 2 section 二). Touches no database.

  --month     the month to score, YYYY-MM
  --findings  JSON array of findings:
              {"id": "f1", "rule": "B2.5a", "staffId": "s1" | null, "teamId": "t1" | null,
               "at": ISO 8601, "status": "open" | "confirmed" | "cleared"}
              Points come from the catalogue; any "points" in the file are ignored.
              A finding belongs to the calendar month of "at" in --tz ("at" without an
              offset is read as wall-clock time in --tz). "cleared" never counts;
              B2.4a, B2.6, B2.11 and B2.13 count only when "confirmed"; the other rules
              when "open" or "confirmed". With a staffId it counts for that person,
              otherwise for the teamId. B2.10 is not a finding: it comes from --fees.
  --fees      JSON array of the month's arrears counts per team (B2.10):
              {"teamId": "t1", "month": "2026-10", "chargeable": 200, "inArrears": 55}
              Only rows whose month is --month count; at most one such row per team.
              Against the 25% baseline each whole percentage point above is -1000 and
              each whole point below +1000, truncated toward zero. chargeable 0 gives
              no B2.10 line. A team with chargeable > 0 always has a B2.10 line, even
              of 0 points (e.g. exactly 25.0%), and is then listed with "B2.10": 0.
  --tz        the estate's IANA time zone (default ${DEFAULT_TIME_ZONE})

Prints {"month", "people": [{"staffId", "points", "byRule"}], "teams": [{"teamId",
"points", "byRule"}]}, people and teams sorted by id, byRule in the seed's rule order
listing only rules with something counted; a person or team with nothing counted is
absent. An unknown rule code, a malformed finding or fee row, or a bad --month or --tz:
exit 2 with a message naming the finding's id (or its index when it has none), and
nothing on stdout.`;

/** One line of the printed result. */
interface SummaryRow {
  points: number;
  byRule: Partial<Record<RuleCode, number>>;
}

async function readJsonArray(path: string, option: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --${option} ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`--${option} ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--${option} ${path} must hold a JSON array`);
  return parsed as unknown[];
}

function fileFindingSchema(timeZone: string) {
  const id = z.string().min(1);
  return z.object({
    id,
    rule: z
      .string()
      .refine(isRuleCode, { error: (issue) => `unknown rule code ${JSON.stringify(issue.input)}` })
      .refine((code) => code !== "B2.10", {
        error: "B2.10 is scored from --fees, not from findings",
      })
      .transform((code) => code as RuleCode),
    staffId: id.nullable(),
    teamId: id.nullable(),
    at: z.string().transform((text, context) => {
      let instant = /^\d{4}-\d{2}-\d{2}/.test(text)
        ? DateTime.fromISO(text, { zone: timeZone })
        : DateTime.invalid("not a date");
      // Exports often write a space instead of the ISO "T": `2026-10-05 14:03:22+08:00`.
      if (!instant.isValid && /^\d{4}-\d{2}-\d{2} \d/.test(text)) {
        instant = DateTime.fromSQL(text, { zone: timeZone });
      }
      if (!instant.isValid) {
        context.addIssue({
          code: "custom",
          message: `${JSON.stringify(text)} is not an ISO 8601 date and time`,
        });
        return z.NEVER;
      }
      return instant.toJSDate();
    }),
    status: z.enum(findingStatuses, {
      error: () => `must be one of ${findingStatuses.map((status) => `"${status}"`).join(", ")}`,
    }),
  });
}

const feeRowSchema = z
  .object({
    teamId: z.string().min(1),
    month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
  })
  .and(arrearsCountSchema);

function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): string {
  return issues
    .map((issue) => {
      const field = issue.path.join(".");
      const key = issue.path[0];
      const missing =
        typeof raw === "object" &&
        raw !== null &&
        typeof key === "string" &&
        !(key in raw) &&
        issue.path.length === 1;
      if (missing) return `${field} is missing`;
      return field === "" ? issue.message : `${field}: ${issue.message}`;
    })
    .join("; ");
}

function nameOf(raw: unknown, index: number, noun: string): string {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== ""
    ? `${noun} "${id}" (index ${index})`
    : `${noun} at index ${index}`;
}

function parseFindings(raws: readonly unknown[], timeZone: string): ScoredFinding[] {
  const schema = fileFindingSchema(timeZone);
  const problems: string[] = [];
  const findings: ScoredFinding[] = [];
  const firstIndex = new Map<string, number>();
  raws.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      problems.push(
        `${nameOf(raw, index, "finding")}: ${describeIssues(result.error.issues, raw)}`,
      );
      return;
    }
    const finding = result.data;
    const earlier = firstIndex.get(finding.id);
    if (earlier !== undefined) {
      problems.push(`${nameOf(raw, index, "finding")}: the id is already used at index ${earlier}`);
      return;
    }
    firstIndex.set(finding.id, index);
    if (finding.staffId === null && finding.teamId === null) {
      problems.push(`${nameOf(raw, index, "finding")}: staffId and teamId are both null`);
      return;
    }
    findings.push(finding);
  });
  if (problems.length > 0) throw new UsageError(`--findings: ${problems.join("\n  ")}`);
  return findings;
}

function parseFees(raws: readonly unknown[], month: MonthKey): TeamArrears[] {
  const problems: string[] = [];
  const rows: TeamArrears[] = [];
  const teams = new Map<string, number>();
  raws.forEach((raw, index) => {
    const result = feeRowSchema.safeParse(raw);
    const team =
      typeof raw === "object" && raw !== null ? (raw as { teamId?: unknown }).teamId : undefined;
    const name =
      typeof team === "string" ? `fee row ${index} (team "${team}")` : `fee row at index ${index}`;
    if (!result.success) {
      problems.push(`${name}: ${describeIssues(result.error.issues, raw)}`);
      return;
    }
    const row = result.data;
    if (row.month !== month) return;
    const earlier = teams.get(row.teamId);
    if (earlier !== undefined) {
      problems.push(
        `${name}: team "${row.teamId}" already has a row for ${month} at index ${earlier}`,
      );
      return;
    }
    teams.set(row.teamId, index);
    rows.push({ teamId: row.teamId, chargeable: row.chargeable, inArrears: row.inArrears });
  });
  if (problems.length > 0) throw new UsageError(`--fees: ${problems.join("\n  ")}`);
  return rows;
}

function summary(card: Scorecard): SummaryRow {
  const byRule: Partial<Record<RuleCode, number>> = {};
  for (const line of card.lines) byRule[line.rule] = line.points;
  return { points: card.points, byRule };
}

/** `huiyin score`: one month's scores from findings and fees files. */
export const scoreCommand: Command = {
  name: "score",
  summary: "score a month (B2) from findings and fees files, with the catalogue in force",
  usage,
  options: {
    month: { type: "string" },
    findings: { type: "string" },
    fees: { type: "string" },
    tz: { type: "string" },
  },
  run: async (values, output) => {
    const month = requiredOption(values, "month");
    if (!isMonthKey(month)) {
      throw new UsageError(`--month must be a month YYYY-MM, got ${JSON.stringify(month)}`);
    }
    const tz = values.tz ?? DEFAULT_TIME_ZONE;
    if (typeof tz !== "string" || tz === "" || !isValidTimeZone(tz)) {
      throw new UsageError(`--tz must be an IANA time zone, got ${JSON.stringify(tz)}`);
    }
    const findingsPath = requiredOption(values, "findings");
    const feesPath = values.fees;
    if (feesPath !== undefined && (typeof feesPath !== "string" || feesPath === "")) {
      throw new UsageError("--fees needs a file");
    }
    const findings = parseFindings(await readJsonArray(findingsPath, "findings"), tz);
    const arrears =
      feesPath === undefined ? [] : parseFees(await readJsonArray(feesPath, "fees"), month);
    let catalogue;
    try {
      catalogue = catalogueForMonth(catalogueVersions, month);
    } catch (error) {
      if (error instanceof CatalogueError) throw new UsageError(error.message);
      throw error;
    }
    let score;
    try {
      score = scoreMonth({ month, timeZone: tz, catalogue, findings, arrears });
    } catch (error) {
      if (error instanceof ScoringError) throw new UsageError(error.message);
      throw error;
    }
    output.stdout(
      toJson({
        month,
        people: score.people.map((card) => ({ staffId: card.subject.id, ...summary(card) })),
        teams: score.teams.map((card) => ({ teamId: card.subject.id, ...summary(card) })),
      }),
    );
    return 0;
  },
};
