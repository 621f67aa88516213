/**
 * C2: the common opinions (共性意見) of a survey: owners' free-text opinions grouped into
 * topics, each with how many opinions raise it, a few quotes, and the areas it concerns.
 *
 * How a topic is found, deterministically:
 * 1. each opinion is folded (NFKC, lower case, simplified → traditional) and cut into clauses
 *    at punctuation; each distinct clause is segmented once with
 *    `Intl.Segmenter("zh", { granularity: "word" })`;
 * 2. stop words, numbers and single characters (except meaningful ones such as 水, 電, 樹)
 *    are dropped; known phrases of property management are also found anywhere in the clause
 *    and mapped to their canonical term (停車位/車位/停車/停车位 → 停車位);
 * 3. terms that are near-duplicates (one contains the other and covers at least two thirds
 *    of it, e.g. 電梯/電梯間) join the same topic, the most frequent first; two different
 *    canonical terms never merge;
 * 4. a topic counts the distinct opinions that mention it (not word occurrences; two owners
 *    writing the same words are two opinions); topics are sorted by count, then by name.
 * A topic raised by fewer than `minCount` (default 2) opinions is not common and is left out.
 * Examples are the shortest distinct quotes, ties in order of appearance, as written.
 */
import { SURVEY_AREA_KEYS, type SurveyArea } from "./areas.js";
import {
  AREA_KEYWORDS,
  CANONICAL_TERMS,
  JUDGEMENT_PREFIXES,
  STOP_WORDS,
  TRAILING_PARTICLES,
  foldText,
} from "./opinionVocabulary.js";

/** How the common opinions are selected. */
export interface CommonOpinionSettings {
  /** A topic is common when at least this many opinions raise it (default 2). */
  minCount: number;
  /** At most this many example quotes per topic (default 3). */
  maxExamples: number;
}

/** The selection unless a campaign sets otherwise. */
export const DEFAULT_COMMON_OPINION_SETTINGS: CommonOpinionSettings = {
  minCount: 2,
  maxExamples: 3,
};

/** A topic and the opinions (by position in the input) that raise it, before selection. */
export interface TopicGroup {
  /** The topic's name: its canonical term, or its most frequent word. */
  topic: string;
  /** The (folded) words grouped in this topic. */
  terms: string[];
  /** The areas of C1 the topic concerns, in C1 order. */
  areas: SurveyArea[];
  /** Positions of the opinions that raise the topic, ascending. */
  opinions: number[];
}

/** A common opinion as reported. */
export interface OpinionTopic {
  topic: string;
  /** Distinct opinions raising the topic. */
  count: number;
  /** Up to `maxExamples` quotes, shortest first, as the owners wrote them. */
  examples: string[];
  areas: SurveyArea[];
  terms: string[];
}

/** One edit of the director to the computed topics, applied in order. */
export type TopicEdit =
  /** Merge the named topics (and `into`, if it is one) into one topic named `into`. */
  | { action: "merge"; topics: readonly string[]; into: string }
  /** Rename a topic; renaming onto an existing topic merges the two. */
  | { action: "rename"; topic: string; to: string }
  /** Leave a topic out of the report. */
  | { action: "hide"; topic: string };

const STOP = new Set([...STOP_WORDS].map(foldText));

/** Folded variant → canonical term, and the canonical terms themselves. */
const CANONICAL = new Map<string, string>();
for (const [canonical, ...variants] of CANONICAL_TERMS) {
  for (const word of [canonical, ...variants]) CANONICAL.set(foldText(word), canonical);
}
const CANONICAL_NAMES = new Set(CANONICAL_TERMS.map(([canonical]) => canonical));

/** Phrases found anywhere in a clause, longest first. */
const PHRASES = [...CANONICAL.keys()]
  .filter((phrase) => phrase.length >= 2)
  .sort((left, right) => right.length - left.length || compareText(left, right));

const FOLDED_AREA_KEYWORDS = SURVEY_AREA_KEYS.map(
  (area) => [area, AREA_KEYWORDS[area].map(foldText)] as const,
);

/** Single characters that are words of their own in an opinion (水, 電, 樹…). */
const MEANINGFUL_SINGLES = new Set(
  [...CANONICAL.keys(), ...FOLDED_AREA_KEYWORDS.flatMap(([, keywords]) => keywords)].filter(
    (word) => word.length === 1,
  ),
);

const CLAUSE_BREAK = /[\s\p{P}\p{S}]+/u;
const NOT_A_WORD = /^[\p{N}\p{P}\p{S}]+$/u;

