/**
 * Render: a laid-out sheet → PDF bytes. The only module that imports pdfkit.
 *
 * How it works: every section becomes measured blocks (a heading, a statement, a quote card, a table row,
 * one line of a long paragraph); `paginate` places them on pages by arithmetic; when the template caps the
 * page count and the blocks do not fit, the least important item is dropped and the sheet laid out again;
 * only then is anything drawn. Lines are wrapped here (render/wrap.ts) so every line's box is known.
 *
 * The PDF is tagged (structure tree: Document › H1, Sect › H2, P, L/LI, Table/TR/TH/TD, BlockQuote, Link;
 * page furniture is marked as artifacts), declares its language, shows its title, carries bookmarks per
 * section, embeds subset DejaVu fonts only, and is byte-identical for the same input and creation date.
 */
import PDFDocument from 'pdfkit';
import { FALLBACK_FONT, fontBytes, type FontFile } from './fonts.ts';
import { trimOneItem, type LaidOutSection, type LaidOutSheet, type TableColumn } from './layout.ts';
import { paginate, type MeasuredBlock } from './render/paginate.ts';
import { fitMiddle, wrapText } from './render/wrap.ts';
import { PAGE_SIZES, type Template } from './templates.ts';

export interface RenderOptions {
  /** The clock: the PDF's CreationDate and the "Generated" line. Fixed date → identical bytes. */
  creationDate: Date;
  /** Told what the reader should know: text no font can show, items left out to fit the page limit. */
  onWarning?: (message: string) => void;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Role = 'regular' | 'bold' | 'italic' | 'quote';

interface Block extends MeasuredBlock {
  /** The table header this row repeats at the top of a page (resolved to `repeatHeader` when flattened). */
  header?: Block;
  /** Draws the block with its top at page coordinate `top` (pdfkit: origin top-left, y down). */
  draw(top: number, repeated: boolean): void;
}

const REPLACEMENT = '\uFFFD';

/**
 * Per-process font state. Parsing a TTF's tables costs far more than drawing a sheet, so each font is
 * parsed once and every document gets a thin view of it: the decoded tables are shared, while the glyph
 * objects (which remember the characters that first produced them, and so feed the PDF's ToUnicode map)
 * are created afresh per document. Sharing those would make a sheet's bytes depend on what was rendered
 * before it. Widths and glyph coverage are plain numbers and booleans, shared freely.
 */
interface SharedFont {
  parsed: FontkitFont;
  /**
   * pdfkit's per-word layouts (shaping is most of the drawing time), shared by every document. Safe
   * because a glyph's characters come from the word that was shaped, and no DejaVu glyph is mapped from
   * two characters (checked in tests/render.test.ts), so a word always yields the same glyph characters.
   */
  layouts: Record<string, unknown>;
  covers: Map<number, boolean>;
  /** Advance widths at size 1000 (widths scale linearly with the size). */
  widths: Map<string, number>;
}
interface FontkitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}
/** What pdfkit keeps for an open font (not in its public typings). */
interface EmbeddedFont {
  font: FontkitFont;
  name: string;
  layoutCache?: Record<string, unknown>;
}
const sharedFonts = new Map<FontFile, SharedFont>();
let rendersSinceReset = 0;
const RESET_EVERY = 500;

function sharedFont(file: FontFile): SharedFont {
  let shared = sharedFonts.get(file);
  if (!shared) {
    // pdfkit parses the bytes (with its fontkit) when a document opens them; this document is never drawn.
    const scratch = new PDFDocument({ autoFirstPage: false, font: fontBytes(file) as unknown as string });
    const parsed = (scratch as unknown as { _font: EmbeddedFont })._font.font;
    shared = { parsed, layouts: {}, covers: new Map(), widths: new Map() };
    sharedFonts.set(file, shared);
  }
  return shared;
}

/** A per-document view of a parsed font: shared tables, own glyph cache (and own layout engine). */
function fontView(file: FontFile): string {
  const view = Object.create(sharedFont(file).parsed) as { _glyphs: Record<number, unknown> };
  view._glyphs = {};
  // pdfkit's typings say string | Buffer; it also takes a parsed fontkit font (anything with `layout`).
  return view as unknown as string;
}

