/**
 * One article through the four stages with each stage timed: the path makeFactSheet takes, unrolled so the
 * stages can be told apart. Shared by the per-stage and the scaling measurements.
 */
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { layout } from '../functions/pipeline/layout.ts';
import { render } from '../functions/pipeline/render.ts';
import type { Template } from '../functions/pipeline/templates.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { GENERATOR_VERSION } from '../functions/pipeline/index.ts';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';

export interface TimedRun {
  total: number;
  ingest: number;
  extract: number;
  layout: number;
  render: number;
  sheet: FactSheet;
  pdf: Uint8Array;
}

export async function timeStages(bytes: Uint8Array, key: string, template: Template, now: Date): Promise<TimedRun> {
  const t0 = performance.now();
  const article = ingest(bytes, { key, version: null }, DEFAULT_LIMITS);
  const t1 = performance.now();
  const extracted = extract(article, DEFAULT_LIMITS);
  const sheet: FactSheet = { ...extracted, generator: { name: 'factsheet', version: GENERATOR_VERSION, template: template.name } };
  const t2 = performance.now();
  const laid = layout(sheet, template);
  const t3 = performance.now();
  const pdf = await render(laid, { creationDate: now });
  const t4 = performance.now();
  return { total: t4 - t0, ingest: t1 - t0, extract: t2 - t1, layout: t3 - t2, render: t4 - t3, sheet, pdf };
}
