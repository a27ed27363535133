/**
 * ROUGE of the top 3 on CNN/DailyMail stories, beside Lead-3 and TextRank-3: the target the headline proxy
 * stands in for, measured wherever CNN/DM stories are at hand.
 *
 * The corpus is not shipped (it is not ours to ship, and ../shared has none): give a folder of stories in
 * the release's `.story` form (article paragraphs, then `@highlight` blocks; cnn/stories and
 * dailymail/stories of the release work as they are) with `--cnndm=<dir>`, or put it at `<corpus>/cnndm`.
 *
 * Scored as CNN/DM results are usually reported (rouge-score with its stemmer): lower-cased, everything but
 * a–z and 0–9 is a break, Porter stems for tokens over three letters, F1 per story, averaged. Each story is
 * run three ways: as published, lower-cased + tokenised, and in the release's own form (PTB tokens, one
 * line). The highlights are never part of the input.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { lead, textRank } from './baselines.ts';
import { pairedInterval, recall1, type Interval } from './headline.ts';
import { lowerTokenised, oneDecimal, percent, ptbTokenised, rouge1 } from './metrics.ts';

export interface Story {
  article: string;
  highlights: string[];
}

/** A `.story` file: paragraphs, then each highlight after a line `@highlight`. */
export function parseStory(text: string): Story {
  const parts = text.replace(/\r\n?/g, '\n').split(/^@highlight[ \t]*$/m);
  const article = parts[0]!
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');
  const highlights = parts
    .slice(1)
    .map((h) => h.trim().replace(/\s+/g, ' '))
    .filter((h) => h !== '');
  return { article, highlights };
}

/** rouge-score's tokens: lower case, a–z/0–9 runs, Porter stems for tokens longer than three characters. */
export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').match(/\S+/g) ?? []).map((t) => (t.length > 3 ? stemmer(t) : t));
}

function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

export interface Rouge {
  r1: number;
  r2: number;
  /** ROUGE-1 recall, to read F1 with: a longer top 3 gains recall and pays in precision. */
  r1Recall: number;
}

/** ROUGE-1 and -2 F1 of a candidate against a reference, both already tokenised with rougeTokens. */
export function rouge(candidate: readonly string[], reference: readonly string[]): Rouge {
  return { r1: rouge1(candidate, reference), r2: rouge1(bigrams(candidate), bigrams(reference)), r1Recall: recall1(candidate, reference) };
}

const SYSTEMS = ['ours', 'lead', 'textRank'] as const;
type System = (typeof SYSTEMS)[number];

export interface CnndmScores {
  /** Mean per-story scores, percent. */
  r1: Record<System, number>;
  r2: Record<System, number>;
  r1Recall: Record<System, number>;
  /** Mean tokens in each top 3. */
  words: Record<System, number>;
  /** Ours − Lead-3, ROUGE-1 F1 per story: mean and 95% half-width, percent points. */
  oursMinusLead: Interval;
}

export interface CnndmReport {
  dir: string;
  stories: number;
  /** Mean tokens in the highlights. */
  highlightWords: number;
  asPublished: CnndmScores;
  lowerTokenised: CnndmScores;
  ptbOneLine: CnndmScores;
  failures: string[];
}

async function listStories(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listStories(full)));
    else if (entry.name.endsWith('.story')) out.push(full);
  }
  return out;
}

type Form = 'published' | 'lower' | 'ptb';

function inputOf(article: string, form: Form): string {
  // The title line is consumed by ingest as the headline: a placeholder keeps the first sentence in the body.
  const body = form === 'lower' ? lowerTokenised(article) : form === 'ptb' ? ptbTokenised(article) : article;
  return `Untitled\n\n${body}`;
}

