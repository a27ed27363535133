/**
 * PolNeAR evaluation of direct quotes and their speakers, beside a naive regex baseline.
 *
 * Gold (brat standoff, one file per annotator): an attribution's Content span that holds a quotation mark
 * is a direct quote. Articles with several annotators are scored against the first annotator's file in
 * name order, every time. Two gold sets are reported:
 *  - "speech": the quoted words in the Content run to three words or more (what the extractor calls a
 *    quote; one- and two-word scare quotes such as "rip up" are not quotes for a fact sheet);
 *  - "any mark": every Content span holding a quotation mark, scare quotes included.
 * Scoring, on the raw .txt (paragraphs split on blank lines, so offsets match the annotation):
 *  - recall: a gold quote is found when one of our quotes overlaps any piece of its Content span;
 *  - precision: one of our quotes is right when it overlaps any annotated Content span;
 *  - speaker accuracy, over found gold quotes that have a Source: right when the offsets of our
 *    `speakerMention` overlap the Source span, or our `speaker` names the Source text (same surname, and
 *    the same first name when the Source writes one: "Donald Trump" for "Trump" or "Mr. Trump", but not
 *    "Bill Clinton" for "Hillary Clinton").
 * "ours-lc" scores the extractor again on the same articles lower-cased character for character (offsets
 * unchanged); "ours-tok" on a lower-cased, tokenised copy (`lowerTokenised`: `it 's`, `` `` … '' ``, ` .`) and
 * "ours-ptb" on the CNN/DailyMail release form (`ptbTokenised`: also `-lrb-`, `--`, the article on one line, no
 * paragraphs), the gold spans carried into the copy character by character (`alignTokenised`): lower-cased,
 * tokenised news must not lose its quotes or speakers. The gold source text is then the copy's words, so a name
 * is compared without capitals, as in "ours-lc". "base-tok" is the baseline's regex on `` `` … '' `` pairs.
 * The baseline: every pair of double quotation marks in a paragraph is a quote; its speaker is the nearest
 * capitalised word run (by characters, outside quotes, same paragraph).
 *
 * Run alone: `npx tsx eval/polnear.ts [polnear-dir] [--split=train|dev] [--errors] [--form=lower|tok|ptb]`;
 * `--errors` lists every found quote whose speaker is wrong, with the paragraph around it (`--form`: in that
 * form's run).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { HONORIFICS, NON_NAME_WORDS } from '../functions/pipeline/extract/names.ts';
import { findQuotes } from '../functions/pipeline/extract/quotes.ts';
import { alignTokenised, lowerTokenised, mapSpan, ptbTokenised } from './metrics.ts';

type Span = [number, number];

interface GoldQuote {
  content: Span[];
  source: Span[] | null;
  sourceText: string;
  /** The quoted words run to three or more. */
  speech: boolean;
}

interface GoldArticle {
  name: string;
  text: string;
  quotes: GoldQuote[];
  contents: Span[][];
}

export interface Predicted {
  start: number;
  end: number;
  speaker: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  /** How the extractor found the speaker (quotes.ts `via`), for the error listing. */
  via?: string;
}

/** One gold quote found whose speaker we got wrong (or did not give), for `--errors`. */
export interface SpeakerError {
  article: string;
  quoteStart: number;
  quote: string;
  gold: string;
  mention: string | null;
  speaker: string | null;
  via: string;
  /** The paragraph around the quote, to read the attribution in place. */
  context: string;
}

export interface Scores {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  withSource: number;
  speakerRight: number;
  recall: number;
  precision: number;
  speakerAccuracy: number;
}

export interface SplitReport {
  split: string;
  articles: number;
  ours: { speech: Scores; anyMark: Scores };
  baseline: { speech: Scores; anyMark: Scores };
  /** Ours again on the same articles lower-cased (as CNN/DailyMail-style corpora arrive): speech quotes only. */
  oursLowerCased: Scores;
  /** Ours on the lower-cased, tokenised copy (`lowerTokenised`: `it 's`, `` `` … '' ``, ` .`), gold spans carried over. */
  oursTokenised: Scores;
  /** Ours on the CNN/DailyMail release form (`ptbTokenised`: the same, `-lrb-`, `--`, the whole article on one line). */
  oursPtb: Scores;
  /** The baseline's quote regex on the tokenised copy (`` `` … '' ``); it has no capitals to find a speaker by. */
  baselineTokenised: Scores;
  /** Characters of the articles that the tokenised copies could not be aligned with (gold spans there are approximate). */
  unaligned: number;
  /** Milliseconds our extractor spent on the split (entities + quotes). */
  ms: number;
}

