/**
 * A faster TrueType subset writer that produces exactly the bytes fontkit's TTFSubset.encode produces.
 *
 * Why: fontkit rebuilds every table through its generic struct encoder on every document (the font
 * programs byte by byte, every glyph decoded again in each document's font view): a few ms per font,
 * about half of a sheet's rendering time. Here the tables that do not depend on the glyph set (head, cvt,
 * prep, fpgm, and hhea/maxp but for one count each) are the font file's own bytes, glyph bytes and metrics
 * are read once per glyph, and each document only copies them together. tests/render.test.ts compares the two writers byte for byte.
 */

/** The parts of a parsed fontkit TrueType font this writer reads (not in fontkit's public typings). */
export interface TtfFont {
  getGlyph(gid: number): {
    advanceWidth: number;
    _getMetrics(): { leftBearing: number };
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  };
  loca: { offsets: number[]; version: number };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  stream: { buffer: Uint8Array };
}

/** fontkit's subset object as pdfkit uses it: glyph ids in subset order, and the id → subset index map. */
export interface TtfSubset {
  glyphs: number[];
  includeGlyph(gid: number): number;
}

interface GlyphData {
  bytes: Uint8Array;
  /** Byte positions of component glyph ids in a composite glyph, with the ids they hold. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

interface FontTables {
  /** Tables in the order fontkit writes them, and the font's own bytes of those copied (hhea, maxp patched). */
  order: string[];
  fixed: Map<string, Uint8Array>;
  glyf: Uint8Array;
  glyphs: Map<number, GlyphData>;
}

const perFont = new WeakMap<TtfFont, FontTables>();

/** The tables of a subset, in fontkit's order; cvt, prep and fpgm only when the font has them. */
const SUBSET_TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'];
const REBUILT = new Set(['loca', 'glyf', 'hmtx']);

function rawTable(font: TtfFont, tag: string): Uint8Array | null {
  const entry = font.directory.tables[tag];
  if (!entry || entry.length === 0) return null;
  return font.stream.buffer.subarray(entry.offset, entry.offset + entry.length);
}

function tablesOf(font: TtfFont): FontTables {
  let t = perFont.get(font);
  if (t) return t;
  // fontkit decodes and re-encodes head, hhea, maxp, cvt, prep and fpgm unchanged (but for two counts,
  // patched per subset), which gives back the font's own bytes: they are copied from the file.
  const order: string[] = [];
  const fixed = new Map<string, Uint8Array>();
  for (const tag of SUBSET_TABLES) {
    const raw = rawTable(font, tag);
    if (!raw) continue;
    order.push(tag);
    if (!REBUILT.has(tag)) fixed.set(tag, raw);
  }
  const glyf = rawTable(font, 'glyf');
  if (!glyf || !fixed.has('hhea') || !fixed.has('maxp') || !fixed.has('head')) {
    throw new Error('render: font lacks a table a subset needs (head, hhea, maxp, glyf)');
  }
  t = { order, fixed, glyf, glyphs: new Map() };
  perFont.set(font, t);
  return t;
}

/**
 * The header of the `post` table, the only part pdfkit reads (isFixedPitch, italicAngle). fontkit decodes
 * the whole table on first use, every glyph name included: tens of ms per font in a fresh process.
 */
export function postHeader(font: TtfFont): Record<string, number> | null {
  const raw = rawTable(font, 'post');
  if (!raw || raw.length < 32) return null;
  const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return {
    version: v.getInt32(0) / 65536,
    italicAngle: v.getInt32(4) / 65536,
    underlinePosition: v.getInt16(8),
    underlineThickness: v.getInt16(10),
    isFixedPitch: v.getUint32(12),
    minMemType42: v.getUint32(16),
    maxMemType42: v.getUint32(20),
    minMemType1: v.getUint32(24),
    maxMemType1: v.getUint32(28),
  };
}

