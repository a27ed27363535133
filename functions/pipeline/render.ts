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
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { isSupporting, trimOneItem, type LaidOutSheet } from './layout.ts';
import { sheetBlocks } from './render/blocks.ts';
import { footer, headerBand, pageGeometry, runningHeader } from './render/furniture.ts';
import { fontView, Ink, type FontkitFont, type FontParser } from './render/ink.ts';
import { paginate, type MeasuredBlock, type Placement } from './render/paginate.ts';
import { pdfValue } from './render/pdf-object.ts';
import { SheetStructs } from './render/structs.ts';
import { PAGE_SIZES, type SectionType } from './templates.ts';

export interface RenderOptions {
  /** The clock: the PDF's CreationDate and the "Generated" line. Fixed date → identical bytes. */
  creationDate: Date;
  /** Told what the reader should know: text no font can show, items left out to fit the page limit. */
  onWarning?: (message: string) => void;
}

/** pdfkit parses the bytes (with its fontkit) when a document opens them; this document is never drawn. */
export const parseFont: FontParser = (bytes) => {
  const scratch = new PDFDocument({ autoFirstPage: false, font: bytes as unknown as string });
  return (scratch as unknown as { _font: { font: FontkitFont } })._font.font;
};

/** A plain pdfkit document, for tests that compare render/ink.ts's drawing with pdfkit's own. */
export function pdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  return new PDFDocument(options);
}

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata packet without XML escaping, so a title
 * with "&" or "<" would make the packet invalid XML. The Info dictionary is already written when the packet
 * is built, so the values are escaped just before, for the packet only.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as { endMetadata(): void; info: Record<string, unknown> };
  const endMetadata = d.endMetadata.bind(doc);
  d.endMetadata = () => {
    for (const [key, value] of Object.entries(d.info)) {
      if (typeof value === 'string') d.info[key] = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }
    endMetadata();
  };
}

/** What pdfkit keeps for an indirect object with a stream (not in its public typings). */
interface PdfRef {
  id: number;
  gen: number;
  offset: number;
  document: { _offset: number; _security?: unknown; _write(data: string | Uint8Array): void; _refEnd(ref: PdfRef): void };
  compress: boolean;
  buffer: Uint8Array[];
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  finalize(): void;
}

/**
 * Streams are deflated here instead of by pdfkit (zlib's default level 6), at a level chosen per kind of
 * stream: over 100 sheets, level 1 made the font subsets (which hardly compress) 1% bigger for 23% less
 * time, level 3 the page contents and character maps 14% bigger for 54% less; tiny streams (a few bytes of
 * CIDSet) grow when deflated and are stored as they are.
 */
function deflateStream(ref: PdfRef): void {
  if (!ref.compress || ref.buffer.length === 0) return;
  const raw = Buffer.concat(ref.buffer);
  ref.compress = false;
  if (raw.length < TINY_STREAM) {
    delete ref.data['Filter'];
    ref.buffer = [raw];
    return;
  }
  const isTrueType = raw.readUInt32BE(0) === 0x00010000 || raw.toString('latin1', 0, 4) === 'true';
  ref.buffer = [deflateSync(raw, { level: isTrueType ? 1 : 3 })];
  ref.data['Filter'] = 'FlateDecode';
}
const TINY_STREAM = 64;

/** A stream object whose text lines are gathered in one string until bytes are written or it ends. */
interface LineRef extends PdfRef {
  lines?: string;
}
/** pdfkit's own PDFReference methods, kept when they are replaced (once per process, on the prototype). */
let pdfkitRef: { write: PdfRef['write']; finalize: PdfRef['finalize'] } | null = null;

function flushLines(ref: LineRef): void {
  if (ref.lines) pdfkitRef!.write.call(ref, Buffer.from(ref.lines, 'latin1'));
  ref.lines = '';
}
function writeLine(this: LineRef, chunk: string | Uint8Array): void {
  if (typeof chunk === 'string') this.lines = `${this.lines ?? ''}${chunk}\n`;
  else {
    flushLines(this);
    pdfkitRef!.write.call(this, chunk);
  }
}
function finalizeLines(this: LineRef): void {
  if (this.lines) flushLines(this);
  deflateStream(this);
  if (this.document._security) pdfkitRef!.finalize.call(this);
  else writeObject(this);
}

/**
 * pdfkit's PDFReference.finalize for an unencrypted document: the object, its dictionary (written by
 * pdfValue, as pdfkit's convert writes it) and its stream, already deflated by deflateStream, which
 * pdfkit would copy once more into one array.
 */
function writeObject(ref: LineRef): void {
  const doc = ref.document;
  ref.offset = doc._offset;
  let stream: Uint8Array | null = null;
  if (ref.buffer.length > 0) {
    stream = ref.buffer.length === 1 ? ref.buffer[0]! : Buffer.concat(ref.buffer);
    ref.data['Length'] = stream.length;
  }
  doc._write(`${ref.id} ${ref.gen} obj`);
  doc._write(pdfValue(ref.data));
  if (stream) {
    doc._write('stream');
    doc._write(stream);
    ref.buffer = [];
    doc._write('\nendstream');
  }
  doc._write('endobj');
  doc._refEnd(ref);
}

/**
 * Every pdfkit object gets writeLine/finalizeLines in place of its own write/finalize. Done on the shared
 * prototype, once: setting them on each object cost more than the rest of making it (a sheet has hundreds of
 * objects, most of them structure elements). Only documents made here see the change (the sheet, and the plain
 * ones pdfDocument() makes for tests that compare with pdfkit's own drawing); the bytes it writes are pdfkit's but for the deflate levels (deflateStream). These are
 * pdfkit 0.20.2 internals, so package.json pins that exact version: a new one is taken on purpose, with the
 * render tests (byte-identical output, pdfjs reading every section) run against it.
 */