export interface PolnearReport {
  corpusDir: string;
  splits: SplitReport[];
}

const QUOTE_CHARS = /["“”„«»]/;

function parseSpans(s: string): Span[] {
  return s.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return [a ?? 0, b ?? 0] as Span;
  });
}

/** Brat standoff: T lines (type, spans, text) and E lines linking Attribution/Source/Cue/Content. */
export function parseAnn(ann: string): { spans: Map<string, { type: string; spans: Span[] }>; events: Array<Record<string, string>> } {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (/^T\d+$/.test(id) && cols[1]) {
      const sp = cols[1].indexOf(' ');
      if (sp < 0) continue;
      spans.set(id, { type: cols[1].slice(0, sp), spans: parseSpans(cols[1].slice(sp + 1)) });
    } else if (/^E\d+$/.test(id) && cols[1]) {
      const e: Record<string, string> = {};
      for (const kv of cols[1].split(/\s+/)) {
        const [k, v] = kv.split(':');
        if (k && v) e[k.replace(/\d+$/, '')] = v;
      }
      events.push(e);
    }
  }
  return { spans, events };
}

function quotedWords(content: string): number {
  // The longest run of words between a mark and the next mark (or the end of the content).
  let best = 0;
  const parts = content.split(/["“”„«»]/);
  for (let i = 1; i < parts.length; i += 2) best = Math.max(best, (parts[i]?.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  return best;
}

function goldFor(text: string, ann: string): { quotes: GoldQuote[]; contents: Span[][] } {
  const { spans, events } = parseAnn(ann);
  const quotes: GoldQuote[] = [];
  const contents: Span[][] = [];
  for (const e of events) {
    const c = e.Content ? spans.get(e.Content) : undefined;
    if (!c) continue;
    contents.push(c.spans);
    const ctext = c.spans.map(([a, b]) => text.slice(a, b)).join(' ');
    if (!QUOTE_CHARS.test(ctext)) continue;
    const s = e.Source ? spans.get(e.Source) : undefined;
    quotes.push({
      content: c.spans,
      source: s ? s.spans : null,
      sourceText: s ? s.spans.map(([a, b]) => text.slice(a, b)).join(' ') : '',
      speech: quotedWords(ctext) >= 3,
    });
  }
  return { quotes, contents };
}

async function loadSplit(dir: string): Promise<GoldArticle[]> {
  const annDir = path.join(dir, 'attributions');
  const files = (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort();
  const firstByArticle = new Map<string, string>();
  for (const f of files) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!firstByArticle.has(name)) firstByArticle.set(name, f);
  }
  const out: GoldArticle[] = [];
  for (const [name, f] of firstByArticle) {
    const txtPath = path.join(dir, 'text', `${name}.txt`);
    if (!existsSync(txtPath)) continue;
    const text = await readFile(txtPath, 'utf8');
    const { quotes, contents } = goldFor(text, await readFile(path.join(annDir, f), 'utf8'));
    out.push({ name, text, quotes, contents });
  }
  return out;
}

export function paragraphStartsOf(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) starts.push(m.index + m[0].length);
  return starts;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

const CAP_WORDS = (s: string): string[] => (s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !/^(?:Mr|Mrs|Ms|Dr|The|He|She|They|It|We|I|A|An|Sen|Rep|Gov|Gen|President|Former|Secretary|Senator|Governor|Minister|Candidate|Chairman|Speaker|Leader|Democratic|Republican|Presidential)$/.test(w));

function speakerRight(g: GoldQuote, p: Predicted): boolean {
  if (!g.source) return false;
  if (p.mentionStart !== null && p.mentionEnd !== null && g.source.some((s) => overlaps(s, [p.mentionStart as number, p.mentionEnd as number]))) return true;
  if (p.speaker) return namesSamePerson(p.speaker, g.sourceText);
  return false;
}

/**
 * Our resolved name names the annotated source: its surname is in the source text, and a first name
 * written right before that surname agrees ("Trump" and "Mr. Trump" name "Donald Trump"; "Bill Clinton"
 * does not name "Hillary Clinton").
 */
export function namesSamePerson(speaker: string, sourceText: string): boolean {
  if (!/\p{Lu}/u.test(sourceText)) return namesSamePersonCaseless(speaker, sourceText);
  const ours = CAP_WORDS(speaker).map((w) => w.toLowerCase());
  const surname = ours[ours.length - 1];
  if (!surname) return false;
  const gold = CAP_WORDS(sourceText).map((w) => w.toLowerCase().replace(/['’]s?$/u, ''));
  const at = gold.indexOf(surname);
  if (at < 0) return false;
  const first = gold[at - 1];
  return first === undefined || ours.includes(first) || !/^\p{Lu}\p{Ll}/u.test(CAP_WORDS(sourceText)[at - 1] ?? '');
}

/**
 * Words that are not names, for comparing names in lower-cased text where capitals cannot pick the names out:
 * the extractor's function words and honorifics (names.ts), and the scorer's own short list of titles. Not
 * names.ts's TITLE_WORDS on purpose: it holds words that are also surnames ("king", "judge", "young"), and
 * dropping those would mark "king" wrong for Mr. King; the titles here are the ones CAP_WORDS drops in the
 * cased comparison, so both runs compare names alike.
 */
const NOT_NAME_WORDS = new Set([
  ...NON_NAME_WORDS,
  ...[...HONORIFICS].map((w) => w.replace(/\.$/, '')),
  ...'president former secretary senator governor minister candidate chairman speaker leader democratic republican presidential state vice chief executive director spokesman spokeswoman campaign manager'.split(' '),
]);

/**
 * `namesSamePerson` for lower-cased gold, as the lower-cased run is scored: the same surname, and a first
 * name written before it in the source that our name shares ("donald trump" names "trump" and "mr. trump",
 * not "ivanka trump").
 */
function namesSamePersonCaseless(speaker: string, sourceText: string): boolean {
  const wordsOf = (t: string): string[] => (t.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s?$/u, '')).filter((w) => w.length > 1 && !NOT_NAME_WORDS.has(w));
  const ours = wordsOf(speaker);
  const surname = ours[ours.length - 1];
  if (!surname) return false;
  const gold = wordsOf(sourceText);
  const at = gold.indexOf(surname);
  if (at < 0) return false;
  const first = gold[at - 1];
  return first === undefined || ours.includes(first);
}

function emptyScores(): Scores {
  return { gold: 0, found: 0, predicted: 0, correct: 0, withSource: 0, speakerRight: 0, recall: 0, precision: 0, speakerAccuracy: 0 };
}

function accumulate(s: Scores, gold: GoldQuote[], contents: Span[][], predicted: Predicted[], onError?: (g: GoldQuote, p: Predicted) => void): void {
  s.predicted += predicted.length;
  for (const p of predicted) if (contents.some((c) => c.some((x) => overlaps(x, [p.start, p.end])))) s.correct++;
  for (const g of gold) {
    s.gold++;
    let best: Predicted | null = null;
    let bestOverlap = 0;
    for (const p of predicted) {
      const o = g.content.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, p.end) - Math.max(a, p.start)), 0);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = p;
      }
    }
    if (!best) continue;
    s.found++;
    if (g.source) {
      s.withSource++;
      if (speakerRight(g, best)) s.speakerRight++;
      else onError?.(g, best);
    }
  }
}

function finish(s: Scores): Scores {
  return {
    ...s,
    recall: s.gold ? s.found / s.gold : 0,
    precision: s.predicted ? s.correct / s.predicted : 0,
    speakerAccuracy: s.withSource ? s.speakerRight / s.withSource : 0,
  };
}

/** The naive baseline: quote regex, nearest capitalised run as the speaker. */
export function baselineQuotes(text: string): Predicted[] {
  const out: Predicted[] = [];
  const quoteSpans: Span[] = [];
  for (const m of text.matchAll(/["“]([^"“”\n]+)["”]/g)) quoteSpans.push([m.index, m.index + m[0].length]);
  const names: Span[] = [];
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/gu)) {
    const s: Span = [m.index, m.index + m[0].length];
    if (!quoteSpans.some((q) => overlaps(q, s))) names.push(s);
  }
  for (const q of quoteSpans) {
    let best: Span | null = null;
    let dist = Infinity;
    for (const n of names) {
      const between = n[1] <= q[0] ? text.slice(n[1], q[0]) : text.slice(q[1], n[0]);
      if (between.includes('\n')) continue;
      const d = n[1] <= q[0] ? q[0] - n[1] : n[0] - q[1];
      if (d >= 0 && d < dist) {
        dist = d;
        best = n;
      }
    }
    out.push({ start: q[0] + 1, end: q[1] - 1, speaker: best ? text.slice(best[0], best[1]) : null, mentionStart: best?.[0] ?? null, mentionEnd: best?.[1] ?? null });
  }
  return out;
}

export function oursQuotes(text: string): Predicted[] {
  const starts = paragraphStartsOf(text);
  // The organisations too, as the extract stage passes them: a speaker the article lists as one keeps its name.
  const { people, organizations } = extractEntities(text, starts);
  return findQuotes(text, starts, people, 100_000, { organizations }).quotes.map((q) => ({
    start: q.start,
    end: q.end,
    speaker: q.speaker,
    mentionStart: q.mentionStart,
    mentionEnd: q.mentionEnd,
    via: q.via,
  }));
}

/** Lower case, character for character, so the annotation's offsets still hold. */
export function lowerSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** The words around a quote, within its paragraph (blank-line paragraphs, as scored), on one line. */
function paragraphAround(text: string, from: number, to: number): string {
  const lo = text.lastIndexOf('\n\n', from);
  const hi = text.indexOf('\n\n', to);
  const a = Math.max(lo < 0 ? 0 : lo + 2, from - 250);
  const b = Math.min(hi < 0 ? text.length : hi, to + 150);
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}

/** The forms an article is scored in besides as published. */
export type Form = 'lower' | 'tok' | 'ptb';

/**
 * An article in another form, with its gold quotes carried into it: lower-cased character for character (offsets
 * unchanged), or tokenised (`lowerTokenised`, `ptbTokenised`), its spans mapped through `alignTokenised`.
 */
export function articleInForm(text: string, quotes: readonly GoldQuote[], contents: readonly Span[][], form: Form): { text: string; quotes: GoldQuote[]; contents: Span[][]; unaligned: number } {
  if (form === 'lower') {
    // Gold speaker text is compared lower-cased too, so only the mention offsets or a lower-case name can match.
    return { text: lowerSameLength(text), quotes: quotes.map((q) => ({ ...q, sourceText: lowerSameLength(q.sourceText) })), contents: [...contents], unaligned: 0 };
  }
  const copy = form === 'tok' ? lowerTokenised(text) : ptbTokenised(text);
  const map = alignTokenised(text, copy);
  const carry = (spans: readonly Span[]): Span[] => spans.map(([a, b]) => mapSpan(map, a, b));
  return {
    text: copy,
    quotes: quotes.map((q) => {
      const source = q.source ? carry(q.source) : null;
      return { ...q, content: carry(q.content), source, sourceText: source ? source.map(([a, b]) => copy.slice(a, b)).join(' ') : '' };
    }),
    contents: contents.map(carry),
    unaligned: map.unaligned,
  };
}

/** The baseline's regex for tokenised text: a `` `` … '' `` pair within a paragraph. */
export function baselineTokenisedQuotes(text: string): Predicted[] {
  const out: Predicted[] = [];
  for (const m of text.matchAll(TOKENISED_QUOTE)) out.push({ start: m.index + 2, end: m.index + m[0].length - 2, speaker: null, mentionStart: null, mentionEnd: null });
  return out;
}

const TOKENISED_QUOTE = /``(?:(?!``|'')[^\n])+''/g;

export interface EvaluateOptions {
  /** Collect speaker errors (as published, or in the form `errorsIn` names) into `errors`. */
  errors?: SpeakerError[];
  errorsIn?: Form;
  /** Only these splits (default train, dev and test, whichever exist). */
  splits?: string[];
}

async function evaluateSplit(dir: string, split: string, opts: EvaluateOptions = {}): Promise<SplitReport> {
  const articles = await loadSplit(dir);
  const ours = { speech: emptyScores(), anyMark: emptyScores() };
  const inForm: Record<Form, Scores> = { lower: emptyScores(), tok: emptyScores(), ptb: emptyScores() };
  const baselineTok = emptyScores();
  let unaligned = 0;
  const baseline = { speech: emptyScores(), anyMark: emptyScores() };
  let ms = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const predicted = oursQuotes(a.text);
    ms += performance.now() - t0;
    const base = baselineQuotes(a.text);
    const speech = a.quotes.filter((q) => q.speech);
    const errorsOf = (text: string) => (g: GoldQuote, p: Predicted): void => {
      const [qs, qe] = g.content[0] ?? [0, 0];
      opts.errors?.push({
        article: `${split}/${a.name}`,
        quoteStart: qs,
        quote: text.slice(qs, Math.min(qe, qs + 70)).replace(/\s+/g, ' '),
        gold: g.sourceText,
        mention: p.mentionStart !== null && p.mentionEnd !== null ? text.slice(p.mentionStart, p.mentionEnd) : null,
        speaker: p.speaker,
        via: p.via ?? '',
        context: paragraphAround(text, qs, g.content[g.content.length - 1]?.[1] ?? qe),
      });
    };
    accumulate(ours.speech, speech, a.contents, predicted, opts.errors && !opts.errorsIn ? errorsOf(a.text) : undefined);
    accumulate(ours.anyMark, a.quotes, a.contents, []);
    accumulate(baseline.speech, speech, a.contents, base);
    for (const form of ['lower', 'tok', 'ptb'] as const) {
      const f = articleInForm(a.text, speech, a.contents, form);
      unaligned += f.unaligned;
      accumulate(inForm[form], f.quotes, f.contents, oursQuotes(f.text), opts.errors && opts.errorsIn === form ? errorsOf(f.text) : undefined);
      if (form === 'tok') accumulate(baselineTok, f.quotes, f.contents, baselineTokenisedQuotes(f.text));
    }
    accumulate(baseline.anyMark, a.quotes, a.contents, []);
    // Precision is counted once per system (in `speech`); `anyMark` only re-scores recall and speakers.
    const anyOurs = emptyScores();
    accumulate(anyOurs, a.quotes, a.contents, predicted);
    ours.anyMark.found += anyOurs.found;
    ours.anyMark.withSource += anyOurs.withSource;
    ours.anyMark.speakerRight += anyOurs.speakerRight;
    const anyBase = emptyScores();
    accumulate(anyBase, a.quotes, a.contents, base);
    baseline.anyMark.found += anyBase.found;
    baseline.anyMark.withSource += anyBase.withSource;
    baseline.anyMark.speakerRight += anyBase.speakerRight;
  }
  for (const s of [ours, baseline]) {
    s.anyMark.predicted = s.speech.predicted;
    s.anyMark.correct = s.speech.correct;
  }
  return {
    split,
    articles: articles.length,
    ours: { speech: finish(ours.speech), anyMark: finish(ours.anyMark) },
    baseline: { speech: finish(baseline.speech), anyMark: finish(baseline.anyMark) },
    oursLowerCased: finish(inForm.lower),
    oursTokenised: finish(inForm.tok),
    oursPtb: finish(inForm.ptb),
    baselineTokenised: finish(baselineTok),
    unaligned,
    ms,
  };
}

