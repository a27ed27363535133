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
 * computes, from the font's own tables. Everything else (marks, contextual starts such as "i" before a
 * combining accent, right-to-left and other scripts, default-ignorable characters) returns null, and the
 * caller shapes with fontkit as before. tests/render-shape.test.ts compares the two.
 *
 * For the shipped fonts that judgement is made at build time (fontData, written to shape-data.ts by
 * scripts/shape-data.ts), so a fresh process neither decodes GSUB nor judges glyphs; kerning is read from
 * the font's bytes pair by pair (pairLookup). A font without data is judged at run time as before.
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

/* The parts of fontkit's decoded OpenType tables read here (not in its public typings). */
type Coverage = { version: number; glyphs?: number[]; rangeRecords?: { start: number; end: number; startCoverageIndex: number }[] };
type ClassDef = { version: number; startGlyph?: number; classValueArray?: number[]; classRangeRecord?: { start: number; end: number; class: number }[] };
interface ValueRecord {
  xAdvance?: number | null;
  yAdvance?: number | null;
  xPlacement?: number | null;
  yPlacement?: number | null;
}
interface LookupFlags {
  flags: { ignoreBaseGlyphs: boolean; ignoreLigatures: boolean };
}
interface Lookup {
  lookupType: number;
  flags: LookupFlags;
  subTables: Subtable[];
}
/** A lookup subtable: the union of the fields the kinds read here use. */
interface Subtable {
  version: number;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  ligatureSets?: { get(i: number): { glyph: number; components: number[] }[] };
  ruleSets?: { input: number[] }[][];
  classSet?: ({ classes: number[] }[] | null)[];
  classDef?: ClassDef;
  chainRuleSets?: { backtrack: number[]; input: number[]; lookahead: number[] }[][];
  chainClassSet?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
  pairSets?: { get(i: number): { secondGlyph: number; value1?: ValueRecord; value2?: ValueRecord }[] };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(i: number): { get(j: number): { value1?: ValueRecord; value2?: ValueRecord } } | undefined };
}
interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): Lookup };
}
export interface ShapeableFont {
  unitsPerEm: number;
  GSUB?: LayoutTable | null;
  GPOS?: LayoutTable | null;
  GDEF?: { glyphClassDef?: ClassDef | null } | null;
  _cmapProcessor: { lookup(cp: number): number };
  hmtx: { metrics: { length: number; get(i: number): { advance: number } } };
  /** The font file's bytes and table directory: mark lookups are read from them (markLookup). */
  stream?: { buffer: Uint8Array };
  directory?: { tables: Record<string, { offset: number } | undefined> };
}

/** The features fontkit's default shaper applies to a left-to-right run (fractions need U+2044: excluded). */
const FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

/** The scripts served here, by fontkit's tag for a word's first non-common character (zzzz: none). */
type ScriptTag = 'latn' | 'cyrl' | 'grek' | 'zzzz';

