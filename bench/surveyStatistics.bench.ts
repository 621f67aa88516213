/**
 * Issue 8 bench: C2 statistics (and common opinions) for 20,000 survey responses in the
 * domain; target ≤ 300 ms. Data are generated deterministically: 12 buildings, about 4% of
 * households answering twice (a correction), some areas left unanswered, 35% writing an
 * opinion built from one to three clauses of a pool of real-sounding complaints, with a
 * household-specific detail so that most opinions are distinct texts.
 * Run: npx tsx bench/surveyStatistics.bench.ts
 */
import { SURVEY_AREA_KEYS, type SatisfactionLevel } from "../functions/src/domain/survey/areas.js";
import { commonOpinions } from "../functions/src/domain/survey/commonOpinions.js";
import type { SurveyRatings, SurveyResponse } from "../functions/src/domain/survey/response.js";
import {
  surveyAggregate,
  surveyStatistics,
} from "../functions/src/domain/survey/surveyStatistics.js";

const RESPONSES = 20_000;
const RUNS = 5;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLAUSES = [
  "停車位太少",
  "车位不够",
  "晚上回來沒地方停車",
  "地下車庫漏水",
  "电梯经常坏",
  "電梯老化",
  "維修太慢",
  "报修后没人来",
  "垃圾清運不及時",
  "垃圾桶满了",
  "樓道衛生差",
  "保潔不認真",
  "保安態度差",
  "门禁形同虚设",
  "陌生人隨便進出",
  "巡逻不到位",
  "綠化很好",
  "草坪没人修剪",
  "樹木太密擋光",
  "遛狗不拴繩",
  "狗屎到处都是",
  "路燈不亮",
  "楼道灯坏了",
  "客服電話打不通",
  "客服态度冷淡",
  "物業費太貴",
  "收费不透明",
  "經常停電",
  "停电不通知",
  "水壓太低",
  "自来水发黄",
  "裝修噪音大",
  "广场舞太吵",
  "充電樁太少",
  "电动车飞线充电",
  "快遞櫃不夠",
  "健身器材老舊",
  "儿童游乐设施坏了",
  "高空拋物危險",
  "消防通道被堵",
  "希望加強管理",
  "谢谢物业",
  "辛苦了",
];
const DETAILS = [
  "",
  "",
  "三號樓",
  "东门",
  "每天早上",
  "上週",
  "好几次",
  "我家門口",
  "周末",
  "夏天",
];

function generate(): SurveyResponse[] {
  const next = random(20240501);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const responses: SurveyResponse[] = [];
  const start = Date.UTC(2024, 4, 1);
  for (let index = 0; index < RESPONSES; index += 1) {
    const answersTwice = index > 0 && next() < 0.04;
    const household = answersTwice
      ? (responses[Math.floor(next() * responses.length)]?.household ?? "1-1-101")
      : `${String(1 + (index % 12))}-${String(1 + (Math.floor(index / 12) % 4))}-${String(101 + Math.floor(index / 48))}`;
    const ratings = {} as SurveyRatings;
    for (const key of SURVEY_AREA_KEYS) {
      ratings[key] =
        next() < 0.06 ? null : ((1 + Math.floor(next() ** 0.5 * 5)) as SatisfactionLevel);
    }
    let opinion: string | null = null;
    if (next() < 0.35) {
      const clauses = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(CLAUSES));
      opinion = `${pick(DETAILS)}${clauses.join(pick([",", ",", "。", " "]))}${next() < 0.5 ? String(index % 97) : ""}`;
    }
    responses.push({
      household,
      building: household.split("-")[0] ?? "",
      submittedAt: new Date(start + index * 60_000),
      ratings,
      opinion,
    });
  }
  return responses;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return Math.round(median(times));
}

const responses = generate();
const opinions = responses.flatMap((response) =>
  response.opinion === null ? [] : [response.opinion],
);
// Warm-up: the JIT and ICU's dictionary load are not what the figure is about.
surveyAggregate(responses.slice(0, 500));

const statisticsMs = measure(() => surveyStatistics(responses, { issued: 20_000 }));
const aggregateMs = measure(() => surveyAggregate(responses, { issued: 20_000 }));
const opinionsMs = measure(() => commonOpinions(opinions));
// Worst case: no clause repeats (each carries a unique number), so every clause is segmented.
const unique = opinions.map(
  (opinion, index) =>
    opinion.replace(/[,。 ]/g, (mark) => `${String(index)}${mark}`) + String(index),
);
const uniqueMs = measure(() => commonOpinions(unique));

console.log(`survey.domain.20k.statistics_ms ${String(statisticsMs)} ms`);
console.log(`survey.domain.20k.statistics_ms.target 300 ms`);
console.log(`survey.domain.20k.statistics_with_common_opinions_ms ${String(aggregateMs)} ms`);
console.log(`survey.domain.20k.statistics_with_common_opinions_ms.target 300 ms`);
console.log(`survey.domain.20k.common_opinions_only_ms ${String(opinionsMs)} ms`);
console.log(`survey.domain.20k.common_opinions_no_repeated_clause_ms ${String(uniqueMs)} ms`);
console.log(`survey.domain.20k.opinions ${String(opinions.length)} opinions`);
console.log(`survey.domain.20k.distinct_opinions ${String(new Set(opinions).size)} opinions`);
