/**
 * `npm run bench`: what users pay for, side by side with the alternatives. Prints a table and writes
 * bench/results.json. Figures, not pass/fail: the targets are printed beside them.
 *
 *   npm run bench                       full run (about 3–5 minutes on 2 cores)
 *   npm run bench -- --quick            smaller samples, for checking the harness
 *   npm run bench -- --only=stages,e2e  some sections (stages e2e scaling bundle local chromium summarisers)
 *   npm run bench -- --out=FILE         write results elsewhere (default bench/results.json)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runChild, REPO_ROOT, type ChildOutcome } from './spawn.ts';
import type { StagesResult, EndToEndResult } from './stages.ts';
import { SIZES, type ScaleResult } from './scaling.ts';
import type { RenderSide } from './chromium.ts';
import { CHROMIUM_PATH } from './chromium.ts';
import type { SummariserRow } from './summarisers.ts';
import { copyFunctionAsset, measureBundle, type BundleSize } from './bundle.ts';
import { buildPipelineBundle, type PipelineBundle } from './pipeline-bundle.ts';
import { measureColdStart, type ColdStartResult } from './coldstart.ts';
import { deployedFunctionConfig, estimateCost, type CostEstimate } from './cost.ts';
import { measureLocalBucket, type LocalBucketResult } from './local-bucket.ts';
import { CORPUS_DIR } from './corpus.ts';
import { STAGES } from './stage-names.ts';
import { percentile, round } from './stats.ts';
import type { FirstSheetResult } from './first-sheet.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const outFile = argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? join(REPO_ROOT, 'bench', 'results.json');
const want = (section: string): boolean => !only || only.includes(section);

const SAMPLES = quick
  ? { stages: 150, e2e: 150, coldWarm: 10, coldRepeats: 2, local: 30, chromium: 8, summarisers: 30 }
  : { stages: 800, e2e: 600, coldWarm: 40, coldRepeats: 5, local: 150, chromium: 20, summarisers: 150 };

export const TARGETS = {
  articlesPerSecond: { target: 50, better: 'higher', text: '≥ 50 /s per core' },
  p50MsPerArticle: { target: 40, better: 'lower', text: '≤ 40 ms' },
  peakRssMb: { target: 300, better: 'lower', text: '≤ 300 MB' },
  coldStartMs: { target: 400, better: 'lower', text: '≤ 400 ms' },
  largeArticleMs: { target: 3000, better: 'lower', text: '≤ 3 s' },
  chromiumSpeedup: { target: 10, better: 'higher', text: '≥ 10×' },
  bundleZipBytes: { target: 5 * 1024 * 1024, better: 'lower', text: '≤ 5 MB' },
  usdPerMillionArticles: { target: 10, better: 'lower', text: '≤ $10' },
} as const;
type Headline = keyof typeof TARGETS;

const errors: Record<string, string> = {};
const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function section<T>(name: string, run: () => Promise<T>, group = name): Promise<T | null> {
  if (!want(group)) return null;
  log(`${name}…`);
  const t0 = performance.now();
  try {
    const result = await run();
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    errors[name] = message.split('\n')[0] ?? message;
    log(`${name} FAILED: ${errors[name]}`);
    return null;
  }
}

function unwrap<T>(name: string, outcome: ChildOutcome<T>): T & { childPeakRssMb: number } {
  if (!outcome.ok || !outcome.result) throw new Error(`${name}: ${outcome.error ?? 'no result'}`);
  return { ...outcome.result, childPeakRssMb: outcome.peakRssMb };
}

function machine(): Record<string, unknown> {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /Model name:\s*(.+)/.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? model;
  } catch {
    // lscpu is optional; os.cpus() named the model already.
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => round(l)),
    sharedMachine: 'CPU shared with other work while measuring: load averages at start and end are recorded',
    date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const env = machine();
  const corpusPresent = existsSync(CORPUS_DIR);
  log(`corpus: ${corpusPresent ? CORPUS_DIR : 'absent, generated articles instead'}; load ${String(env['loadAverageAtStart'])}`);

  const stages = await section('stages', async () => unwrap('stages', await runChild<StagesResult>('stages', { sample: SAMPLES.stages })));

  // The product's code as the Lambda runs it (bundled, plain node) gives the headline throughput and memory;
  // the tsx dev process runs the same workload beside it, labelled as such.
  let pipeline: PipelineBundle | null = null;
  if (want('e2e') || want('scaling') || want('bundle')) {
    pipeline = await section('pipeline bundle', buildPipelineBundle, ['e2e', 'scaling', 'bundle'].find(want));
  }
  const product = pipeline ? { bundle: pipeline.entry } : null;
  const e2e = await section('e2e (bundle, plain node)', async () => {
    if (!product) throw new Error('the pipeline bundle was not built');
    return { ...unwrap('e2e', await runChild<EndToEndResult>('e2e', { sample: SAMPLES.e2e }, { oneCore: true, ...product })), runtime: 'bundle, plain node' };
  }, 'e2e');
  const e2eTsx = await section('e2e (tsx dev process)', async () => ({
    ...unwrap('e2e', await runChild<EndToEndResult>('e2e', { sample: SAMPLES.e2e }, { oneCore: true })),
    runtime: 'tsx dev process (node --import tsx): not the product',
  }), 'e2e');

  const scaling = await section('scaling', async () => {
    if (!product) throw new Error('the pipeline bundle was not built');
    const rows: ScaleResult[] = [];
    for (const bytes of SIZES) rows.push(unwrap(`scale ${bytes}`, await runChild<ScaleResult>('scale', { bytes }, { oneCore: true, ...product })));
    return rows;
  });

  let bundle: BundleSize | null = null;
  let cold: ColdStartResult | null = null;
  let synthMs: number | null = null;
  const deployed = deployedFunctionConfig();
  if (want('bundle')) {
    const asset = await section('synth', copyFunctionAsset, 'bundle');
    if (asset) {
      synthMs = round(asset.synthMs);
      bundle = await section('bundle', async () => measureBundle(asset.dir));
      cold = await section('cold start', async () => measureColdStart(asset.dir, SAMPLES.coldWarm, SAMPLES.coldRepeats, deployed.memoryMb), 'bundle');
      asset.cleanup();
    }
  }
  // The cold start's first sheet split by stage: fresh bundled processes, each its first article cold then warm.
  const firstSheet = await section('first sheet by stage', async () => {
    if (!product) throw new Error('the pipeline bundle was not built');
    const runs: FirstSheetResult[] = [];
    for (let i = 0; i < SAMPLES.coldRepeats; i++) runs.push(unwrap('first', await runChild<FirstSheetResult>('first', {}, product)));
    const med = (f: (r: FirstSheetResult) => number): number => round(percentile(runs.map(f), 50));
    const stagesOf = (side: 'cold' | 'warm') =>
      Object.fromEntries(STAGES.map((k) => [k, med((r) => r[side][k])]));
    return { key: runs[0]?.key ?? null, processes: runs.length, cold: stagesOf('cold'), warm: stagesOf('warm') };
  }, 'bundle');
  pipeline?.cleanup();

  let cost: CostEstimate | null = null;
  if (cold) cost = estimateCost(cold.warmCpu.mean, cold.warm.mean, deployed.memoryMb, deployed.batchSize);

  const local = await section('local', async (): Promise<LocalBucketResult> => measureLocalBucket(SAMPLES.local));

  const chromium = await section('chromium', async () => {
    const ours = unwrap('render-only', await runChild<RenderSide>('render-only', { sheets: SAMPLES.chromium }));
    if (!existsSync(CHROMIUM_PATH)) {
      console.log(`Chromium is not installed (${CHROMIUM_PATH}): the Chromium comparison is skipped, chromiumSpeedup is null.`);
      console.log('  apt-get install -y chromium   (Debian) to run it.');
      return { ours, chromium: null, speedup: null, memoryRatio: null };
    }
    const theirs = unwrap('chromium', await runChild<RenderSide>('chromium', { sheets: SAMPLES.chromium }));
    return {
      ours,
      chromium: theirs,
      speedup: round(theirs.perSheet.p50 / ours.perSheet.p50, 1),
      memoryRatio: round(theirs.peakRssMb / ours.peakRssMb, 1),
    };
  });

  const summarisers = await section('summarisers', async () =>
    unwrap('summarisers', await runChild<{ rows: SummariserRow[]; articles: number }>('summarisers', { articles: SAMPLES.summarisers })),
  );

  const large = scaling?.find((r) => r.bytes >= 1_000_000) ?? null;
  const headline: Record<Headline, number | null> = {
    articlesPerSecond: e2e?.articlesPerSecond ?? null,
    p50MsPerArticle: e2e?.perArticle.p50 ?? null,
    peakRssMb: e2e?.childPeakRssMb ?? null,
    coldStartMs: cold?.coldStartMs ?? null,
    largeArticleMs: large?.ms ?? null,
    chromiumSpeedup: chromium?.speedup ?? null,
    bundleZipBytes: bundle?.zipBytes ?? null,
    usdPerMillionArticles: cost?.usdPerMillionArticles ?? null,
  };
  const results = {
    ...headline,
    // Beside the headline, not instead of it: the same 600-article run in the tsx dev process.
    peakRssMbTsxDevProcess: e2eTsx?.childPeakRssMb ?? null,
    targets: Object.fromEntries(Object.entries(TARGETS).map(([k, v]) => [k, v.text])),
    machine: { ...env, loadAverageAtEnd: loadavg().map((l) => round(l)) },
    corpus: corpusPresent ? 'shared/corpus (bbc + polnear + seeds)' : 'generated articles (bench/generate.ts)',
    quick,
    benchSeconds: round((performance.now() - started) / 1000, 1),
    stages,
    endToEnd: e2e,
    endToEndTsx: e2eTsx,
    pipelineBundle: pipeline ? { bytes: pipeline.bytes, buildMs: round(pipeline.buildMs) } : null,
    scaling,
    bundle: bundle ? { ...bundle, synthMs } : null,
    coldStart: cold ? { ...cold, firstSheetByStage: firstSheet } : null,
    cost,
    localBucket: local,
    chromium,
    summarisers,
    errors,
  };
  if (!only) writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results as unknown as Report);
  log(`${only ? 'partial run (--only): results not written' : `wrote ${outFile}`} in ${results.benchSeconds} s`);
}

// ---------- the printed report ----------

type Report = Record<Headline, number | null> & {
  peakRssMbTsxDevProcess: number | null;
  machine: Record<string, unknown>;
  corpus: string;
  stages: (StagesResult & { childPeakRssMb: number }) | null;
  endToEnd: (EndToEndResult & { childPeakRssMb: number; runtime: string }) | null;
  endToEndTsx: (EndToEndResult & { childPeakRssMb: number; runtime: string }) | null;
  scaling: ScaleResult[] | null;
  bundle: (BundleSize & { synthMs: number | null }) | null;
  coldStart: (ColdStartResult & { firstSheetByStage: { cold: Record<string, number>; warm: Record<string, number>; processes: number } | null }) | null;
  cost: CostEstimate | null;
  localBucket: LocalBucketResult | null;
  chromium: { ours: RenderSide; chromium: (RenderSide & Record<string, unknown>) | null; speedup: number | null; memoryRatio: number | null } | null;
  summarisers: { rows: SummariserRow[]; articles: number } | null;
  errors: Record<string, string>;
};

function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '—' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function verdict(key: Headline, value: number | null): string {
  if (value === null) return 'not measured';
  const t = TARGETS[key];
  const meets = t.better === 'higher' ? value >= t.target : value <= t.target;
  return meets ? 'meets target' : 'misses target';
}

function fmt(key: Headline, value: number | null): string {
  if (value === null) return '—';
  switch (key) {
    case 'bundleZipBytes':
      return `${(value / 2 ** 20).toFixed(2)} MB`;
    case 'usdPerMillionArticles':
      return `$${value.toFixed(2)}`;
    case 'chromiumSpeedup':
      return `${value}×`;
    case 'articlesPerSecond':
      return `${value} /s`;
    case 'peakRssMb':
      return `${value} MB`;
    default:
      return `${value} ms`;
  }
}

function printReport(r: Report): void {
  const m = r.machine;
  console.log(`\nfactsheet benchmark — ${String(m['cpu'])}, ${String(m['cores'])} cores, node ${String(m['node'])}, load ${String(m['loadAverageAtStart'])} → ${String(m['loadAverageAtEnd'])}`);
  console.log(`articles: ${r.corpus}\n`);
  const labels: Record<Headline, string> = {
    articlesPerSecond: 'Articles per second (one core, end to end)',
    p50MsPerArticle: 'p50 per article (end to end)',
    peakRssMb: 'Peak RSS (bundle, plain node, e2e run)',
    coldStartMs: 'Cold start (fresh node + bundle → first sheet)',
    largeArticleMs: '1 MB article',
    chromiumSpeedup: 'Faster than headless Chromium (per sheet)',
    bundleZipBytes: 'Function asset, zipped',
    usdPerMillionArticles: 'Lambda cost per million articles',
  };
  const headlineRows = (Object.keys(TARGETS) as Headline[]).map((k) => [labels[k], fmt(k, r[k]), TARGETS[k].text, verdict(k, r[k])]);
  // The dev process's memory, right under the product's: same articles, tsx's transpiler and source maps added.
  const rssRow = headlineRows.findIndex((row) => row[0] === labels.peakRssMb);
  headlineRows.splice(rssRow + 1, 0, ['  same run in the tsx dev process (not the product)', fmt('peakRssMb', r.peakRssMbTsxDevProcess), '', '']);
  console.log(table(['figure', 'measured', 'target', ''], headlineRows));

  if (r.stages) {
    const s = r.stages;
    console.log(`\nPer stage, ms per article (${s.articles} articles, ${s.origin}; failures: ${JSON.stringify(s.failures)})`);
    console.log(table(['stage', 'p50', 'p95', 'mean', 'max'], STAGES.map((k) => [k, s[k].p50, s[k].p95, s[k].mean, s[k].max])));
    console.log(table(['source', 'n', 'p50 total', 'p95 total'], Object.entries(s.bySource).map(([k, v]) => [k, v.n, v.p50, v.p95])));
  }
  for (const e of [r.endToEnd, r.endToEndTsx]) {
    if (!e) continue;
    console.log(`\nEnd to end, ${e.runtime} (makeFactSheet, pinned to one core): ${e.ok}/${e.articles} sheets in ${(e.wallMs / 1000).toFixed(1)} s → ${e.articlesPerSecond}/s wall, ${e.articlesPerCpuSecond}/CPU-s; p50 ${e.perArticle.p50} ms, p95 ${e.perArticle.p95} ms (CPU time p50 ${e.perArticleCpu.p50} ms, p95 ${e.perArticleCpu.p95} ms); peak RSS ${e.childPeakRssMb} MB`);
  }
  if (r.scaling) {
    console.log('\nScaling (generated articles, one bundled plain-node child process per size)');
    console.log(
      table(
        ['size', 'ms', 'ms per KB', 'ingest', 'extract', 'layout', 'render', 'paragraphs', 'peak RSS MB', 'added MB'],
        r.scaling.map((x) => [
          x.bytes >= 1e6 ? `${(x.bytes / 2 ** 20).toFixed(1)} MB` : `${Math.round(x.bytes / 1024)} KB`,
          x.ms,
          round(x.ms / (x.bytes / 1024), 3),
          x.stagesMs.ingest,
          x.stagesMs.extract,
          x.stagesMs.layout,
          x.stagesMs.render,
          x.paragraphs,
          x.peakRssMb,
          x.addedRssMb,
        ]),
      ),
    );
    for (const x of r.scaling) for (const w of x.warnings ?? []) console.log(`  ${Math.round(x.bytes / 1024)} KB: ${w}`);
  }
  if (r.bundle) {
    console.log(`\nFunction asset: ${r.bundle.files} files, ${(r.bundle.unzippedBytes / 2 ** 20).toFixed(2)} MB unzipped, ${(r.bundle.zipBytes / 2 ** 20).toFixed(2)} MB zipped (zip -9); largest: ${r.bundle.largest.map((f) => `${f.path} ${(f.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
  }
  if (r.coldStart) {
    const c = r.coldStart;
    console.log(`Cold start (${c.method}, ${c.entry}, median of ${c.repeats} fresh processes: ${c.samplesMs.join(', ')} ms): node boot ${c.bootMs} ms + import ${c.importMs} ms + first sheet ${c.firstSheetMs} ms = ${c.coldStartMs} ms (sheet in bucket: ${c.firstSheetInBucket}; CPU time: boot ${c.cpu.bootMs} + import ${c.cpu.importMs} → first sheet at ${c.cpu.coldStartMs} ms); warm invocations p50 ${c.warm.p50} ms, mean ${c.warm.mean} ms, CPU mean ${c.warmCpu.mean} ms (${c.warm.n}, ${c.warmFailures} failed); peak RSS of that process ${c.bundlePeakRssMb} MB`);
  }
  const byStage = r.coldStart?.firstSheetByStage;
  if (byStage) {
    const row = (side: Record<string, number>) => STAGES.map((k) => side[k] ?? null);
    console.log(`First sheet by stage in a fresh bundled process, ms (median of ${byStage.processes}): cold, then the same article again warm`);
    console.log(table(['', ...STAGES], [['cold', ...row(byStage.cold)], ['warm', ...row(byStage.warm)]]));
  }
  if (r.cost) {
    const c = r.cost;
    console.log(`Cost at ${c.memoryMb} MB arm64: ${c.measuredCpuMsPerArticle} ms CPU / share ${c.cpuShare} + ${round(Math.max(0, c.measuredWallMsPerArticle - c.measuredCpuMsPerArticle))} ms waiting → ${c.billedMsPerArticle} ms billed → $${c.usdPerMillionArticles} per million (batch of one); $${c.usdPerMillionArticlesAt1PerBatch} with SQS batches; all-in with S3 + SQS requests $${c.usdPerMillionAllIn}`);
    for (const a of c.assumptions) console.log(`  · ${a}`);
  }
  if (r.localBucket) {
    const l = r.localBucket;
    console.log(`\nLocal bucket (factsheet serve): ${l.uploads} uploads → ${l.sheets} sheets + ${l.errorReports} error reports in ${(l.allDoneMs / 1000).toFixed(1)} s = ${l.sheetsPerSecond} sheets/s (uploads took ${(l.uploadMs / 1000).toFixed(1)} s; server ready in ${l.serveStartMs} ms${l.timedOut ? '; TIMED OUT' : ''})`);
  }
  if (r.chromium) {
    const { ours, chromium: c } = r.chromium;
    console.log(`\nRendering the same ${ours.sheets} sheets: pdfkit (ours) vs headless Chromium (puppeteer-core, HTML → page.pdf)`);
    const rows: (string | number | null)[][] = [['pdfkit (ours)', ours.perSheet.p50, ours.perSheet.p95, ours.peakRssMb, null, round(ours.pdfBytes.p50 / 1024, 1), null]];
    if (c) rows.push([`Chromium ${String(c['chromiumVersion'] ?? '')}`, c.perSheet.p50, c.perSheet.p95, c.peakRssMb, c.peakPssMb ?? null, round(c.pdfBytes.p50 / 1024, 1), c.launchMs ?? null]);
    console.log(table(['renderer', 'p50 ms', 'p95 ms', 'peak RSS MB', 'peak PSS MB', 'PDF KB p50', 'launch ms'], rows));
    console.log(c ? `→ ${r.chromium.speedup}× faster, ${r.chromium.memoryRatio}× less memory (RSS)` : '→ Chromium absent: ratio not measured');
  }
  if (r.summarisers && r.summarisers.rows.length > 0) {
    console.log(`\nSummarisers on ${r.summarisers.articles} BBC articles (precision@5 against the reference summaries)`);
    console.log(table(['summariser', 'ms p50', 'ms p95', 'precision@5 %', 'errors'], r.summarisers.rows.map((x) => [x.name, x.msPerArticle.p50, x.msPerArticle.p95, x.precisionAt5, x.errors])));
  }
  if (r.summarisers && r.summarisers.rows.length === 0) console.log('\nSummarisers: no BBC corpus (../shared/corpus/bbc), comparison skipped.');
  if (Object.keys(r.errors).length > 0) {
    console.log('\nNot measured:');
    for (const [k, v] of Object.entries(r.errors)) console.log(`  ${k}: ${v}`);
  }
}

await main();
