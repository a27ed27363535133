/**
 * Key-statement ranking: one hybrid score per sentence, then near-duplicates removed.
 *
 *   score = centrality + word frequency + windowed TextRank      (what the article is about)
 *         + position prior + lede bonus + paragraph lead         (news puts what matters first)
 *         + title overlap + fact density                         (names, figures, attributed quotes)
 *         − short, dangling, mid-quote and question penalties    (statements must stand alone and state)
 *
 * - Centrality: cosine between the sentence's content words and the rest of the document (the document's
 *   term counts minus the sentence's own): the centroid form of "similar to many others", linear in size.
 * - Word frequency: Luhn's mean document count of the sentence's words.
 * - Windowed TextRank: PageRank over word-overlap edges between sentences at most a window apart, so
 *   never all pairs of a long text.
 * - Lede: the first opening sentence that states something leads the sheet, as in lead-heavy news.
 * - Opening (`orderOpening`): the top 3 is drawn from the best five, lede first, then by new coverage of the
 *   article's recurring words, earliness and brevity: precision@5 sees the five, ROUGE of the top 3 the three.
 * The weights (RANK_WEIGHTS) were tuned on BBC News Summary precision@5 while keeping the lede on top;
 * `npm run eval` shows the result beside Lead-5 and TextRank-5. Nothing here depends on capital
 * letters, so lower-cased, tokenised text ranks the same way.
 */
import { contentWords, frequencyWords } from './words.ts';

export interface RankSentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  inParagraph: number;
}

export interface SentenceFacts {
  names: number;
  figures: number;
  quotes: number;
  /** The sentence continues a quotation that opened in an earlier sentence: a fragment out of context. */
  midQuote?: boolean;
}

export interface RankWeights {
  centrality: number;
  /** Document frequency of the sentence's words (Luhn's measure of topicality), summed over them. */
  frequency: number;
  /** The frequency sum is divided by length^this: 1 is the mean (short sentences win), 0 the sum (long ones do). */
  frequencyLengthExponent: number;
  /** TextRank over a window of neighbouring sentences (capped, so never all pairs of a long text). */
  graph: number;
  position: number;
  /** How fast the position prior decays: prior = 1 / (1 + index)^positionDecay. */
  positionDecay: number;
  paragraphLead: number;
  /** Bonus for the lede: the first of the opening sentences that states something (not a fragment or question). */
  lede: number;
  title: number;
  facts: number;
  /** Sentences shorter than this many words are penalised in proportion. */
  minWords: number;
  shortPenalty: number;
  /** A sentence that leans on the one before ("And it…", "But he…") does not stand alone on a sheet. */
  danglingPenalty: number;
  /** A sentence that continues a quotation opened earlier is a fragment out of context. */
  midQuotePenalty: number;
  /** A question states nothing: a fact sheet's statements are answers, not the article's rhetoric. */
  questionPenalty: number;
  /** Two statements sharing this share of their content words (Jaccard or containment) are one. */
  duplicateJaccard: number;
  duplicateContainment: number;
}

/** Tuned on the BBC News Summary articles (precision@5) under a position prior strong enough for lead-heavy news. */
export const RANK_WEIGHTS: RankWeights = {
  centrality: 1,
  frequency: 3,
  frequencyLengthExponent: 0.5,
  graph: 1,
  position: 3,
  positionDecay: 1.5,
  paragraphLead: 0.05,
  lede: 1.5,
  title: 0.15,
  facts: 0.2,
  minWords: 8,
  shortPenalty: 0.4,
  danglingPenalty: 0.05,
  midQuotePenalty: 0.7,
  questionPenalty: 1,
  duplicateJaccard: 0.55,
  duplicateContainment: 0.8,
};

/**
 * Each sentence is compared with at most GRAPH_WINDOW others on either side (all pairs for a news article);
 * on very long texts the window narrows so the whole graph stays under GRAPH_PAIRS comparisons.
 */
const GRAPH_WINDOW = 60;
const GRAPH_MIN_WINDOW = 12;
const GRAPH_PAIRS = 150_000;

