/**
 * In-process timings over typical news articles: each stage on its own (ingest, extract, layout, render) and
 * the whole pipeline as the adapters call it (makeFactSheet). Runs inside a child process (see child.ts).
 */
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { type BenchArticle, loadCorpus, spread } from './corpus.ts';
import { timeStages } from './timed-stages.ts';
import { distribution, round, type Distribution } from './stats.ts';

/** A fixed clock: the bench measures work, and pdfkit's output should not vary with the date. */
const NOW = new Date('2026-01-01T00:00:00Z');
const WARMUP = 20;

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message.slice(0, 60) : String(err);
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

function pickArticles(args: Record<string, unknown>): { origin: string; articles: BenchArticle[] } {
  const corpus = loadCorpus();
  const sample = typeof args['sample'] === 'number' ? args['sample'] : Infinity;
  return { origin: corpus.origin, articles: spread(corpus.articles, sample) };
}

export interface StagesResult {
  origin: string;
  articles: number;
  failures: Record<string, number>;
  ingest: Distribution;
  extract: Distribution;
  layout: Distribution;
  render: Distribution;
  total: Distribution;
  pdfBytes: Distribution;
  bySource: Record<string, { n: number; p50: number; p95: number }>;
}

export async function stagesTask(args: Record<string, unknown>): Promise<StagesResult & Record<string, unknown>> {
  const { origin, articles } = pickArticles(args);
  const template = resolveTemplate('standard');
  const times = { ingest: [] as number[], extract: [] as number[], layout: [] as number[], render: [] as number[], total: [] as number[] };
  const pdfSizes: number[] = [];
  const failures: string[] = [];
  const perSource = new Map<string, number[]>();

  const runOne = async (a: BenchArticle, record: boolean): Promise<void> => {
    const run = await timeStages(a.bytes, a.key, template, NOW);
    if (!record) return;
    times.ingest.push(run.ingest);
    times.extract.push(run.extract);
    times.layout.push(run.layout);
    times.render.push(run.render);
    times.total.push(run.total);
    pdfSizes.push(run.pdf.byteLength);
    const list = perSource.get(a.source) ?? [];
    list.push(run.total);
    perSource.set(a.source, list);
  };

  // JIT warm-up on articles that are measured again later: the figures are steady state, cold start is separate.
  for (const a of articles.slice(0, WARMUP)) await runOne(a, false).catch(() => undefined);
  for (const a of articles) {
    try {
      await runOne(a, true);
    } catch (err) {
      failures.push(errorCode(err));
    }
  }
  const bySource: StagesResult['bySource'] = {};
  for (const [source, list] of perSource) {
    const d = distribution(list);
    bySource[source] = { n: d.n, p50: d.p50, p95: d.p95 };
  }
  return {
    origin,
    articles: articles.length,
    failures: countBy(failures),
    ingest: distribution(times.ingest),
    extract: distribution(times.extract),
    layout: distribution(times.layout),
    render: distribution(times.render),
    total: distribution(times.total),
    pdfBytes: distribution(pdfSizes),
    bySource,
  };
}

export interface EndToEndResult {
  origin: string;
  articles: number;
  ok: number;
  failures: Record<string, number>;
  wallMs: number;
  cpuMs: number;
  articlesPerSecond: number;
  articlesPerCpuSecond: number;
  perArticle: Distribution;
  perArticleCpu: Distribution;
}

/** makeFactSheet exactly as the adapters call it, article after article, on one thread. */
export async function endToEndTask(args: Record<string, unknown>): Promise<EndToEndResult & Record<string, unknown>> {
  const { origin, articles } = pickArticles(args);
  for (const a of articles.slice(0, WARMUP)) await makeFactSheet({ bytes: a.bytes, key: a.key }, { now: NOW }).catch(() => undefined);
  const per: number[] = [];
  const perCpu: number[] = [];
  const failures: string[] = [];
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const a of articles) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      await makeFactSheet({ bytes: a.bytes, key: a.key }, { now: NOW });
      per.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      perCpu.push((c.user + c.system) / 1000);
    } catch (err) {
      failures.push(errorCode(err));
    }
  }
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    origin,
    articles: articles.length,
    ok: per.length,
    failures: countBy(failures),
    wallMs: round(wallMs),
    cpuMs: round(cpuMs),
    // Failed inputs cost time too; they are counted as not-sheets but their time stays in the wall clock.
    articlesPerSecond: round(per.length / (wallMs / 1000), 1),
    articlesPerCpuSecond: round(per.length / (cpuMs / 1000), 1),
    perArticle: distribution(per),
    // CPU time is what the work costs; wall time adds waiting for a CPU on a shared machine.
    perArticleCpu: distribution(perCpu),
  };
}