function compareText(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** 壞了 → 壞: an aspect particle at the end of a longer word is not part of the topic. */
function withoutParticle(word: string): string {
  return word.length > 1 && TRAILING_PARTICLES.has(word.slice(-1)) ? word.slice(0, -1) : word;
}

/** 不來, 沒人, 太慢: a negation or degree adverb with one character says how, not what. */
function isJudgement(word: string): boolean {
  return word.length === 2 && JUDGEMENT_PREFIXES.has(word.charAt(0));
}

/** The terms of one folded clause: canonical terms and the remaining content words. */
function clauseTerms(clause: string): string[] {
  const terms = new Set<string>();
  const spans: { start: number; end: number; term: string }[] = [];
  for (const phrase of PHRASES) {
    for (let at = clause.indexOf(phrase); at !== -1; at = clause.indexOf(phrase, at + 1)) {
      spans.push({ start: at, end: at + phrase.length, term: CANONICAL.get(phrase) ?? phrase });
    }
  }
  const covering = (start: number, end: number, except?: object) =>
    spans.some(
      (span) =>
        span !== except &&
        span.start <= start &&
        end <= span.end &&
        span.end - span.start > end - start,
    );
  for (const span of spans) {
    // A phrase inside a longer known phrase (車位 in 停車位, 態度 in 態度差) is that phrase.
    if (!covering(span.start, span.end, span)) terms.add(span.term);
  }
  for (const { segment, index, isWordLike } of segmenter.segment(clause)) {
    if (isWordLike !== true) continue;
    const end = index + segment.length;
    if (spans.some((span) => span.start <= index && end <= span.end)) continue;
    const word = withoutParticle(segment);
    if (STOP.has(word) || NOT_A_WORD.test(word)) continue;
    const canonical = CANONICAL.get(word);
    if (canonical !== undefined) terms.add(canonical);
    else if (word.length === 1 ? MEANINGFUL_SINGLES.has(word) : !isJudgement(word)) terms.add(word);
  }
  return [...terms];
}

/**
 * The terms an opinion raises (canonical terms and content words, folded), each once.
 * `cache` keeps the terms of clauses already segmented (segmentation is the costly part).
 */
export function opinionTerms(opinion: string, cache = new Map<string, string[]>()): string[] {
  const terms = new Set<string>();
  for (const clause of foldText(opinion).split(CLAUSE_BREAK)) {
    if (clause === "") continue;
    let found = cache.get(clause);
    if (found === undefined) {
      found = clauseTerms(clause);
      cache.set(clause, found);
    }
    for (const term of found) terms.add(term);
  }
  return [...terms];
}

/** The areas a term concerns: it is one of an area's keywords, or contains one (≥ 2 characters). */
export function areasOfTerm(term: string): SurveyArea[] {
  const folded = foldText(term);
  return FOLDED_AREA_KEYWORDS.filter(([, keywords]) =>
    keywords.some(
      (keyword) => keyword === folded || (keyword.length >= 2 && folded.includes(keyword)),
    ),
  ).map(([area]) => area);
}

/** True when one term contains the other and covers at least two thirds of it. */
export function nearDuplicates(left: string, right: string): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length >= 2 && longer.includes(shorter) && shorter.length * 3 >= longer.length * 2;
}

function inAreaOrder(areas: Iterable<SurveyArea>): SurveyArea[] {
  const set = new Set(areas);
  return SURVEY_AREA_KEYS.filter((area) => set.has(area));
}

