/**
 * Text for the renderer: measuring, wrapping and drawing lines with per-character font fallback, over
 * fonts parsed once per process. It draws on a pdfkit document it is handed; parsing a font is left to
 * render.ts (the one module that imports pdfkit), which passes its parser in.
 */
import { FALLBACK_FONT, fontBytes, type FontFile } from '../fonts.ts';
import type { Template } from '../templates.ts';
import { pdfNumber } from './pdf-object.ts';
import { SHAPE_DATA } from './shape-data.ts';
import { shapePlain, type ShapeableFont, type ShapedGlyph, type ShapedPosition, type ShapedRun } from './shape.ts';
import { encodeSubset, postHeader, type TtfFont, type TtfSubset } from './subset.ts';
import { fitMiddle, visualWordOrder, wrapText } from './wrap.ts';

export type Doc = PDFKit.PDFDocument;
export type Role = 'regular' | 'bold' | 'italic' | 'quote';
/** Turns TTF bytes into a parsed (fontkit) font. */
export type FontParser = (bytes: Buffer) => FontkitFont;

const REPLACEMENT = '\uFFFD';
/**
 * Emoji, and the joiners, variation selectors, skin tones, flags and tags that build them. None of the embedded
 * fonts has colour emoji: one no font can show is left out (with a warning), since a row of boxes tells a
 * reader nothing and a sheet is no less true without the decoration.
 */
const EMOJI = /\p{Extended_Pictographic}|\u200d|\ufe0f|\u20e3|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}]/u;
const EMOJI_ALL = new RegExp(EMOJI.source, 'gu');
const SPACE_RUN = / {2,}/g;

/**
 * Per-process font state. Parsing a TTF's tables costs far more than drawing a sheet, so each font is
 * parsed once and every document gets a thin view of it: the decoded tables are shared, while the glyph
 * objects (which remember the characters that first produced them, and so feed the PDF's ToUnicode map)
 * are created afresh per document. Sharing those would make a sheet's bytes depend on what was rendered
 * before it. Widths, glyph coverage and shaped words are plain numbers, booleans and copies, shared freely.
 */
interface SharedFont {
  parsed: FontkitFont;
  /** The `post` header, given to every view so fontkit never decodes the table's glyph names. */
  post: Record<string, number> | null;
  /**
   * Shaped words (pdfkit splits text after each space and shapes each piece; shaping is most of the
   * text time), shared by every document and kept for the life of the process. Each is a plain copy of
   * what pdfkit reads from a run (glyph id, advance, characters; scaled positions), so it holds no
   * document's font view alive. Safe because no DejaVu glyph is mapped from two characters (checked in
   * tests/render.test.ts), so a word always yields the same glyph characters.
   */
  runs: Map<string, ShapedRun>;
  covers: Map<number, boolean>;
  /** Advance widths at size 1000 (widths scale linearly with the size). */
  widths: Map<string, number>;
}
export interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}
/** What pdfkit keeps for an open font (not in its public typings). */
interface EmbeddedFont {
  font: FontkitFont;
  name: string;
  layoutRun(text: string, features?: unknown): ShapedRun;
  layoutCached(text: string): ShapedRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOutText;
  encode(text: string, features?: unknown): [string[], ShapedPosition[]];
  subset: TtfSubset & { encode(): Uint8Array };
  widths: number[];
  unicode: number[][];
  scale: number;
  /** Each glyph's 4-digit hex id in this document's subset, once it is in it (glyphHex). */
  hexOf?: Map<number, string>;
  /** Each word drawn in this document as TJ pieces (tjOperator). */
  tjWords?: Map<string, TjWord>;
}
interface LaidOutText {
  glyphs: ShapedGlyph[] | null;
  positions: ShapedPosition[] | null;
  advanceWidth: number;
}
const sharedFonts = new Map<FontFile, SharedFont>();
/**
 * Bounds on the shared caches, per font: a shaped word takes about 1 KB, so a full set of fonts stays
 * under about 60 MB. A full cache starts afresh; what it holds never changes a sheet's bytes.
 */
const MAX_RUNS = 15_000;
const MAX_WIDTHS = 30_000;

function sharedFont(file: FontFile, parse: FontParser): SharedFont {
  let shared = sharedFonts.get(file);
  if (!shared) {
    const parsed = parse(fontBytes(file));
    shared = { parsed, post: postHeader(parsed as unknown as TtfFont), runs: new Map(), covers: new Map(), widths: new Map() };
    sharedFonts.set(file, shared);
  }
  return shared;
}

