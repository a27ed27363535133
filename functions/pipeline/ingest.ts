import type { Article } from './article.ts';
import type { Limits } from './limits.ts';

/** bytes + key → Article: decoding, format detection, cleaning. Throws FactsheetError for bad input. */
export function ingest(_bytes: Uint8Array, _meta: { key: string; version: string | null }, _limits: Limits): Article {
  throw new Error('ingest: not implemented yet');
}
