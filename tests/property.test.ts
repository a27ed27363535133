/**
 * Property-based tests (fast-check) for ingest + extract and the key layout: whatever comes in, the result
 * is a FactSheet that validates against the schema, with every offset inside the text and every quoted or
 * key statement exactly the text it points at — or a typed FactsheetError. Run counts are modest so the
 * suite stays fast; a failure prints its seed and shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT_ERROR_CODES, isFactsheetError } from '../functions/pipeline/errors.ts';
import { factSheetSchema, type FactSheet } from '../functions/pipeline/factsheet.ts';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import {
  DEFAULT_PREFIXES,
  decodeS3EventKey,
  encodeS3EventKey,
  outputKeysFor,
  relativeInputPath,
} from '../functions/pipeline/keys.ts';
import { readPdf } from './helpers/pdf.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

/** Pieces news text is made of, and the marks that break naive parsers, to be shuffled together. */
const FRAGMENTS = [
  'The minister said ', 'Sergey Lavrov', ' told reporters', ' on Tuesday', ' March 3, 2026', ' 36 tons', ' $1.2 billion',
  ' 45%', '“', '”', '"', '‘', '’', "'", '«', '»', '. ', '? ', '! ', ', ', '\n', '\n\n', '\r\n', '\t', ' ', '(File | AP)',
  'DUSHANBE: ', 'Related Stories', 'www.example.com', '<p>', '</p>', '<div>', '<script>x()</script>', '&amp;', '&#8220;',
  '# ', '**', '[a](http://x)', '---\ntitle: T\n---\n', 'é', '東京', '😀', '\u200b', '\u00a0', 'said the minister.',
  ' according to TASS.', 'Mr. Smith', 'U.S.', '...', '…', '—', '12:30', '2026-11-23', 'He said: ',
];

const articleish = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    minLength: 3,
    maxLength: 160,
    size: 'large',
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
  { weight: 3, arbitrary: articleish },
);

/** Raw bytes: random, random without most control bytes (so Windows-1252 decoding is reached), and text with bytes spliced in. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.uint8Array({ min: 0x0a, max: 0xff, maxLength: 600 }),
  fc
    .tuple(articleish, fc.uint8Array({ maxLength: 8 }), fc.nat())
    .map(([text, noise, at]) => {
      const bytes = new TextEncoder().encode(text);
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      return Uint8Array.from([...bytes.subarray(0, i), ...noise, ...bytes.subarray(i)]);
    }),
);

const extension = fc.constantFrom('txt', 'md', 'html', 'htm', 'markdown');

/** Every span in a sheet, with the text the item says it covers (null for the summary, which is assembled). */
function spans(sheet: FactSheet): { what: string; paragraph: number; start: number; end: number; text: string | null }[] {
  return [
    ...sheet.keyStatements.map((s) => ({ what: 'keyStatement', ...s })),
    ...sheet.quotes.map((q) => ({ what: 'quote', ...q })),
    ...sheet.figures.map((f) => ({ what: 'figure', ...f })),
    ...sheet.dates.map((d) => ({ what: 'date', ...d })),
    ...sheet.summary.spans.map((s) => ({ what: 'summary', ...s, text: null })),
  ];
}

/** The provenance rule of factsheet.ts, checked item by item. Returns the problems found. */
function provenanceProblems(sheet: FactSheet): string[] {
  const text = sheet.paragraphs.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of sheet.paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  const problems: string[] = [];
  for (const item of spans(sheet)) {
    const { what, paragraph, start, end } = item;
    if (!(start >= 0 && start <= end && end <= text.length)) problems.push(`${what} [${start}, ${end}) outside 0..${text.length}`);
    const pStart = starts[paragraph];
    if (pStart === undefined) {
      problems.push(`${what}: paragraph ${paragraph} of ${sheet.paragraphs.length}`);
    } else if (start < pStart || start > pStart + sheet.paragraphs[paragraph]!.length) {
      problems.push(`${what}: start ${start} not in paragraph ${paragraph} [${pStart}, ${pStart + sheet.paragraphs[paragraph]!.length}]`);
    }
    if (item.text !== null && text.slice(start, end) !== item.text) {
      problems.push(`${what}: text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end))} ≠ ${JSON.stringify(item.text)}`);
    }
  }
  return problems;
}

/** Runs the pipeline; any throw that is not a FactsheetError with a known code fails the property. */
async function sheetOrTypedError(bytes: Uint8Array, key: string, pdf = false) {
  try {
    return { made: await makeFactSheet({ bytes, key }, { now: NOW, pdf }) };
  } catch (err) {
    if (!isFactsheetError(err)) throw err;
    expect(INPUT_ERROR_CODES).toContain(err.code);
    expect(err.message.length).toBeGreaterThan(5);
    return { error: err };
  }
}

function checkSheet(sheet: FactSheet, bytes: Uint8Array): void {
  const parsed = factSheetSchema.safeParse(JSON.parse(JSON.stringify(sheet)));
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(provenanceProblems(sheet)).toEqual([]);
  expect(sheet.paragraphs.length).toBeGreaterThan(0);
  expect(sheet.input.bytes).toBe(bytes.length);
  expect(sheet.wordCount).toBeGreaterThanOrEqual(0);
}