/**
 * Scores the splits asked for (train, dev and test by default, whichever exist under `corpusDir`) for the
 * extractor, the baseline and the extractor on the same articles lower-cased.
 */
export async function evaluatePolnear(corpusDir: string, opts: EvaluateOptions = {}): Promise<PolnearReport> {
  const splits: SplitReport[] = [];
  for (const split of opts.splits ?? ['train', 'dev', 'test']) {
    const dir = path.join(corpusDir, split);
    if (existsSync(path.join(dir, 'attributions')) && existsSync(path.join(dir, 'text'))) splits.push(await evaluateSplit(dir, split, opts));
  }
  return { corpusDir, splits };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);

export function formatPolnearReport(r: PolnearReport): string {
  const lines = [`PolNeAR direct quotes (${r.corpusDir}); first annotator per article; gold "speech" = quoted words >= 3`];
  lines.push('split  system    gold-set  gold   recall  precision  speaker-acc  (right / found quotes with a source)');
  for (const s of r.splits) {
    for (const [sys, sc] of [['ours', s.ours], ['baseline', s.baseline]] as const) {
      for (const [set, v] of [['speech', sc.speech], ['any mark', sc.anyMark]] as const) {
        lines.push(
          `${s.split.padEnd(6)} ${sys.padEnd(9)} ${set.padEnd(9)} ${String(v.gold).padStart(5)}  ${pct(v.recall)}  ${pct(v.precision)}     ${pct(v.speakerAccuracy)}      (${v.speakerRight}/${v.withSource})`,
        );
      }
    }
    for (const [sys, v, what] of [
      ['ours-lc', s.oursLowerCased, 'same articles lower-cased'],
      ['ours-tok', s.oursTokenised, 'lower-cased + tokenised'],
      ['ours-ptb', s.oursPtb, 'PTB tokens, one line'],
      ['base-tok', s.baselineTokenised, 'baseline regex on the tokenised copy (no capitals: no speakers)'],
    ] as const) {
      lines.push(`${s.split.padEnd(6)} ${sys.padEnd(9)} speech    ${String(v.gold).padStart(5)}  ${pct(v.recall)}  ${pct(v.precision)}     ${pct(v.speakerAccuracy)}      (${v.speakerRight}/${v.withSource})  ${what}`);
    }
    if (s.unaligned > 0) lines.push(`${s.split.padEnd(6)} ${s.unaligned} characters could not be aligned with the tokenised copies`);
    lines.push(`${s.split.padEnd(6)} ${s.articles} articles, extractor ${s.ms.toFixed(0)} ms (${(s.ms / Math.max(1, s.articles)).toFixed(2)} ms/article)`);
  }
  return lines.join('\n');
}

