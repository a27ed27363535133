/** What each format parser hands to cleaning: blocks of text in reading order, and metadata it found. */
export interface ParsedDocument {
  /** Text blocks (paragraphs, list items, lines) in reading order; whitespace not yet normalised. */
  blocks: string[];
  title: string | null;
  publisher: string | null;
  /** A date string as the source gave it (meta tag, front matter), resolved later. */
  publishedRaw: string | null;
  url: string | null;
  /** True when the title was taken out of `blocks` (so cleaning need not look for it). */
  titleConsumed: boolean;
}

export function emptyDocument(): ParsedDocument {
  return { blocks: [], title: null, publisher: null, publishedRaw: null, url: null, titleConsumed: false };
}

/**
 * Collapses runs of whitespace (\s: tabs, newlines, no-break and other Unicode spaces) to one space, drops
 * zero-width characters, normalises to NFC. Only runs that are not already a single plain space are
 * replaced: prose is mostly single spaces, and rewriting each of them was most of the cost.
 */
export function normaliseSpace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
    .normalize('NFC');
}
