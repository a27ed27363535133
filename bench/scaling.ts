/**
 * Size scaling: one generated article of a given size through every stage, in a fresh child process per
 * size so the peak RSS belongs to that size alone. Small sizes repeat and report the median.
 */
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { generateArticle } from './generate.ts';
import { timeStages } from './timed-stages.ts';
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
  const runOnce = (text: string, key: string) => timeStages(Buffer.from(text), key, template, NOW);
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
