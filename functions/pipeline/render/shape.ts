/**
 * A shaper for plain words that gives exactly what fontkit's layout gives them, without running fontkit's
 * OpenType engine (setting up a shaping plan per word was most of the cost of shaping a word new to the
 * process).
 *
 * Why it is exact: a word qualifies only when every glyph in it is one that no substitution (GSUB) and no
 * positioning other than pair kerning (GPOS pair adjustment) can start from, under the script and features
 * fontkit would choose for that word — or that can start only ligatures ("f" in fonts with fi/fl), whose
 * result starts nothing more. For such a word fontkit's result is the cmap glyphs, those ligatures formed
 * in lookup order, their hmtx advances, plus the kerning of each adjacent pair — which is what this
 * computes. Everything else (marks, contextual starts such as "i" before a combining accent, right-to-left
 * and other scripts, default-ignorable characters) returns null, and the caller shapes with fontkit as
 * before. tests/render-shape.test.ts compares the two.
 *
 * Which glyphs are plain is judged at build time, from the font's decoded GSUB and GPOS tables
 * (scripts/shape-judge.ts; scripts/shape-data.ts writes the verdicts to shape-data.ts): a process never
 * decodes GSUB nor judges a glyph, and carries none of the code that does. Kerning is read from the font's
 * bytes pair by pair (pairLookup). A font without data is left to fontkit whole.
 */

/** What pdfkit reads from a shaped run (EmbeddedFont.layout / encode / widthOfString). */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
  advanceWidth: number;
  /** fontkit's reading direction for the run's script: right-to-left runs come out reversed. */
  direction: string;
}

/* The parts of fontkit's decoded OpenType tables read here and by the build-side judge (not in its public typings). */
export type Coverage = { version: number; glyphs?: number[]; rangeRecords?: { start: number; end: number; startCoverageIndex: number }[] };
export type ClassDef = { version: number; startGlyph?: number; classValueArray?: number[]; classRangeRecord?: { start: number; end: number; class: number }[] };
export interface ValueRecord {
  xAdvance?: number | null;
  yAdvance?: number | null;
  xPlacement?: number | null;
  yPlacement?: number | null;
}
interface LookupFlags {
  flags: { ignoreBaseGlyphs: boolean; ignoreLigatures: boolean };
}
export interface Lookup<S extends Subtable = Subtable> {
  lookupType: number;
  flags: LookupFlags;
  subTables: S[];
}
/** A lookup subtable: the union of the fields the kinds shaped here use (ligatures, pair kerning). */
export interface Subtable {
  version: number;
  coverage?: Coverage;
  ligatureSets?: { get(i: number): Ligature[] };
  pairSets?: { get(i: number): { secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }[] };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(i: number): { get(j: number): { value1?: ValueRecord; value2?: ValueRecord } } | undefined };
}
interface Ligature {
  glyph: number;
  components: number[];
}
/** What the shaper reads of a font object (fontkit's TTFFont). */
export interface ShapeableFont {
  unitsPerEm: number;
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  /** The font file's bytes and table directory: kerning lookups are read from them (pairLookup). */
  stream?: { buffer: Uint8Array };
  directory?: { tables: Record<string, { offset: number } | undefined> };
}

/** The scripts served here, by fontkit's tag for a word's first non-common character (zzzz: none). */
export type ScriptTag = 'latn' | 'cyrl' | 'grek' | 'zzzz';

/** Every served character is below this (the last range ends at 0x20cf). */
const CP_LIMIT = 0x20d0;

/** The code point ranges considered at all: Latin, Greek, Cyrillic, general punctuation and currency. */
export const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x52f],
  [0x1e00, 0x1fff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20cf],
];

const SCRIPT_RUNS: [RegExp, ScriptTag][] = [
  [/\p{Script=Latin}+/gu, 'latn'],
  [/\p{Script=Cyrillic}+/gu, 'cyrl'],
  [/\p{Script=Greek}+/gu, 'grek'],
  [/\p{Script=Common}+/gu, 'zzzz'],
];
const TAGS: readonly (ScriptTag | null)[] = [null, 'latn', 'cyrl', 'grek', 'zzzz'];
let scriptTable: Uint8Array | null = null;

