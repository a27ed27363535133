/**
 * Inputs for the reliability suites, generated at test time (never committed): a seeded article writer
 * modelled on scraped news pages, and the hostile inputs of issue 6 with what each must give.
 *
 *   const bytes = article(3);                 // a small, valid, distinct article (UTF-8)
 *   for (const c of hostileCases()) c.bytes(); // each case knows its file name and expected outcome
 */
import { deflateRawSync } from 'node:zlib';
import type { InputErrorCode } from '../../functions/pipeline/errors.ts';
import type { FactSheet } from '../../functions/pipeline/factsheet.ts';

/** mulberry32: small, fast, and the same bytes on every run for a seed. */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'minister said plan cost officials agreed aid flight relief ministry border talks would the and of to in a on ' +
  'for with by from was were has had is are that this it its their over after before under new more than year ' +
  'week month people city government police court report council water supplies road bridge school hospital'
).split(' ');
const NAMES = ['Dushanbe', 'Sergey Lavrov', 'Maria Silva', 'the Red Cross', 'Tuesday', 'March 3', 'Geneva'];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export function sentence(r: () => number): string {
  const words: string[] = [];
  const n = 8 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) words.push(r() < 0.12 ? pick(r, NAMES) : pick(r, WORDS));
  if (r() < 0.3) words.push(`${Math.floor(r() * 900) + 10} tons`);
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

export function paragraph(r: () => number): string {
  return Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r)).join(' ');
}

/**
 * A small article shaped like the corpus: headline, dateline, a caption with a credit, curly quotes with
 * "said the minister" attributions, a quote repeated, boilerplate at the end. Distinct per `n`.
 */
export function articleText(n: number): string {
  const r = prng(1000 + n);
  const tons = 20 + n;
  return [
    `Relief flight ${n} lands in Dushanbe with ${tons} tons of aid`,
    `DUSHANBE: A Russian relief flight carrying ${tons} tons of humanitarian aid landed in Dushanbe on Tuesday, the Emergencies Ministry said.`,
    'Emergencies Minister Alexander Kurenkov at the airport (File | AP)',
    `“We will keep sending help for as long as it is needed,” said the minister, Alexander Kurenkov. “Flight number ${n} will not be the last.”`,
    paragraph(r),
    `The aid includes tents, blankets and ${100 + n} generators, according to TASS. ${sentence(r)}`,
    `“We will keep sending help for as long as it is needed,” Kurenkov told reporters again on March 3, 2026.`,
    paragraph(r),
    'Related Stories',
    'No stories found.',
    'Share this article',
  ].join('\n\n');
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const article = (n: number): Uint8Array => utf8(articleText(n));

/** Windows-1252 encoding of Latin-1-range text plus the curly quotes (the bytes a legacy editor writes). */
export function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '—': 0x97, '–': 0x96, '€': 0x80 };
  return Uint8Array.from([...text], (ch) => {
    const b = special[ch] ?? ch.charCodeAt(0);
    if (b > 0xff) throw new Error(`cp1252: cannot encode ${ch}`);
    return b;
  });
}

export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

function randomBytes(n: number, seed: number): Uint8Array {
  const r = prng(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(r() * 256));
}

/** A real (minimal) PNG signature + IHDR chunk, a ZIP with one stored file, a one-page PDF header. */
function pngBytes(): Uint8Array {
  const ihdr = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, ...randomBytes(256, 5)]);
}

