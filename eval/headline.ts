/**
 * Headline scores: a stand-in for ROUGE-1 of the top 3 on CNN/DailyMail, which we do not have here.
 *
 * Each article's own headline (its first line) is taken OUT of the input; the pipeline sees only the body.
 * For the project, Lead-3 and TextRank-3, on BBC News Summary and PolNeAR, as published, lower-cased +
 * tokenised, and in the form of the CNN/DM release (`ptbTokenised`: lower-cased, PTB tokens such as
 * "-lrb- cnn -rrb-" and "it 's", the whole story on one line), three scores of the top 3:
 * - recall: the share of the headline's content words (lower-cased, a small stop list) the top 3 contains;
 * - F1 against the headline: ROUGE-1 F1 over all words, as CNN/DM is scored — but a headline is ~8 words, so
 *   this is nearly pure precision and rewards short top 3s far more than a 56-word highlight would;
 * - F1 at highlight length: 2·r·H / (L + H), the F1 a top 3 of L words would get against a highlight of
 *   H = 56 words (the CNN/DM mean, See et al. 2017) if its recall there were its headline recall r. It
 *   weighs length as CNN/DM's F1 does (Lead-3 there is ~85 words), which the two scores above do not.
 *
 * It is a proxy, not the target: a headline is one short line written for the page, CNN/DM highlights are
 * three or four sentences written as bullet points. Both reward sentences that state what the story is
 * about, which is where lead-heavy news puts it. Recall grows with the length of the top 3 and F1 against
 * a headline shrinks with it, so each system's word count is reported beside its scores, with two
 * length-matched controls: a lead cut to our length (the article's first words, as many as our top 3
 * holds) and our top 3 cut to Lead-3's length (its words best first, as many as Lead-3 holds). Together
 * they show how much of a difference is only length.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { lead, textRank } from './baselines.ts';
import { clippedOverlap, lowerTokenised, oneDecimal, percent, ptbTokenised, rouge1, unigrams } from './metrics.ts';

const STOP = new Set(
  'the a an of to in and for on at by with from is are was were be as that this it its after over new says say said up out into than more'.split(' '),
);

export function headlineWords(s: string): string[] {
  return unigrams(s).filter((w) => !STOP.has(w));
}

/** ROUGE-1 recall: the share of the reference's words (with repeats, clipped) found in the candidate. */
export function recall1(candidate: readonly string[], reference: readonly string[]): number {
  return reference.length > 0 ? clippedOverlap(candidate, reference) / reference.length : 0;
}

/** Mean words in a CNN/DailyMail highlight set (See et al. 2017: 56 tokens), for the F1 at highlight length. */
export const HIGHLIGHT_WORDS = 56;

/**
 * The F1 a candidate of `candidateWords` words would score against a highlight of HIGHLIGHT_WORDS words,
 * given its recall there (here: its headline recall). F1 = 2PR/(P+R) = 2·hits/(L+H) with hits = r·H.
 */
export function f1AtHighlightLength(recall: number, candidateWords: number): number {
  return (2 * recall * HIGHLIGHT_WORDS) / (candidateWords + HIGHLIGHT_WORDS);
}

/** Headlines with fewer content words than this say too little to score against. */
const MIN_HEADLINE_WORDS = 3;

export interface SystemTriple {
  ours: number;
  lead: number;
  textRank: number;
}

export interface HeadlineScores {
  /** Recall of the headline's content words, in percent. */
  ours: number;
  lead: number;
  textRank: number;
  /** The article's first content words, as many as our top 3 holds: Lead at our length. */
  leadSameLength: number;
  /** Our top 3's content words (best first) cut to as many as Lead-3 holds: ours at Lead's length. */
  oursLeadLength: number;
  /** Mean content words in each system's top 3. */
  words: SystemTriple;
  /** ROUGE-1 F1 (all words) against the headline, percent, with the same two length controls in words. */
  f1: SystemTriple & { leadSameLength: number; oursLeadLength: number };
  /** F1 at highlight length (f1AtHighlightLength of the recall and all words of the top 3), percent. */
  f1Highlight: SystemTriple;
  /** Mean words (all, as ROUGE counts them) in each system's top 3. */
  allWords: SystemTriple;
  /** Ours − Lead-3 per article, mean and half-width of its 95% interval (normal), percent points. */
  oursMinusLead: { recall: Interval; f1Highlight: Interval };
}

export interface Interval {
  mean: number;
  halfWidth95: number;
}

/** Mean and 95% half-width (1.96 standard errors) of paired per-article differences. */
export function pairedInterval(diffs: readonly number[]): Interval {
  const n = diffs.length;
  if (n === 0) return { mean: 0, halfWidth95: 0 };
  const mean = diffs.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, halfWidth95: 1.96 * Math.sqrt(variance / n) };
}

