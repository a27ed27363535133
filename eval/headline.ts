/**
 * Headline recall: a stand-in for ROUGE-1 of the top 3 on CNN/DailyMail, which we do not have here.
 *
 * Each article's own headline (its first line) is taken OUT of the input; the pipeline sees only the body.
 * The score is the share of the headline's content words (lower-cased, a small stop list) that the top 3
 * statements contain — ROUGE-1 recall against the headline — for the project, Lead-3 and TextRank-3, on
 * BBC News Summary and PolNeAR, as published, lower-cased + tokenised, and in the form of the CNN/DM release
 * (`ptbTokenised`: lower-cased, PTB tokens such as "-lrb- cnn -rrb-" and "it 's", the whole story on one line).
 *
 * It is a proxy, not the target: a headline is one short line written for the page, CNN/DM highlights are
 * three or four sentences written as bullet points. Both reward sentences that state what the story is
 * about, which is where lead-heavy news puts it. Recall grows with the length of the top 3, so the mean
 * content-word count of each system's top 3 is reported beside its score, with two length-matched controls:
 * a lead cut to our length (the article's first content words, as many as our top 3 holds) and our top 3
 * cut to Lead-3's length (its content words best first, as many as Lead-3 holds). Together they show how much
 * of a difference is only length.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { lead, textRank } from './baselines.ts';
import { clippedOverlap, lowerTokenised, ptbTokenised, unigrams } from './metrics.ts';

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

/** Headlines with fewer content words than this say too little to score against. */
const MIN_HEADLINE_WORDS = 3;

export interface HeadlineScores {
  /** Recall in percent. */
  ours: number;
  lead: number;
  textRank: number;
  /** The article's first content words, as many as our top 3 holds: Lead at our length. */
  leadSameLength: number;
  /** Our top 3's content words (best first) cut to as many as Lead-3 holds: ours at Lead's length. */
  oursLeadLength: number;
  /** Mean content words in each system's top 3. */
  words: { ours: number; lead: number; textRank: number };
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

const pct = (x: number): number => Math.round(1000 * x) / 10;
const one = (x: number): number => Math.round(10 * x) / 10;

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
  let n = 0;
  for (const file of files) {
    const raw = decode(await readFile(file));
    const nl = raw.indexOf('\n');
    if (nl < 0) continue;
    const reference = headlineWords(raw.slice(0, nl));
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
    for (const key of ['ours', 'lead', 'textRank'] as const) {
      const cand = systems[key].flatMap(headlineWords);
      sum[key] += recall1(cand, reference);
      words[key] += cand.length;
    }
    const ours = systems.ours.flatMap(headlineWords);
    sum.leadSameLength += recall1(sentences.flatMap(headlineWords).slice(0, ours.length), reference);
    sum.oursLeadLength += recall1(ours.slice(0, systems.lead.flatMap(headlineWords).length), reference);
    n++;
  }
  const d = Math.max(1, n);
  return {
    n,
    scores: {
      ours: pct(sum.ours / d),
      lead: pct(sum.lead / d),
      textRank: pct(sum.textRank / d),
      leadSameLength: pct(sum.leadSameLength / d),
      oursLeadLength: pct(sum.oursLeadLength / d),
      words: { ours: one(words.ours / d), lead: one(words.lead / d), textRank: one(words.textRank / d) },
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

export function formatHeadlineReport(r: HeadlineReport): string {
  const lines = [
    'Headline recall (CNN/DM proxy): % of the headline\'s content words in the top 3, headline kept out of the input',
    '  corpus, variant                   n    ours  Lead-3  TextRank-3  Lead@our-length  ours@Lead-length   (content words: ours / Lead-3 / TextRank-3)',
  ];
  for (const [name, c] of [['BBC', r.bbc], ['PolNeAR', r.polnear]] as const) {
    if (!c) {
      lines.push(`  ${name}: not found`);
      continue;
    }
    for (const [label, s] of [['as published', c.asPublished], ['lower-cased', c.lowerTokenised], ['PTB, one line', c.ptbOneLine], ['PTB + tabloid header', c.ptbTabloidHeader]] as const) {
      lines.push(
        `  ${`${name}, ${label}`.padEnd(31)} ${String(c.articles).padStart(5)}  ${s.ours.toFixed(1).padStart(6)}  ${s.lead.toFixed(1).padStart(6)}  ${s.textRank.toFixed(1).padStart(10)}  ${s.leadSameLength.toFixed(1).padStart(15)}  ${s.oursLeadLength.toFixed(1).padStart(16)}   (${s.words.ours} / ${s.words.lead} / ${s.words.textRank})`,
      );
    }
    if (c.failures.length > 0) lines.push(`  ${name}: FAILED on ${c.failures.length} articles, e.g. ${c.failures[0]}`);
  }
  return lines.join('\n');
}
