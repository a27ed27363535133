import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontBytes } from '../functions/pipeline/fonts.ts';
import { SHAPE_DATA } from '../functions/pipeline/render/shape-data.ts';
import { shapeDataSource, SHAPE_DATA_PATH } from '../scripts/shape-data.ts';
import { pairLookup, scriptOf, shapePlain, type ShapedRun } from '../functions/pipeline/render/shape.ts';
import { markLookup, type JudgedFont } from '../scripts/shape-judge.ts';

interface Font extends JudgedFont {
  layout(text: string): {
    glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
    positions: Record<string, number>[];
    direction: string;
  };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): Font };

/** What pdfkit's EmbeddedFont.layoutRun makes of fontkit's layout: every position field scaled to 1000 units. */
function viaFontkit(font: Font, text: string): ShapedRun {
  const run = font.layout(text);
  const scale = 1000 / font.unitsPerEm;
  const positions = run.positions.map((p, i) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(p)) out[key] = p[key]! * scale;
    out['advanceWidth'] = run.glyphs[i]!.advanceWidth * scale;
    return out as unknown as ShapedRun['positions'][number];
  });
  let advanceWidth = 0;
  for (const p of positions) advanceWidth += p.xAdvance;
  return {
    glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [...g.codePoints] })),
    positions,
    advanceWidth,
    direction: run.direction,
  };
}

function sameRun(a: ShapedRun, b: ShapedRun): boolean {
  const fields = ['xAdvance', 'yAdvance', 'xOffset', 'yOffset', 'advanceWidth'] as const;
  return (
    a.direction === b.direction &&
    a.advanceWidth === b.advanceWidth &&
    a.glyphs.length === b.glyphs.length &&
    a.glyphs.every((g, i) => {
      const h = b.glyphs[i]!;
      return g.id === h.id && g.advanceWidth === h.advanceWidth && g.codePoints.join() === h.codePoints.join();
    }) &&
    a.positions.length === b.positions.length &&
    a.positions.every((p, i) => fields.every((f) => p[f] === b.positions[i]![f]))
  );
}

/**
 * Compares every word the fast shaper takes, with the font's generated data (shape-data.ts, which the last
 * test holds to what the judge makes of the font now), with fontkit on a font object of its own; counts the
 * words it takes.
 */
function compare(file: (typeof FONT_FILES)[number], words: Iterable<string>): { fast: number; slow: number } {
  const theirs = fontkit.create(fontBytes(file));
  const ours = fontkit.create(fontBytes(file));
  let fast = 0;
  let slow = 0;
  const differing: string[] = [];
  for (const word of words) {
    const run = shapePlain(ours, word, SHAPE_DATA[file]);
    if (!run) {
      slow++;
      continue;
    }
    fast++;
    if (!sameRun(run, viaFontkit(theirs, word))) differing.push(word);
  }
  expect(differing).toEqual([]);
  return { fast, slow };
}

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).filter((c) => c !== ' ');
const LETTERS = [...'ÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝßàáâäåæçèéêëìíîïñòóôöøùúûüýÿĀāĆćČčĐđĘęĞğİıŁłŃńŐőŒœŘřŚśŞşŠšŢţŰűŸŹźŻżŽž'];
const SCRIPTS = [...'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёІіЇїЄєЈјЉљЊњЋћЏџΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώςϊϋΐΰ'];
const PUNCTUATION = [...'‘’“”‚„–—…•′″€£¥₹₽§©®°±×÷¶·¹²³¼½¾¿¡«»‰№™'];

/** Every ordered pair over `a` × `b`, each word also with a third character from `c`, so kerning both ways is met. */
function pairs(a: string[], b: string[], c: string[] = []): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  for (let i = 0; i < c.length; i++) out.push(a[i % a.length]! + c[i]! + b[(i * 7) % b.length]!);
  return out;
}