/**
 * The script of a character served here, or null: outside the ranges, a mark, or one fontkit hides or
 * treats specially (soft hyphen, fraction slash). Fonts do not change it, so it is worked out once per
 * process, for all the ranges at once (about 1 ms): a few global matches over one string instead of testing
 * each character against each script (the build-side judge asks about every character in the ranges).
 */
export function scriptOf(cp: number): ScriptTag | null {
  if (cp >= CP_LIMIT) return null;
  if (!scriptTable) {
    const table = new Uint8Array(CP_LIMIT);
    let text = '';
    for (const [a, b] of RANGES) for (let cp = a; cp <= b; cp++) text += String.fromCharCode(cp);
    // Every range is in the BMP and none starts below 0x20, so one char stands for one code point.
    const cpAt = (i: number): number => text.charCodeAt(i);
    SCRIPT_RUNS.forEach(([re, tag]) => {
      for (const m of text.matchAll(re)) for (let i = m.index; i < m.index + m[0].length; i++) table[cpAt(i)] = TAGS.indexOf(tag);
    });
    for (const m of text.matchAll(/\p{M}+/gu)) for (let i = m.index; i < m.index + m[0].length; i++) table[cpAt(i)] = 0;
    table[0xad] = 0;
    table[0x2044] = 0;
    scriptTable = table;
  }
  return TAGS[scriptTable[cp]!]!;
}

export function coverageIndex(c: Coverage, g: number): number {
  if (c.version === 1) return c.glyphs!.indexOf(g);
  for (const r of c.rangeRecords ?? []) if (r.start <= g && g <= r.end) return r.startCoverageIndex + g - r.start;
  return -1;
}

/** fontkit's OTProcessor.getClassID. */
export function classId(g: number, cd: ClassDef): number {
  if (cd.version === 1) {
    const i = g - cd.startGlyph!;
    if (i >= 0 && i < cd.classValueArray!.length) return cd.classValueArray![i]!;
  } else if (cd.version === 2) {
    const ranges = cd.classRangeRecord ?? [];
    if (isOrdered(ranges)) {
      // Ordered, disjoint ranges: the first range holding g (fontkit's linear scan) is the one found here.
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = ranges[mid]!;
        if (g < r.start) hi = mid - 1;
        else if (g > r.end) lo = mid + 1;
        else return r.class;
      }
      return 0;
    }
    for (const r of ranges) if (r.start <= g && g <= r.end) return r.class;
  }
  return 0;
}

/** Whether ranges are in ascending order without overlap (as the OpenType spec asks), judged once each. */
const ordered = new WeakMap<object, boolean>();
function isOrdered(ranges: { start: number; end: number }[]): boolean {
  let ok = ordered.get(ranges);
  if (ok === undefined) {
    ok = ranges.every((r, i) => r.start <= r.end && (i === 0 || ranges[i - 1]!.end < r.start));
    ordered.set(ranges, ok);
  }
  return ok;
}

/**
 * What a font's script plan comes to, judged from its tables at build time (scripts/shape-judge.ts; written
 * to render/shape-data.ts by scripts/shape-data.ts): which glyphs are plain, which start ligatures and which
 * ligatures, and the indexes of the kerning lookups. null for a script: words in it are left to fontkit.
 */
export interface ScriptData {
  adjacent: boolean;
  kern: number[];
  /** Per ligature lookup, per subtable: [first glyph, ligature glyph, ...components][]. */
  ligatures: number[][][][];
  /** Plain glyphs, as [first, last] ranges. */
  plain: [number, number][];
  /** Glyphs plain unless a ligature forms: [glyph, [lookup, subtable] ...]. */
  starts: [number, ...[number, number][]][];
}
export type FontData = Record<ScriptTag, ScriptData | null> & {
  /** Served characters' glyphs, as runs [first code point, its glyph, count] of consecutive both. */
  cmap: [number, number, number][];
  /**
   * Glyphs of served characters that GDEF calls marks or ligatures, which the judge left out of the words it
   * considered. Not read here: no plain range or start holds them, so they are never plain.
   */
  skipped: number[];
};

/** A ligature lookup's subtables, applied in lookup order like every other lookup. */
type LigatureLookup = Subtable[];

/**
 * Whether a glyph may be shaped here: no (false), yes (true), or yes unless one of these ligatures forms
 * with the glyphs that follow it in the word ("f" in a font with fi/fl ligatures).
 */
