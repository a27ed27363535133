/**
 * Where a cold start's first sheet goes, stage by stage: in a fresh process (the pipeline bundle, plain node),
 * the article the cold-start probe makes first goes through the four stages once cold, then once more warm.
 * The difference is first-use cost: lazy compilation of the code, regular expressions compiled on first
 * use, fonts read and parsed.
 */
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { loadCorpus } from './corpus.ts';
import { timeStages, type TimedRun } from './timed-stages.ts';
import { round } from './stats.ts';

const NOW = new Date('2026-01-01T00:00:00Z');

export interface StageTimes {
  ingest: number;
  extract: number;
  layout: number;
  render: number;
  total: number;
}

export interface FirstSheetResult {
  key: string;
  cold: StageTimes;
  warm: StageTimes;
}

const times = (r: TimedRun): StageTimes => ({ ingest: round(r.ingest), extract: round(r.extract), layout: round(r.layout), render: round(r.render), total: round(r.total) });

export async function firstSheetTask(): Promise<FirstSheetResult & Record<string, unknown>> {
  // The cold-start probe's first object is the corpus's first article (spread(..., n)[0]).
  const article = loadCorpus().articles[0]!;
  const template = resolveTemplate('standard');
  const cold = await timeStages(article.bytes, article.key, template, NOW);
  const warm = await timeStages(article.bytes, article.key, template, NOW);
  return { key: article.key, cold: times(cold), warm: times(warm) };
}