describe('render: the plain-word shaper matches fontkit', () => {
  it.each(FONT_FILES)('gives fontkit’s glyphs, positions and width for every pair of ASCII characters in %s', (file) => {
    const { fast } = compare(file, pairs(PRINTABLE, PRINTABLE));
    // Every pair is served here, ligatures ("fi", "fl", "ff") included.
    expect(fast).toBe(PRINTABLE.length * PRINTABLE.length);
  });

  it.each(FONT_FILES)('and for accented Latin, Cyrillic, Greek and punctuation in %s', (file) => {
    const all = [...LETTERS, ...SCRIPTS, ...PUNCTUATION];
    const { fast } = compare(file, [
      ...pairs(LETTERS, [...PRINTABLE.slice(30, 60), ...LETTERS.slice(0, 20)]),
      ...pairs(SCRIPTS, SCRIPTS),
      ...pairs(PUNCTUATION, [...PRINTABLE, ...PUNCTUATION], all),
      'Київ',
      'Ελλάδα',
      'Москва,',
      '“Αθήνα”',
      'naïve',
      'AVATAR',
      'Tóth',
    ]);
    expect(fast).toBeGreaterThan(5000);
  });

  it('forms the ligatures fontkit forms, with the characters they stand for', () => {
    const serif = fontkit.create(fontBytes('DejaVuSerifCondensed-Italic.ttf'));
    for (const word of ['office', 'flight', 'profit', 'baffled', 'offer', 'of']) {
      const theirs = viaFontkit(fontkit.create(fontBytes('DejaVuSerifCondensed-Italic.ttf')), word);
      const ours = shapePlain(serif, word, SHAPE_DATA['DejaVuSerifCondensed-Italic.ttf']);
      expect(ours).not.toBeNull();
      expect(sameRun(ours!, theirs)).toBe(true);
      if (word !== 'of') expect(ours!.glyphs.length).toBeLessThan(word.length);
      expect(ours!.glyphs.flatMap((g) => g.codePoints)).toEqual([...word].map((c) => c.codePointAt(0)));
    }
  });

  it('leaves to fontkit what it cannot do exactly: marks, other scripts, hidden characters, fonts without data', () => {
    const serif = fontkit.create(fontBytes('DejaVuSerifCondensed-Italic.ttf'));
    const sans = fontkit.create(fontBytes('DejaVuSansCondensed.ttf'));
    const shape = (font: Font, word: string) => shapePlain(font, word, SHAPE_DATA[font === serif ? 'DejaVuSerifCondensed-Italic.ttf' : 'DejaVuSansCondensed.ttf']);
    expect(shape(serif, 'naïve')).not.toBeNull();
    expect(shape(sans, 'cafe\u0301')).toBeNull(); // a combining accent
    expect(shape(sans, 'i\u0307')).toBeNull();
    expect(shape(sans, 'שלום')).toBeNull(); // right to left
    expect(shape(sans, 'co\u00adop')).toBeNull(); // soft hyphen: fontkit hides it
    expect(shape(sans, '1\u20442')).toBeNull(); // fraction slash: fontkit's fraction features
    expect(shape(sans, '\u4e2d')).toBeNull(); // a character the font lacks
    expect(shape(sans, '')).toBeNull();
    expect(shape(sans, 'minister')).not.toBeNull();
    expect(shape(sans, 'Прага')).not.toBeNull();
    expect(shapePlain(fontkit.create(fontBytes('DejaVuSansCondensed.ttf')), 'minister', null)).toBeNull();
  });
});

const CORPUS = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** The distinct words of up to `limit` corpus files, read in a fixed order. */
function corpusWords(limit: number): Set<string> {
  const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const step = Math.max(1, Math.floor(files.length / limit));
  const words = new Set<string>();
  for (let i = 0; i < files.length; i += step) {
    for (const w of readFileSync(join(CORPUS, files[i]!), 'utf8').split(/\s+/)) if (w) words.add(w);
  }
  return words;
}

