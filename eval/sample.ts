/**
 * What the hand-judged audits (figures.ts, speakers.ts) share: the corpus articles in a fixed order, a seeded
 * hash that puts an item in a sample or not, so that the same item stays in the same sample across versions of
 * the extractor, and the verdict files read back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** FNV-1a, 32 bits, of `seed:s`: a stable, seeded position in [0, 1). */
export function unitHash(seed: string, s: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${s}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** The .txt articles of BBC, PolNeAR train and dev and the seeds under `root`, sorted by path within each. */
export async function listArticles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (!existsSync(dir)) return;
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  await walk(path.join(root, 'bbc', 'articles'));
  await walk(path.join(root, 'polnear', 'train', 'text'));
  await walk(path.join(root, 'polnear', 'dev', 'text'));
  await walk(path.join(root, 'seeds'));
  return out;
}

/**
 * Verdicts by their first `keyColumns` columns ("file\tat\ttext\tcontext" for figures, "file\tat\ttext\tvalue"
 * for dates, whose snippet column is for the reader, "file\tat\tmention\tspeaker" for speakers); the verdict is
 * column `verdictAt` (from 0).
 * Lines starting with # are comments.
 */
export function readJudged(file: string, keyColumns = 4, verdictAt = 4): Map<string, string> {
  const judged = new Map<string, string>();
  if (!existsSync(file)) return judged;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    const verdict = cols[verdictAt];
    if (verdict) judged.set(cols.slice(0, keyColumns).join('\t'), verdict.trim());
  }
  return judged;
}
