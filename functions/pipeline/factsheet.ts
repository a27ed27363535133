/**
 * The FactSheet: the product's data contract. Written beside every PDF as `<name>.json`, read by tests,
 * the evaluation and the templates. Versioned by `schemaVersion`; the JSON Schema is generated from this
 * file (`factSheetJsonSchema`) so the documentation cannot drift from the validator.
 *
 * Provenance rule: `paragraphs` holds the cleaned article text, one string per paragraph. The cleaned text
 * is `paragraphs.join("\n\n")`; every `start`/`end` is a character offset (UTF-16 code units, end
 * exclusive) into that text, and `paragraph` is the index of the paragraph holding `start`.
 */
// A namespace import (not `{ z }`) lets esbuild leave zod's unused parts, its 40 locales among them, out of
// the Lambda bundle: 370 KB less code for every cold start to compile (infra/bundling.ts).
import * as z from 'zod';

export const SCHEMA_VERSION = '1.0';

const offset = z.number().int().nonnegative();
const span = { paragraph: offset, start: offset, end: offset };

export const keyStatementSchema = z.object({ text: z.string().min(1), score: z.number(), ...span });

export const quoteSchema = z.object({
  text: z.string().min(1),
  /** Resolved full name ("Sergey Lavrov"), or null when no speaker could be found. */
  speaker: z.string().nullable(),
  /** The words the article used for the speaker in this attribution ("the top Russian diplomat"). */
  speakerMention: z.string().nullable(),
  ...span,
});

export const figureSchema = z.object({
  text: z.string().min(1),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** What the figure measures ("humanitarian aid", "citizens evacuated"). */
  context: z.string(),
  ...span,
});

export const dateSchema = z.object({
  text: z.string().min(1),
  /** ISO 8601 date (YYYY-MM-DD) of the start, or null when it cannot be resolved. */
  iso: z.string().nullable(),
  /** ISO date of the end of a range ("from August 26 to December 1"), else null. */
  isoEnd: z.string().nullable(),
  /** The sentence the date belongs to. */
  context: z.string(),
  ...span,
});

export const entitySchema = z.object({ name: z.string().min(1), mentions: z.number().int().positive() });

export const factSheetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  dateline: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  wordCount: z.number().int().nonnegative(),
  summary: z.object({ text: z.string(), spans: z.array(z.object(span)) }),
  keyStatements: z.array(keyStatementSchema),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  dates: z.array(dateSchema),
  entities: z.object({
    people: z.array(entitySchema),
    organizations: z.array(entitySchema),
    places: z.array(entitySchema),
  }),
  sources: z.array(z.string()),
  paragraphs: z.array(z.string()),
  input: z.object({
    key: z.string(),
    format: z.enum(['txt', 'md', 'html']),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** S3 version id or ETag of the source object, when it came from a bucket. */
    version: z.string().nullable(),
  }),
  generator: z.object({ name: z.literal('factsheet'), version: z.string(), template: z.string() }),
  /** Things a reader should know: text a font cannot show, truncation by a limit, and so on. */
  warnings: z.array(z.string()),
});

export type FactSheet = z.infer<typeof factSheetSchema>;
export type KeyStatement = z.infer<typeof keyStatementSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type DateItem = z.infer<typeof dateSchema>;
export type Entity = z.infer<typeof entitySchema>;

export function factSheetJsonSchema(): unknown {
  return z.toJSONSchema(factSheetSchema);
}