function joinRuns(a: ShapedRun, b: ShapedRun): ShapedRun {
  // fontkit sums the advances left to right; a's sum plus b's single advance is that same sum.
  return {
    glyphs: [...a.glyphs, ...b.glyphs],
    positions: [...a.positions, ...b.positions],
    advanceWidth: a.advanceWidth + b.advanceWidth,
    direction: a.direction,
  };
}

/**
 * Glyphs and positions are interned: words repeat the same few hundred of each, and pdfkit only reads
 * them (it copies a position before changing it), so the cache holds little more than arrays of pointers.
 */
const internedGlyphs = new Map<string, ShapedGlyph>();
const internedPositions = new Map<string, ShapedPosition>();

function intern<T>(pool: Map<string, T>, key: string, make: () => T): T {
  let v = pool.get(key);
  if (v === undefined) {
    if (pool.size >= MAX_RUNS) pool.clear();
    v = make();
    pool.set(key, v);
  }
  return v;
}

function copyRun(run: ShapedRun, file: FontFile): ShapedRun {
  return {
    glyphs: run.glyphs.map((g) =>
      intern(internedGlyphs, `${file}|${g.id}|${g.codePoints.join(',')}`, () => ({
        id: g.id,
        advanceWidth: g.advanceWidth,
        codePoints: [...g.codePoints],
      })),
    ),
    positions: run.positions.map((p) =>
      intern(internedPositions, `${p.xAdvance}|${p.yAdvance}|${p.xOffset}|${p.yOffset}|${p.advanceWidth}`, () => ({
        xAdvance: p.xAdvance,
        yAdvance: p.yAdvance,
        xOffset: p.xOffset,
        yOffset: p.yOffset,
        advanceWidth: p.advanceWidth,
      })),
    ),
    advanceWidth: run.advanceWidth,
    direction: run.direction,
  };
}

/**
 * pdfkit's EmbeddedFont.layout, the same words (split after each space or tab) and the same sums, with the
 * glyphs appended in place: pdfkit concatenates the arrays again after every word of a line.
 */
