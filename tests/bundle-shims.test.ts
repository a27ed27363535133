/**
 * The Lambda bundle swaps two pure-JavaScript decompressors for node:zlib stand-ins and loads pdfkit's AES on
 * first use (infra/bundling.ts, BUNDLE_ALIASES). A stand-in must give what the package gives, byte for byte:
 * on the compressed Unicode tables that load with the bundle (unicode-trie), Brotli-compressed font tables
 * (WOFF2), and PDF encryption; htmlparser2's stand-in is the package's own Parser, and all the pipeline uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_ALIASES } from '../infra/bundling.ts';

const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
type BrotliDecompress = (buffer: Uint8Array, outSize?: number) => Uint8Array;

const shim = <T>(name: string): T => require(BUNDLE_ALIASES[name]!) as T;
const original = <T>(name: string): T => require(name) as T;

/** Bytes that compress like font tables and Unicode data do: runs, repeats and noise, deterministic. */
function sample(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = i % 97 < 40 ? (i >> 6) & 0xff : i % 7 === 0 ? x >>> 24 : out[Math.max(0, i - 31)]!;
  }
  return out;
}

describe('tiny-inflate stand-in', () => {
  const inflate = shim<Inflate>('tiny-inflate');
  const tiny = original<Inflate>('tiny-inflate');

  it('inflates the Unicode tables of fontkit exactly as tiny-inflate does (the double deflate unicode-trie reads)', () => {
    // fontkit ships its shaping tables in unicode-trie's format; the bundled code embeds the same data.
    const dir = join(dirname(require.resolve('fontkit')), '..', '/');
    for (const name of ['data.trie', 'use.trie', 'indic.trie']) {
      const trie = readFileSync(`${dir}src/opentype/shapers/${name}`);
      const size = trie.readUInt32LE(8);
      const body = trie.subarray(12);
      const once = inflate(body, new Uint8Array(size));
      expect(Buffer.from(once), name).toEqual(Buffer.from(tiny(body, new Uint8Array(size))));
      const twice = inflate(once, new Uint8Array(size));
      expect(Buffer.from(twice), name).toEqual(Buffer.from(tiny(once, new Uint8Array(size))));
      expect(twice.length, name).toBe(size);
    }
  });

  it('returns the filled part when the destination is larger, and the destination itself when it fits', () => {
    for (const [length, seed] of [[0, 1], [1, 2], [5000, 3], [70_000, 4]] as const) {
      const data = sample(length, seed);
      const packed = deflateRawSync(data, { level: 9 });
      const exact = new Uint8Array(length);
      expect(inflate(packed, exact)).toBe(exact);
      expect(Buffer.from(exact)).toEqual(Buffer.from(data));
      const roomy = inflate(packed, new Uint8Array(length + 100));
      expect(Buffer.from(roomy)).toEqual(Buffer.from(tiny(packed, new Uint8Array(length + 100))));
    }
  });

  it('throws on data that is not DEFLATE, as tiny-inflate does', () => {
    const junk = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x13]);
    expect(() => tiny(junk, new Uint8Array(64))).toThrow();
    expect(() => inflate(junk, new Uint8Array(64))).toThrow();
  });
});

describe('brotli/decompress.js stand-in', () => {
  const decompress = shim<BrotliDecompress>('brotli/decompress.js');
  const brotli = original<BrotliDecompress>('brotli/decompress.js');

  it('decodes Brotli data exactly as the brotli package does, with or without the expected size', () => {
    for (const [length, seed] of [[1, 5], [4096, 6], [200_000, 7]] as const) {
      const data = sample(length, seed);
      const packed = brotliCompressSync(data);
      expect(Buffer.from(decompress(packed, length))).toEqual(Buffer.from(brotli(packed, length)));
      expect(Buffer.from(decompress(packed))).toEqual(Buffer.from(data));
      // fontkit passes the size it expects; a larger one gives the decoded bytes, as the package does.
      expect(Buffer.from(decompress(packed, length + 10))).toEqual(Buffer.from(brotli(packed, length + 10)));
    }
  });

  it('returns every decoded byte even when told a smaller size, as the package does', () => {
    const data = sample(1000, 8);
    const packed = brotliCompressSync(data);
    expect(Buffer.from(decompress(packed, 10))).toEqual(Buffer.from(brotli(packed, 10)));
    expect(decompress(packed, 10).length).toBe(1000);
  });

  it('throws on data that is not Brotli', () => {
    expect(() => decompress(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
  });
});

describe('@noble/ciphers/aes stand-in (loaded on first use)', () => {
  type Cipher = { encrypt(data: Uint8Array): Uint8Array };
  type Aes = {
    cbc(key: Uint8Array, iv: Uint8Array, opts?: { disablePadding?: boolean }): Cipher;
    ecb(key: Uint8Array, opts?: { disablePadding?: boolean }): Cipher;
  };
  const lazy = shim<Aes>('@noble/ciphers/aes');
  const aes = original<Aes>('@noble/ciphers/aes');

  it('encrypts as the package does, the way pdfkit calls it (CBC padded and not, ECB unpadded)', () => {
    const key = sample(32, 9);
    const iv = sample(16, 10);
    const data = sample(64, 11);
    expect(Buffer.from(lazy.cbc(key, iv, { disablePadding: false }).encrypt(data))).toEqual(Buffer.from(aes.cbc(key, iv, { disablePadding: false }).encrypt(data)));
    expect(Buffer.from(lazy.cbc(key, iv, { disablePadding: true }).encrypt(data))).toEqual(Buffer.from(aes.cbc(key, iv, { disablePadding: true }).encrypt(data)));
    expect(Buffer.from(lazy.ecb(key, { disablePadding: true }).encrypt(data))).toEqual(Buffer.from(aes.ecb(key, { disablePadding: true }).encrypt(data)));
    // Not an identity: the ciphertext differs from the data.
    expect(Buffer.from(lazy.ecb(key, { disablePadding: true }).encrypt(data))).not.toEqual(Buffer.from(data));
  });
});

describe('htmlparser2 stand-in (its Parser without the DOM modules)', () => {
  it('is the package\'s own Parser class, and exports every name the product imports from htmlparser2', async () => {
    const stand = (await import(BUNDLE_ALIASES['htmlparser2']!)) as Record<string, unknown>;
    const real = (await import('htmlparser2')) as Record<string, unknown>;
    expect(stand['Parser']).toBe(real['Parser']);
    const sources = readdirSync(join(import.meta.dirname, '..', 'functions'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const imported = new Set<string>();
    for (const file of sources) {
      const code = readFileSync(join(import.meta.dirname, '..', 'functions', file), 'utf8');
      for (const m of code.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'htmlparser2'/g)) {
        if (m[1]) continue;
        for (const name of m[2]!.split(',')) if (name.trim() && !name.trim().startsWith('type ')) imported.add(name.trim().split(/\s+as\s+/)[0]!);
      }
      expect(code, file).not.toMatch(/import\s+\*\s+as\s+\w+\s+from\s+'htmlparser2'|from\s+'htmlparser2\//);
    }
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(stand), name).toContain(name);
  });
});
