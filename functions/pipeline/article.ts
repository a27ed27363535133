/** What ingest hands to extract: the cleaned article, with its metadata. Plain data, no I/O. */
export type InputFormat = 'txt' | 'md' | 'html';

export interface Article {
  title: string;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) when the article states one, else null. */
  published: string | null;
  /** "MOSCOW" from "MOSCOW: ..." — kept as metadata and removed from the text. */
  dateline: string | null;
  url: string | null;
  language: string;
  /** Cleaned paragraphs; the cleaned text is `paragraphs.join("\n\n")` and offsets index into it. */
  paragraphs: string[];
  input: { key: string; format: InputFormat; bytes: number; sha256: string; version: string | null };
  warnings: string[];
  /**
   * Source credits a digest prints in brackets after an item ("… on Sunday. [NYT]"), as written; ingest takes
   * them out of the text, so they reach the sheet's sources from here. Absent when there are none.
   */
  credits?: string[];
}

/** Offsets of each paragraph inside the cleaned text `paragraphs.join("\n\n")`. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return starts;
}

/** Index of the paragraph holding `offset`, given paragraph start offsets in order (binary search). */
export function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