function layoutWords(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LaidOutText {
  if (features) return this.layoutRun(text, features);
  const glyphs: ShapedGlyph[] | null = onlyWidth ? null : [];
  const positions: ShapedPosition[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const c = index < text.length ? text.charCodeAt(index) : -1;
    if ((index === text.length && last < index) || c === 0x20 || c === 0x09) {
      const run = this.layoutCached(text.slice(last, ++index));
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else index++;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * A glyph's 4-digit hex id in this document's subset, including it on first use. A glyph's subset id,
 * width and characters are fixed when it is first included (as pdfkit's encode does), so later occurrences
 * only need the hex string, worked out once per document instead of once per occurrence.
 */
function glyphHex(ef: EmbeddedFont, glyph: ShapedGlyph): string {
  const hexOf = (ef.hexOf ??= new Map());
  let hex = hexOf.get(glyph.id);
  if (hex === undefined) {
    const gid = ef.subset.includeGlyph(glyph.id);
    hex = `0000${gid.toString(16)}`.slice(-4);
    hexOf.set(glyph.id, hex);
    if (ef.widths[gid] == null) ef.widths[gid] = glyph.advanceWidth * ef.scale;
    if (ef.unicode[gid] == null) ef.unicode[gid] = glyph.codePoints;
  }
  return hex;
}

/** pdfkit's EmbeddedFont.encode, with the subset ids from glyphHex. */
function encodeGlyphs(this: EmbeddedFont, text: string, features?: unknown): [string[], ShapedPosition[]] {
  const { glyphs, positions } = this.layout(text, features);
  const res: string[] = [];
  for (const glyph of glyphs!) res.push(glyphHex(this, glyph));
  return [res, positions!];
}

/** pdfkit's text internals used by drawText (not in its public typings). */
interface TextInternals {
  x: number;
  y: number;
  _font: EmbeddedFont & { id: string; ascender: number; ref(): unknown };
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): void;
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
}

/**
 * One word (as pdfkit splits a line: after each space or tab) as pieces of a TJ operator in one document:
 * pdfkit ends a piece after each glyph whose advance differs from its width (kerning), writing the
 * difference after it. `tail` is the hex of the glyphs after the last such glyph, to be continued by the
 * next word; `lastKern` is what pdfkit writes after the line's final piece when the word ends the line.
 */
interface TjWord {
  pieces: string[];
  tail: string;
  /** Null for a word with no glyphs. */
  lastKern: string | null;
  /** A glyph drawn off its pen position (a mark): pdfkit moves the text matrix for it. */
  offset: boolean;
}

function tjWord(ef: EmbeddedFont, word: string): TjWord {
  const run = ef.layoutCached(word);
  const pieces: string[] = [];
  let hex = '';
  let lastKern: string | null = null;
  let offset = false;
  for (let i = 0; i < run.glyphs.length; i++) {
    const pos = run.positions[i]!;
    hex += glyphHex(ef, run.glyphs[i]!);
    const advance = pos.xAdvance - pos.advanceWidth;
    lastKern = `${pdfNumber(-advance)}`;
    if (pos.xOffset || pos.yOffset) offset = true;
    if (advance !== 0) {
      pieces.push(`<${hex}> ${lastKern}`);
      hex = '';
    }
  }
  return { pieces, tail: hex, lastKern, offset };
}

/**
 * The TJ operator for a line, from its words' cached pieces, or null when a glyph of it has an offset
 * (pdfkit then writes text matrices between pieces; its own path is taken). Glyphs enter the subset in
 * the order of the line's text, as with pdfkit's encode.
 */
function tjOperator(ef: EmbeddedFont, text: string): string | null {
  const words = (ef.tjWords ??= new Map());
  const commands: string[] = [];
  let pending = '';
  let lastKern = '0';
  let offset = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && i < text.length - 1) continue;
    const key = text.slice(start, i + 1);
    start = i + 1;
    let w = words.get(key);
    if (w === undefined) {
      w = tjWord(ef, key);
      words.set(key, w);
    }
    if (w.offset) offset = true;
    for (const piece of w.pieces) {
      commands.push(pending === '' ? piece : `<${pending}${piece.slice(1)}`);
      pending = '';
    }
    pending += w.tail;
    lastKern = w.lastKern ?? lastKern;
  }
  if (offset) return null;
  if (pending !== '') commands.push(`<${pending}> ${lastKern}`);
  return `[${commands.join(' ')}] TJ`;
}

/**
 * One line of text at (x, y) in the current font and size. For a plain line this writes what pdfkit's
 * doc.text writes (its _fragment with the options that call passes: left aligned, top baseline, no
 * spacing, no decoration), as one chunk, with each word's glyph codes worked out once per document. A
 * link keeps pdfkit's own path (its box is measured), as does a line with a positioned mark.
 */
export function drawText(doc: Doc, text: string, x: number, y: number, link: string | undefined): void {
  if (link || text.includes('\n')) {
    doc.text(text, x, y, { lineBreak: false, ...(link ? { link } : {}) });
    return;
  }
  const d = doc as unknown as TextInternals;
  d.x = x;
  d.y = y;
  if (text.length === 0) return;
  const font = d._font;
  const tj = tjOperator(font, text);
  if (tj === null) {
    d._fragment(text, x, y, { lineBreak: false, columns: 0, columnGap: 18, rotation: 0, textWidth: 0, wordCount: 0 });
    return;
  }
  // pdfkit's arithmetic, in its order, so the numbers round alike.
  const dy = (font.ascender / 1000) * d._fontSize;
  const height = d.page.height;
  const baseline = height - y - dy;
  if (d.page.fonts[font.id] == null) d.page.fonts[font.id] = font.ref();
  // save, flip the y axis, begin text, place, set font, show, end text, restore. pdfkit's save/transform/
  // restore leave its current matrix as it was; it is only read for patterns and gradients.
  d.addContent(
    `q\n1 0 0 -1 0 ${pdfNumber(height)} cm\nBT\n1 0 0 1 ${pdfNumber(x)} ${pdfNumber(baseline)} Tm\n/${font.id} ${pdfNumber(d._fontSize)} Tf\n${tj}\nET\nQ`,
  );
}

/**
 * pdfkit's fillColor for a "#rrggbb" colour (the only form a template allows): the same two operators
 * (colour space, then the components scaled to 0..1), made once per colour instead of parsed per line.
 */
const fillOperators = new Map<string, string>();
export function fillColor(doc: Doc, color: string): void {
  let ops = fillOperators.get(color);
  if (ops === undefined) {
    const hex = parseInt(color.slice(1), 16);
    ops = `/DeviceRGB cs\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ')} scn`;
    fillOperators.set(color, ops);
  }
  const d = doc as unknown as { addContent(data: string): void; _fillColor: unknown };
  d.addContent(ops);
  d._fillColor = [color, undefined];
}

/** A per-document view of a parsed font: shared tables, own glyph cache (and own layout engine). */
export function fontView(file: FontFile, parse: FontParser): string {
  const shared = sharedFont(file, parse);
  const view = Object.create(shared.parsed) as { _glyphs: Record<number, unknown> };
  // Glyph 0 (.notdef) is the first glyph every document's font makes (pdfkit reads its width on opening
  // the font), so it never carries characters: the parsed font's own serves every view, and a document
  // does not decode its outline and metrics again.
  view._glyphs = { 0: (shared.parsed as unknown as { getGlyph(id: number): unknown }).getGlyph(0) };
  if (shared.post) Object.defineProperty(view, 'post', { value: shared.post });
  // pdfkit's typings say string | Buffer; it also takes a parsed fontkit font (anything with `layout`).
  return view as unknown as string;
}

/** Text measuring and drawing with per-character font fallback; remembers what it could not show. */
export class Ink {
  private readonly wrapCache = new Map<string, string[]>();
  private readonly fitCache = new Map<string, string>();
  private readonly missing = new Set<string>();
  private readonly leftOut = new Set<string>();
  /** pdfkit's key for each font opened in this document (its PostScript name). */
  private readonly opened = new Map<FontFile, string>();
  private currentFont: FontFile | null = null;
  readonly fonts: Record<Role, FontFile>;

  constructor(
    readonly doc: Doc,
    readonly t: Template,
    private readonly parse: FontParser,
  ) {
    this.fonts = t.fonts;
    // The PDFDocument constructor opened the regular font. Open the others now, in a fixed order: pdfkit
    // numbers fonts as they are opened and derives the subset tags from those numbers, so an order that
    // depended on what happened to be cached would change the bytes. The fallback is opened only when a
    // glyph needs it: being the only font opened late, it always gets the next number.
    this.adopt(t.fonts.regular);
    this.currentFont = t.fonts.regular;
    for (const font of [t.fonts.bold, t.fonts.italic, t.fonts.quote]) this.use(font, 10);
  }

  /** Remembers the font just opened in this document and gives it the shared word layouts. */
  private adopt(font: FontFile): void {
    const ef = this.embedded();
    const shared = sharedFont(font, this.parse);
    // pdfkit looks each word up here before shaping it: answer from the process-wide copies.
    const layoutRun = ef.layoutRun.bind(ef);
    const cached = (text: string): ShapedRun => {
      let run = shared.runs.get(text);
      if (!run) {
        if (shared.runs.size >= MAX_RUNS) shared.runs.clear();
        // Measuring shapes "word", drawing shapes "word " (pdfkit keeps the space with the word before it).
        // A space ends every DejaVu lookup's context, so a left-to-right "word " is "word" then a space:
        // shaping once serves both (checked for every character in tests/render-subset.test.ts).
        const word = text.length > 1 && text.endsWith(' ') ? cached(text.slice(0, -1)) : null;
        run =
          word?.direction === 'ltr'
            ? joinRuns(word, cached(' '))
            : (shapePlain(shared.parsed as unknown as ShapeableFont, text, SHAPE_DATA[font] ?? null) ?? copyRun(layoutRun(text), font));
        shared.runs.set(text, run);
      }
      return run;
    };
    ef.layoutCached = cached;
    ef.layout = layoutWords;
    ef.encode = encodeGlyphs;
    // Same bytes as fontkit's subset writer, from tables and glyphs read once per process (render/subset.ts).
    const subset = ef.subset;
    subset.encode = () => encodeSubset(shared.parsed as unknown as TtfFont, subset);
    this.opened.set(font, ef.name);
  }

  private embedded(): EmbeddedFont {
    return (this.doc as unknown as { _font: EmbeddedFont })._font;
  }

  private use(font: FontFile, size: number): void {
    if (this.currentFont !== font) {
      this.currentFont = font;
      const key = this.opened.get(font);
      if (key) this.doc.font(key);
      else {
        this.doc.font(fontView(font, this.parse));
        this.adopt(font);
      }
    }
    this.doc.fontSize(size);
  }

  private covers(font: FontFile, cp: number): boolean {
    const f = sharedFont(font, this.parse);
    let ok = f.covers.get(cp);
    if (ok === undefined) {
      ok = cp < 0x20 || f.parsed.hasGlyphForCodePoint(cp);
      f.covers.set(cp, ok);
    }
    return ok;
  }

  /**
   * Splits text into runs of one font: the chosen one, else the fallback, else a visible replacement
   * character (remembered for the warning when `record`).
   */
  private runs(text: string, font: FontFile, record: boolean): { font: FontFile; text: string }[] {
    let simple = true;
    for (const ch of text) {
      if (!this.covers(font, ch.codePointAt(0)!)) {
        simple = false;
        break;
      }
    }
    if (simple) return [{ font, text }];
    const runs: { font: FontFile; text: string }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let f: FontFile = font;
      let c = ch;
      if (!this.covers(font, cp)) {
        if (this.covers(FALLBACK_FONT, cp)) f = FALLBACK_FONT;
        else if (EMOJI.test(ch)) {
          if (record) this.leftOut.add(ch);
          continue;
        } else {
          if (record) this.missing.add(ch);
          c = REPLACEMENT;
          f = this.covers(font, 0xfffd) ? font : FALLBACK_FONT;
        }
      }
      const last = runs.at(-1);
      if (last && last.font === f) last.text += c;
      else runs.push({ font: f, text: c });
    }
    return runs;
  }

  private runWidth(font: FontFile, text: string, size: number): number {
    const widths = sharedFont(font, this.parse).widths;
    let w = widths.get(text);
    if (w === undefined) {
      this.use(font, 1000);
      w = this.doc.widthOfString(text);
      if (widths.size >= MAX_WIDTHS) widths.clear();
      widths.set(text, w);
    }
    return (w * size) / 1000;
  }

  width(text: string, role: Role, size: number): number {
    // A text measured before in its role's font is one that font covers (only such runs are stored), so
    // its width is that run's, with no need to split it by font again.
    const known = sharedFont(this.fonts[role], this.parse).widths.get(text);
    if (known !== undefined) return (known * size) / 1000;
    let w = 0;
    for (const run of this.runs(text, this.fonts[role], false)) w += this.runWidth(run.font, run.text, size);
    return w;
  }

  lineHeight(role: Role, size: number): number {
    this.use(this.fonts[role], size);
    return this.doc.currentLineHeight(false) + this.t.sizes.lineGap;
  }

  /**
   * The text without the emoji no embedded font can show (see EMOJI), and without the doubled space one leaves
   * ("Great news 🎉 today"), so the lines are wrapped and measured as they will be drawn.
   */
  private withoutUnshownEmoji(text: string, font: FontFile): string {
    if (!EMOJI.test(text)) return text;
    let removed = false;
    const kept = text.replace(EMOJI_ALL, (ch) => {
      const cp = ch.codePointAt(0)!;
      if (this.covers(font, cp) || this.covers(FALLBACK_FONT, cp)) return ch;
      this.leftOut.add(ch);
      removed = true;
      return '';
    });
    return removed ? kept.replace(SPACE_RUN, ' ').trim() : text;
  }

  wrap(text: string, role: Role, size: number, width: number): string[] {
    const key = `${role}|${size}|${width}|${text}`;
    let lines = this.wrapCache.get(key);
    if (!lines) {
      const shown = this.withoutUnshownEmoji(text, this.fonts[role]);
      lines = wrapText(shown, width, (s) => this.width(s, role, size));
      this.wrapCache.set(key, lines);
    }
    return lines;
  }

  fit(text: string, role: Role, size: number, width: number): string {
    // The footer and running header fit the same texts on every page.
    const key = `${role}|${size}|${width}|${text}`;
    let fitted = this.fitCache.get(key);
    if (fitted === undefined) {
      fitted = fitMiddle(this.withoutUnshownEmoji(text, this.fonts[role]), width, (s) => this.width(s, role, size));
      this.fitCache.set(key, fitted);
    }
    return fitted;
  }

  /** One line of text, its top at y; `align: 'right'` puts its right edge at x + width. */
  line(
    text: string,
    x: number,
    y: number,
    o: { role?: Role; size: number; color: string; align?: 'left' | 'right'; width?: number; link?: string },
  ): void {
    const role = o.role ?? 'regular';
    const font = this.fonts[role];
    text = visualWordOrder(text);
    let cx = x;
    if (o.align === 'right' && o.width !== undefined) cx = x + o.width - this.width(text.trimEnd(), role, o.size);
    fillColor(this.doc, o.color);
    const runs = this.runs(text, font, true);
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      this.use(run.font, o.size);
      drawText(this.doc, run.text, cx, y, o.link);
      // Only a run that another follows needs its width: measuring the last would shape the line again.
      if (i < runs.length - 1) cx += this.runWidth(run.font, run.text, o.size);
    }
  }

  /** Decoration that carries no content (rules, panels, bars): marked as an artifact for assistive tech. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  glyphWarnings(): string[] {
    const list = (chars: Set<string>) =>
      [...chars]
        .sort()
        .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
        .join(', ');
    const warnings: string[] = [];
    if (this.missing.size > 0) warnings.push(`characters the embedded fonts cannot show were printed as ${REPLACEMENT}: ${list(this.missing)}`);
    if (this.leftOut.size > 0) warnings.push(`emoji the embedded fonts cannot show were left out: ${list(this.leftOut)}`);
    return warnings;
  }
}
