/**
 * How pdfkit (0.20.2, PDFObject.convert) writes a value into a PDF object, for the objects render.ts
 * finishes itself: the same text for every kind of value pdfkit puts in a dictionary, built as one string
 * instead of an array joined per level. Without encryption (the renderer never encrypts).
 */

/** pdfkit's PDFObject.number: six decimals at most. */
export function pdfNumber(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

const ESCAPABLE = /[\n\r\t\b\f()\\]/g;
const ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\\': '\\\\',
  '(': '\\(',
  ')': '\\)',
};

/** A PDF text string: ASCII as it is, anything else as UTF-16BE with a byte order mark; one char a byte. */
function pdfString(s: string): string {
  let unicode = false;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      unicode = true;
      break;
    }
  }
  let bytes = s;
  if (unicode) {
    bytes = '\xfe\xff';
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      bytes += String.fromCharCode(code >> 8, code & 0xff);
    }
  }
  return `(${bytes.replace(ESCAPABLE, (c) => ESCAPES[c]!)})`;
}

/** pdfkit pads by prepending zeros and keeping the last digits. */
const pad = (n: number, length: number) => `${'0'.repeat(length)}${n}`.slice(-length);

function pdfDate(d: Date): string {
  return `(D:${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}Z)`;
}

/**
 * A reference, a name or number tree, a spot colour: the objects pdfkit writes by their own toString. A
 * plain (or prototype-less) object has none of its own and is written as a dictionary.
 */
function writesItself(v: object): v is { toString(): string } {
  const own = (v as { toString?: unknown }).toString;
  return typeof own === 'function' && own !== Object.prototype.toString;
}

export function pdfValue(v: unknown): string {
  if (typeof v === 'string') return `/${v}`;
  if (typeof v === 'number') return `${pdfNumber(v)}`;
  if (typeof v !== 'object' || v === null) return `${v as string}`;
  if (v instanceof String) return pdfString(v.valueOf());
  if (v instanceof Uint8Array) return `<${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}>`;
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const e: unknown = v[i];
      out += `${i === 0 ? '' : ' '}${pdfValue(e === undefined ? null : e)}`;
    }
    return `${out}]`;
  }
  if (v instanceof Date) return pdfDate(v);
  if (writesItself(v)) return v.toString();
  let out = '<<';
  const dict = v as Record<string, unknown>;
  for (const key in dict) {
    const val = dict[key];
    if (val !== undefined) out += `\n/${key} ${pdfValue(val)}`;
  }
  return `${out}\n>>`;
}