function gatherStreamLines(anyRef: object): void {
  if (pdfkitRef) return;
  const proto = Object.getPrototypeOf(anyRef) as PdfRef;
  pdfkitRef = { write: proto.write, finalize: proto.finalize };
  proto.write = writeLine;
  proto.finalize = finalizeLines;
}

/**
 * pdfkit turns every line it writes (each operator of a content stream, each line of each object) into a
 * Uint8Array of its own, and pushes each object line through the document's stream. The same bytes are
 * made here from one string per run of lines, and the document's output is collected directly; only the
 * header, written before this is installed, goes through the stream. Strings are binary (one byte per char):
 * 'latin1' keeps each code unit's low byte, as pdfkit's fromBinaryString does.
 */
function collectOutput(doc: PDFKit.PDFDocument): () => Buffer[] {
  const d = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number; _root: object };
  const parts: Buffer[] = [];
  let pending = '';
  const flush = () => {
    if (pending !== '') parts.push(Buffer.from(pending, 'latin1'));
    pending = '';
  };
  d._write = (data) => {
    if (typeof data === 'string') {
      const line = `${data}\n`;
      pending += line;
      d._offset += line.length;
    } else {
      flush();
      parts.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
      d._offset += data.byteLength;
    }
  };
  gatherStreamLines(d._root);
  return () => {
    flush();
    return parts;
  };
}

/** A last page filled less than this (of its content height) is worth trimming a few items to avoid. */
const SHORT_LAST_PAGE = 0.2;
/** How many items at most may go to save such a page. */
const SHORT_PAGE_STEPS = 6;

/** How much of its content height the last page fills. */
function lastPageFill(a: { blocks: readonly MeasuredBlock[]; pages: Placement[][] }, available: readonly [number, number]): number {
  const last = a.pages.at(-1)!;
  const bottom = Math.max(0, ...last.map((p) => p.y + a.blocks[p.block]!.height));
  return bottom / available[a.pages.length === 1 ? 0 : 1];
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
    font: fontView(t.fonts.regular, parseFont),
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
  escapeXmpInfo(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const collected = collectOutput(doc);
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat([...chunks, ...collected()]))));
    doc.on('error', reject);
  });

  const ink = new Ink(doc, t, parseFont);
  const geometry = pageGeometry(t, pageWidth, pageHeight);
  const bandHeight = headerBand(ink, laid, geometry, null);
  const available: [number, number] = [geometry.bottom - bandHeight, geometry.bottom - geometry.runningTop];

  // Fit: drop the least important items until the sheet is within the template's page limit. Trimming
  // is a fixed sequence of steps (layout.trimOneItem), so search it for the fewest steps that fit instead
  // of measuring after every single step.
  const maxPages = t.page.maxPages ?? Number.POSITIVE_INFINITY;
  const steps: { sheet: LaidOutSheet; dropped: string; type?: SectionType }[] = [{ sheet: laid, dropped: '' }];
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
  type Attempt = ReturnType<typeof attempt>;
  /**
   * The attempt with the fewest steps past `from` (which does not fit) that fits in `target` pages, trimming at
   * most `limit` steps in all: grow the step count until it fits (or nothing more can go), then bisect back.
   * `last` is the last attempt made when none fits.
   */
  const fewestSteps = (target: number, from: number, limit: number): { fit: Attempt | null; last: Attempt | null } => {
    let low = from;
    let high = from + 1;
    let fit: Attempt | null = null;
    let last: Attempt | null = null;
    for (;;) {
      high = Math.min(high, limit);
      if (high <= low) return { fit: null, last };
      if (step(high) === null) high = steps.length - 1;
      if (high <= low) return { fit: null, last };
      const a = attempt(high);
      if (a.pages.length <= target) {
        fit = a;
        break;
      }
      last = a;
      if (high >= limit || (high === steps.length - 1 && step(high + 1) === null)) return { fit: null, last };
      low = high;
      high = from + (high - from) * 2;
    }
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      const a = attempt(mid);
      if (a.pages.length <= target) {
        fit = a;
        high = mid;
      } else low = mid;
    }
    return { fit, last: fit };
  };
  let best = attempt(0);
  if (best.pages.length > maxPages) {
    const { fit, last } = fewestSteps(maxPages, 0, Number.POSITIVE_INFINITY);
    best = fit ?? last ?? best;
  }
  // A last page holding a few lines (a name or two of the entity table) is a page an editor throws away: when
  // the template limits pages, a few more of the least important items go so the sheet ends a page earlier,
  // as long as they are names, outlets, figures or dates, never a statement or a quote.
  if (t.page.maxPages !== undefined && best.pages.length > 1 && lastPageFill(best, available) < SHORT_LAST_PAGE) {
    const { fit } = fewestSteps(best.pages.length - 1, best.k, best.k + SHORT_PAGE_STEPS);
    if (fit && steps.slice(best.k + 1, fit.k + 1).every((s) => s.type !== undefined && isSupporting(s.type))) best = fit;
  }
  const pageLimit = Math.min(maxPages, best.pages.length);
  const { structs, blocks } = best;
  let pages = best.pages;
  const dropped = new Map<string, number>();
  for (const s of steps.slice(1, best.k + 1)) dropped.set(s.dropped, (dropped.get(s.dropped) ?? 0) + 1);
  for (const [title, n] of dropped) {
    warn(`template ${t.name}: ${n} item${n === 1 ? '' : 's'} of "${title}" left out to fit ${pageLimit} page${pageLimit === 1 ? '' : 's'}`);
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