describe.runIf(existsSync(CORPUS))('render: the plain-word shaper over the corpus', () => {
  const words = existsSync(CORPUS) ? corpusWords(300) : new Set<string>();
  it.each(['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSerifCondensed-Italic.ttf'] as const)(
    'matches fontkit on every corpus word it takes, and takes most of them, in %s',
    (file) => {
      const { fast, slow } = compare(file, words);
      expect(fast).toBeGreaterThan((fast + slow) * 0.8);
    },
  );
});

describe('mark lookups read from the font bytes', () => {
  type Decoded = { lookupType: number; flags: { flags: Record<string, boolean> }; subTables: Record<string, unknown>[] };
  it.each(FONT_FILES)('%s: every GPOS mark lookup (types 4–6) has the coverage and flags fontkit decodes', (file) => {
    const font = fontkit.create(fontBytes(file));
    const gpos = font.GPOS as unknown as { lookupList: { length: number; get(i: number): Decoded } } | null | undefined;
    let marks = 0;
    for (let i = 0; i < (gpos?.lookupList.length ?? 0); i++) {
      const decoded = gpos!.lookupList.get(i);
      const raw = markLookup(font, i);
      if (decoded.lookupType < 4 || decoded.lookupType > 6) {
        expect(raw).toBeNull();
        continue;
      }
      marks++;
      expect(raw).not.toBeNull();
      expect(raw!.lookupType).toBe(decoded.lookupType);
      expect(raw!.flags.flags.ignoreBaseGlyphs).toBe(decoded.flags.flags['ignoreBaseGlyphs']);
      expect(raw!.flags.flags.ignoreLigatures).toBe(decoded.flags.flags['ignoreLigatures']);
      const field = decoded.lookupType === 6 ? 'mark1Coverage' : 'markCoverage';
      // What shape.ts reads of a coverage: its format and its glyphs or ranges.
      const read = (c: unknown) => {
        const { version, glyphs, rangeRecords } = c as { version: number; glyphs?: number[]; rangeRecords?: unknown[] };
        return { version, glyphs: glyphs ? [...glyphs] : undefined, rangeRecords: rangeRecords ? JSON.parse(JSON.stringify(rangeRecords)) as unknown : undefined };
      };
      expect(raw!.subTables.map((s) => ({ version: s.version, coverage: read(s[field]) }))).toEqual(
        decoded.subTables.map((s) => ({ version: s['version'], coverage: read(s[field]) })),
      );
    }
    if (file.startsWith('DejaVuSans.')) expect(marks).toBeGreaterThan(0);
  });
});