type Verdict = boolean | Subtable[];

interface ScriptPlan {
  kern: Lookup[];
  ligatures: LigatureLookup[];
  /**
   * Whether a formed ligature can be shaped here: no kerning or ligature lookup skips ligature glyphs
   * (which would make glyphs around one adjacent for it).
   */
  ligaturesAdjacent: boolean;
  verdict: (g: number) => Verdict;
}

interface FontPlan {
  scale: number;
  data: FontData;
  plans: Map<ScriptTag, ScriptPlan | null>;
  /** Per code point below CP_LIMIT, learnt on first use: its glyph, script and unkerned position, or null. */
  served: (Served | null | undefined)[];
  /** Ligature glyphs met so far, by glyph and the characters they stand for. */
  ligatures: Map<string, Served>;
  /** Per script, pair (g1 * 65536 + g2) → [x advance of g1, of g2], or null when the pair is not plain. */
  pairs: Map<ScriptTag, Map<number, readonly [number, number] | null>>;
}

interface Served {
  glyph: ShapedGlyph;
  script: ScriptTag;
  position: ShapedPosition;
}

/** fontkit's TTFGlyph advance: hmtx, the last entry standing for the glyphs past the table's end. */
function advanceOf(font: ShapeableFont, id: number): number {
  const metrics = font.hmtx.metrics;
  return metrics.get(Math.min(id, metrics.length - 1)).advance;
}

/** A ligature glyph standing for these characters (the script is unused for it). */
function ligatureServed(font: ShapeableFont, plan: FontPlan, id: number, codePoints: number[]): Served {
  const key = `${id}|${codePoints.join(',')}`;
  let c = plan.ligatures.get(key);
  if (!c) {
    const advanceWidth = advanceOf(font, id);
    const x = advanceWidth * plan.scale;
    c = {
      glyph: { id, advanceWidth, codePoints },
      script: 'zzzz',
      position: { xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: x },
    };
    plan.ligatures.set(key, c);
  }
  return c;
}

/** The glyph of a served character (0: none, or a character not served), from the generated cmap runs, in code point order. */
function glyphOf(cmap: readonly [number, number, number][], cp: number): number {
  let lo = 0;
  let hi = cmap.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, glyph, count] = cmap[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp >= first + count) lo = mid + 1;
    else return glyph + cp - first;
  }
  return 0;
}

function serve(font: ShapeableFont, plan: FontPlan, cp: number): Served | null {
  const id = glyphOf(plan.data.cmap, cp);
  let c: Served | null = null;
  if (id !== 0) {
    const advanceWidth = advanceOf(font, id);
    const x = advanceWidth * plan.scale;
    c = {
      glyph: { id, advanceWidth, codePoints: [cp] },
      script: scriptOf(cp)!,
      position: { xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: x },
    };
  }
  plan.served[cp] = c;
  return c;
}

const plans = new WeakMap<ShapeableFont, FontPlan>();

function fontPlan(font: ShapeableFont, data: FontData): FontPlan {
  let plan = plans.get(font);
  if (!plan) {
    plan = {
      scale: 1000 / font.unitsPerEm,
      data,
      plans: new Map(),
      served: new Array<Served | null | undefined>(CP_LIMIT).fill(undefined),
      ligatures: new Map(),
      pairs: new Map(),
    };
    plans.set(font, plan);
  }
  return plan;
}

function planFor(font: ShapeableFont, plan: FontPlan, tag: ScriptTag): ScriptPlan | null {
  let p = plan.plans.get(tag);
  if (p === undefined) {
    const data = plan.data[tag];
    p = data && dataPlan(font, data);
    plan.plans.set(tag, p);
  }
  return p;
}

