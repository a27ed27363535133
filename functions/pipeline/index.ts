/**
 * The one pipeline every door runs: bytes + key → ingest → extract → layout → render.
 * Pure over plain data: no S3, no Lambda, no file system here. The adapters (Lambda handler, CLI, local
 * bucket) call `makeFactSheet` and deal with I/O themselves.
 */
import pkg from '../../package.json' with { type: 'json' };
import type { FactSheet } from './factsheet.ts';
import { ingest } from './ingest.ts';
import { extract } from './extract/index.ts';
import { layout } from './layout.ts';
import { render } from './render.ts';
import { resolveTemplate, type Template } from './templates.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface SourceObject {
  bytes: Uint8Array;
  /** The object key or file path; its extension picks the input format. */
  key: string;
  /** S3 version id or ETag, recorded in the JSON for idempotency. */
  version?: string | null;
}

export interface MakeOptions {
  /** Template name from templates/, or an already validated template. Default: "standard". */
  template?: string | Template;
  /** The clock, injected so output is reproducible (SOURCE_DATE_EPOCH, tests). */
  now?: Date;
  limits?: Limits;
  /** Skip layout and render when only the JSON is wanted. */
  pdf?: boolean;
}

export interface MadeSheet {
  sheet: FactSheet;
  pdf: Uint8Array | null;
}

export const GENERATOR_VERSION: string = pkg.version;

export async function makeFactSheet(source: SourceObject, options: MakeOptions = {}): Promise<MadeSheet> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Resolve the template first: a bad template name is the user's error and must not cost a parse.
  const template = resolveTemplate(options.template ?? 'standard');
  const article = ingest(source.bytes, { key: source.key, version: source.version ?? null }, limits);
  const extracted = extract(article, limits);
  const sheet: FactSheet = {
    ...extracted,
    generator: { name: 'factsheet', version: GENERATOR_VERSION, template: template.name },
  };
  if (options.pdf === false) return { sheet, pdf: null };
  const pdf = await render(layout(sheet, template), {
    creationDate: options.now ?? new Date(),
    // Glyphs no font can show, items left out to fit the template's pages: the JSON tells the reader.
    onWarning: (w) => sheet.warnings.push(w),
  });
  return { sheet, pdf };
}

export { FactsheetError, isFactsheetError } from './errors.ts';
export type { FactSheet } from './factsheet.ts';
export type { Limits } from './limits.ts';
