/**
 * Figures and dates audit: a fixed sample of what the extractor finds, each with its sentence, to be judged
 * by hand before and after a change, plus counts a machine can take over the whole corpus.
 *
 *   npx tsx eval/figures.ts [corpus dir] [--all] [--seed=text] [--dated] [--json=out.json]
 *   npx tsx eval/figures.ts [corpus dir] --dates=N [--seed=text] [--dated]
 *
 * `--dates=N` samples about N dates on their own (no figures) and judges them against `eval/dates-judged.tsv`:
 * file, offset of the date's first character, text, resolved value ("2024-03-01..2024-03-31", "null"), sentence
 * snippet, verdict. `ok` when the item is a date and its resolved day or range is right for that article (with
 * `--dated`, a PolNeAR article's date is the one its file name carries); `bad` when it is not a date (a
 * programme, a paper, a duration) or resolves to the wrong day, range or direction, or is cut or split. A named
 * day with no fixed date ("Super Tuesday") left unresolved is `ok`.
 *
 * `--dated` gives each PolNeAR article the publication date its file name carries (as an HTML page's
 * metadata would), so that relative dates ("last week", "August last year") are resolved and can be checked.
 *
 * The sample does not depend on what else is found: an item is in it when a seeded hash of its file and the
 * offset of its first digit (a date: of its first character) falls under a fixed rate. So the same figure
 * stays in the sample across versions of the extractor, a figure the extractor newly finds may join it, and
 * one it stops finding leaves it (compare two `--json` runs to see both). The rates give about 100 figures
 * and 60 dates on the shared corpus (BBC, PolNeAR train + dev, seeds).
 *
 * Judged samples: the default seed (rules are written from it), `--seed=s5-fresh`, and the held-out `--seed=held-out`
 * and `--seed=s6-fresh`, each judged only after the rules of its session were written. Session 7 judged
 * `--seed=s7-audit` before changing anything (to count the kinds of fault), `--seed=s7-held` after its first rules
 * (it was then used for more, so no longer held-out) and `--seed=s7-final` last, held-out. Session 8 judged
 * `--seed=s8-a` before changing anything and `--seed=s8-held` last, held-out. Session 12 likewise judged
 * `--seed=s12-a` first and `--seed=s12-held` last, held-out.
 *
 * Judgements live in `eval/figures-judged.tsv` (`--judged=<file>` for another): file, offset of the first digit,
 * figure text, context, verdict. `ok` when the context says what the figure measures (a reader of the sheet's
 * table would know what the number is of without the article: "Quarterly profits", "citizens evacuated",
 * "workforce trimmed"); `bad` when it is empty, only repeats the unit ("people"), is a bare verb ("save"),
 * names the wrong thing, or the item is not a figure at all (a match minute, a race). A judgement is reused
 * while file, offset, text and context are unchanged, so after a change only what it altered is shown as
 * `??` to be judged; the counts of ok / bad / unjudged are printed for the sample.
 *
 * Machine counts over every item: figures with an empty context, or a context that only repeats the unit
 * ("people | people"); dates next to each other with nothing but a space or "of" between them (one date
 * read as two: "August last year"); relative dates left unresolved in articles that have a date.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { listArticles, readJudged, unitHash } from './sample.ts';

/** The development sample; `--seed=<text>` draws another, for a check on items no rule was written from. */
let SEED = 'figures-audit-1';
const FIGURE_RATE = 100 / 8650;
const DATE_RATE = 60 / 8590;
/**
 * `--dates=N` draws at the rate N / (the dates found on the shared corpus with --dated at main 41b04b2), fixed
 * so that a change that finds more or fewer dates does not move which ones are drawn.
 */
const DATES_AT_41B04B2 = 10_875;

interface FigureRow {
  file: string;
  at: number;
  text: string;
  value: number | null;
  unit: string | null;
  context: string;
  sentence: string;
}

interface DateRow {
  file: string;
  at: number;
  text: string;
  iso: string | null;
  isoEnd: string | null;
  published: string | null;
  sentence: string;
  /** The seeded hash of file and offset: `--dates=N` keeps those under N / (all dates). */
  rank: number;
}

/** A date's resolved value as the verdict file keeps it: "2024-03-01", "2024-03-01..2024-03-31" or "null". */
function resolvedValue(iso: string | null, isoEnd: string | null): string {
  return `${iso}${isoEnd ? `..${isoEnd}` : ''}`;
}

