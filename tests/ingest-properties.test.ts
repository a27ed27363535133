import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { FactsheetError } from '../functions/pipeline/errors.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { normaliseSpace } from '../functions/pipeline/ingest/document.ts';

const limits = { ...DEFAULT_LIMITS, maxBytes: 64 * 1024 };

/** Text that looks like news: words, numbers, money, quotes, abbreviations, line breaks, tags. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('The', 'minister', 'said', 'Mr.', 'U.S.', '$1.13bn', '76%', '36 tons', '“We', 'will”', '"go"', 'on', 'Friday', 'August 26', 'to', 'December 1', '(File | AP)', '…', '[…]', 'No.', '10', '\n', '\n\n', 'MOSCOW:', '<p>', '</p>', '<script>', '# ', '**', '[a](b)', 'www.example.com', 'X'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(' '));

function outcome(bytes: Uint8Array, key: string): 'ok' | string {
  try {
    const article = ingest(bytes, { key, version: null }, limits);
    const sheet = extract(article, limits);
    const text = sheet.paragraphs.join('\n\n');
    for (const item of [...sheet.keyStatements, ...sheet.figures, ...sheet.dates]) {
      if (text.slice(item.start, item.end) !== item.text) return `span mismatch: ${JSON.stringify(item)}`;
    }
    for (const p of sheet.paragraphs) if (p.includes('\n') || p.trim() !== p || p === '') return `bad paragraph ${JSON.stringify(p)}`;
    return 'ok';
  } catch (err) {
    if (err instanceof FactsheetError) return 'ok';
    return `crash: ${(err as Error).stack ?? String(err)}`;
  }
}

describe('ingest + extract never crash and keep provenance', () => {
  it('on arbitrary bytes, in every format', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.txt', 'a.md', 'a.html'), (bytes, key) => {
        expect(outcome(bytes, key)).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('on news-like text, in every format', () => {
    fc.assert(
      fc.property(newsy, fc.constantFrom('a.txt', 'a.md', 'a.html'), (text, key) => {
        expect(outcome(new TextEncoder().encode(text), key)).toBe('ok');
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseSpace', () => {
  // The form the single-space fast path must agree with: every run of whitespace becomes one space.
  const reference = (s: string): string =>
    s
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
      .trim()
      .normalize('NFC');

  it('collapses every kind and length of whitespace run as the plain regex does', () => {
    const piece = fc.constantFrom(' ', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u202f', '\u3000', '\u1680', '\ufeff', '\u200b', '\u00ad', 'word', 'e\u0301', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(normaliseSpace(s)).toBe(reference(s));
      }),
    );
  });
});