async function scoreForm(stories: ReadonlyArray<{ file: string; story: Story }>, form: Form, failures: string[]): Promise<CnndmScores> {
  const zero = (): Record<System, number> => ({ ours: 0, lead: 0, textRank: 0 });
  const sums = { r1: zero(), r2: zero(), r1Recall: zero(), words: zero() };
  const diffs: number[] = [];
  let n = 0;
  for (const { file, story } of stories) {
    let statements: string[];
    let text: string;
    try {
      const { sheet } = await makeFactSheet({ bytes: new TextEncoder().encode(inputOf(story.article, form)), key: `${path.basename(file, '.story')}.txt` }, { pdf: false });
      statements = sheet.keyStatements.map((k) => k.text);
      text = sheet.paragraphs.join('\n\n');
    } catch (err) {
      failures.push(`${path.basename(file)} (${form}): ${(err as Error).message}`);
      continue;
    }
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    const reference = rougeTokens(story.highlights.join('\n'));
    const top3: Record<System, string[]> = { ours: statements.slice(0, 3), lead: lead(sentences, 3), textRank: textRank(sentences, 3) };
    const per = zero();
    for (const system of SYSTEMS) {
      const candidate = rougeTokens(top3[system].join('\n'));
      const r = rouge(candidate, reference);
      sums.r1[system] += r.r1;
      sums.r2[system] += r.r2;
      sums.r1Recall[system] += r.r1Recall;
      sums.words[system] += candidate.length;
      per[system] = r.r1;
    }
    diffs.push(per.ours - per.lead);
    n++;
  }
  const mean = (s: Record<System, number>, round: (x: number) => number): Record<System, number> => ({
    ours: round(s.ours / Math.max(1, n)),
    lead: round(s.lead / Math.max(1, n)),
    textRank: round(s.textRank / Math.max(1, n)),
  });
  const d = pairedInterval(diffs);
  return {
    r1: mean(sums.r1, percent),
    r2: mean(sums.r2, percent),
    r1Recall: mean(sums.r1Recall, percent),
    words: mean(sums.words, oneDecimal),
    oursMinusLead: { mean: percent(d.mean), halfWidth95: percent(d.halfWidth95) },
  };
}

/** Null when the folder holds no `.story` files. */
export async function evaluateCnndm(dir: string): Promise<CnndmReport | null> {
  if (!existsSync(dir)) return null;
  const files = await listStories(dir);
  const stories = [];
  for (const file of files) {
    const story = parseStory(await readFile(file, 'utf8'));
    // A story without highlights cannot be scored, and one without text has nothing to rank.
    if (story.highlights.length > 0 && story.article !== '') stories.push({ file, story });
  }
  if (stories.length === 0) return null;
  const failures: string[] = [];
  const highlightWords = stories.reduce((a, s) => a + rougeTokens(s.story.highlights.join('\n')).length, 0) / stories.length;
  return {
    dir,
    stories: stories.length,
    highlightWords: oneDecimal(highlightWords),
    asPublished: await scoreForm(stories, 'published', failures),
    lowerTokenised: await scoreForm(stories, 'lower', failures),
    ptbOneLine: await scoreForm(stories, 'ptb', failures),
    failures,
  };
}

const FORMS = [
  ['as published', 'asPublished'],
  ['lower-cased', 'lowerTokenised'],
  ['PTB, one line', 'ptbOneLine'],
] as const;

export function formatCnndmReport(r: CnndmReport): string {
  const f = (x: number, w: number): string => x.toFixed(1).padStart(w);
  const lines = [
    `CNN/DailyMail (${r.dir}): ROUGE F1 (%) of the top 3 against the highlights, ${r.stories} stories, highlights ${r.highlightWords} tokens`,
    '  form               R-1: ours  Lead-3  TextRank-3 | R-2: ours  Lead-3  TextRank-3 | R-1 recall: ours  Lead-3 | tokens: ours  Lead-3 | ours − Lead-3, R-1 (95%)',
  ];
  for (const [label, key] of FORMS) {
    const s = r[key];
    const d = s.oursMinusLead;
    lines.push(
      `  ${label.padEnd(16)} ${f(s.r1.ours, 10)}  ${f(s.r1.lead, 6)}  ${f(s.r1.textRank, 10)} | ${f(s.r2.ours, 9)}  ${f(s.r2.lead, 6)}  ${f(s.r2.textRank, 10)} | ${f(s.r1Recall.ours, 16)}  ${f(s.r1Recall.lead, 6)} | ${f(s.words.ours, 12)}  ${f(s.words.lead, 6)} | ${d.mean >= 0 ? '+' : ''}${d.mean.toFixed(1)} ± ${d.halfWidth95.toFixed(1)}`,
    );
  }
  if (r.failures.length > 0) lines.push(`  FAILED on ${r.failures.length}, e.g. ${r.failures[0]}`);
  return lines.join('\n');
}
