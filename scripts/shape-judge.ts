/**
 * The build-time half of render/shape.ts: judges, from a font's decoded GSUB and GPOS tables, which glyphs
 * the run-time shaper may take (FontData), for scripts/shape-data.ts to write into render/shape-data.ts.
 * Kept out of the Lambda asset: a process shapes from the judged data and never decodes GSUB.
 *
 * A glyph is plain when no rule of the features fontkit applies to its script can start from it within a
 * word of candidate glyphs (every served character's glyph, less GDEF marks and ligatures, plus every
 * ligature such glyphs can form); a glyph that can start only ligatures keeps those ligatures, which the
 * shaper forms as fontkit does.
 */
import {
  classId,
  coverageIndex,
  gposLookupAt,
  pairLookup,
  RANGES,
  rawCoverage,
  scriptOf,
  type ClassDef,
  type Coverage,
  type FontData,
  type Lookup,
  type ScriptData,
  type ScriptTag,
  type ShapeableFont,
  type Subtable,
} from '../functions/pipeline/render/shape.ts';

/** The kinds of subtable a rule can come from: substitutions, positionings, and the contexts that start them. */
export interface JudgedSubtable extends Subtable {
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  backtrackCoverage?: Coverage[];
  lookaheadCoverage?: Coverage[];
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  ruleSets?: { input: number[] }[][];
  classSet?: ({ classes: number[] }[] | null)[];
  classDef?: ClassDef;
  chainRuleSets?: { backtrack: number[]; input: number[]; lookahead: number[] }[][];
  chainClassSet?: ({ backtrack: number[]; input: number[]; lookahead: number[] }[] | null)[];
  backtrackClassDef?: ClassDef;
  inputClassDef?: ClassDef;
  lookaheadClassDef?: ClassDef;
}
interface LayoutTable {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): Lookup<JudgedSubtable> };
}
/** What the judge reads of a fontkit font besides what the shaper reads. */
export interface JudgedFont extends ShapeableFont {
  GSUB?: LayoutTable | null;
  GPOS?: LayoutTable | null;
  GDEF?: { glyphClassDef?: ClassDef | null } | null;
  _cmapProcessor: { lookup(cp: number): number };
}

/** The features fontkit's default shaper applies to a left-to-right run (fractions need U+2044: excluded). */
const FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern']);

const TAGS: readonly ScriptTag[] = ['latn', 'cyrl', 'grek', 'zzzz'];

function covers(c: Coverage | undefined, g: number): boolean {
  return c !== undefined && coverageIndex(c, g) !== -1;
}