export async function render(laid: LaidOutSheet, options: RenderOptions): Promise<Uint8Array> {
  const t = laid.template;
  const warn = (m: string) => options.onWarning?.(m);
  for (const w of laid.warnings) warn(w);
  const [pageWidth, pageHeight] = PAGE_SIZES[t.page.size];
  const doc = new PDFDocument({
    size: [pageWidth, pageHeight],
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    autoFirstPage: false,
    // A TTF as the default font: pdfkit then never loads its standard 14 fonts (absent from a bundle).
    font: fontView(t.fonts.regular),
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: laid.meta.lang,
    displayTitle: true,
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: laid.meta.title,
      ...(laid.meta.author ? { Author: laid.meta.author } : {}),
      Subject: laid.meta.subject,
      Keywords: laid.meta.keywords.join(', '),
      Creator: laid.meta.creator,
      Producer: `${laid.meta.creator.split(' (')[0]} with PDFKit`,
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

  const ink = new Ink(doc, t);
  const geometry = pageGeometry(t, pageWidth, pageHeight);
  const bandHeight = headerBand(ink, laid, geometry, null);
  const available: [number, number] = [geometry.bottom - bandHeight, geometry.bottom - geometry.runningTop];

  // Fit: drop the least important items until the sheet is within the template's page limit. Trimming
  // is a fixed sequence of steps (layout.trimOneItem), so search it for the fewest steps that fit instead
  // of measuring after every single step.
  const maxPages = t.page.maxPages ?? Number.POSITIVE_INFINITY;
  const steps: { sheet: LaidOutSheet; dropped: string }[] = [{ sheet: laid, dropped: '' }];
  const step = (k: number): LaidOutSheet | null => {
    while (steps.length <= k) {
      const next = trimOneItem(steps.at(-1)!.sheet);
      if (!next) return null;
      steps.push(next);
    }
    return steps[k]!.sheet;
  };
  const attempt = (k: number) => {
    const structs = new SheetStructs(doc);
    const blocks = sheetBlocks(ink, step(k)!, geometry, structs);
    return { k, structs, blocks, pages: paginate(blocks, available) };
  };
  let best = attempt(0);
  if (best.pages.length > maxPages) {
    // Grow the step count until it fits (or nothing more can go), then bisect back to the fewest steps.
    let low = 0;
    let high = 1;
    let fit: typeof best | null = null;
    for (;;) {
      if (step(high) === null) high = steps.length - 1;
      const a = attempt(high);
      if (a.pages.length <= maxPages) {
        fit = a;
        break;
      }
      if (high === steps.length - 1 && step(high + 1) === null) {
        best = a;
        break;
      }
      low = high;
      high *= 2;
    }
    if (fit) {
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        const a = attempt(mid);
        if (a.pages.length <= maxPages) {
          fit = a;
          high = mid;
        } else low = mid;
      }
      best = fit;
    }
  }
  const { structs, blocks } = best;
  let pages = best.pages;
  const dropped = new Map<string, number>();
  for (const s of steps.slice(1, best.k + 1)) dropped.set(s.dropped, (dropped.get(s.dropped) ?? 0) + 1);
  for (const [title, n] of dropped) {
    warn(`template ${t.name}: ${n} item${n === 1 ? '' : 's'} of "${title}" left out to fit ${maxPages} page${maxPages === 1 ? '' : 's'}`);
  }
  if (pages.length > maxPages) {
    pages = pages.slice(0, maxPages);
    warn(`template ${t.name}: content cut to fit ${maxPages} page${maxPages === 1 ? '' : 's'}`);
  }

  // Draw.
  const root = doc.struct('Document');
  doc.addStructure(root);
  structs.attach(root);
  pages.forEach((placements, index) => {
    doc.addPage();
    const top = index === 0 ? headerBand(ink, laid, geometry, structs) : runningHeader(ink, laid, geometry);
    for (const p of placements) blocks[p.block]!.draw(top + p.y, p.repeated);
    footer(ink, laid, geometry, index + 1, pages.length, options.creationDate);
  });
  root.end();
  for (const w of ink.glyphWarnings()) warn(w);
  doc.end();
  return finished;
}

// ---- fonts, measuring and drawing text ----------------------------------------------------------------

/** Text measuring and drawing with per-character font fallback; remembers what it could not show. */
class Ink {
  private readonly wrapCache = new Map<string, string[]>();
  private readonly missing = new Set<string>();
  /** pdfkit's key for each font opened in this document (its PostScript name). */
  private readonly opened = new Map<FontFile, string>();
  private currentFont: FontFile | null = null;
  readonly fonts: Record<Role, FontFile>;

  constructor(
    readonly doc: Doc,
    readonly t: Template,
  ) {
    this.fonts = t.fonts;
    if (++rendersSinceReset > RESET_EVERY) {
      rendersSinceReset = 0;
      for (const f of sharedFonts.values()) {
        f.widths.clear();
        f.layouts = {};
      }
    }
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
    ef.layoutCache = sharedFont(font).layouts;
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
        this.doc.font(fontView(font));
        this.adopt(font);
      }
    }
    this.doc.fontSize(size);
  }

  private covers(font: FontFile, cp: number): boolean {
    const f = sharedFont(font);
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
        else {
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
    const widths = sharedFont(font).widths;
    let w = widths.get(text);
    if (w === undefined) {
      this.use(font, 1000);
      w = this.doc.widthOfString(text);
      widths.set(text, w);
    }
    return (w * size) / 1000;
  }

  width(text: string, role: Role, size: number): number {
    let w = 0;
    for (const run of this.runs(text, this.fonts[role], false)) w += this.runWidth(run.font, run.text, size);
    return w;
  }

  lineHeight(role: Role, size: number): number {
    this.use(this.fonts[role], size);
    return this.doc.currentLineHeight(false) + this.t.sizes.lineGap;
  }

  wrap(text: string, role: Role, size: number, width: number): string[] {
    const key = `${role}|${size}|${width}|${text}`;
    let lines = this.wrapCache.get(key);
    if (!lines) {
      lines = wrapText(text, width, (s) => this.width(s, role, size));
      this.wrapCache.set(key, lines);
    }
    return lines;
  }

  fit(text: string, role: Role, size: number, width: number): string {
    return fitMiddle(text, width, (s) => this.width(s, role, size));
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
    let cx = x;
    if (o.align === 'right' && o.width !== undefined) cx = x + o.width - this.width(text.trimEnd(), role, o.size);
    this.doc.fillColor(o.color);
    for (const run of this.runs(text, font, true)) {
      this.use(run.font, o.size);
      this.doc.text(run.text, cx, y, { lineBreak: false, ...(o.link ? { link: o.link } : {}) });
      cx += this.runWidth(run.font, run.text, o.size);
    }
  }

  /** Decoration that carries no content (rules, panels, bars): marked as an artifact for assistive tech. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  glyphWarnings(): string[] {
    if (this.missing.size === 0) return [];
    const list = [...this.missing]
      .sort()
      .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    return [`characters the embedded fonts cannot show were printed as ${REPLACEMENT}: ${list.join(', ')}`];
  }
}

// ---- page furniture -----------------------------------------------------------------------------------

interface Geometry {
  pageWidth: number;
  pageHeight: number;
  left: number;
  width: number;
  /** Top of the content area on pages after the first. */
  runningTop: number;
  /** Bottom of the content area. */
  bottom: number;
  footerTop: number;
}