function dataPlan(font: ShapeableFont, data: ScriptData): ScriptPlan | null {
  const kern: Lookup[] = [];
  for (const i of data.kern) {
    const lookup = pairLookup(font, i);
    if (!lookup) return null;
    kern.push(lookup);
  }
  const ligatures: LigatureLookup[] = data.ligatures.map((lookup) =>
    lookup.map((entries) => {
      const glyphs = [...new Set(entries.map((e) => e[0]!))];
      const sets = glyphs.map((first) => entries.filter((e) => e[0] === first).map((e) => ({ glyph: e[1]!, components: e.slice(2) })));
      return { version: 1, coverage: { version: 1, glyphs }, ligatureSets: { get: (i: number) => sets[i]! } };
    }),
  );
  const verdicts = new Map<number, Verdict>();
  for (const [g, ...refs] of data.starts) verdicts.set(g, refs.map(([l, s]) => ligatures[l]![s]!));
  const ranges = data.plain;
  const verdict = (g: number): Verdict => {
    const v = verdicts.get(g);
    if (v !== undefined) return v;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = ranges[mid]!;
      if (g < a) hi = mid - 1;
      else if (g > b) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return { kern, ligatures, ligaturesAdjacent: data.adjacent, verdict };
}

/**
 * The ligature of these subtables that starts at ids[i], or undefined: fontkit's ligature substitution,
 * the first subtable covering the glyph with a ligature whose components equal the glyphs that follow.
 */
function ligatureAt(subtables: Subtable[], ids: number[], i: number): Ligature | undefined {
  for (const st of subtables) {
    const index = coverageIndex(st.coverage!, ids[i]!);
    if (index === -1) continue;
    const lig = st.ligatureSets!.get(index).find((l) => i + l.components.length < ids.length && l.components.every((c, k) => ids[i + 1 + k] === c));
    if (lig) return lig;
  }
  return undefined;
}

/**
 * fontkit's ligature substitution over a word whose other glyphs start nothing: each ligature lookup in
 * order, over the glyphs as the earlier ones left them, a matching ligature replacing the glyph and its
 * components (whose characters the ligature then stands for).
 */
function ligate(sp: ScriptPlan, ids: number[], cps: number[][]): void {
  for (const subtables of sp.ligatures) {
    for (let i = 0; i < ids.length; i++) {
      const lig = ligatureAt(subtables, ids, i);
      if (!lig) continue;
      const n = lig.components.length + 1;
      ids.splice(i, n, lig.glyph);
      cps.splice(i, n, cps.slice(i, i + n).flat());
    }
  }
}

/** A Coverage table read from the font's bytes, in the shape fontkit decodes it to. */
export function rawCoverage(view: DataView, at: number): Coverage | null {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    const glyphs: number[] = [];
    for (let i = 0; i < count; i++) glyphs.push(view.getUint16(at + 4 + 2 * i));
    return { version: 1, glyphs };
  }
  if (format !== 2) return null;
  const rangeRecords: { start: number; end: number; startCoverageIndex: number }[] = [];
  for (let i = 0, r = at + 4; i < count; i++, r += 6) {
    rangeRecords.push({ start: view.getUint16(r), end: view.getUint16(r + 2), startCoverageIndex: view.getUint16(r + 4) });
  }
  return { version: 2, rangeRecords };
}

/** Where GPOS lookup `index` starts in the font's bytes, with its type and flag; null without GPOS or past the list. */
export function gposLookupAt(font: ShapeableFont, index: number): { view: DataView; at: number; lookupType: number; flag: number } | null {
  const bytes = font.stream?.buffer;
  const gpos = font.directory?.tables['GPOS']?.offset;
  if (!bytes || gpos === undefined) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = gpos + view.getUint16(gpos + 8);
  if (index >= view.getUint16(list)) return null;
  const at = list + view.getUint16(list + 2 + 2 * index);
  return { view, at, lookupType: view.getUint16(at), flag: view.getUint16(at + 2) };
}

/** A ClassDef table read from the font's bytes, in the shape fontkit decodes it to. */
function rawClassDef(view: DataView, at: number): ClassDef | null {
  const format = view.getUint16(at);
  if (format === 1) {
    const startGlyph = view.getUint16(at + 2);
    const classValueArray: number[] = [];
    for (let i = 0, n = view.getUint16(at + 4); i < n; i++) classValueArray.push(view.getUint16(at + 6 + 2 * i));
    return { version: 1, startGlyph, classValueArray };
  }
  if (format !== 2) return null;
  const classRangeRecord: { start: number; end: number; class: number }[] = [];
  for (let i = 0, n = view.getUint16(at + 2), r = at + 4; i < n; i++, r += 6) {
    classRangeRecord.push({ start: view.getUint16(r), end: view.getUint16(r + 2), class: view.getUint16(r + 4) });
  }
  return { version: 2, classRangeRecord };
}

