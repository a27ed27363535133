import type { Article } from '../article.ts';
import type { FactSheet } from '../factsheet.ts';
import type { Limits } from '../limits.ts';

export type ExtractedSheet = Omit<FactSheet, 'generator'>;

/** Article → every FactSheet field but `generator`. */
export function extract(_article: Article, _limits: Limits): ExtractedSheet {
  throw new Error('extract: not implemented yet');
}
