/**
 * Domain scoring (SPEC §8, issue 5): one month of 500 people × 100,000 findings, plus B2.10 for
 * 20 teams. Data are generated deterministically; the best of several runs is reported.
 */
import {
  catalogueForMonth,
  catalogueVersions,
  ruleCodes,
} from "../functions/src/domain/assessment/catalogue.js";
import type { FindingStatus, ScoredFinding } from "../functions/src/domain/assessment/finding.js";
import { scoreMonth, type TeamArrears } from "../functions/src/domain/assessment/scoring.js";

const PEOPLE = 500;
const TEAMS = 20;
const FINDINGS = 100_000;
const RUNS = 7;

/** A small linear congruential generator, so every run scores the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(20261001);
const recordable = ruleCodes.filter((code) => code !== "B2.10");
const statuses: FindingStatus[] = ["open", "confirmed", "cleared"];
// Spread over September to November so that about a third fall in the scored month.
const from = Date.parse("2026-09-01T00:00:00+08:00");
const span = Date.parse("2026-12-01T00:00:00+08:00") - from;
const findings: ScoredFinding[] = Array.from({ length: FINDINGS }, (_, index) => {
  const person = Math.floor(next() * PEOPLE);
  const toTeam = next() < 0.1;
  return {
    id: `f${String(index).padStart(6, "0")}`,
    rule: recordable[Math.floor(next() * recordable.length)] ?? "B2.1",
    staffId: toTeam ? null : `s${person}`,
    teamId: `t${person % TEAMS}`,
    at: new Date(from + Math.floor(next() * span)),
    status: statuses[Math.floor(next() * statuses.length)] ?? "open",
  };
});
// Make sure every one of the 500 people has something in the month.
for (let person = 0; person < PEOPLE; person += 1) {
  findings[person] = {
    id: `p${person}`,
    rule: "B2.1",
    staffId: `s${person}`,
    teamId: null,
    at: new Date("2026-10-15T04:00:00Z"),
    status: "open",
  };
}
const arrears: TeamArrears[] = Array.from({ length: TEAMS }, (_, team) => ({
  teamId: `t${team}`,
  chargeable: 200 + team,
  inArrears: 30 + team * 2,
}));

const month = "2026-10";
const catalogue = catalogueForMonth(catalogueVersions, month);
const timings: number[] = [];
let people = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const result = scoreMonth({ month, timeZone: "Asia/Shanghai", catalogue, findings, arrears });
  timings.push(performance.now() - started);
  people = result.people.length;
}
timings.sort((left, right) => left - right);
const best = timings[0] ?? Number.NaN;
const median = timings[Math.floor(timings.length / 2)] ?? Number.NaN;

console.log(`scoring.domain.people ${people} count`);
console.log(`scoring.domain.findings ${FINDINGS} count`);
console.log(`scoring.domain.500x100k_ms ${Math.round(best)} ms`);
console.log(`scoring.domain.500x100k_median_ms ${Math.round(median)} ms`);
console.log(`scoring.domain.500x100k_ms.target 500 ms`);