/** A ValueRecord's fields in their order in the font (device table offsets after them are not read). */
const VALUE_FIELDS = ['xPlacement', 'yPlacement', 'xAdvance', 'yAdvance'] as const;

function valueSize(format: number): number {
  let n = 0;
  for (let bit = 0; bit < 16; bit++) if (format & (1 << bit)) n += 2;
  return n;
}

function rawValue(view: DataView, at: number, format: number): ValueRecord {
  const v: ValueRecord = {};
  let p = at;
  VALUE_FIELDS.forEach((field, bit) => {
    if (format & (1 << bit)) {
      v[field] = view.getInt16(p);
      p += 2;
    }
  });
  return v;
}

/**
 * A GPOS pair adjustment lookup (type 2) with what pairKern reads, each pair set and class record read from
 * the font's bytes when first asked for; or null for any other lookup. fontkit decodes a kerning lookup
 * whole (every pair set, the full class matrix) the first time a font kerns a word: most of a first
 * sheet's layout-table cost, for the few dozen pairs a sheet meets.
 */
export function pairLookup(font: ShapeableFont, index: number): Lookup | null {
  const found = gposLookupAt(font, index);
  if (!found) return null;
  const { view, at, lookupType, flag } = found;
  if (lookupType !== 2) return null;
  const subTables: Subtable[] = [];
  for (let i = 0, n = view.getUint16(at + 4); i < n; i++) {
    const st = at + view.getUint16(at + 6 + 2 * i);
    const format = view.getUint16(st);
    const coverage = rawCoverage(view, st + view.getUint16(st + 2));
    if (!coverage) return null;
    const format1 = view.getUint16(st + 4);
    const format2 = view.getUint16(st + 6);
    const size1 = valueSize(format1);
    const size2 = valueSize(format2);
    if (format === 1) {
      const count = view.getUint16(st + 8);
      const sets = new Map<number, { secondGlyph: number; value1: ValueRecord; value2: ValueRecord }[]>();
      subTables.push({
        version: 1,
        coverage,
        pairSets: {
          get(k: number) {
            let set = sets.get(k);
            if (!set) {
              set = [];
              if (k < count) {
                const ps = st + view.getUint16(st + 10 + 2 * k);
                for (let j = 0, m = view.getUint16(ps), r = ps + 2; j < m; j++, r += 2 + size1 + size2) {
                  set.push({ secondGlyph: view.getUint16(r), value1: rawValue(view, r + 2, format1), value2: rawValue(view, r + 2 + size1, format2) });
                }
              }
              sets.set(k, set);
            }
            return set;
          },
        },
      });
    } else if (format === 2) {
      const classDef1 = rawClassDef(view, st + view.getUint16(st + 8));
      const classDef2 = rawClassDef(view, st + view.getUint16(st + 10));
      if (!classDef1 || !classDef2) return null;
      const count1 = view.getUint16(st + 12);
      const count2 = view.getUint16(st + 14);
      const recordSize = size1 + size2;
      subTables.push({
        version: 2,
        coverage,
        classDef1,
        classDef2,
        classRecords: {
          // As fontkit's arrays: a class past the counts has no record.
          get(c1: number) {
            if (c1 < 0 || c1 >= count1) return undefined;
            return {
              get(c2: number) {
                if (c2 < 0 || c2 >= count2) return undefined as unknown as { value1?: ValueRecord; value2?: ValueRecord };
                const r = st + 16 + (c1 * count2 + c2) * recordSize;
                return { value1: rawValue(view, r, format1), value2: rawValue(view, r + size1, format2) };
              },
            };
          },
        },
      });
    } else return null;
  }
  return { lookupType: 2, flags: { flags: { ignoreBaseGlyphs: (flag & 2) !== 0, ignoreLigatures: (flag & 4) !== 0 } }, subTables };
}