function pageGeometry(t: Template, pageWidth: number, pageHeight: number): Geometry {
  const m = t.page.margins;
  const footerTop = pageHeight - m.bottom;
  return {
    pageWidth,
    pageHeight,
    left: m.left,
    width: pageWidth - m.left - m.right,
    runningTop: m.top + t.sizes.small * 2 + 10,
    bottom: footerTop - 8,
    footerTop,
  };
}

/**
 * The first page's header band: label, title, byline, link. Returns the top of the content area below it.
 * With `structs` null it only measures.
 */
function headerBand(ink: Ink, laid: LaidOutSheet, g: Geometry, structs: SheetStructs | null): number {
  const t = laid.template;
  const s = t.sizes;
  const c = t.colors;
  const doc = ink.doc;
  const draw = structs !== null;
  const labelSize = s.small;
  const titleLh = ink.lineHeight('bold', s.title);
  const titleLines = ink.wrap(laid.header.title, 'bold', s.title, g.width);
  const bylineSize = s.body;
  const bylineLines = ink.wrap(laid.header.byline.join('   ·   '), 'regular', s.body, g.width);
  const urlSize = s.small;
  const labelTop = t.page.margins.top * 0.6;
  const titleTop = labelTop + ink.lineHeight('bold', labelSize) + 6;
  let y = titleTop + titleLines.length * titleLh + 4;
  const bylineTop = y;
  const bylineLh = ink.lineHeight('regular', bylineSize);
  y += bylineLines.length * bylineLh;
  const urlTop = y;
  const url = laid.header.url ? ink.fit(laid.header.url, 'regular', urlSize, g.width) : null;
  if (url) y += ink.lineHeight('regular', urlSize);
  const bandBottom = y + 12;
  const contentTop = bandBottom + 14;
  if (!draw) return contentTop;

  ink.artifact(() => {
    doc.rect(0, 0, g.pageWidth, bandBottom).fill(c.accent);
    doc.rect(0, bandBottom, g.pageWidth, 2.5).fill(mix(c.accent, '#ffffff', 0.45));
  });
  const faint = mix(c.accentText, c.accent, 0.3);
  ink.artifact(() => {
    ink.line('FACT SHEET', g.left, labelTop, { role: 'bold', size: labelSize, color: faint });
    if (laid.header.glance) {
      const glance = ink.fit(laid.header.glance, 'regular', labelSize, g.width * 0.7);
      ink.line(glance, g.left, labelTop, { size: labelSize, color: faint, align: 'right', width: g.width });
    }
  });
  structs.add(
    doc.struct('H1', {}, () => {
      titleLines.forEach((line, i) =>
        ink.line(line, g.left, titleTop + i * titleLh, { role: 'bold', size: s.title, color: c.accentText }),
      );
    }),
  );
  if (bylineLines.length > 0) {
    const color = mix(c.accentText, c.accent, 0.12);
    structs.add(
      doc.struct('P', {}, () =>
        bylineLines.forEach((line, i) => ink.line(line, g.left, bylineTop + i * bylineLh, { size: bylineSize, color })),
      ),
    );
  }
  if (url && laid.header.url) {
    const href = laid.header.url;
    structs.add(
      doc.struct('P', {}, [
        doc.struct('Link', { alt: `Source article: ${href}` }, () =>
          ink.line(url, g.left, urlTop, { size: urlSize, color: mix(c.accentText, c.accent, 0.25), link: href }),
        ),
      ]),
    );
  }
  return contentTop;
}