function coverageGlyphs(c: Coverage): number[] {
  if (c.version === 1) return [...c.glyphs!];
  const out: number[] = [];
  for (const r of c.rangeRecords ?? []) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

type Kind = 'GSUB' | 'GPOS';
interface Rule {
  kind: Kind;
  type: number;
  st: JudgedSubtable;
  ignoresBase: boolean;
}

interface ScriptPlan {
  /** Every subtable of the script's features but pair kerning: a glyph that can start one is not plain. */
  rules: Rule[];
  /** Per ligature lookup, its subtables. */
  ligatures: JudgedSubtable[][];
  /** No kerning or ligature lookup skips ligature glyphs (which would make glyphs around one adjacent for it). */
  ligaturesAdjacent: boolean;
}

/** The glyphs a word may hold, and what was worked out from them. */
interface Judge {
  candidates: Set<number>;
  /** Per context rule, whether its sequences other than the start can all be met by candidates. */
  feasible: WeakMap<JudgedSubtable, boolean>;
  classesIn: WeakMap<ClassDef, Set<number>>;
}

/**
 * A GPOS mark attachment lookup (types 4–6) with only what startsAt reads, its mark coverage, taken from the
 * font's bytes; or null for any other lookup (fontkit decodes those). fontkit decodes such a lookup whole,
 * every anchor of every base and mark, for one coverage (when glyphs were judged at run time, that was most
 * of the cost of a font's first shaped word; here it keeps the generator and its currency test quick).
 */
export function markLookup(font: JudgedFont, index: number): Lookup<JudgedSubtable> | null {
  const found = gposLookupAt(font, index);
  if (!found) return null;
  const { view, at, lookupType, flag } = found;
  if (lookupType < 4 || lookupType > 6) return null;
  const subTables: JudgedSubtable[] = [];
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

/** fontkit's OTProcessor.selectScript: the script's own entry, else DFLT, dflt, latn. */
function lookupsFor<T = Lookup<JudgedSubtable>>(
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

function scriptPlan(font: JudgedFont, tag: ScriptTag): ScriptPlan | null {
  // Without a GPOS kern feature fontkit kerns from the old `kern` table instead: not done by the shaper.
  // Only the kern feature's lookup count is wanted here: none is decoded.
  const gpos = font.GPOS ? lookupsFor(font.GPOS, tag, 'kern', (i) => i) : null;
  if (!gpos || gpos.length === 0) return null;
  const rules: Rule[] = [];
  const ligatures: JudgedSubtable[][] = [];
  let ligaturesAdjacent = true;
  for (const kind of ['GSUB', 'GPOS'] as const) {
    const table = font[kind];
    if (!table) continue;
    // Mark and kerning lookups read from the bytes: fontkit decodes them whole (every anchor, every pair).
    const decode = (i: number): Lookup<JudgedSubtable> => markLookup(font, i) ?? pairLookup(font, i) ?? table.lookupList.get(i);
    const lookups = kind === 'GPOS' ? lookupsFor(table, tag, undefined, decode) : lookupsFor(table, tag);
    if (!lookups) return null;
    for (const lookup of lookups) {
      if (kind === 'GPOS' && lookup.lookupType === 2) {
        // Pair kerning is what the shaper does itself, as long as it neither skips bases nor ligatures.
        if (lookup.flags.flags.ignoreBaseGlyphs) return null;
        if (lookup.flags.flags.ignoreLigatures) ligaturesAdjacent = false;
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
  return { rules, ligatures, ligaturesAdjacent };
}

function classesIn(judge: Judge, cd: ClassDef): Set<number> {
  let set = judge.classesIn.get(cd);
  if (!set) {
    set = new Set([...judge.candidates].map((g) => classId(g, cd)));
    judge.classesIn.set(cd, set);
  }
  return set;
}

/** Whether a context rule's sequences (all but the start) can be met by candidate glyphs. */
function feasible(judge: Judge, st: JudgedSubtable, chained: boolean): boolean {
  let ok = judge.feasible.get(st);
  if (ok === undefined) {
    const seqs = chained ? [...st.backtrackCoverage!, ...st.inputCoverage!.slice(1), ...st.lookaheadCoverage!] : st.coverages!.slice(1);
    ok = seqs.every((c) => coverageGlyphs(c).some((g) => judge.candidates.has(g)));
    judge.feasible.set(st, ok);
  }
  return ok;
}

/**
 * Whether `rule` can start from glyph g in a word made of candidate glyphs (true when the kind of rule is
 * not understood here: the glyph is then left to fontkit).
 */
function startsAt(judge: Judge, { kind, type, st }: Rule, g: number): boolean {
  const cand = judge.candidates;
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
  if (context && st.version === 3) return covers(chained ? st.inputCoverage![0] : st.coverages![0], g) && feasible(judge, st, chained);
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
    const inInput = classesIn(judge, inputDef);
    const rules = (chained ? st.chainClassSet! : st.classSet!)[classId(g, inputDef)] ?? [];
    return rules.some((r) => {
      if (!('backtrack' in r)) return r.classes.every((c) => inInput.has(c));
      const inBack = classesIn(judge, st.backtrackClassDef!);
      const inAhead = classesIn(judge, st.lookaheadClassDef!);
      return r.backtrack.every((c) => inBack.has(c)) && r.input.every((c) => inInput.has(c)) && r.lookahead.every((c) => inAhead.has(c));
    });
  }
  return true;
}

/**
 * Whether a candidate glyph is plain (true), never (false), or plain unless one of these ligature
 * subtables forms a ligature from it.
 */
function verdict(judge: Judge, sp: ScriptPlan, g: number): boolean | JudgedSubtable[] {
  const ligatures: JudgedSubtable[] = [];
  for (const rule of sp.rules) {
    if (!startsAt(judge, rule, g)) continue;
    if (rule.kind === 'GSUB' && rule.type === 4 && !rule.ignoresBase) ligatures.push(rule.st);
    else return false;
  }
  return ligatures.length > 0 ? ligatures : true;
}

/** Each served character's glyph (0: none), and the glyphs a word may hold before any ligature forms. */
function servedGlyphs(font: JudgedFont): { glyphOf: Map<number, number>; candidates: Set<number> } {
  const glyphOf = new Map<number, number>();
  const candidates = new Set<number>();
  const classDef = font.GDEF?.glyphClassDef;
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const g = scriptOf(cp) ? font._cmapProcessor.lookup(cp) : 0;
      glyphOf.set(cp, g);
      // Marks and ligatures may be skipped by a lookup's flags, which would pair glyphs that are not adjacent.
      if (g !== 0 && !(classDef && classId(g, classDef) >= 2)) candidates.add(g);
    }
  }
  return { glyphOf, candidates };
}

/**
 * A font's data for shape-data.ts, from its decoded tables. Verdicts are judged with every ligature glyph
 * a word could come to hold already among the candidates: a superset of what any run meets, so each plain
 * verdict stays exact (more candidates only make more rules possible), and a ligature the shaper forms has
 * its own verdict.
 */
export function fontData(font: JudgedFont): FontData {
  const { glyphOf, candidates } = servedGlyphs(font);
  const initial = new Set(candidates);
  const sps = new Map(TAGS.map((tag) => [tag, scriptPlan(font, tag)] as const));
  for (let grown = true; grown; ) {
    grown = false;
    for (const sp of sps.values()) {
      for (const lookup of sp?.ligatures ?? []) {
        for (const st of lookup) {
          for (const first of coverageGlyphs(st.coverage!)) {
            if (!candidates.has(first)) continue;
            const i = coverageIndex(st.coverage!, first);
            for (const l of st.ligatureSets!.get(i)) {
              if (!candidates.has(l.glyph) && l.components.every((c) => candidates.has(c))) {
                candidates.add(l.glyph);
                grown = true;
              }
            }
          }
        }
      }
    }
  }
  const judge: Judge = { candidates, feasible: new WeakMap(), classesIn: new WeakMap() };
  const cmap: [number, number, number][] = [];
  const skipped = new Set<number>();
  for (const [cp, g] of [...glyphOf].sort((a, b) => a[0] - b[0])) {
    if (g === 0) continue;
    if (!initial.has(g)) skipped.add(g);
    const last = cmap.at(-1);
    if (last && last[0] + last[2] === cp && last[1] + last[2] === g) last[2]++;
    else cmap.push([cp, g, 1]);
  }
  const scripts: Partial<Record<ScriptTag, ScriptData | null>> = {};
  for (const tag of TAGS) {
    const sp = sps.get(tag)!;
    if (!sp) {
      scripts[tag] = null;
      continue;
    }
    const kern = lookupsFor(font.GPOS!, tag, 'kern', (i) => i)!;
    const plain: [number, number][] = [];
    const starts: [number, ...[number, number][]][] = [];
    for (const g of [...candidates].sort((a, b) => a - b)) {
      const v = verdict(judge, sp, g);
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
          if (!candidates.has(first)) continue;
          for (const l of st.ligatureSets!.get(coverageIndex(st.coverage!, first))) {
            if (l.components.every((c) => candidates.has(c))) entries.push([first, l.glyph, ...l.components]);
          }
        }
        return entries;
      }),
    );
    scripts[tag] = { adjacent: sp.ligaturesAdjacent, kern, ligatures, plain, starts };
  }
  // The scripts after the cmap, in TAGS order: the key order of the written JSON.
  return { cmap, skipped: [...skipped].sort((a, b) => a - b), ...(scripts as Record<ScriptTag, ScriptData | null>) };
}
