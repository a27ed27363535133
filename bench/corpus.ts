/**
 * The articles the bench runs over: ../shared/corpus (bbc + polnear + seeds) when present, else generated
 * ones. Read at run time, never copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate.ts';

/** FACTSHEET_CORPUS points elsewhere (or at nothing, to try the generated articles). */
export const CORPUS_DIR = process.env['FACTSHEET_CORPUS'] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');

export interface BenchArticle {
  /** Key handed to the pipeline; its extension picks the format. */
  key: string;
  bytes: Uint8Array;
  /** bbc | polnear | seeds | generated */
  source: string;
  /** BBC only: the path of the reference summary. */
  summaryPath?: string;
}

export interface LoadedCorpus {
  origin: 'corpus' | 'generated';
  dir: string | null;
  articles: BenchArticle[];
}

/**
 * An article whose bytes are read when first used: a run over 600 of the 2,400 articles holds those 600, so
 * the measured process's memory is the pipeline's and not a copy of the whole corpus.
 */
function fromFile(key: string, path: string, source: string, summaryPath?: string): BenchArticle {
  let bytes: Uint8Array | undefined;
  return {
    key,
    source,
    ...(summaryPath !== undefined ? { summaryPath } : {}),
    get bytes(): Uint8Array {
      bytes ??= readFileSync(path);
      return bytes;
    },
  };
}

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .sort();
}

export function bbcArticles(dir = CORPUS_DIR): BenchArticle[] {
  const root = join(dir, 'bbc');
  return filesIn(join(root, 'articles'), '.txt').map((rel) => fromFile(`bbc/${rel}`, join(root, 'articles', rel), 'bbc', join(root, 'summaries', rel)));
}

export function loadCorpus(dir = CORPUS_DIR, generatedCount = 300): LoadedCorpus {
  if (!existsSync(dir)) {
    const articles = generateCorpus(generatedCount).map((a) => ({ key: a.key, bytes: Buffer.from(a.text), source: 'generated' }));
    return { origin: 'generated', dir: null, articles };
  }
  const articles: BenchArticle[] = [...bbcArticles(dir)];
  for (const split of ['train', 'dev']) {
    const textDir = join(dir, 'polnear', split, 'text');
    for (const rel of filesIn(textDir, '.txt')) {
      articles.push(fromFile(`polnear/${split}/${rel}`, join(textDir, rel), 'polnear'));
    }
  }
  for (const rel of filesIn(join(dir, 'seeds'), '.txt')) {
    articles.push(fromFile(`seeds/${rel}`, join(dir, 'seeds', rel), 'seeds'));
  }
  return { origin: 'corpus', dir, articles };
}

/** Every k-th article so a sample spans all sources and categories, not just the first folder. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(items[Math.floor(i * step)] as T);
  return out;
}