describe('properties: ingest + extract', () => {
  it('any string, any supported extension → a valid FactSheet with offsets inside the text, or a typed error', async () => {
    let sheets = 0;
    const reached = { keyStatements: 0, quotes: 0, figures: 0, dates: 0 };
    await fc.assert(
      fc.asyncProperty(anyText, extension, async (text, ext) => {
        const bytes = new TextEncoder().encode(text);
        const result = await sheetOrTypedError(bytes, `incoming/x.${ext}`);
        if (result.made) {
          sheets++;
          checkSheet(result.made.sheet, bytes);
          for (const k of Object.keys(reached) as (keyof typeof reached)[]) reached[k] += result.made.sheet[k].length;
        }
      }),
      { numRuns: 400 },
    );
    // The generator must reach the interesting side, not only errors: sheets with every kind of item.
    expect(sheets).toBeGreaterThan(150);
    for (const [kind, n] of Object.entries(reached)) expect(n, kind).toBeGreaterThan(0);
  }, 120_000);

  it('any bytes → a valid FactSheet or a typed error (never a crash)', async () => {
    let sheets = 0;
    await fc.assert(
      fc.asyncProperty(anyBytes, extension, async (bytes, ext) => {
        const result = await sheetOrTypedError(bytes, `b.${ext}`);
        if (result.made) {
          sheets++;
          checkSheet(result.made.sheet, bytes);
        }
      }),
      { numRuns: 300 },
    );
    expect(sheets).toBeGreaterThan(50);
  }, 120_000);

  it('article-like text in every encoding the ingest accepts gives the same paragraphs', async () => {
    const utf16le = (s: string) => {
      const out = new Uint8Array(2 + s.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < s.length; i++) {
        out[2 + i * 2] = s.charCodeAt(i) & 0xff;
        out[3 + i * 2] = s.charCodeAt(i) >> 8;
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(articleish, async (text) => {
        const a = await sheetOrTypedError(new TextEncoder().encode(text), 'a.txt');
        const b = await sheetOrTypedError(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a.txt');
        const c = await sheetOrTypedError(utf16le(text), 'a.txt');
        expect(b.made?.sheet.paragraphs ?? b.error?.code).toEqual(a.made?.sheet.paragraphs ?? a.error?.code);
        // A text that is nothing but NULs and controls may read differently as UTF-16; otherwise the same.
        if (![...text].some((ch) => ch.charCodeAt(0) < 0x20 && !'\t\n\r\f\v'.includes(ch))) {
          expect(c.made?.sheet.paragraphs ?? c.error?.code).toEqual(a.made?.sheet.paragraphs ?? a.error?.code);
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('the same input twice gives the same sheet (deterministic extraction)', async () => {
    await fc.assert(
      fc.asyncProperty(articleish, extension, async (text, ext) => {
        const bytes = new TextEncoder().encode(text);
        const a = await sheetOrTypedError(bytes, `x.${ext}`);
        const b = await sheetOrTypedError(bytes, `x.${ext}`);
        expect(JSON.stringify(b.made?.sheet ?? b.error?.code)).toBe(JSON.stringify(a.made?.sheet ?? a.error?.code));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('with the PDF on: the rendered sheet parses and carries text', async () => {
    await fc.assert(
      fc.asyncProperty(articleish, async (text) => {
        const bytes = new TextEncoder().encode(`Generated headline\n\n${text}`);
        const result = await sheetOrTypedError(bytes, 'p.txt', true);
        if (!result.made) return;
        const pdf = await readPdf(result.made.pdf!);
        expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
        expect(pdf.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});

describe('properties: S3 keys', () => {
  const key = fc.string({ unit: 'grapheme', maxLength: 60 });
  const pathish = fc
    .array(fc.oneof(fc.constantFrom('..', '.', '', 'a b', 'x+y', '%2F', 'ü', '..%2F', '\\..'), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map((parts) => `incoming/${parts.join('/')}`);

  it('an event key decodes back to the key S3 stored, whatever its characters', () => {
    fc.assert(
      fc.property(key, (k) => {
        expect(decodeS3EventKey(encodeS3EventKey(k))).toBe(k);
      }),
      { numRuns: 500 },
    );
  });

  it('output keys never leave their prefix and never contain . or .. segments', () => {
    fc.assert(
      fc.property(fc.oneof(pathish, key), (k) => {
        const relative = relativeInputPath(k, DEFAULT_PREFIXES);
        if (relative === null) return;
        const out = outputKeysFor(relative, DEFAULT_PREFIXES);
        expect(out.pdf.startsWith(DEFAULT_PREFIXES.output)).toBe(true);
        expect(out.json.startsWith(DEFAULT_PREFIXES.output)).toBe(true);
        expect(out.error.startsWith(DEFAULT_PREFIXES.failed)).toBe(true);
        for (const o of [out.pdf, out.json, out.error]) {
          expect(o.split('/').filter((s) => s === '..' || s === '.' || s === '')).toEqual([]);
          expect(o.startsWith(DEFAULT_PREFIXES.incoming)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