export interface HeadlineCorpusReport {
  articles: number;
  asPublished: HeadlineScores;
  lowerTokenised: HeadlineScores;
  /** CNN/DM release form: lower-cased, PTB-tokenised, one line (no paragraphs). */
  ptbOneLine: HeadlineScores;
  /** The same behind a tabloid byline-and-stamps header (TABLOID_HEADER). */
  ptbTabloidHeader: HeadlineScores;
  failures: string[];
}

export interface HeadlineReport {
  bbc: HeadlineCorpusReport | null;
  polnear: HeadlineCorpusReport | null;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function listTexts(dirs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).sort()) if (name.endsWith('.txt')) files.push(path.join(dir, name));
  }
  return files;
}

const percentInterval = (i: Interval): Interval => ({ mean: percent(i.mean), halfWidth95: percent(i.halfWidth95) });

type Variant = 'published' | 'lower' | 'ptb' | 'ptbHeader';

/**
 * A tabloid page header of the kind many Daily Mail stories in CNN/DM open with (written here, not copied):
 * byline and stamps the sentence splitter cuts into "sentences". A Lead-3 that does not know them takes them
 * as the first three; the ranking must not.
 */
const TABLOID_HEADER = 'By . Staff Reporter . PUBLISHED: . 10:04 EST, 1 March 2005 . | . UPDATED: . 12:31 EST, 1 March 2005 . ';