/** One line per wrong speaker: where, the quote's opening, gold source, our mention → speaker (via), the paragraph. */
export function formatSpeakerErrors(errors: SpeakerError[]): string {
  return errors
    .map((e) => `${e.article}@${e.quoteStart}\t${e.via}\tgold=[${e.gold}]\tours=[${e.mention ?? ''}] -> ${e.speaker ?? '-'}\n    q: ${e.quote}\n    p: ${e.context}`)
    .join('\n');
}

/**
 * `npx tsx eval/polnear.ts [polnear-dir] [--split=train|dev] [--errors] [--form=lower|tok|ptb]`: the report, and
 * with `--errors` every found quote whose speaker is wrong (`--form`: in that form's run; `--lower` is
 * `--form=lower`).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith('--'));
  const split = args.find((a) => a.startsWith('--split='))?.slice('--split='.length);
  const dir = positional[0] ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../shared/corpus/polnear');
  if (!existsSync(dir)) {
    console.log(`PolNeAR corpus not found at ${dir}; nothing to evaluate.`);
    return;
  }
  const errors: SpeakerError[] | undefined = args.includes('--errors') ? [] : undefined;
  const form = args.find((a) => a.startsWith('--form='))?.slice('--form='.length) ?? (args.includes('--lower') ? 'lower' : undefined);
  if (form !== undefined && form !== 'lower' && form !== 'tok' && form !== 'ptb') throw new Error(`--form: ${form} is none of lower, tok, ptb`);
  const report = await evaluatePolnear(dir, { errors, errorsIn: form, splits: split ? split.split(',') : undefined });
  if (errors) console.log(formatSpeakerErrors(errors));
  console.log(formatPolnearReport(report));
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) void main();
