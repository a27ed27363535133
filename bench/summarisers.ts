/**
 * Our extractor against the classic npm summarisers on the same BBC articles: time per article and
 * precision@5 against the BBC reference summaries, scored by the evaluation's own metric (eval/metrics.ts:
 * a chosen sentence counts when it appears in the reference with all whitespace removed).
 *
 * - ours: ingest + extract, the first five keyStatements (the FactSheet's ranking).
 * - node-summarizer 1.0.7: its frequency and its TextRank methods (five sentences each).
 * - text-summarization 1.0.4: `summarize({ text, numSentences: 5 })`, extractive output.
 * The baselines get the article body (the title line removed) as plain text.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { precisionAt, squashSpace } from '../eval/metrics.ts';
import { bbcArticles, spread } from './corpus.ts';
import { distribution, mean, round, type Distribution } from './stats.ts';

const require = createRequire(import.meta.url);

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes); // sport/199 is Latin-1
  }
}

type Summariser = (body: string, bytes: Uint8Array, key: string) => Promise<string[]>;

interface NodeSummarizerInternals {
  Summarizer: new (text: string, n: number) => {
    preprocesser: {
      paragraphToSentences(text: string): string[];
      cleanSentences(list: string[]): [string[], Map<string, string>];
      nounsAndAdjectives(clean: string[]): Promise<unknown>;
      createTextRankGraph(map: unknown): unknown;
      textRank(graph: unknown): Map<string, number>;
    };
    summarizeByFrequency(): { sorted_sentences: [number, string][]; sentence_list: string[] };
    sortSentences(list: [number, string][]): [number, string][];
    textRankMapToList(map: Map<string, number>): [number, string][];
  };
}

/**
 * node-summarizer only hands back its picks glued into one string (it splits "$1.13bn" into two sentences and
 * joins without spaces), so we call its own ranking steps and map the ranked clean sentences back to its
 * original sentences, exactly as its listToString does, but keeping them apart.
 */
function nodeSummarizer(method: 'frequency' | 'rank'): Summariser {
  const { Summarizer } = require('node-summarizer/src/Summarizer.js') as NodeSummarizerInternals;
  return async (body) => {
    const s = new Summarizer(body, 5);
    const list = s.preprocesser.paragraphToSentences(body);
    const [clean, toOriginal] = s.preprocesser.cleanSentences(list);
    let ranked: [number, string][];
    if (method === 'frequency') {
      ranked = s.summarizeByFrequency().sorted_sentences;
    } else {
      const graph = s.preprocesser.createTextRankGraph(await s.preprocesser.nounsAndAdjectives(clean));
      ranked = s.sortSentences(s.textRankMapToList(s.preprocesser.textRank(graph)));
    }
    return ranked.slice(0, 5).map(([, c]) => toOriginal.get(c) ?? c);
  };
}

function textSummarization(): Summariser {
  const summarize = require('text-summarization') as (opts: { text: string; numSentences: number }) => Promise<{ extractive: string[] }>;
  return async (body) => (await summarize({ text: body, numSentences: 5 })).extractive;
}

const ours: Summariser = async (_body, bytes, key) =>
  extract(ingest(bytes, { key, version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS)
    .keyStatements.slice(0, 5)
    .map((k) => k.text);

export interface SummariserRow {
  name: string;
  articles: number;
  errors: number;
  msPerArticle: Distribution;
  precisionAt5: number;
}

export async function summarisersTask(args: Record<string, unknown>): Promise<{ rows: SummariserRow[]; articles: number } & Record<string, unknown>> {
  const articles = spread(
    bbcArticles().filter((a) => a.summaryPath && existsSync(a.summaryPath)),
    Number(args['articles'] ?? 150),
  );
  if (articles.length === 0) return { rows: [], articles: 0, note: 'no BBC corpus: summariser comparison skipped' };
  const contenders: [string, Summariser][] = [
    ['factsheet (ours)', ours],
    ['node-summarizer (frequency)', nodeSummarizer('frequency')],
    ['node-summarizer (TextRank)', nodeSummarizer('rank')],
    ['text-summarization', textSummarization()],
  ];
  const inputs = articles.map((a) => {
    const text = decode(a.bytes);
    return { a, body: text.slice(text.indexOf('\n') + 1).trim(), reference: decode(readFileSync(a.summaryPath!)) };
  });
  const rows: SummariserRow[] = [];
  for (const [name, run] of contenders) {
    // Warm-up: the first call of each library loads dictionaries and compiles; that is not per-article cost.
    for (const i of inputs.slice(0, 3)) await run(i.body, i.a.bytes, i.a.key).catch(() => undefined);
    const times: number[] = [];
    const precisions: number[] = [];
    let errors = 0;
    for (const i of inputs) {
      const t0 = performance.now();
      try {
        const picked = await run(i.body, i.a.bytes, i.a.key);
        times.push(performance.now() - t0);
        precisions.push(precisionAt(picked, i.reference, 5, squashSpace));
      } catch {
        errors++;
        precisions.push(0);
      }
    }
    rows.push({ name, articles: inputs.length, errors, msPerArticle: distribution(times), precisionAt5: round(100 * mean(precisions), 1) });
  }
  return { rows, articles: inputs.length };
}