function runningHeader(ink: Ink, laid: LaidOutSheet, g: Geometry): number {
  const t = laid.template;
  const top = t.page.margins.top * 0.75;
  ink.artifact(() => {
    const right = 'Fact sheet';
    const rightWidth = ink.width(right, 'bold', t.sizes.small);
    const title = ink.fit(laid.header.title, 'regular', t.sizes.small, g.width - rightWidth - 20);
    ink.line(title, g.left, top, { size: t.sizes.small, color: t.colors.muted });
    ink.line(right, g.left, top, { role: 'bold', size: t.sizes.small, color: t.colors.accent, align: 'right', width: g.width });
    const ruleY = top + ink.lineHeight('regular', t.sizes.small) + 2;
    ink.doc.moveTo(g.left, ruleY).lineTo(g.left + g.width, ruleY).lineWidth(0.6).strokeColor(t.colors.rule).stroke();
  });
  return g.runningTop;
}

function footer(ink: Ink, laid: LaidOutSheet, g: Geometry, page: number, pages: number, created: Date): void {
  const t = laid.template;
  const size = t.sizes.small;
  const lh = ink.lineHeight('regular', size);
  const y1 = g.footerTop + 6;
  const y2 = y1 + lh;
  ink.artifact(() => {
    ink.doc.moveTo(g.left, g.footerTop).lineTo(g.left + g.width, g.footerTop).lineWidth(0.6).strokeColor(t.colors.rule).stroke();
    const pageLabel = `Page ${page} of ${pages}`;
    const pageWidth = ink.width(pageLabel, 'bold', size);
    const sha = `sha256 ${laid.footer.sha}`;
    const room = g.width - pageWidth - 16 - ink.width(`Source   ·   ${sha}`, 'regular', size);
    const key = ink.fit(laid.footer.sourceKey, 'regular', size, Math.max(40, room));
    ink.line(`Source ${key}   ·   ${sha}`, g.left, y1, { size, color: t.colors.muted });
    ink.line(pageLabel, g.left, y1, { role: 'bold', size, color: t.colors.text, align: 'right', width: g.width });
    const generated = `Generated ${formatStamp(created)}   ·   ${laid.footer.generator}`;
    ink.line(ink.fit(generated, 'regular', size, g.width * 0.55), g.left, y2, { size, color: t.colors.muted });
    const note = '¶n = paragraph n of the cleaned article text';
    ink.line(ink.fit(note, 'italic', size, g.width * 0.42), g.left, y2, {
      role: 'italic',
      size,
      color: t.colors.muted,
      align: 'right',
      width: g.width,
    });
  });
}