/** The distinct values of `ids`, ascending (sorts `ids` in place). */
function distinctSorted(ids: Int32Array): Int32Array {
  ids.sort();
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (n === 0 || ids[k] !== ids[n - 1]) ids[n++] = ids[k]!;
  // A copy only when something was dropped (subarray views cost more to make than a short copy).
  return n === ids.length ? ids : ids.slice(0, n);
}

/**
 * TextRank (word-overlap graph, PageRank with d = 0.85) with edges only between sentences at most
 * GRAPH_WINDOW apart: all pairs for a news article, linear for a book.
 */
function windowedTextRank(words: ReadonlyArray<readonly string[]>, iterations = 30): number[] {
  const n = words.length;
  // Sentences as sorted arrays of distinct word ids: overlap is a merge, not a hash lookup per word.
  const ids = new Map<string, number>();
  const sets = words.map((ws) => {
    const all = new Int32Array(ws.length);
    for (let k = 0; k < ws.length; k++) {
      let id = ids.get(ws[k]!);
      if (id === undefined) ids.set(ws[k]!, (id = ids.size));
      all[k] = id;
    }
    return distinctSorted(all);
  });
  const edgeTo: number[][] = sets.map(() => []);
  const edgeW: number[][] = sets.map(() => []);
  const logSize = sets.map((s) => Math.log(s.length + 1));
  const window = Math.max(GRAPH_MIN_WINDOW, Math.min(GRAPH_WINDOW, Math.floor(GRAPH_PAIRS / Math.max(1, n))));
  for (let i = 0; i < n; i++) {
    const a = sets[i]!;
    for (let j = i + 1; j < Math.min(n, i + 1 + window); j++) {
      const b = sets[j]!;
      let overlap = 0;
      let x = 0;
      let y = 0;
      while (x < a.length && y < b.length) {
        const d = a[x]! - b[y]!;
        if (d === 0) {
          overlap++;
          x++;
          y++;
        } else if (d < 0) x++;
        else y++;
      }
      if (overlap === 0) continue;
      const w = overlap / (logSize[i]! + logSize[j]!);
      edgeTo[i]!.push(j);
      edgeW[i]!.push(w);
      edgeTo[j]!.push(i);
      edgeW[j]!.push(w);
    }
  }
  const out = edgeW.map((ws) => ws.reduce((acc, w) => acc + w, 0));
  let score = new Float64Array(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill(0.15);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      const share = (0.85 * score[j]!) / out[j]!;
      const to = edgeTo[j]!;
      const ws = edgeW[j]!;
      for (let k = 0; k < to.length; k++) next[to[k]!]! += ws[k]! * share;
    }
    score = next;
  }
  return Array.from(score);
}

/** Content words per sentence, kept for the last sentence list: scoring, de-duplication and the opening all read them. */
let lastWords: { texts: string[]; words: string[][] } | null = null;

function sentenceWords(sentences: readonly RankSentence[]): readonly string[][] {
  const cached = lastWords;
  if (cached && cached.texts.length === sentences.length && sentences.every((s, i) => s.text === cached.texts[i])) return cached.words;
  const texts = sentences.map((s) => s.text);
  const words = texts.map((t) => contentWords(t));
  lastWords = { texts, words };
  return words;
}