/** About 60 characters of the sentence either side of the date, so a verdict line stays readable. */
function dateSnippet(sentence: string, text: string): string {
  const at = Math.max(0, sentence.indexOf(text));
  const from = Math.max(0, at - 60);
  const to = Math.min(sentence.length, at + text.length + 60);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--')) ?? path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const all = args.includes('--all');
  const jsonOut = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
  SEED = args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? SEED;
  const dated = args.includes('--dated');
  const datesOnly = Number(args.find((a) => a.startsWith('--dates='))?.slice('--dates='.length) ?? 0);
  const judgedFile = args.find((a) => a.startsWith('--judged='))?.slice('--judged='.length) ?? path.join(import.meta.dirname, 'figures-judged.tsv');
  const judged = readJudged(judgedFile);
  if (!existsSync(root)) {
    console.log(`No corpus at ${root}: nothing to audit.`);
    return;
  }
  const files = await listArticles(root);
  const figures: FigureRow[] = [];
  const dates: DateRow[] = [];
  let figureCount = 0;
  let emptyContext = 0;
  let unitOnly = 0;
  let dateCount = 0;
  let splitDates = 0;
  let datedArticles = 0;
  let unresolvedInDated = 0;
  let extractMs = 0;
  for (const file of files) {
    const rel = path.relative(root, file);
    const ingested = ingest(await readFile(file), { key: path.basename(file), version: null }, DEFAULT_LIMITS);
    const nameDate = /_(\d{4}-\d{2}-\d{2})_/.exec(path.basename(file))?.[1] ?? null;
    const article = dated && ingested.published === null && nameDate !== null ? { ...ingested, published: nameDate } : ingested;
    const t0 = performance.now();
    const sheet = extract(article, DEFAULT_LIMITS);
    extractMs += performance.now() - t0;
    const text = sheet.paragraphs.join('\n\n');
    const sentenceOf = (at: number): string => {
      const from = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
      let to = text.indexOf('\n', at);
      if (to < 0) to = text.length;
      const stop = text.slice(at, to).search(/[.!?]["”’]?\s/);
      return oneLine(text.slice(from, stop >= 0 ? at + stop + 1 : to));
    };
    for (const f of sheet.figures) {
      figureCount++;
      if (f.context.trim() === '') emptyContext++;
      else if (f.context.trim().toLowerCase() === (f.unit ?? '').toLowerCase()) unitOnly++;
      const digit = f.start + Math.max(0, text.slice(f.start, f.end).search(/\d/));
      if (all || unitHash(SEED, `${rel}:${digit}`) < FIGURE_RATE) {
        figures.push({ file: rel, at: digit, text: f.text, value: f.value, unit: f.unit, context: f.context, sentence: sentenceOf(f.start) });
      }
    }
    if (sheet.published !== null) datedArticles++;
    sheet.dates.forEach((d, i) => {
      dateCount++;
      const next = sheet.dates[i + 1];
      if (next && /^\s*(?:of\s+)?$/i.test(text.slice(d.end, next.start))) splitDates++;
      if (sheet.published !== null && d.iso === null) unresolvedInDated++;
      const rank = unitHash(SEED, `${rel}:${d.start}`);
      if (all || datesOnly > 0 || rank < DATE_RATE) {
        dates.push({ file: rel, at: d.start, text: d.text, iso: d.iso, isoEnd: d.isoEnd, published: sheet.published, sentence: oneLine(d.context), rank });
      }
    });
  }
  if (datesOnly > 0) {
    printDateSample(dates.filter((d) => d.rank < datesOnly / DATES_AT_41B04B2), dateCount, path.join(import.meta.dirname, 'dates-judged.tsv'));
    return;
  }

  console.log(`# Figures sample (${figures.length} of ${figureCount})`);
  const verdicts = { ok: 0, bad: 0, unjudged: 0 };
  figures.forEach((f, i) => {
    const verdict = judged.get([f.file, f.at, f.text, f.context].join('\t')) ?? '??';
    if (verdict === 'ok' || verdict === 'bad') verdicts[verdict]++;
    else verdicts.unjudged++;
    console.log(`F${String(i + 1).padStart(3, '0')} [${verdict}] ${f.file}@${f.at}  «${f.text}» value=${f.value} unit=${f.unit} context=«${f.context}»`);
    console.log(`     ${f.sentence}`);
  });
  console.log(`judged (${path.basename(judgedFile)}): ok ${verdicts.ok}, bad ${verdicts.bad}, unjudged ${verdicts.unjudged} of ${figures.length}`);
  console.log(`\n# Dates sample (${dates.length} of ${dateCount})`);
  dates.forEach((d, i) => {
    const end = d.isoEnd ? `..${d.isoEnd}` : '';
    console.log(`D${String(i + 1).padStart(3, '0')} ${d.file}@${d.at}  «${d.text}» iso=${d.iso}${end} published=${d.published}`);
    console.log(`     ${d.sentence}`);
  });
  const pct = (n: number, of: number): string => `${n} (${of > 0 ? ((100 * n) / of).toFixed(1) : '0.0'}%)`;
  console.log(`\n# Counts over ${files.length} articles (extract ${(extractMs / Math.max(1, files.length)).toFixed(2)} ms/article)`);
  console.log(`figures ${figureCount}; empty context ${pct(emptyContext, figureCount)}; context = unit ${pct(unitOnly, figureCount)}`);
  console.log(`dates ${dateCount}; adjacent pairs (one date read as two?) ${splitDates}; in ${datedArticles} dated articles, unresolved ${unresolvedInDated}`);
  if (jsonOut) await writeFile(jsonOut, JSON.stringify({ figures, dates }, null, 1));
}

/** The `--dates=N` sample with its verdicts, then the counts of ok, bad and unjudged. */
function printDateSample(sample: DateRow[], dateCount: number, judgedFile: string): void {
  const judged = readJudged(judgedFile, 4, 5);
  const verdicts = { ok: 0, bad: 0, unjudged: 0 };
  console.log(`# Dates sample, seed ${SEED} (${sample.length} of ${dateCount})`);
  for (const d of sample) {
    const value = resolvedValue(d.iso, d.isoEnd);
    const snippet = dateSnippet(d.sentence, d.text);
    const verdict = judged.get([d.file, d.at, d.text, value].join('\t')) ?? '??';
    if (verdict === 'ok' || verdict === 'bad') verdicts[verdict]++;
    else verdicts.unjudged++;
    // One tab-separated line per date, ready to be copied into the verdict file with its verdict filled in.
    console.log([d.file, d.at, d.text, value, snippet, verdict, `published=${d.published}`].join('\t'));
  }
  console.log(`judged (${path.basename(judgedFile)}): ok ${verdicts.ok}, bad ${verdicts.bad}, unjudged ${verdicts.unjudged} of ${sample.length}`);
}

await main();