/** Groups the opinions' terms into topics (all of them, before any selection or edit). */
export function groupOpinionTopics(opinions: readonly string[]): TopicGroup[] {
  const cache = new Map<string, string[]>();
  const mentions = new Map<string, number[]>();
  opinions.forEach((opinion, position) => {
    for (const term of opinionTerms(opinion, cache)) {
      const list = mentions.get(term);
      if (list) list.push(position);
      else mentions.set(term, [position]);
    }
  });
  const ordered = [...mentions.entries()].sort(
    ([leftTerm, left], [rightTerm, right]) =>
      right.length - left.length || compareText(leftTerm, rightTerm),
  );

  interface Building {
    terms: string[];
    canonical: string | null;
    opinions: Set<number>;
  }
  const groups: Building[] = [];
  // Member term → its group, and every substring (≥ 2) of a member → members containing it,
  // so that finding a near-duplicate does not compare every pair of terms.
  const groupOf = new Map<string, number>();
  const containing = new Map<string, string[]>();
  for (const [term, positions] of ordered) {
    const isCanonical = CANONICAL_NAMES.has(term);
    const candidates = new Set<string>(containing.get(term) ?? []);
    for (let start = 0; start < term.length; start += 1) {
      for (let end = start + 2; end <= term.length; end += 1) {
        const part = term.slice(start, end);
        if (part !== term && groupOf.has(part)) candidates.add(part);
      }
    }
    let chosen: number | undefined;
    for (const member of candidates) {
      const index = groupOf.get(member);
      if (index === undefined || (chosen !== undefined && index >= chosen)) continue;
      const group = groups[index];
      if (!group || (isCanonical && group.canonical !== null)) continue;
      if (nearDuplicates(term, member)) chosen = index;
    }
    let group = chosen === undefined ? undefined : groups[chosen];
    if (group === undefined || chosen === undefined) {
      chosen = groups.length;
      group = { terms: [], canonical: null, opinions: new Set() };
      groups.push(group);
    }
    group.terms.push(term);
    if (isCanonical) group.canonical = term;
    for (const position of positions) group.opinions.add(position);
    groupOf.set(term, chosen);
    for (let start = 0; start < term.length; start += 1) {
      for (let end = start + 2; end <= term.length; end += 1) {
        const part = term.slice(start, end);
        if (part === term) continue;
        const list = containing.get(part);
        if (list) list.push(term);
        else containing.set(part, [term]);
      }
    }
  }
  return groups.map((group) => ({
    topic: group.canonical ?? group.terms[0] ?? "",
    terms: group.terms,
    areas: inAreaOrder(group.terms.flatMap(areasOfTerm)),
    opinions: [...group.opinions].sort((left, right) => left - right),
  }));
}

function mergeGroups(groups: readonly TopicGroup[], topic: string): TopicGroup {
  return {
    topic,
    terms: [...new Set(groups.flatMap((group) => group.terms))],
    areas: inAreaOrder(groups.flatMap((group) => group.areas)),
    opinions: [...new Set(groups.flatMap((group) => group.opinions))].sort(
      (left, right) => left - right,
    ),
  };
}

/**
 * Applies the director's edits, in order, to the computed topics. An edit naming a topic
 * that is not (or no longer) there is ignored: topics change as answers arrive.
 * Merged topics count each opinion once, even one that raised several of them.
 */
export function applyTopicEdits(
  groups: readonly TopicGroup[],
  edits: readonly TopicEdit[],
): TopicGroup[] {
  let current = [...groups];
  const mergeInto = (names: ReadonlySet<string>, into: string) => {
    const merged = current.filter((group) => names.has(group.topic) || group.topic === into);
    const [head] = merged;
    if (head === undefined) return;
    const first = current.indexOf(head);
    const result = mergeGroups(merged, into);
    current = current.flatMap((group, index) => {
      if (index === first) return [result];
      return merged.includes(group) ? [] : [group];
    });
  };
  for (const edit of edits) {
    if (edit.action === "hide") current = current.filter((group) => group.topic !== edit.topic);
    else if (edit.action === "rename") {
      if (current.some((group) => group.topic === edit.topic))
        mergeInto(new Set([edit.topic]), edit.to);
    } else mergeInto(new Set(edit.topics), edit.into);
  }
  return current;
}

/** Selects the common topics: at least `minCount` opinions, by count then name, with quotes. */
export function summariseTopics(
  groups: readonly TopicGroup[],
  opinions: readonly string[],
  settings: Partial<CommonOpinionSettings> = {},
): OpinionTopic[] {
  const { minCount, maxExamples } = { ...DEFAULT_COMMON_OPINION_SETTINGS, ...settings };
  return groups
    .filter((group) => group.opinions.length >= minCount)
    .sort(
      (left, right) =>
        right.opinions.length - left.opinions.length || compareText(left.topic, right.topic),
    )
    .map((group) => {
      const quotes = [
        ...new Set(group.opinions.map((position) => (opinions[position] ?? "").trim())),
      ];
      const examples = quotes
        .map((quote, order) => ({ quote, order }))
        .sort((left, right) => left.quote.length - right.quote.length || left.order - right.order)
        .slice(0, maxExamples)
        .map(({ quote }) => quote);
      return {
        topic: group.topic,
        count: group.opinions.length,
        examples,
        areas: group.areas,
        terms: group.terms,
      };
    });
}

/**
 * The common opinions of a campaign: topics raised by at least `minCount` opinions, after the
 * director's edits. Empty and blank opinions raise nothing.
 */
export function commonOpinions(
  opinions: readonly string[],
  settings: Partial<CommonOpinionSettings> = {},
  edits: readonly TopicEdit[] = [],
): OpinionTopic[] {
  return summariseTopics(applyTopicEdits(groupOpinionTopics(opinions), edits), opinions, settings);
}