function glyphData(font: TtfFont, t: FontTables, gid: number): GlyphData {
  let g = t.glyphs.get(gid);
  if (g) return g;
  const start = font.loca.offsets[gid]!;
  const end = font.loca.offsets[gid + 1]!;
  const bytes = t.glyf.subarray(start, end);
  const glyph = font.getGlyph(gid);
  const decoded = end > start && (bytes[0]! & 0x80) !== 0 ? glyph._decode() : null;
  g = {
    bytes,
    components: decoded && decoded.numberOfContours < 0 ? decoded.components!.map((c) => ({ glyphID: c.glyphID, pos: c.pos })) : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
  t.glyphs.set(gid, g);
  return g;
}

/**
 * The subset font file for `subset` (glyphs in subset order; components of composite glyphs are added to
 * the subset as they are met, as fontkit does). `font` is the shared parsed font, not a document's view.
 */
export function encodeSubset(font: TtfFont, subset: TtfSubset): Uint8Array {
  const t = tablesOf(font);
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  const metrics: GlyphData[] = [];
  let offset = 0;
  // The list grows while it is read: composite glyphs pull in their components.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const g = glyphData(font, t, subset.glyphs[i]!);
    let bytes = g.bytes;
    if (g.components) {
      bytes = new Uint8Array(g.bytes);
      const view = new DataView(bytes.buffer);
      for (const c of g.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
    }
    parts.push(bytes);
    offsets.push(offset);
    metrics.push(g);
    offset += bytes.length;
  }
  offsets.push(offset);
  const n = metrics.length;
  const shortLoca = font.loca.version === 0;

  const tables = new Map<string, Uint8Array>();
  const glyf = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    glyf.set(p, at);
    at += p.length;
  }
  tables.set('glyf', glyf);
  const loca = new Uint8Array(offsets.length * (shortLoca ? 2 : 4));
  const lv = new DataView(loca.buffer);
  offsets.forEach((o, i) => (shortLoca ? lv.setUint16(i * 2, o >>> 1) : lv.setUint32(i * 4, o)));
  tables.set('loca', loca);
  const hmtx = new Uint8Array(n * 4);
  const hv = new DataView(hmtx.buffer);
  metrics.forEach((m, i) => {
    hv.setUint16(i * 4, m.advance);
    hv.setInt16(i * 4 + 2, m.bearing);
  });
  tables.set('hmtx', hmtx);
  const hhea = new Uint8Array(t.fixed.get('hhea')!);
  new DataView(hhea.buffer).setUint16(34, n); // numberOfMetrics
  tables.set('hhea', hhea);
  const maxp = new Uint8Array(t.fixed.get('maxp')!);
  new DataView(maxp.buffer).setUint16(4, n); // numGlyphs
  tables.set('maxp', maxp);

  const headerSize = 12 + 16 * t.order.length;
  let size = headerSize;
  const body = t.order.map((tag) => {
    const bytes = tables.get(tag) ?? t.fixed.get(tag)!;
    size += bytes.length;
    return bytes;
  });
  const out = new Uint8Array(size);
  const ov = new DataView(out.buffer);
  // The directory header as fontkit writes it: tag "true", then the binary-search fields.
  out.set([0x74, 0x72, 0x75, 0x65]);
  const count = t.order.length;
  const pow2 = 2 ** Math.floor(Math.log2(count));
  ov.setUint16(4, count);
  ov.setUint16(6, pow2 * 16);
  ov.setUint16(8, Math.log2(pow2));
  ov.setUint16(10, count * 16 - pow2 * 16);
  let dataAt = headerSize;
  t.order.forEach((tag, i) => {
    const e = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[e + k] = tag.charCodeAt(k);
    ov.setUint32(e + 4, 0); // fontkit leaves checksums at 0
    ov.setUint32(e + 8, dataAt);
    ov.setUint32(e + 12, body[i]!.length);
    out.set(body[i]!, dataAt);
    dataAt += body[i]!.length;
  });
  return out;
}
