/**
 * `npm run eval [-- corpusDir]`: the project beside baselines it computes itself, on the shared corpus
 * (default ../shared/corpus beside the repository). Prints a table and writes eval/results.json.
 * Exits 0 with a message when the corpus is absent.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBbc, formatBbcReport, type BbcReport } from './bbc.ts';
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

async function main(): Promise<void> {
  const corpus = path.resolve(process.argv[2] ?? path.resolve(repoRoot, '../shared/corpus'));
  if (!existsSync(corpus)) {
    console.log(`Evaluation corpus not found at ${corpus}; nothing to evaluate. Pass its folder: npm run eval -- <dir>`);
    return;
  }
  const started = performance.now();
  const bbcDir = path.join(corpus, 'bbc');
  let bbc: BbcReport | null = null;
  if (existsSync(path.join(bbcDir, 'articles'))) {
    bbc = await evaluateBbc(bbcDir);
    console.log(formatBbcReport(bbc));
  } else {
    console.log(`BBC News Summary: not found at ${bbcDir}`);
  }
  console.log('');
  const headline = await evaluateHeadlines(corpus);
  console.log(formatHeadlineReport(headline));
  console.log('');
  const pn = await polnear(path.join(corpus, 'polnear'));
  console.log(pn.text);
  const results = {
    corpus,
    generatedAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    bbc,
    headline,
    polnear: pn.report,
  };
  await writeFile(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(here, 'results.json')) || 'eval/results.json'}`);
}

await main();