function formatStamp(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// ---- structure ----------------------------------------------------------------------------------------

/**
 * Structure elements are created while drawing, in reading order. Blocks are built (and measured) before
 * the document root exists, so they reach the tree through this holder.
 */
class SheetStructs {
  private root: Struct | null = null;
  constructor(readonly doc: Doc) {}
  attach(root: Struct): void {
    this.root = root;
  }
  add(child: Struct): void {
    if (!this.root) throw new Error('render: structure used before the document root was attached');
    this.root.add(child);
  }
}

/** A lazily created container element (Sect, L, Table) under a parent getter. */
function lazyStruct(doc: Doc, role: string, parent: () => { add(s: Struct): void }): () => Struct {
  let s: Struct | null = null;
  return () => {
    if (!s) {
      s = doc.struct(role);
      parent().add(s);
    }
    return s;
  };
}

// ---- sections → blocks --------------------------------------------------------------------------------

const REF_GUTTER = 30;

function sheetBlocks(ink: Ink, laid: LaidOutSheet, g: Geometry, structs: SheetStructs): Block[] {
  const blocks = laid.sections.flatMap((section, i) => sectionBlocks(ink, laid.template, section, g, structs, i === 0));
  const index = new Map(blocks.map((b, i) => [b, i]));
  for (const b of blocks) if (b.header) b.repeatHeader = index.get(b.header);
  return blocks;
}

function sectionBlocks(ink: Ink, t: Template, section: LaidOutSection, g: Geometry, structs: SheetStructs, first: boolean): Block[] {
  const doc = ink.doc;
  const c = t.colors;
  const s = t.sizes;
  const sect = lazyStruct(doc, 'Sect', () => structs);
  const headingLh = ink.lineHeight('bold', s.heading);
  const headingLines = ink.wrap(section.title.toUpperCase(), 'bold', s.heading, g.width);
  const heading: Block = {
    height: headingLines.length * headingLh + 6,
    gapBefore: first ? 0 : 16,
    keepWithNext: true,
    draw: (top) => {
      doc.outline.addItem(section.title);
      sect().add(
        doc.struct('H2', {}, () =>
          headingLines.forEach((line, i) =>
            ink.line(line, g.left, top + i * headingLh, { role: 'bold', size: s.heading, color: c.accent }),
          ),
        ),
      );
      ink.artifact(() => {
        const y = top + headingLines.length * headingLh + 1;
        doc.moveTo(g.left, y).lineTo(g.left + g.width, y).lineWidth(0.8).strokeColor(c.rule).stroke();
        doc.rect(g.left, y - 0.6, 28, 2).fill(c.accent);
      });
    },
  };
  const body = bodyBlocks(ink, t, section, g, sect);
  return body.length > 0 ? [heading, ...body] : [];
}

function bodyBlocks(ink: Ink, t: Template, section: LaidOutSection, g: Geometry, sect: () => Struct): Block[] {
  const doc = ink.doc;
  const c = t.colors;
  const s = t.sizes;
  const lh = ink.lineHeight('regular', s.body);
  const refStyle = { size: s.small, color: c.muted, align: 'right' as const, width: REF_GUTTER };
  switch (section.kind) {
    case 'text': {
      const size = s.body + 0.8;
      const width = g.width - (section.ref ? REF_GUTTER + 6 : 0);
      const p = lazyStruct(doc, 'P', sect);
      return paragraphBlocks(ink, section.text, 'regular', size, width, (line, i, top) => {
        p().add(() => ink.line(line, g.left, top, { size, color: c.text }));
        if (i === 0 && section.ref) {
          ink.artifact(() => ink.line(section.ref, g.left + g.width - REF_GUTTER, top + 1, refStyle));
        }
      }, 4);
    }
    case 'numbered':
    case 'paragraphs': {
      const numbered = section.kind === 'numbered';
      const gutter = numbered ? 18 : 26;
      const width = g.width - gutter - (numbered ? REF_GUTTER + 6 : 0);
      const list = lazyStruct(doc, numbered ? 'L' : 'Div', sect);
      return section.items.flatMap((item, index) => {
        if (numbered) {
          const lines = ink.wrap(item.text, 'regular', s.body, width);
          const block: Block = {
            height: lines.length * lh,
            gapBefore: index === 0 ? 4 : 6,
            keepWithNext: false,
            draw: (top) => {
              const li = doc.struct('LI');
              list().add(li);
              li.add(doc.struct('Lbl', {}, () => ink.line(`${item.label}.`, g.left, top, { role: 'bold', size: s.body, color: c.accent })));
              li.add(
                doc.struct('LBody', {}, () => {
                  lines.forEach((line, i) => ink.line(line, g.left + gutter, top + i * lh, { size: s.body, color: c.text }));
                  // The reference is content (read after the statement), printed in the right gutter.
                  ink.line(` ${item.ref}`, g.left + g.width - REF_GUTTER, top + 1, refStyle);
                }),
              );
            },
          };
          return [block];
        }
        // Article paragraphs may be long: one block per line, so they can continue on the next page.
        const p = lazyStruct(doc, 'P', list);
        return paragraphBlocks(ink, item.text, 'regular', s.body, width, (line, i, top) => {
          p().add(() => {
            if (i === 0) ink.line(`${item.label} `, g.left, top + 1, { size: s.small, color: c.muted });
            ink.line(line, g.left + gutter, top, { size: s.body, color: c.text });
          });
        }, index === 0 ? 4 : 5);
      });
    }
    case 'quotes': {
      const qs = s.body + 0.6;
      const qlh = ink.lineHeight('quote', qs);
      const pad = 7;
      const bar = 3;
      const inner = g.width - bar - pad * 2 - REF_GUTTER;
      return section.items.map((q, index) => {
        const lines = ink.wrap(`“${q.text}”`, 'quote', qs, inner);
        const attribution = q.mention ? `— ${q.attribution}, as “${q.mention}”` : `— ${q.attribution}`;
        const attrLines = ink.wrap(attribution, 'bold', s.small + 0.5, inner);
        const alh = ink.lineHeight('bold', s.small + 0.5);
        const height = pad + lines.length * qlh + 3 + attrLines.length * alh + pad - 2;
        return {
          height,
          gapBefore: index === 0 ? 6 : 6,
          keepWithNext: false,
          draw: (top: number) => {
            ink.artifact(() => {
              doc.rect(g.left, top, g.width, height).fill(c.panel);
              doc.rect(g.left, top, bar, height).fill(c.accent);
            });
            const x = g.left + bar + pad;
            const bq = doc.struct('BlockQuote');
            sect().add(bq);
            bq.add(
              doc.struct('P', {}, () =>
                lines.forEach((line, i) => ink.line(line, x, top + pad + i * qlh, { role: 'quote', size: qs, color: c.text })),
              ),
            );
            const at = top + pad + lines.length * qlh + 3;
            bq.add(
              doc.struct('P', {}, () => {
                attrLines.forEach((line, i) =>
                  ink.line(line, x, at + i * alh, { role: 'bold', size: s.small + 0.5, color: c.muted }),
                );
                ink.line(` ${q.ref}`, g.left + g.width - REF_GUTTER - pad, top + pad + 1, refStyle);
              }),
            );
          },
        };
      });
    }
    case 'table':
      return tableBlocks(ink, t, section.columns, section.rows, g, sect);
    case 'groups': {
      const columns: TableColumn[] = section.groups.map((grp) => ({ label: grp.label, width: 1 / section.groups.length, align: 'left' }));
      const rows: string[][] = [];
      const depth = Math.max(...section.groups.map((grp) => grp.names.length));
      for (let i = 0; i < depth; i++) rows.push(section.groups.map((grp) => grp.names[i] ?? ''));
      return tableBlocks(ink, t, columns, rows, g, sect, { ruled: false });
    }
    case 'timeline': {
      const dateWidth = 92;
      const textX = g.left + dateWidth + 14;
      const width = g.width - dateWidth - 14 - REF_GUTTER - 6;
      const list = lazyStruct(doc, 'L', sect);
      return section.items.map((item, index) => {
        const when = ink.wrap(item.when, 'bold', s.body, dateWidth - 4);
        const lines = ink.wrap(item.text, 'regular', s.body, width);
        const height = Math.max(when.length, lines.length) * lh;
        return {
          height,
          gapBefore: index === 0 ? 4 : 5,
          keepWithNext: false,
          draw: (top: number) => {
            ink.artifact(() => {
              const cx = g.left + dateWidth + 5;
              doc.circle(cx, top + lh / 2 - 0.5, 2.2).fill(c.accent);
              if (index < section.items.length - 1) {
                doc.moveTo(cx, top + lh / 2 + 3).lineTo(cx, top + height + 5).lineWidth(0.6).strokeColor(c.rule).stroke();
              }
            });
            const li = doc.struct('LI');
            list().add(li);
            li.add(
              doc.struct('Lbl', {}, () =>
                when.forEach((line, i) => ink.line(line, g.left, top + i * lh, { role: 'bold', size: s.body, color: c.accent })),
              ),
            );
            li.add(
              doc.struct('LBody', {}, () => {
                lines.forEach((line, i) => ink.line(line, textX, top + i * lh, { size: s.body, color: c.text }));
                ink.line(` ${item.ref}`, g.left + g.width - REF_GUTTER, top + 1, refStyle);
              }),
            );
          },
        };
      });
    }
    case 'inline': {
      const p = lazyStruct(doc, 'P', sect);
      return paragraphBlocks(ink, section.items.join('  ·  '), 'regular', s.body, g.width, (line, _i, top) => {
        p().add(() => ink.line(line, g.left, top, { size: s.body, color: c.text }));
      }, 4);
    }
  }
}

/**
 * A paragraph as one block per line, chained so that neither its first nor its last line is left alone
 * on a page (no orphans, no widows).
 */
function paragraphBlocks(
  ink: Ink,
  text: string,
  role: Role,
  size: number,
  width: number,
  drawLine: (line: string, index: number, top: number) => void,
  gapBefore: number,
): Block[] {
  const lines = ink.wrap(text, role, size, width);
  const lh = ink.lineHeight(role, size);
  return lines.map((line, i) => ({
    height: lh,
    gapBefore: i === 0 ? gapBefore : 0,
    keepWithNext: i === 0 || i === lines.length - 2,
    draw: (top: number) => drawLine(line, i, top),
  }));
}

/** A table: a header row (repeated on each page the table continues to) and one block per row. */
function tableBlocks(
  ink: Ink,
  t: Template,
  columns: TableColumn[],
  rows: string[][],
  g: Geometry,
  sect: () => Struct,
  o: { ruled: boolean } = { ruled: true },
): Block[] {
  const doc = ink.doc;
  const c = t.colors;
  const s = t.sizes;
  const padX = 4;
  const padY = 3;
  const lh = ink.lineHeight('regular', s.body);
  const xs: number[] = [];
  let x = g.left;
  for (const col of columns) {
    xs.push(x);
    x += col.width * g.width;
  }
  const colWidth = (i: number) => columns[i]!.width * g.width - padX * 2;
  const table = lazyStruct(doc, 'Table', sect);
  const headerSize = s.small;
  const headerHeight = ink.lineHeight('bold', headerSize) + padY * 2;
  const header: Block = {
    height: headerHeight,
    gapBefore: 4,
    keepWithNext: true,
    draw: (top, repeated) => {
      const drawCells = () =>
        columns.forEach((col, i) =>
          ink.line(col.label.toUpperCase(), xs[i]! + padX, top + padY, {
            role: 'bold',
            size: headerSize,
            color: c.muted,
            align: col.align,
            width: colWidth(i),
          }),
        );
      ink.artifact(() => {
        doc.rect(g.left, top, g.width, headerHeight).fill(c.panel);
      });
      if (repeated) {
        // Already in the structure tree on the page where the table starts.
        ink.artifact(drawCells);
        return;
      }
      const tr = doc.struct('TR');
      table().add(tr);
      columns.forEach((col, i) =>
        tr.add(
          // Scope tells assistive tech the header names its column (pdfkit supports it; its typings do not).
          doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions, () =>
            ink.line(col.label.toUpperCase(), xs[i]! + padX, top + padY, {
              role: 'bold',
              size: headerSize,
              color: c.muted,
              align: col.align,
              width: colWidth(i),
            }),
          ),
        ),
      );
    },
  };
  const rowBlocks: Block[] = rows.map((row) => {
    const look = (col: TableColumn) =>
      col.style === 'strong'
        ? { role: 'bold' as const, size: s.body, color: c.accent }
        : col.style === 'ref'
          ? { role: 'regular' as const, size: s.small, color: c.muted }
          : { role: 'regular' as const, size: s.body, color: c.text };
    const cells = row.map((cell, i) => ink.wrap(cell, look(columns[i]!).role, look(columns[i]!).size, colWidth(i)));
    const height = Math.max(1, ...cells.map((l) => l.length)) * lh + padY * 2;
    return {
      height,
      gapBefore: 0,
      keepWithNext: false,
      header,
      draw: (top: number) => {
        const tr = doc.struct('TR');
        table().add(tr);
        cells.forEach((lines, i) => {
          const col = columns[i]!;
          tr.add(
            doc.struct('TD', {}, () =>
              lines.forEach((line, j) =>
                ink.line(line, xs[i]! + padX, top + padY + j * lh + (col.style === 'ref' ? 1 : 0), {
                  ...look(col),
                  align: col.align,
                  width: colWidth(i),
                }),
              ),
            ),
          );
        });
        if (o.ruled) {
          ink.artifact(() => {
            doc.moveTo(g.left, top + height).lineTo(g.left + g.width, top + height).lineWidth(0.4).strokeColor(c.rule).stroke();
          });
        }
      },
    };
  });
  return [header, ...rowBlocks];
}

/** Blends two "#rrggbb" colours: `amount` 0 gives `a`, 1 gives `b`. */
function mix(a: string, b: string, amount: number): string {
  const ca = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const cb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${ca.map((v, i) => Math.round(v + (cb[i]! - v) * amount).toString(16).padStart(2, '0')).join('')}`;
}