/** Ends in a question mark, before any closing quotation marks (tokenised `''` too). */
const QUESTION = /\?\s*(?:["”’'`]+\s*)?$/;

const DANGLING = /^(?:["“'‘`]+\s*)?(?:and|but|so|or|also|this|that|these|those|it|he|she|they|there|then|yet)\b/i;

export interface Ranked {
  index: number;
  score: number;
}

function termCounts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Share of the sentence's characters inside quotation marks (straight, curly, or `` '' tokens). */
function quotedShare(text: string): number {
  let inside = 0;
  let open = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Tokenised text marks quotations with `` and '' tokens.
    const pair = ch === '`' && text[i + 1] === '`' ? '“' : ch === "'" && text[i + 1] === "'" ? '”' : null;
    const mark = pair ?? ch;
    if (mark === '"' || mark === '“' || mark === '”') {
      if (open) inside += i - from;
      open = mark === '“' ? true : mark === '”' ? false : !open;
      from = i;
      if (pair) i++;
    }
  }
  if (open) inside += text.length - from;
  return text.length > 0 ? inside / text.length : 0;
}

/** Scores every sentence; higher is more worth stating. Linear in the length of the text. */
export function scoreSentences(
  sentences: readonly RankSentence[],
  title: string,
  facts: readonly SentenceFacts[],
  weights: RankWeights = RANK_WEIGHTS,
): number[] {
  const words = sentenceWords(sentences);
  const doc = new Map<string, number>();
  for (const ws of words) for (const w of ws) doc.set(w, (doc.get(w) ?? 0) + 1);
  let docNorm2 = 0;
  for (const v of doc.values()) docNorm2 += v * v;
  const titleWords = new Set(contentWords(title));

  const centrality = words.map((ws) => {
    const own = termCounts(ws);
    let dot = 0;
    let norm2 = 0;
    let restNorm2 = docNorm2;
    for (const [w, v] of own) {
      const total = doc.get(w)!;
      const rest = total - v;
      dot += v * rest;
      norm2 += v * v;
      restNorm2 += rest * rest - total * total;
    }
    return norm2 > 0 && restNorm2 > 0 ? dot / Math.sqrt(norm2 * restNorm2) : 0;
  });
  const maxCentrality = Math.max(1e-9, ...centrality);
  // Luhn's topicality: the mean document count of the sentence's words (every occurrence, its own included).
  const freqWords = weights.frequency > 0 ? sentences.map((s) => frequencyWords(s.text)) : [];
  const docFreq = new Map<string, number>();
  for (const ws of freqWords) for (const w of ws) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
  const frequency = sentences.map((_, i) => {
    const ws = freqWords[i];
    if (!ws || ws.length === 0) return 0;
    // Occurrences elsewhere in the article: the sentence's own repeats are not evidence of topicality.
    let sum = 0;
    for (const w of ws) sum += docFreq.get(w)! - 1;
    return sum / Math.pow(ws.length, weights.frequencyLengthExponent);
  });
  const maxFrequency = Math.max(1e-9, ...frequency);
  const graph = weights.graph > 0 ? windowedTextRank(words) : sentences.map(() => 0);
  const maxGraph = Math.max(1e-9, ...graph);

  const lede = sentences.findIndex(
    (s, i) => i < 3 && s.text.split(/\s+/).length >= weights.minWords && !/\?["”’']?$/.test(s.text) && quotedShare(s.text) <= 0.6,
  );

  return sentences.map((s, i) => {
    const ws = words[i]!;
    const nWords = s.text.split(/\s+/).length;
    let titleOverlap = 0;
    if (titleWords.size > 0) {
      const seen = new Set(ws);
      for (const w of titleWords) if (seen.has(w)) titleOverlap++;
      titleOverlap /= titleWords.size;
    }
    const f = facts[i] ?? { names: 0, figures: 0, quotes: 0 };
    const density = Math.min(1, (f.names + f.figures + 0.5 * f.quotes) / Math.max(4, ws.length / 2));
    let score =
      weights.centrality * (centrality[i]! / maxCentrality) +
      weights.frequency * (frequency[i]! / maxFrequency) +
      weights.graph * (graph[i]! / maxGraph) +
      weights.position / Math.pow(1 + i, weights.positionDecay) +
      (s.inParagraph === 0 ? weights.paragraphLead : 0) +
      (i === lede ? weights.lede : 0) +
      weights.title * titleOverlap +
      weights.facts * density;
    if (nWords < weights.minWords) score -= weights.shortPenalty * (1 - nWords / weights.minWords);
    if (DANGLING.test(s.text)) score -= weights.danglingPenalty;
    if (f.midQuote) score -= weights.midQuotePenalty;
    if (QUESTION.test(s.text)) score -= weights.questionPenalty;
    return score;
  });
}

/** True when two word sets say the same thing (the first seed states one quote twice). */
function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>, weights: RankWeights): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const containment = shared / Math.min(a.size, b.size);
  return jaccard >= weights.duplicateJaccard || (containment >= weights.duplicateContainment && Math.min(a.size, b.size) >= 4);
}

/** Fewer words than this is a fragment ("He's bold.", "Cyprus v Israel."), not a statement an analyst can use. */
const MIN_STATEMENT_WORDS = 4;
const SENTENCE_END = /[.!?…:;"”’'»)\]]$/;
/** A paragraph this short that does not end as a sentence does is a label; a longer one is a lede that lost its stop. */
const MAX_LABEL_WORDS = 10;
const LIST_ITEM = /^[-–—•*]\s/;
/** The article turning to its reader: "Do you support the plan?", "Think your bill is high?". */
const ASKS_READER = /\byou(?:r|rs|'re|’re)?\b/i;
/** An opening quotation mark, double or single (an apostrophe inside a word is none). */
const OPENS_QUOTATION = /(?:^|[\s,:;(—–-])["“‘'`]/;
/**
 * Page controls and labels glued into the text by a scraper ("FlagShareLikeReplyPaige Lavender 5pts…"): five or
 * more capitalised words without a space between them (a name runs to four: "OptInRealBig"), not a hashtag or
 * handle ("#MakeAmericaGreatAgain").
 */
const GLUED_WORDS = /(?<![#@\w])(?:[A-Z][a-z]+){5,}/;
/** The signature line of an embedded post, cut off from its text: "— Harbour Trams (@harbourtrams) May 2, 2025." */
const POST_SIGNATURE = /^[—–-]\s*[^()]{1,80}\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}\.?$/;

/** Written in capitals ("PLEDGED DELEGATES.", "WHAT HAPPENS NEXT?"): a heading or a shout, not a statement. */
export function inCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122 && ++lower * 4 >= text.length) return false;
  }
  return upper >= 8 && upper > 4 * lower;
}

/**
 * Sentences that are no statement whatever their score: a heading or a shout in capitals, a short paragraph of
 * its own or a list item that does not end as a sentence does (a heading, a fixture "Arsenal v Stoke", a date
 * "Friday, 25 February", "- Best actor - …"), a fragment of fewer than MIN_STATEMENT_WORDS words, the signature
 * of an embedded post, a line with page controls glued into it, a question put
 * to the reader in the article's own voice (one someone asked, in quotation marks or after a colon, is left to the ranking).
 */
export function notStatements(sentences: readonly RankSentence[]): boolean[] {
  const capitals = sentences.map((s) => inCapitals(s.text));
  // Capitals mark a heading only where most of the text is not in them (an old wire feed sets everything so).
  const capitalsStandOut = 2 * capitals.filter(Boolean).length < sentences.length;
  const skip = sentences.map((s, i) => {
    const text = s.text.trim();
    const words = wordCount(text);
    if (words < MIN_STATEMENT_WORDS || (capitalsStandOut && capitals[i]) || POST_SIGNATURE.test(text) || GLUED_WORDS.test(text)) return true;
    if (QUESTION.test(text) && ASKS_READER.test(text) && !OPENS_QUOTATION.test(text) && !text.includes(':')) return true;
    const alone = s.inParagraph === 0 && sentences[i + 1]?.paragraph !== s.paragraph;
    return alone && !SENTENCE_END.test(text) && (words <= MAX_LABEL_WORDS || LIST_ITEM.test(text));
  });
  // Better a fragment than an empty sheet.
  return skip.every(Boolean) ? skip.map(() => false) : skip;
}

/**
 * The best `count` sentences, best first, skipping any that is no statement (`notStatements`) or repeats one
 * already chosen. Only the top of the
 * ranking is compared against the chosen few, so this stays linear whatever the article's length.
 */
export function selectStatements(
  sentences: readonly RankSentence[],
  scores: readonly number[],
  count: number,
  weights: RankWeights = RANK_WEIGHTS,
): Ranked[] {
  const order = scores.map((score, index) => ({ index, score })).sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: Ranked[] = [];
  const chosenWords: Set<string>[] = [];
  const words = sentenceWords(sentences);
  const skip = notStatements(sentences);
  for (const r of order) {
    if (chosen.length >= count) break;
    if (skip[r.index]) continue;
    const ws = new Set(words[r.index]);
    if (chosenWords.some((c) => nearDuplicate(c, ws, weights))) continue;
    chosen.push(r);
    chosenWords.push(ws);
  }
  return chosen;
}

/** How many statements make the opening. */
const OPENING_SIZE = 3;

/** Words as ROUGE counts them (letters and digits), so tokenised text ("it 's", "`` ''") counts the same. */
function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export interface OpeningOptions {
  /** In the opening, earliness (1 / (1 + index)) against new coverage of the article's recurring words. */
  coverage: number;
  /** The opening is drawn from this many of the best statements. */
  pool: number;
  /**
   * A sentence longer than `lengthWords` words loses this for each multiple of that length beyond it (0: length
   * does not count): summaries are scored by F1, where every word past what the reader needs costs precision,
   * and a long sentence rarely says more of what the story is about than a short one near it.
   */
  lengthPenalty: number;
  lengthWords: number;
}

/** Tuned on BBC headlines and PolNeAR titles (eval/headline.ts) with the best five, and so precision@5, fixed. */
export const OPENING: Readonly<OpeningOptions> = Object.freeze({ coverage: 0.5, pool: 5, lengthPenalty: 0.25, lengthWords: 20 });

/**
 * Orders the first statements for a reader: the OPENING_SIZE shown first are taken from the `pool` best
 * (so the best five stay the best five), earliest first, then each next one adding the most of the
 * article's recurring words not yet covered, with a pull toward the top of the article and against
 * sentences much longer than usual. News states what a story is about early, and three statements that say
 * different things cover more of it than three central ones that repeat each other. The rest keep their
 * order by score. Scores stay descending: the pool's scores are handed out by place (the k-th statement
 * shown carries the k-th best score), so a statement's score says how high the ranking placed it.
 */
export function orderOpening(sentences: readonly RankSentence[], chosen: readonly Ranked[], options: Readonly<OpeningOptions> = OPENING): Ranked[] {
  const pool = chosen.slice(0, options.pool);
  if (pool.length <= 1) return [...chosen];
  // Sentence counts of each word; a word in one sentence only is not recurring.
  const sentenceCount = new Map<string, number>();
  const allWords = sentenceWords(sentences);
  for (const ws of allWords) for (const w of new Set(ws)) sentenceCount.set(w, (sentenceCount.get(w) ?? 0) + 1);
  const words = new Map(pool.map((r) => [r.index, new Set(allWords[r.index])]));
  const lengthCost = (r: Ranked): number =>
    options.lengthPenalty * Math.max(0, wordCount(sentences[r.index]!.text) / options.lengthWords - 1);
  const first = pool.reduce((a, b) => (b.index < a.index ? b : a));
  const opening = [first];
  const covered = new Set(words.get(first.index));
  while (opening.length < Math.min(OPENING_SIZE, pool.length)) {
    const rest = pool.filter((r) => !opening.includes(r));
    const gain = rest.map((r) => {
      let g = 0;
      for (const w of words.get(r.index)!) if (!covered.has(w)) g += sentenceCount.get(w)! - 1;
      return g;
    });
    const maxGain = Math.max(1e-9, ...gain);
    let best = 0;
    let bestValue = -Infinity;
    rest.forEach((r, k) => {
      const value = (options.coverage * gain[k]!) / maxGain + 1 / (1 + r.index) - lengthCost(r);
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    });
    const next = rest[best]!;
    opening.push(next);
    for (const w of words.get(next.index)!) covered.add(w);
  }
  const ordered = [...opening, ...pool.filter((r) => !opening.includes(r))];
  return [...ordered.map((r, k) => ({ index: r.index, score: pool[k]!.score })), ...chosen.slice(pool.length)];
}

/** How many statements a sheet shows: 5 to 8, growing with the article. */
export function statementCount(sentenceCount: number): number {
  return Math.max(5, Math.min(8, Math.round(sentenceCount / 5)));
}
