/**
 * Size scaling: one generated article of a given size through every stage, in a fresh child process per
 * size so the peak RSS belongs to that size alone. Small sizes repeat and report the median.
 */
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { layout } from '../functions/pipeline/layout.ts';
import { render } from '../functions/pipeline/render.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { GENERATOR_VERSION } from '../functions/pipeline/index.ts';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';
import { generateArticle } from './generate.ts';
import { peakRssMb, percentile, round } from './stats.ts';

export const SIZES = [1_024, 10_240, 102_400, 1_048_576] as const;
const NOW = new Date('2026-01-01T00:00:00Z');

export interface ScaleResult {
  bytes: number;
  repeats: number;
  ms: number;
  stagesMs: { ingest: number; extract: number; layout: number; render: number };
  paragraphs: number;
  keyStatements: number;
  quotes: number;
  pdfBytes: number;
  /** What the pipeline said about the input (e.g. that a limit cut it short): part of what was measured. */
  warnings: string[];
  /** Peak RSS of the whole process (node + code + this article). */
  peakRssMb: number;
  /** Peak RSS added by this article over the warmed-up process. */
  addedRssMb: number;
}

export async function scaleTask(args: Record<string, unknown>): Promise<ScaleResult & Record<string, unknown>> {
  const bytes = Number(args['bytes']);
  const template = resolveTemplate('standard');
  const runOnce = async (text: string, key: string) => {
    const t0 = performance.now();
    const article = ingest(Buffer.from(text), { key, version: null }, DEFAULT_LIMITS);
    const t1 = performance.now();
    const extracted = extract(article, DEFAULT_LIMITS);
    const sheet: FactSheet = { ...extracted, generator: { name: 'factsheet', version: GENERATOR_VERSION, template: template.name } };
    const t2 = performance.now();
    const laid = layout(sheet, template);
    const t3 = performance.now();
    const pdf = await render(laid, { creationDate: NOW });
    const t4 = performance.now();
    return { total: t4 - t0, ingest: t1 - t0, extract: t2 - t1, layout: t3 - t2, render: t4 - t3, sheet, pdf };
  };
  // Warm the code with typical articles first: the figure is the size's cost, not first-call JIT cost.
  for (let i = 0; i < 5; i++) {
    const warm = generateArticle(900 + i, 3_000);
    await runOnce(warm.text, warm.key);
  }
  const baseline = peakRssMb();
  const article = generateArticle(42, bytes);
  const repeats = bytes <= 10_240 ? 15 : bytes <= 102_400 ? 3 : 1;
  const runs: Awaited<ReturnType<typeof runOnce>>[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await runOnce(article.text, article.key));
  const median = (f: (r: (typeof runs)[number]) => number): number => round(percentile(runs.map(f), 50));
  const last = runs[runs.length - 1]!;
  const peak = peakRssMb();
  return {
    bytes: Buffer.byteLength(article.text),
    repeats,
    ms: median((r) => r.total),
    stagesMs: { ingest: median((r) => r.ingest), extract: median((r) => r.extract), layout: median((r) => r.layout), render: median((r) => r.render) },
    paragraphs: last.sheet.paragraphs.length,
    keyStatements: last.sheet.keyStatements.length,
    quotes: last.sheet.quotes.length,
    pdfBytes: last.pdf.byteLength,
    warnings: last.sheet.warnings.slice(0, 3),
    peakRssMb: peak,
    addedRssMb: round(peak - baseline, 1),
  };
}