/** fontkit's pair adjustment for adjacent glyphs a, b: [x advance added to a, to b]; null if not plain. */
function pairKern(sp: ScriptPlan, a: number, b: number): readonly [number, number] | null {
  let da = 0;
  let db = 0;
  const add = (v: ValueRecord | undefined, first: boolean): boolean => {
    if (!v) return true;
    if ((v.yAdvance ?? 0) !== 0 || (v.xPlacement ?? 0) !== 0 || (v.yPlacement ?? 0) !== 0) return false;
    if (first) da += v.xAdvance ?? 0;
    else db += v.xAdvance ?? 0;
    return true;
  };
  for (const lookup of sp.kern) {
    for (const st of lookup.subTables) {
      const index = coverageIndex(st.coverage!, a);
      if (index === -1) continue;
      if (st.version === 1) {
        const pair = st.pairSets!.get(index).find((p) => p.secondGlyph === b);
        if (!pair) continue;
        if (!add(pair.value1, true) || !add(pair.value2, false)) return null;
        break;
      }
      if (st.version !== 2) return null;
      const pair = st.classRecords!.get(classId(a, st.classDef1!))?.get(classId(b, st.classDef2!));
      if (!pair) return null;
      if (!add(pair.value1, true) || !add(pair.value2, false)) return null;
      break;
    }
  }
  return [da, db];
}

/**
 * `text` shaped as fontkit would and scaled as pdfkit's EmbeddedFont.layoutRun does, or null when the word
 * is not plain or the font has no data (the caller then shapes it with fontkit).
 */
export function shapePlain(font: ShapeableFont, text: string, data: FontData | null): ShapedRun | null {
  const n = text.length;
  if (n === 0 || !data) return null;
  const plan = fontPlan(font, data);
  const chars: Served[] = [];
  let tag: ScriptTag = 'zzzz';
  for (let i = 0; i < n; i++) {
    // Every served character is in the BMP below CP_LIMIT: a surrogate (or anything above) is not served.
    const cp = text.charCodeAt(i);
    if (cp >= CP_LIMIT) return null;
    let c = plan.served[cp];
    if (c === undefined) c = serve(font, plan, cp);
    if (c === null) return null;
    if (tag === 'zzzz') tag = c.script;
    chars.push(c);
  }
  const sp = planFor(font, plan, tag);
  if (!sp) return null;
  const ids = chars.map((c) => c.glyph.id);
  let ligated: number[][] | null = null;
  for (let i = 0; i < n; i++) {
    const v = sp.verdict(ids[i]!);
    if (v === false) return null;
    if (v !== true && !ligated && ligatureAt(v, ids, i)) ligated = [];
  }
  if (ligated) {
    // A ligature forms: fontkit's substitution is followed, as long as what it makes starts nothing more
    // (judged with every ligature a word can form among the glyphs, so a ligature glyph has its verdict).
    if (!sp.ligaturesAdjacent) return null;
    const cps = chars.map((c) => c.glyph.codePoints);
    ligate(sp, ids, cps);
    for (let i = 0; i < ids.length; i++) if (cps[i]!.length > 1 && sp.verdict(ids[i]!) !== true) return null;
    ligated = cps;
  }
  const count = ids.length;
  const served = ligated ? ligated.map((group, i) => (group.length === 1 ? plan.served[group[0]!]! : ligatureServed(font, plan, ids[i]!, group))) : chars;

  let pairs = plan.pairs.get(tag);
  if (!pairs) {
    pairs = new Map();
    plan.pairs.set(tag, pairs);
  }
  const kerned = new Array<number>(count).fill(0);
  for (let i = 0; i + 1 < count; i++) {
    const key = ids[i]! * 65536 + ids[i + 1]!;
    let k = pairs.get(key);
    if (k === undefined) {
      k = pairKern(sp, ids[i]!, ids[i + 1]!);
      pairs.set(key, k);
    }
    if (!k) return null;
    kerned[i] = kerned[i]! + k[0];
    kerned[i + 1] = kerned[i + 1]! + k[1];
  }

  const scale = plan.scale;
  const glyphs: ShapedGlyph[] = [];
  const positions: ShapedPosition[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < count; i++) {
    const c = served[i]!;
    glyphs.push(c.glyph);
    // pdfkit scales each field of fontkit's position (advance + kerning), then sets advanceWidth from the glyph.
    const position =
      kerned[i] === 0
        ? c.position
        : { xAdvance: (c.glyph.advanceWidth + kerned[i]!) * scale, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: c.position.advanceWidth };
    positions.push(position);
    advanceWidth += position.xAdvance;
  }
  return { glyphs, positions, advanceWidth, direction: 'ltr' };
}