function zipBytes(): Uint8Array {
  const name = utf8('article.txt');
  const data = deflateRawSync(utf8(articleText(1)));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(data.length, 18);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

function pdfBytes(): Uint8Array {
  return utf8(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
      'trailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/** Text of at least `bytes` bytes in blank-line separated paragraphs, distinct so none is dropped as a repeat. */
export function bigText(bytes: number, seed = 20): string {
  const r = prng(seed);
  const parts = ['A very long report on relief flights'];
  let size = parts[0]!.length;
  while (size < bytes) {
    const p = paragraph(r);
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** One line of prose, `bytes` long, with no line break anywhere. */
export function oneLine(bytes: number, seed = 6): string {
  const r = prng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentence(r);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ');
}

export function nestedHtml(depth: number): string {
  return (
    '<!doctype html><html><head><title>Deep page on relief flights</title></head><body>' +
    '<div><span>'.repeat(depth / 2) +
    '<p>The relief flight landed in Dushanbe on Tuesday with 36 tons of aid, the ministry said.</p>' +
    '<p>Officials said a second flight would follow next week.</p>' +
    '</span></div>'.repeat(depth / 2) +
    '</body></html>'
  );
}

/** `count` quotes, ten to a paragraph, each attributed. */
export function manyQuotes(count: number): string {
  const paragraphs: string[] = ['Twenty thousand quotes'];
  for (let i = 0; i < count; i += 10) {
    const quotes = Array.from({ length: Math.min(10, count - i) }, (_, j) => `“Statement ${i + j} stands,” said Maria Silva.`);
    paragraphs.push(quotes.join(' '));
  }
  return paragraphs.join('\n\n');
}

export type Expected =
  | { sheet: true; check?: (sheet: FactSheet) => void }
  | { code: InputErrorCode };

export interface HostileCase {
  /** File name (and S3 key below the test's prefix). */
  file: string;
  bytes: () => Uint8Array;
  expect: Expected;
  /** Seconds of CPU or more: run once per door, not in loops. */
  heavy?: boolean;
}

const STORY =
  'Aid flight lands in Dushanbe\n\nDUSHANBE: A relief flight carrying 36 tons of aid landed on Tuesday, officials said.\n\n' +
  '“This is only the first flight,” said the minister. The café near the airport — run by Agnès — stayed open.';

/**
 * Every hostile input of issue 6 with the outcome it must have. `check` runs on the FactSheet the
 * pipeline made; a `code` is what must be in the error report (and on the CLI line).
 */
export function hostileCases(): HostileCase[] {
  return [
    { file: 'empty.txt', bytes: () => new Uint8Array(), expect: { code: 'EMPTY' } },
    { file: 'whitespace.md', bytes: () => utf8(' \n\t\n   \r\n\u00a0\n'), expect: { code: 'EMPTY' } },
    { file: 'random-bytes.txt', bytes: () => randomBytes(65_536, 9), expect: { code: 'NOT_TEXT' } },
    { file: 'image.txt', bytes: pngBytes, expect: { code: 'NOT_TEXT' } },
    { file: 'archive.txt', bytes: zipBytes, expect: { code: 'NOT_TEXT' } },
    { file: 'document.txt', bytes: pdfBytes, expect: { code: 'NOT_TEXT' } },
    { file: 'photo.jpg', bytes: pngBytes, expect: { code: 'UNSUPPORTED_TYPE' } },
    {
      // Lone continuation bytes and 0xFF: not UTF-8, so read as Windows-1252 rather than rejected.
      file: 'invalid-utf8.txt',
      bytes: () => Uint8Array.from([...utf8('Aid flight lands\n\nThe flight landed on Tuesday with 36 tons of aid '), 0xc3, 0x28, 0xff, 0x2e]),
      expect: { sheet: true, check: (s) => expectContains(s.paragraphs.join(' '), 'landed on Tuesday with 36 tons') },
    },
    {
      file: 'utf16le.txt',
      bytes: () => utf16(STORY, 'le'),
      expect: { sheet: true, check: (s) => expectContains(s.paragraphs.join(' '), 'run by Agnès') },
    },
    {
      file: 'utf16be.txt',
      bytes: () => utf16(STORY, 'be'),
      expect: { sheet: true, check: (s) => expectContains(s.paragraphs.join(' '), 'run by Agnès') },
    },
    {
      file: 'windows-1252.txt',
      bytes: () => cp1252(STORY),
      expect: {
        sheet: true,
        check: (s) => {
          expectContains(s.paragraphs.join(' '), 'The café near the airport — run by Agnès');
          expectContains(s.quotes.map((q) => q.text).join(' '), 'This is only the first flight');
        },
      },
    },
    { file: 'only-scripts.html', bytes: () => utf8(SCRIPT_ONLY_HTML), expect: { code: 'NO_CONTENT' } },
    {
      file: 'one-sentence.txt',
      bytes: () => utf8('The minister resigned on Tuesday after three days of talks.'),
      expect: { sheet: true, check: (s) => expectContains(s.summary.text, 'The minister resigned on Tuesday') },
    },
    {
      file: 'unbalanced-quotes.txt',
      bytes: () =>
        utf8(
          'Talks stall\n\n“We will not sign, said the minister on Tuesday. And then "nothing more.\n\n' +
            'The talks ended ” abruptly ” with “ no date ‘ set. ' +
            '“'.repeat(3000) +
            '\n\nOfficials said they would meet again.',
        ),
      expect: { sheet: true },
    },
    {
      file: 'nested-20000.html',
      bytes: () => utf8(nestedHtml(20_000)),
      heavy: true,
      expect: { sheet: true, check: (s) => expectContains(s.paragraphs.join(' '), 'landed in Dushanbe on Tuesday') },
    },
    {
      file: 'quotes-20000.txt',
      bytes: () => utf8(manyQuotes(20_000)),
      heavy: true,
      expect: {
        sheet: true,
        check: (s) => {
          if (s.quotes.length === 0 || s.quotes.length > 2000) throw new Error(`expected 1..2000 quotes, got ${s.quotes.length}`);
          expectContains(s.warnings.join(' '), 'maxQuotes');
        },
      },
    },
    {
      file: 'big-20mb.txt',
      bytes: () => utf8(bigText(20 * 1024 * 1024)),
      heavy: true,
      expect: { sheet: true, check: (s) => expectContains(s.warnings.join(' '), 'only the first') },
    },
    {
      file: 'one-line-6mb.txt',
      bytes: () => utf8(oneLine(6 * 1024 * 1024)),
      heavy: true,
      expect: { sheet: true, check: (s) => expectContains(s.warnings.join(' '), 'characters') },
    },
  ];
}

const SCRIPT_ONLY_HTML =
  '<!doctype html><html><head><title>Nothing here</title><script>document.write("<p>Injected paragraph</p>")</script>' +
  '<style>p { color: red } body::after { content: "Styled paragraph of text that is long enough." }</style></head><body>' +
  '<script src="http://127.0.0.1:9/x.js"></script><iframe src="http://127.0.0.1:9/frame.html">A frame fallback</iframe>' +
  '<noscript><iframe src="http://127.0.0.1:9/ns"></iframe></noscript><script>fetch("http://127.0.0.1:9/beacon")</script></body></html>';

function expectContains(haystack: string, needle: string): void {
  if (!haystack.includes(needle)) throw new Error(`expected to find "${needle}" in "${haystack.slice(0, 300)}…"`);
}
