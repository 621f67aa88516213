/**
 * Monthly scoring (服務質量標準分值, SPEC §8, all clauses of B2): every person's and team's
 * points for one calendar month, computed from the findings and the month's arrears counts,
 * never from a running total. Pure: the same input always gives the same scorecards.
 */
import { monthRange, type MonthKey } from "../time.js";
import { arrearsLine, type ArrearsCount, type ArrearsLine } from "./arrears.js";
import { ruleOrder, type CatalogueVersion, type Rule, type RuleCode } from "./catalogue.js";
import type { FindingStatus, ScoredFinding } from "./finding.js";

/** One team's households for B2.10 in the month being scored. */
export interface TeamArrears extends ArrearsCount {
  teamId: string;
}

/** Who a scorecard belongs to. */
export interface ScorecardSubject {
  kind: "person" | "team";
  /** The staff id of a person or the team id of a team. */
  id: string;
}

/** One rule's line on a scorecard. */
export interface ScorecardLine {
  rule: RuleCode;
  points: number;
  /** The counted findings, sorted, so that each line opens its evidence. Empty for B2.10. */
  findingIds: string[];
  /** The rate, baseline and counts behind a B2.10 line; null on every other line. */
  arrears: ArrearsLine | null;
}

/** A person's or team's score for one month, rule by rule. */
export interface Scorecard {
  month: MonthKey;
  catalogueVersion: string;
  subject: ScorecardSubject;
  points: number;
  /** In the seed's rule order; only rules with something counted. */
  lines: ScorecardLine[];
}

/** The scorecards of one month: people and teams, each sorted by id. */
export interface MonthScore {
  month: MonthKey;
  timeZone: string;
  catalogueVersion: string;
  people: Scorecard[];
  teams: Scorecard[];
}

/** What one month's scoring reads. */
export interface ScoringInput {
  month: MonthKey;
  /** The estate's zone; a finding belongs to the calendar month of `at` in this zone. */
  timeZone: string;
  /** The catalogue version in force in `month` (see `catalogueForMonth`). */
  catalogue: CatalogueVersion;
  findings: readonly ScoredFinding[];
  /** The month's arrears counts per team (B2.10); a team with nothing chargeable gets no line. */
  arrears?: readonly TeamArrears[];
}

/** Input scoring cannot use; names the finding (id, else index) or team at fault. */
export class ScoringError extends Error {
  override name = "ScoringError";
}

/**
 * Whether a finding counts: a cleared one never; one of a rule that needs confirmation
 * (B2.4a, B2.6, B2.11, B2.13) only when confirmed; any other when open or confirmed.
 */
export function findingCounts(rule: Rule, status: FindingStatus): boolean {
  if (status === "cleared") return false;
  return !rule.countsOnlyWhenConfirmed || status === "confirmed";
}

/** Orders ids by UTF-16 code units, the same on every machine and locale. */
export function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function describe(finding: ScoredFinding, index: number): string {
  return typeof finding.id === "string" && finding.id !== ""
    ? `finding "${finding.id}"`
    : `finding at index ${index}`;
}

type Tally = Map<string, Map<RuleCode, string[]>>;

function add(tally: Tally, id: string, rule: RuleCode, findingId: string): void {
  let byRule = tally.get(id);
  if (byRule === undefined) {
    byRule = new Map();
    tally.set(id, byRule);
  }
  const ids = byRule.get(rule);
  if (ids === undefined) byRule.set(rule, [findingId]);
  else ids.push(findingId);
}

/**
 * Scores one month. Throws a ScoringError for a finding of the month whose rule the catalogue
 * version lacks, a B2.10 finding (B2.10 comes from the fees), a finding naming neither person nor
 * team, an unreadable instant, a repeated finding id, or a team with two arrears counts.
 */