async function scoreFiles(files: string[], variant: Variant, failures: string[]): Promise<{ n: number; scores: HeadlineScores }> {
  const sum = { ours: 0, lead: 0, textRank: 0, leadSameLength: 0, oursLeadLength: 0 };
  const words = { ours: 0, lead: 0, textRank: 0 };
  const f1 = { ours: 0, lead: 0, textRank: 0, leadSameLength: 0, oursLeadLength: 0 };
  const f1Highlight = { ours: 0, lead: 0, textRank: 0 };
  const allWords = { ours: 0, lead: 0, textRank: 0 };
  const diffs = { recall: [] as number[], f1Highlight: [] as number[] };
  let n = 0;
  for (const file of files) {
    const raw = decode(await readFile(file));
    const nl = raw.indexOf('\n');
    if (nl < 0) continue;
    const reference = headlineWords(raw.slice(0, nl));
    const referenceAll = unigrams(raw.slice(0, nl));
    if (reference.length < MIN_HEADLINE_WORDS) continue;
    // The headline stays out: a placeholder first line is consumed as the title, the body follows.
    const rest = raw.slice(nl + 1);
    const body = `Untitled\n\n${rest}`;
    const input =
      variant === 'lower'
        ? lowerTokenised(body)
        : variant === 'ptb'
          ? `Untitled\n\n${ptbTokenised(rest)}`
          : variant === 'ptbHeader'
            ? `Untitled\n\n${ptbTokenised(TABLOID_HEADER + rest)}`
            : body;
    let statements: string[];
    let text: string;
    try {
      const { sheet } = await makeFactSheet({ bytes: new TextEncoder().encode(input), key: path.basename(file) }, { pdf: false });
      statements = sheet.keyStatements.map((k) => k.text);
      text = sheet.paragraphs.join('\n\n');
    } catch (err) {
      if (variant === 'published') failures.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const systems = { ours: statements.slice(0, 3), lead: lead(sentences, 3), textRank: textRank(sentences, 3) };
    const per = { recall: { ours: 0, lead: 0, textRank: 0 }, f1Highlight: { ours: 0, lead: 0, textRank: 0 } };
    for (const key of ['ours', 'lead', 'textRank'] as const) {
      const cand = systems[key].flatMap(headlineWords);
      const all = systems[key].flatMap(unigrams);
      const r = recall1(cand, reference);
      sum[key] += r;
      words[key] += cand.length;
      f1[key] += rouge1(all, referenceAll);
      per.recall[key] = r;
      per.f1Highlight[key] = f1AtHighlightLength(r, all.length);
      f1Highlight[key] += per.f1Highlight[key];
      allWords[key] += all.length;
    }
    diffs.recall.push(per.recall.ours - per.recall.lead);
    diffs.f1Highlight.push(per.f1Highlight.ours - per.f1Highlight.lead);
    const ours = systems.ours.flatMap(headlineWords);
    sum.leadSameLength += recall1(sentences.flatMap(headlineWords).slice(0, ours.length), reference);
    sum.oursLeadLength += recall1(ours.slice(0, systems.lead.flatMap(headlineWords).length), reference);
    const oursAll = systems.ours.flatMap(unigrams);
    f1.leadSameLength += rouge1(sentences.flatMap(unigrams).slice(0, oursAll.length), referenceAll);
    f1.oursLeadLength += rouge1(oursAll.slice(0, systems.lead.flatMap(unigrams).length), referenceAll);
    n++;
  }
  const d = Math.max(1, n);
  // Each sum over the articles becomes a mean, rounded as it is printed.
  const mean = <K extends string>(totals: Record<K, number>, round: (x: number) => number = percent): Record<K, number> =>
    Object.fromEntries(Object.entries<number>(totals).map(([k, v]) => [k, round(v / d)])) as Record<K, number>;
  return {
    n,
    scores: {
      ...mean(sum),
      words: mean(words, oneDecimal),
      f1: mean(f1),
      f1Highlight: mean(f1Highlight),
      allWords: mean(allWords, oneDecimal),
      oursMinusLead: { recall: percentInterval(pairedInterval(diffs.recall)), f1Highlight: percentInterval(pairedInterval(diffs.f1Highlight)) },
    },
  };
}

async function scoreCorpus(files: string[]): Promise<HeadlineCorpusReport | null> {
  if (files.length === 0) return null;
  const failures: string[] = [];
  const published = await scoreFiles(files, 'published', failures);
  const lower = await scoreFiles(files, 'lower', failures);
  const ptb = await scoreFiles(files, 'ptb', failures);
  const header = await scoreFiles(files, 'ptbHeader', failures);
  return { articles: published.n, asPublished: published.scores, lowerTokenised: lower.scores, ptbOneLine: ptb.scores, ptbTabloidHeader: header.scores, failures };
}

export async function evaluateHeadlines(corpus: string): Promise<HeadlineReport> {
  const bbcArticles = path.join(corpus, 'bbc', 'articles');
  const bbcDirs = existsSync(bbcArticles) ? (await readdir(bbcArticles)).sort().map((c) => path.join(bbcArticles, c)) : [];
  const polnearDirs = ['train', 'dev'].map((split) => path.join(corpus, 'polnear', split, 'text'));
  return { bbc: await scoreCorpus(await listTexts(bbcDirs)), polnear: await scoreCorpus(await listTexts(polnearDirs)) };
}

const VARIANTS = [
  ['as published', 'asPublished'],
  ['lower-cased', 'lowerTokenised'],
  ['PTB, one line', 'ptbOneLine'],
  ['PTB + tabloid header', 'ptbTabloidHeader'],
] as const;

const f = (x: number, width: number): string => x.toFixed(1).padStart(width);
const interval = (i: Interval): string => `${i.mean >= 0 ? '+' : ''}${i.mean.toFixed(1)} ± ${i.halfWidth95.toFixed(1)}`;

export function formatHeadlineReport(r: HeadlineReport): string {
  const corpora = [['BBC', r.bbc], ['PolNeAR', r.polnear]] as const;
  const lines = [
    'Headline recall (CNN/DM proxy): % of the headline\'s content words in the top 3, headline kept out of the input',
    '  corpus, variant                   n    ours  Lead-3  TextRank-3  Lead@our-length  ours@Lead-length   (content words: ours / Lead-3 / TextRank-3)',
  ];
  for (const [name, c] of corpora) {
    if (!c) {
      lines.push(`  ${name}: not found`);
      continue;
    }
    for (const [label, key] of VARIANTS) {
      const s = c[key];
      lines.push(
        `  ${`${name}, ${label}`.padEnd(31)} ${String(c.articles).padStart(5)}  ${f(s.ours, 6)}  ${f(s.lead, 6)}  ${f(s.textRank, 10)}  ${f(s.leadSameLength, 15)}  ${f(s.oursLeadLength, 16)}   (${s.words.ours} / ${s.words.lead} / ${s.words.textRank})`,
      );
    }
    if (c.failures.length > 0) lines.push(`  ${name}: FAILED on ${c.failures.length} articles, e.g. ${c.failures[0]}`);
  }
  lines.push(
    '',
    `F1 (%) of the top 3: at highlight length = 2·recall·${HIGHLIGHT_WORDS}/(words + ${HIGHLIGHT_WORDS}) (weighs length as CNN/DM F1 does); against the headline = ROUGE-1 F1, all words`,
    '  corpus, variant                 at highlight length: ours  Lead-3  TextRank-3 | vs headline: ours  Lead-3  TextRank-3  Lead@our-length  ours@Lead-length   (words: ours / Lead-3 / TextRank-3)   ours − Lead-3 (95%): F1 at highlight length; recall',
  );
  for (const [name, c] of corpora) {
    if (!c) continue;
    for (const [label, key] of VARIANTS) {
      const s = c[key];
      lines.push(
        `  ${`${name}, ${label}`.padEnd(31)} ${f(s.f1Highlight.ours, 26)}  ${f(s.f1Highlight.lead, 6)}  ${f(s.f1Highlight.textRank, 10)} | ${f(s.f1.ours, 16)}  ${f(s.f1.lead, 6)}  ${f(s.f1.textRank, 10)}  ${f(s.f1.leadSameLength, 15)}  ${f(s.f1.oursLeadLength, 16)}   (${s.allWords.ours} / ${s.allWords.lead} / ${s.allWords.textRank})   ${interval(s.oursMinusLead.f1Highlight)}; ${interval(s.oursMinusLead.recall)}`,
      );
    }
  }
  return lines.join('\n');
}
