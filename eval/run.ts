/**
 * `npm run eval [-- corpusDir] [--only=bbc|headline|polnear|cnndm] [--cnndm=storiesDir]`: the project beside
 * baselines it computes itself, on the shared corpus (default ../shared/corpus beside the repository). Prints
 * a table and, for a whole run, writes eval/results.json. CNN/DailyMail stories are not in the shared corpus:
 * they are scored when `--cnndm` names a folder of them, or `<corpus>/cnndm` holds some.
 * Exits 0 with a message when the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBbc, formatBbcReport, type BbcReport } from './bbc.ts';
import { evaluateCnndm, formatCnndmReport } from './cnndm.ts';
import { evaluateHeadlines, formatHeadlineReport } from './headline.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

async function polnear(dir: string): Promise<{ report: unknown; text: string }> {
  if (!existsSync(dir)) return { report: null, text: `PolNeAR: corpus not found at ${dir}` };
  try {
    const mod = (await import('./polnear.ts')) as {
      evaluatePolnear?: (d: string) => Promise<unknown>;
      formatPolnearReport?: (r: never) => string;
    };
    if (typeof mod.evaluatePolnear !== 'function') return { report: null, text: 'PolNeAR: not available' };
    const report = await mod.evaluatePolnear(dir);
    const text = typeof mod.formatPolnearReport === 'function' ? mod.formatPolnearReport(report as never) : JSON.stringify(report);
    return { report, text };
  } catch (err) {
    return { report: null, text: `PolNeAR: not available (${(err as Error).message})` };
  }
}

type Part = 'bbc' | 'headline' | 'polnear' | 'cnndm';
const PARTS: readonly Part[] = ['bbc', 'headline', 'polnear', 'cnndm'];

/**
 * `[corpusDir] [--only=bbc|headline|polnear|cnndm[,…]] [--cnndm=dir]`: the folder, which evaluations to run
 * (default all) and where CNN/DailyMail stories are.
 */
function parseArgs(argv: readonly string[]): { corpus: string | undefined; parts: Set<Part>; cnndm: string | undefined } {
  let corpus: string | undefined;
  let cnndm: string | undefined;
  let parts = new Set<Part>(PARTS);
  for (const arg of argv) {
    const stories = /^--cnndm=(.+)$/.exec(arg);
    if (stories) {
      cnndm = stories[1];
      continue;
    }
    const only = /^--only=(.+)$/.exec(arg);
    if (!only) {
      corpus = arg;
      continue;
    }
    const wanted = only[1]!.split(',');
    const unknown = wanted.filter((w) => !PARTS.includes(w as Part));
    if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')} (choose from ${PARTS.join(', ')})`);
    parts = new Set(wanted as Part[]);
  }
  return { corpus, parts, cnndm };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const corpus = path.resolve(args.corpus ?? path.resolve(repoRoot, '../shared/corpus'));
  // Stories named with --cnndm are scored even without the shared corpus.
  if (!existsSync(corpus) && args.cnndm === undefined) {
    console.log(`Evaluation corpus not found at ${corpus}; nothing to evaluate. Pass its folder: npm run eval -- <dir>`);
    return;
  }
  const started = performance.now();
  const bbcDir = path.join(corpus, 'bbc');
  let bbc: BbcReport | null = null;
  if (args.parts.has('bbc')) {
    if (existsSync(path.join(bbcDir, 'articles'))) {
      bbc = await evaluateBbc(bbcDir);
      console.log(formatBbcReport(bbc));
    } else {
      console.log(`BBC News Summary: not found at ${bbcDir}`);
    }
    console.log('');
  }
  const headline = args.parts.has('headline') ? await evaluateHeadlines(corpus) : null;
  if (headline) console.log(formatHeadlineReport(headline), '\n');
  const pn = args.parts.has('polnear') ? await polnear(path.join(corpus, 'polnear')) : { report: null, text: '' };
  if (pn.text) console.log(pn.text);
  let cnndm = null;
  if (args.parts.has('cnndm')) {
    const dir = path.resolve(args.cnndm ?? path.join(corpus, 'cnndm'));
    cnndm = await evaluateCnndm(dir);
    console.log('');
    console.log(cnndm ? formatCnndmReport(cnndm) : `CNN/DailyMail: no .story files at ${dir} (give a folder of them: --cnndm=<dir>)`);
  }
  const results = {
    corpus,
    generatedAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    bbc,
    headline,
    polnear: pn.report,
    cnndm,
  };
  // A partial run prints only: eval/results.json always holds a whole run.
  if (args.parts.size < PARTS.length) return;
  await writeFile(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(here, 'results.json')) || 'eval/results.json'}`);
}

await main();
