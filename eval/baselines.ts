/**
 * The baselines the evaluation computes itself, on the same sentences as the project:
 * Lead-k (the first k sentences) and TextRank-k (Mihalcea & Tarau 2004: sentence graph weighted by word
 * overlap normalised by log lengths, PageRank with d = 0.85, all pairs — fine for news-length articles).
 */
const STOP = new Set(
  'a an the of to in on for and or but is are was were be been has have had it its this that with as at by from he she they we i you his her their our'.split(' '),
);

function words(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)));
}

export function lead(sentences: readonly string[], k: number): string[] {
  return sentences.slice(0, k);
}

export function textRank(sentences: readonly string[], k: number, iterations = 50): string[] {
  const n = sentences.length;
  const sets = sentences.map(words);
  const weights: number[][] = sets.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let overlap = 0;
      for (const w of sets[i]!) if (sets[j]!.has(w)) overlap++;
      const norm = Math.log(sets[i]!.size + 1) + Math.log(sets[j]!.size + 1);
      const w = norm > 0 ? overlap / norm : 0;
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill(0.15);
    for (let j = 0; j < n; j++) {
      if (outSum[j]! === 0) continue;
      const share = (0.85 * score[j]!) / outSum[j]!;
      const row = weights[j]!;
      for (let i = 0; i < n; i++) if (row[i]! > 0) next[i]! += row[i]! * share;
    }
    score = next;
  }
  return score
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, k)
    .map((x) => sentences[x.i]!);
}