describe('pair kerning lookups read from the font bytes', () => {
  type Value = { xAdvance?: number | null; yAdvance?: number | null; xPlacement?: number | null; yPlacement?: number | null } | undefined;
  type Decoded = {
    lookupType: number;
    flags: { flags: Record<string, boolean> };
    subTables: {
      version: number;
      coverage: unknown;
      pairSets?: { length: number; get(i: number): { secondGlyph: number; value1?: Value; value2?: Value }[] };
      classDef1?: unknown;
      classDef2?: unknown;
      class1Count?: number;
      class2Count?: number;
      classRecords?: { get(i: number): { get(j: number): { value1?: Value; value2?: Value } | undefined } | undefined };
    }[];
  };
  // What pairKern reads of a value: its advances and placements, absent as 0.
  const read = (v: Value) => [v?.xAdvance ?? 0, v?.yAdvance ?? 0, v?.xPlacement ?? 0, v?.yPlacement ?? 0];
  // What shape.ts reads of a coverage or class table: its format and its glyphs, classes or ranges.
  const FIELDS = ['version', 'glyphs', 'rangeRecords', 'startGlyph', 'classValueArray', 'classRangeRecord'];
  const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;
  const pick = (x: unknown): unknown => {
    const o = x as Record<string, unknown>;
    return Object.fromEntries(FIELDS.filter((f) => o[f] !== undefined).map((f) => [f, plain(o[f])]));
  };
  it.each(FONT_FILES)('%s: every GPOS pair lookup gives the pairs, classes and values fontkit decodes', (file) => {
    const font = fontkit.create(fontBytes(file));
    const gpos = font.GPOS as unknown as { lookupList: { length: number; get(i: number): Decoded } } | null | undefined;
    let pairs = 0;
    for (let i = 0; i < (gpos?.lookupList.length ?? 0); i++) {
      const decoded = gpos!.lookupList.get(i);
      const raw = pairLookup(font, i);
      if (decoded.lookupType !== 2) {
        expect(raw).toBeNull();
        continue;
      }
      expect(raw).not.toBeNull();
      expect(raw!.flags.flags).toEqual({ ignoreBaseGlyphs: decoded.flags.flags['ignoreBaseGlyphs'], ignoreLigatures: decoded.flags.flags['ignoreLigatures'] });
      expect(raw!.subTables.length).toBe(decoded.subTables.length);
      decoded.subTables.forEach((d, s) => {
        const r = raw!.subTables[s]!;
        expect(r.version).toBe(d.version);
        expect(pick(r.coverage)).toEqual(pick(d.coverage));
        if (d.version === 1) {
          for (let k = 0; k <= d.pairSets!.length; k++) {
            const want = (d.pairSets!.get(k) ?? []).map((p) => [p.secondGlyph, ...read(p.value1), ...read(p.value2)]);
            expect(r.pairSets!.get(k).map((p) => [p.secondGlyph, ...read(p.value1), ...read(p.value2)])).toEqual(want);
            pairs += want.length;
          }
        } else {
          expect(pick(r.classDef1)).toEqual(pick(d.classDef1));
          expect(pick(r.classDef2)).toEqual(pick(d.classDef2));
          // One class past each count too: neither has a record there.
          for (let c1 = 0; c1 <= d.class1Count!; c1++) {
            for (let c2 = 0; c2 <= d.class2Count!; c2++) {
              const want = d.classRecords!.get(c1)?.get(c2);
              const got = r.classRecords!.get(c1)?.get(c2);
              expect(got === undefined).toBe(want === undefined);
              if (want) expect([...read(got!.value1), ...read(got!.value2)]).toEqual([...read(want.value1), ...read(want.value2)]);
              pairs++;
            }
          }
        }
      });
    }
    if (file.startsWith('DejaVuSans.')) expect(pairs).toBeGreaterThan(0);
  });
});

describe('generated shaping data', () => {
  it('render/shape-data.ts is what scripts/shape-data.ts writes from the shipped fonts', () => {
    expect(readFileSync(SHAPE_DATA_PATH, 'utf8')).toBe(shapeDataSource());
  });
  it('has a plan for every shipped font, and stays small', () => {
    for (const file of FONT_FILES) expect(SHAPE_DATA[file]?.latn?.plain.length).toBeGreaterThan(0);
    expect(readFileSync(SHAPE_DATA_PATH).length).toBeLessThan(200_000);
  });
});

describe('scriptOf', () => {
  it('gives, for every code point, the script a per-character test gives (null for marks, soft hyphen, fraction slash, other scripts)', () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0x52f], [0x1e00, 0x1fff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20cf]];
    const scripts: [RegExp, string][] = [[/^\p{Script=Latin}$/u, 'latn'], [/^\p{Script=Cyrillic}$/u, 'cyrl'], [/^\p{Script=Greek}$/u, 'grek'], [/^\p{Script=Common}$/u, 'zzzz']];
    const expected = (cp: number): string | null => {
      const ch = String.fromCodePoint(cp);
      if (!ranges.some(([a, b]) => cp >= a! && cp <= b!) || cp === 0xad || cp === 0x2044 || /\p{M}/u.test(ch)) return null;
      return scripts.find(([re]) => re.test(ch))?.[1] ?? null;
    };
    const seen = new Set<string | null>();
    for (let cp = 0; cp < 0x2200; cp++) {
      expect(scriptOf(cp), `U+${cp.toString(16)}`).toBe(expected(cp));
      seen.add(scriptOf(cp));
    }
    expect(seen).toEqual(new Set([null, 'latn', 'cyrl', 'grek', 'zzzz']));
  });
});
