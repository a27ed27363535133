/**
 * Bytes → text. Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and legacy Windows-1252
 * text (curly quotes as 0x93/0x94, "é" as 0xE9) that is not valid UTF-8. Rejects what is clearly not text.
 */
import { FactsheetError } from '../errors.ts';

const MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** Windows-1252 0x80–0x9F (Node's TextDecoder treats the label as Latin-1 there); undefined bytes stay C1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const codes = Array.from(bytes.subarray(at, at + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Share of control characters (other than tab, newline, carriage return, form feed) in a sample. */
function controlShare(text: string, sample = 65_536): number {
  const n = Math.min(text.length, sample);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / n;
}

function notText(what: string): FactsheetError {
  return new FactsheetError('NOT_TEXT', `The file is not text (${what}); expected an article as .txt, .md or .html.`);
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new FactsheetError('EMPTY', 'The file is empty.');
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) throw notText(m.name);

  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    // A NUL byte never occurs in 8-bit text; in UTF-16 without a BOM it would, and that is not accepted.
    if (bytes.subarray(0, 65_536).includes(0)) throw notText('it contains NUL bytes');
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = decodeWindows1252(body);
    }
  }
  if (text.includes('\u0000')) throw notText('it contains NUL characters');
  if (controlShare(text) > 0.1) throw notText('it is mostly control characters');
  if (text.trim() === '') throw new FactsheetError('EMPTY', 'The file holds only whitespace.');
  return text;
}