/** The code point ranges considered at all: Latin, Greek, Cyrillic, general punctuation and currency. */
const RANGES: [number, number][] = [
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
 * process, for all the ranges at once: a few global matches over one string instead of testing thousands of
 * characters one by one against each script (most of a first font's plan).
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

function coverageIndex(c: Coverage, g: number): number {
  if (c.version === 1) return c.glyphs!.indexOf(g);
  for (const r of c.rangeRecords ?? []) if (r.start <= g && g <= r.end) return r.startCoverageIndex + g - r.start;
  return -1;
}

function covers(c: Coverage | undefined, g: number): boolean {
  return c !== undefined && coverageIndex(c, g) !== -1;
}

function coverageGlyphs(c: Coverage): number[] {
  if (c.version === 1) return [...c.glyphs!];
  const out: number[] = [];
  for (const r of c.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

/** fontkit's OTProcessor.getClassID. */
function classId(g: number, cd: ClassDef): number {
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

type Kind = 'GSUB' | 'GPOS';
interface Rule {
  kind: Kind;
  type: number;
  st: Subtable;
  ignoresBase: boolean;
}

/** A ligature lookup's subtables, applied in lookup order like every other lookup. */
type LigatureLookup = Subtable[];

/**
 * Whether a glyph may be shaped here: no (false), yes (true), or yes unless one of these ligatures forms
 * with the glyphs that follow it in the word ("f" in a font with fi/fl ligatures).
 */
type Verdict = boolean | Subtable[];

interface ScriptPlan {
  /** Every subtable of the script's features but pair kerning: a glyph that can start one is not plain. */
  rules: Rule[];
  kern: Lookup[];
  ligatures: LigatureLookup[];
  /**
   * Whether a formed ligature can be shaped here: no kerning or ligature lookup skips ligature glyphs
   * (which would make glyphs around one adjacent for it).
   */
  ligaturesAdjacent: boolean;
  /** Per glyph, judged on first use: whether any rule can start from it within a word of candidate glyphs. */
  plain: Map<number, Verdict>;
  /** Verdicts judged when the font data was generated (shape-data.ts), in place of the rules. */
  fixed?: (g: number) => Verdict;
}

interface FontPlan {
  scale: number;
  /** The font's generated plans, when there are any (else its tables are decoded at run time). */
  data: FontData | null;
  /** Glyphs of every served character, less the ones GDEF calls marks or ligatures: what a word may hold. */
  candidates: Set<number>;
  plans: Map<ScriptTag, ScriptPlan | null>;
  /** Per rule, whether its sequences other than the start can all be met by candidates. */
  feasible: WeakMap<Subtable, boolean>;
  classesIn: WeakMap<ClassDef, Set<number>>;
  glyphOf: Map<number, number>;
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
const CP_LIMIT = 0x20d0;

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

function serve(font: ShapeableFont, plan: FontPlan, cp: number): Served | null {
  const id = plan.glyphOf.get(cp) ?? 0;
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

/** A Coverage table read from the font's bytes, in the shape fontkit decodes it to. */
function rawCoverage(view: DataView, at: number): Coverage | null {
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
function gposLookupAt(font: ShapeableFont, index: number): { view: DataView; at: number; lookupType: number; flag: number } | null {
  const bytes = font.stream?.buffer;
  const gpos = font.directory?.tables['GPOS']?.offset;
  if (!bytes || gpos === undefined) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const list = gpos + view.getUint16(gpos + 8);
  if (index >= view.getUint16(list)) return null;
  const at = list + view.getUint16(list + 2 + 2 * index);
  return { view, at, lookupType: view.getUint16(at), flag: view.getUint16(at + 2) };
}

/**
 * A GPOS mark attachment lookup (types 4–6) with only what startsAt reads, its mark coverage, taken from the
 * font's bytes; or null for any other lookup (fontkit decodes those). fontkit decodes such a lookup whole,
 * every anchor of every base and mark: most of the cost of a font's first shaped word, for one coverage.
 */
export function markLookup(font: ShapeableFont, index: number): Lookup | null {
  const found = gposLookupAt(font, index);
  if (!found) return null;
  const { view, at, lookupType, flag } = found;
  if (lookupType < 4 || lookupType > 6) return null;
  const subTables: Subtable[] = [];
  for (let i = 0, n = view.getUint16(at + 4); i < n; i++) {
    const st = at + view.getUint16(at + 6 + 2 * i);
    if (view.getUint16(st) !== 1) return null;
    const coverage = rawCoverage(view, st + view.getUint16(st + 2));
    if (!coverage) return null;
    // fontkit's `version` of a GPOS subtable is its lookup type.
    subTables.push(lookupType === 6 ? { version: 6, mark1Coverage: coverage } : { version: lookupType, markCoverage: coverage });
  }
  // fontkit's LookupFlag bits: rightToLeft, ignoreBaseGlyphs, ignoreLigatures, …
  return { lookupType, flags: { flags: { ignoreBaseGlyphs: (flag & 2) !== 0, ignoreLigatures: (flag & 4) !== 0 } }, subTables };
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

/** fontkit's OTProcessor.selectScript: the script's own entry, else DFLT, dflt, latn. */
function lookupsFor<T = Lookup>(
  table: LayoutTable,
  tag: ScriptTag,
  only?: string,
  decode: (i: number) => T = (i) => table.lookupList.get(i) as T,
): T[] | null {
  const entry =
    table.scriptList.find((s) => s.tag === tag) ?? ['DFLT', 'dflt', 'latn'].map((t) => table.scriptList.find((s) => s.tag === t)).find(Boolean);
  const langSys = entry?.script.defaultLangSys;
  if (!langSys) return [];
  const indexes = new Set<number>();
  for (const fi of langSys.featureIndexes) {
    const record = table.featureList[fi];
    if (!record) return null;
    if (only ? record.tag === only : FEATURES.has(record.tag)) for (const li of record.feature.lookupListIndexes) indexes.add(li);
  }
  return [...indexes].sort((a, b) => a - b).map(decode);
}

function scriptPlan(font: ShapeableFont, tag: ScriptTag): ScriptPlan | null {
  // Without a GPOS kern feature fontkit kerns from the old `kern` table instead: not done here.
  // Only the kern feature's lookup count is wanted here: none is decoded.
  const gpos = font.GPOS ? lookupsFor(font.GPOS, tag, 'kern', (i) => i) : null;
  if (!gpos || gpos.length === 0) return null;
  const rules: Rule[] = [];
  const kern: Lookup[] = [];
  const ligatures: LigatureLookup[] = [];
  let ligaturesAdjacent = true;
  for (const kind of ['GSUB', 'GPOS'] as const) {
    const table = font[kind];
    if (!table) continue;
    const lookups =
      kind === 'GPOS' ? lookupsFor(table, tag, undefined, (i) => markLookup(font, i) ?? pairLookup(font, i) ?? table.lookupList.get(i)) : lookupsFor(table, tag);
    if (!lookups) return null;
    for (const lookup of lookups) {
      if (kind === 'GPOS' && lookup.lookupType === 2) {
        if (lookup.flags.flags.ignoreBaseGlyphs) return null;
        if (lookup.flags.flags.ignoreLigatures) ligaturesAdjacent = false;
        kern.push(lookup);
      } else {
        const ignoresBase = lookup.flags.flags.ignoreBaseGlyphs;
        for (const st of lookup.subTables) rules.push({ kind, type: lookup.lookupType, st, ignoresBase });
        if (kind === 'GSUB' && lookup.lookupType === 4) {
          ligatures.push(lookup.subTables);
          if (lookup.flags.flags.ignoreLigatures) ligaturesAdjacent = false;
        }
      }
    }
  }
  return { rules, kern, ligatures, ligaturesAdjacent, plain: new Map() };
}

function classesIn(plan: FontPlan, cd: ClassDef): Set<number> {
  let set = plan.classesIn.get(cd);
  if (!set) {
    set = new Set([...plan.candidates].map((g) => classId(g, cd)));
    plan.classesIn.set(cd, set);
  }
  return set;
}

/** Whether a context rule's sequences (all but the start) can be met by candidate glyphs. */
function feasible(plan: FontPlan, st: Subtable, chained: boolean): boolean {
  let ok = plan.feasible.get(st);
  if (ok === undefined) {
    const seqs = chained ? [...st.backtrackCoverage!, ...st.inputCoverage!.slice(1), ...st.lookaheadCoverage!] : st.coverages!.slice(1);
    ok = seqs.every((c) => coverageGlyphs(c).some((g) => plan.candidates.has(g)));
    plan.feasible.set(st, ok);
  }
  return ok;
}

/**
 * Whether `rule` can start from glyph g in a word made of candidate glyphs (true when the kind of rule is
 * not understood here: the glyph is then left to fontkit).
 */
function startsAt(plan: FontPlan, { kind, type, st }: Rule, g: number): boolean {
  const cand = plan.candidates;
  const context = kind === 'GSUB' ? type === 5 || type === 6 : type === 7 || type === 8;
  const chained = kind === 'GSUB' ? type === 6 : type === 8;
  if (kind === 'GSUB' && (type === 1 || type === 2 || type === 3)) return covers(st.coverage, g);
  if (kind === 'GPOS' && (type === 1 || type === 3)) return covers(st.coverage, g);
  if (kind === 'GPOS' && (type === 4 || type === 5)) return covers(st.markCoverage, g);
  if (kind === 'GPOS' && type === 6) return covers(st.mark1Coverage, g);
  if (kind === 'GSUB' && type === 4) {
    // A ligature forms only when all its components can follow within the word.
    const i = coverageIndex(st.coverage!, g);
    return i !== -1 && st.ligatureSets!.get(i).some((l) => l.components.every((c) => cand.has(c)));
  }
  if (context && st.version === 3) return covers(chained ? st.inputCoverage![0] : st.coverages![0], g) && feasible(plan, st, chained);
  if (context && st.version === 1) {
    const i = coverageIndex(st.coverage!, g);
    if (i === -1) return false;
    const sequences = chained
      ? (st.chainRuleSets![i] ?? []).map((r) => [...r.backtrack, ...r.input, ...r.lookahead])
      : (st.ruleSets![i] ?? []).map((r) => r.input);
    return sequences.some((seq) => seq.every((x) => cand.has(x)));
  }
  if (context && st.version === 2) {
    if (!covers(st.coverage, g)) return false;
    const inputDef = chained ? st.inputClassDef! : st.classDef!;
    const inInput = classesIn(plan, inputDef);
    const rules = (chained ? st.chainClassSet! : st.classSet!)[classId(g, inputDef)] ?? [];
    return rules.some((r) => {
      if (!('backtrack' in r)) return r.classes.every((c) => inInput.has(c));
      const inBack = classesIn(plan, st.backtrackClassDef!);
      const inAhead = classesIn(plan, st.lookaheadClassDef!);
      return r.backtrack.every((c) => inBack.has(c)) && r.input.every((c) => inInput.has(c)) && r.lookahead.every((c) => inAhead.has(c));
    });
  }
  return true;
}

function verdict(plan: FontPlan, sp: ScriptPlan, g: number): Verdict {
  if (sp.fixed) return sp.fixed(g);
  let v = sp.plain.get(g);
  if (v === undefined) {
    v = plan.candidates.has(g);
    const ligatures: Subtable[] = [];
    for (const rule of sp.rules) {
      if (!v || !startsAt(plan, rule, g)) continue;
      if (rule.kind === 'GSUB' && rule.type === 4 && !rule.ignoresBase) ligatures.push(rule.st);
      else v = false;
    }
    if (v && ligatures.length > 0) v = ligatures;
    sp.plain.set(g, v);
  }
  return v;
}

/** Whether a ligature of these subtables starts at ids[i] (fontkit's ligature substitution: the components equal the glyphs that follow). */
function formsLigature(subtables: Subtable[], ids: number[], i: number): boolean {
  for (const st of subtables) {
    const index = coverageIndex(st.coverage!, ids[i]!);
    if (index === -1) continue;
    for (const { components } of st.ligatureSets!.get(index)) {
      if (i + components.length < ids.length && components.every((c, k) => ids[i + 1 + k] === c)) return true;
    }
  }
  return false;
}

/**
 * fontkit's ligature substitution over a word whose other glyphs start nothing: each ligature lookup in
 * order, over the glyphs as the earlier ones left them, the first subtable with a matching ligature
 * replacing the glyph and its components (whose characters the ligature then stands for).
 */
function ligate(sp: ScriptPlan, ids: number[], cps: number[][]): void {
  for (const subtables of sp.ligatures) {
    for (let i = 0; i < ids.length; i++) {
      for (const st of subtables) {
        const index = coverageIndex(st.coverage!, ids[i]!);
        if (index === -1) continue;
        const lig = st.ligatureSets!.get(index).find(
          (l) => i + l.components.length < ids.length && l.components.every((c, k) => ids[i + 1 + k] === c),
        );
        if (!lig) continue;
        const n = lig.components.length + 1;
        ids.splice(i, n, lig.glyph);
        cps.splice(i, n, cps.slice(i, i + n).flat());
        break;
      }
    }
  }
}

/**
 * A ligature glyph met in a word joins the glyphs a word may hold. Every verdict is judged again from then
 * on (more glyphs can only make more rules possible); words shaped before held none of it, so stay right.
 */
function addCandidate(plan: FontPlan, g: number): void {
  plan.candidates.add(g);
  plan.feasible = new WeakMap();
  plan.classesIn = new WeakMap();
  for (const sp of plan.plans.values()) sp?.plain.clear();
}

function fontPlan(font: ShapeableFont, data: FontData | null = null): FontPlan {
  let plan = plans.get(font);
  if (plan) return plan;
  const glyphOf = new Map<number, number>();
  const candidates = new Set<number>();
  if (data?.cmap) {
    // The same maps as below, as generated: no cmap lookup per served character, no GDEF decoded.
    const skipped = new Set(data.skipped);
    for (const [cp, g, n] of data.cmap) {
      for (let i = 0; i < n; i++) {
        glyphOf.set(cp + i, g + i);
        if (!skipped.has(g + i)) candidates.add(g + i);
      }
    }
  }
  const classDef = data?.cmap ? null : font.GDEF?.glyphClassDef;
  if (!data?.cmap) for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const g = scriptOf(cp) ? font._cmapProcessor.lookup(cp) : 0;
      glyphOf.set(cp, g);
      // Marks and ligatures may be skipped by a lookup's flags, which would pair glyphs that are not adjacent.
      if (g !== 0 && !(classDef && classId(g, classDef) >= 2)) candidates.add(g);
    }
  }
  plan = {
    scale: 1000 / font.unitsPerEm,
    data,
    candidates,
    plans: new Map(),
    feasible: new WeakMap(),
    classesIn: new WeakMap(),
    glyphOf,
    served: new Array<Served | null | undefined>(CP_LIMIT).fill(undefined),
    ligatures: new Map(),
    pairs: new Map(),
  };
  plans.set(font, plan);
  return plan;
}

function planFor(font: ShapeableFont, plan: FontPlan, tag: ScriptTag): ScriptPlan | null {
  let p = plan.plans.get(tag);
  if (p === undefined) {
    const data = plan.data?.[tag];
    p = data === undefined ? scriptPlan(font, tag) : data && dataPlan(font, data);
    plan.plans.set(tag, p);
  }
  return p;
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
 * is not plain (the caller then shapes it with fontkit).
 */
export function shapePlain(font: ShapeableFont, text: string, data: FontData | null = null): ShapedRun | null {
  const plan = fontPlan(font, data);
  const n = text.length;
  if (n === 0) return null;
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
    const v = verdict(plan, sp, ids[i]!);
    if (v === false) return null;
    if (v !== true && !ligated && formsLigature(v, ids, i)) ligated = [];
  }
  if (ligated) {
    // A ligature forms: fontkit's substitution is followed, as long as what it makes starts nothing more.
    if (!sp.ligaturesAdjacent) return null;
    const cps = chars.map((c) => c.glyph.codePoints);
    ligate(sp, ids, cps);
    for (let i = 0; i < ids.length; i++) {
      if (cps[i]!.length === 1) continue;
      if (!plan.candidates.has(ids[i]!)) {
        addCandidate(plan, ids[i]!);
        return shapePlain(font, text, data);
      }
      if (verdict(plan, sp, ids[i]!) !== true) return null;
    }
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

/**
 * What a font's script plan comes to, worked out from its tables once at build time (scripts/shape-data.ts
 * writes render/shape-data.ts): which glyphs are plain, which start ligatures and which ligatures, and the
 * indexes of the kerning lookups. Decoding GSUB and judging each glyph against its rules was most of a
 * first sheet's shaping cost. null for a script: words in it are left to fontkit.
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
export type FontData = Partial<Record<ScriptTag, ScriptData | null>> & {
  /** Served characters' glyphs, as runs [first code point, its glyph, count] of consecutive both. */
  cmap?: [number, number, number][];
  /** Glyphs of served characters that GDEF calls marks or ligatures: not candidates. */
  skipped?: number[];
};

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
  const fixed = (g: number): Verdict => {
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
  return { rules: [], kern, ligatures, ligaturesAdjacent: data.adjacent, plain: new Map(), fixed };
}

/**
 * A font's data for shape-data.ts, from its decoded tables. Verdicts are judged with every ligature glyph
 * a word could come to hold already among the candidates: a superset of what any run meets, so each plain
 * verdict stays exact (more candidates only make more rules possible).
 */
export function fontData(font: ShapeableFont): FontData {
  const plan = fontPlan(font);
  plans.delete(font);
  const initial = new Set(plan.candidates);
  const tags: ScriptTag[] = ['latn', 'cyrl', 'grek', 'zzzz'];
  const sps = new Map(tags.map((tag) => [tag, scriptPlan(font, tag)] as const));
  for (let grown = true; grown; ) {
    grown = false;
    for (const sp of sps.values()) {
      for (const lookup of sp?.ligatures ?? []) {
        for (const st of lookup) {
          for (const first of coverageGlyphs(st.coverage!)) {
            if (!plan.candidates.has(first)) continue;
            const i = coverageIndex(st.coverage!, first);
            for (const l of st.ligatureSets!.get(i)) {
              if (!plan.candidates.has(l.glyph) && l.components.every((c) => plan.candidates.has(c))) {
                plan.candidates.add(l.glyph);
                grown = true;
              }
            }
          }
        }
      }
    }
  }
  const cmap: [number, number, number][] = [];
  const skipped = new Set<number>();
  for (const [cp, g] of [...plan.glyphOf].sort((a, b) => a[0] - b[0])) {
    if (g === 0) continue;
    if (!initial.has(g)) skipped.add(g);
    const last = cmap.at(-1);
    if (last && last[0] + last[2] === cp && last[1] + last[2] === g) last[2]++;
    else cmap.push([cp, g, 1]);
  }
  const out: FontData = { cmap, skipped: [...skipped].sort((a, b) => a - b) };
  for (const tag of tags) {
    const sp = sps.get(tag)!;
    if (!sp) {
      out[tag] = null;
      continue;
    }
    const kern = lookupsFor(font.GPOS!, tag, 'kern', (i) => i)!;
    const plain: [number, number][] = [];
    const starts: [number, ...[number, number][]][] = [];
    for (const g of [...plan.candidates].sort((a, b) => a - b)) {
      const v = verdict(plan, sp, g);
      if (v === true) {
        const last = plain.at(-1);
        if (last && last[1] === g - 1) last[1] = g;
        else plain.push([g, g]);
      } else if (v !== false) {
        starts.push([g, ...v.map((st): [number, number] => {
          const l = sp.ligatures.findIndex((lookup) => lookup.includes(st));
          return [l, sp.ligatures[l]!.indexOf(st)];
        })]);
      }
    }
    // Only the ligatures a word of candidates can form are kept.
    const ligatures = sp.ligatures.map((lookup) =>
      lookup.map((st) => {
        const entries: number[][] = [];
        for (const first of coverageGlyphs(st.coverage!)) {
          if (!plan.candidates.has(first)) continue;
          for (const l of st.ligatureSets!.get(coverageIndex(st.coverage!, first))) {
            if (l.components.every((c) => plan.candidates.has(c))) entries.push([first, l.glyph, ...l.components]);
          }
        }
        return entries;
      }),
    );
    out[tag] = { adjacent: sp.ligaturesAdjacent, kern, ligatures, plain, starts };
  }
  return out;
}