export function scoreMonth(input: ScoringInput): MonthScore {
  const { month, timeZone, catalogue } = input;
  const rules = new Map<RuleCode, Rule>(catalogue.rules.map((rule) => [rule.code, rule]));
  const range = monthRange(month, timeZone);
  const start = range.start.getTime();
  const end = range.end.getTime();
  const people: Tally = new Map();
  const teams: Tally = new Map();
  const seen = new Set<string>();

  input.findings.forEach((finding, index) => {
    if (seen.has(finding.id)) throw new ScoringError(`${describe(finding, index)} appears twice`);
    seen.add(finding.id);
    const instant = finding.at.getTime();
    if (Number.isNaN(instant))
      throw new ScoringError(`${describe(finding, index)}: "at" is not a valid instant`);
    // The half-open range of the month in the zone is the same test as monthOf(at) === month.
    if (instant < start || instant >= end) return;
    if (finding.rule === "B2.10") {
      throw new ScoringError(
        `${describe(finding, index)}: B2.10 is scored from the fees, not from findings`,
      );
    }
    const rule = rules.get(finding.rule);
    if (rule === undefined) {
      throw new ScoringError(
        `${describe(finding, index)}: rule ${finding.rule} is not in catalogue ${catalogue.version}, in force in ${month}`,
      );
    }
    if (!findingCounts(rule, finding.status)) return;
    if (finding.staffId !== null) add(people, finding.staffId, rule.code, finding.id);
    else if (finding.teamId !== null) add(teams, finding.teamId, rule.code, finding.id);
    else
      throw new ScoringError(
        `${describe(finding, index)} names neither a person (staffId) nor a team (teamId)`,
      );
  });

  const arrearsByTeam = new Map<string, ArrearsLine>();
  for (const count of input.arrears ?? []) {
    if (arrearsByTeam.has(count.teamId)) {
      throw new ScoringError(`team "${count.teamId}" has more than one arrears count for ${month}`);
    }
    const fees = rules.get("B2.10");
    if (fees === undefined || fees.baselinePercent === null) {
      throw new ScoringError(`catalogue ${catalogue.version} has no B2.10 rule with a baseline`);
    }
    const line = arrearsLine(count, fees.baselinePercent, fees.points);
    if (line !== null) arrearsByTeam.set(count.teamId, line);
  }

  const header = { month, catalogueVersion: catalogue.version };
  const card = (kind: ScorecardSubject["kind"], id: string, lines: ScorecardLine[]): Scorecard => ({
    ...header,
    subject: { kind, id },
    points: lines.reduce((sum, line) => sum + line.points, 0),
    lines,
  });
  const findingLines = (byRule: Map<RuleCode, string[]> | undefined): ScorecardLine[] =>
    [...(byRule ?? new Map<RuleCode, string[]>())]
      .sort(([left], [right]) => ruleOrder(left) - ruleOrder(right))
      .map(([code, ids]) => ({
        rule: code,
        points: (rules.get(code)?.points ?? 0) * ids.length,
        findingIds: ids.sort(compareIds),
        arrears: null,
      }));

  const peopleCards = [...people.keys()]
    .sort(compareIds)
    .map((id) => card("person", id, findingLines(people.get(id))));
  const teamIds = [...new Set([...teams.keys(), ...arrearsByTeam.keys()])].sort(compareIds);
  const teamCards = teamIds.map((id) => {
    const lines = findingLines(teams.get(id));
    const fees = arrearsByTeam.get(id);
    if (fees !== undefined) {
      lines.push({ rule: "B2.10", points: fees.points, findingIds: [], arrears: fees });
      lines.sort((left, right) => ruleOrder(left.rule) - ruleOrder(right.rule));
    }
    return card("team", id, lines);
  });
  return { ...header, timeZone, people: peopleCards, teams: teamCards };
}

/** How a stored scorecard differs from a recomputation of its month. */
export interface ScorecardChange {
  subject: ScorecardSubject;
  change: "added" | "removed" | "changed";
  storedPoints: number | null;
  recomputedPoints: number | null;
}

function subjectKey(subject: ScorecardSubject): string {
  return `${subject.kind}:${subject.id}`;
}

/**
 * True when a stored scorecard differs from a recomputation: points, catalogue version, or any
 * line (rule, points, counted findings, arrears figures). A finding confirmed or cleared after
 * the month closed shows here as a change since the last computation.
 */
export function scorecardChanged(stored: Scorecard, recomputed: Scorecard): boolean {
  return canonical(stored) !== canonical(recomputed);
}

/** The content of a scorecard in a fixed order, so that a stored copy with keys reordered compares equal. */
function canonical(card: Scorecard): string {
  return JSON.stringify([
    card.month,
    card.catalogueVersion,
    subjectKey(card.subject),
    card.points,
    card.lines.map((line) => [
      line.rule,
      line.points,
      [...line.findingIds].sort(compareIds),
      line.arrears === null
        ? null
        : [
            line.arrears.chargeable,
            line.arrears.inArrears,
            line.arrears.baselinePercent,
            line.arrears.points,
          ],
    ]),
  ]);
}

/**
 * The scorecards of a month that changed since the last computation, in the order people then
 * teams, each by id: recomputed ones not stored (added), stored ones no longer scoring anything
 * (removed), and differing ones (changed). Empty when nothing changed.
 */
export function changesSinceComputation(
  stored: readonly Scorecard[],
  recomputed: readonly Scorecard[],
): ScorecardChange[] {
  const before = new Map(stored.map((card) => [subjectKey(card.subject), card]));
  const after = new Map(recomputed.map((card) => [subjectKey(card.subject), card]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const subjects = keys
    .map((key) => (after.get(key) ?? before.get(key))?.subject)
    .filter((subject): subject is ScorecardSubject => subject !== undefined)
    .sort((left, right) =>
      left.kind === right.kind ? compareIds(left.id, right.id) : left.kind === "person" ? -1 : 1,
    );
  const changes: ScorecardChange[] = [];
  for (const subject of subjects) {
    const old = before.get(subjectKey(subject));
    const fresh = after.get(subjectKey(subject));
    const change =
      old === undefined
        ? "added"
        : fresh === undefined
          ? "removed"
          : scorecardChanged(old, fresh)
            ? "changed"
            : null;
    if (change !== null) {
      changes.push({
        subject,
        change,
        storedPoints: old?.points ?? null,
        recomputedPoints: fresh?.points ?? null,
      });
    }
  }
  return changes;
}
