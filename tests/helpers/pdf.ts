/**
 * Reads a PDF the way a reader's software does (pdfjs-dist), so tests assert on what a person would see:
 * text per page with positions, page count, document info, outline, links, fonts, tagging.
 * Shared by every test that checks a rendered fact sheet; never search PDF bytes for text.
 *
 *   const pdf = await readPdf(bytes);
 *   expect(pdf.pageCount).toBe(1);
 *   expect(pdf.text).toContain('Sergey Lavrov');
 *   expect(textOutsidePage(pdf)).toEqual([]);
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  /** PDF user space, origin at the bottom-left of the page; `y` is the baseline. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The real font name, e.g. "BAAAAA+DejaVuSans" (subset tag + family). */
  font: string;
  /** Inside an /Artifact marked-content sequence (page furniture a screen reader skips). */
  artifact: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's text in reading order: lines top to bottom, items left to right, joined with "\n". */
  text: string;
  /**
   * What a screen reader reads: the non-artifact text in content-stream order, items joined with "" and
   * marked-content sequences separated by " " (so a wrapped sentence reads as one string).
   */
  readingText: string;
  /** URI link annotations on this page. */
  links: string[];
}

export interface PdfOutlineNode {
  title: string;
  children: PdfOutlineNode[];
}

export interface PdfStructNode {
  role: string;
  children: PdfStructNode[];
}

export interface ReadPdf {
  pageCount: number;
  pages: PdfPage[];
  /** All pages' text, joined with "\n" (pages separated by a form feed "\f\n"). */
  text: string;
  /** All pages' readingText, joined with " ". */
  readingText: string;
  /** Document info dictionary: Title, Author, Subject, Keywords, Creator, Producer, CreationDate, ... */
  info: Record<string, unknown>;
  /** The XMP metadata packet as pdfjs parsed it ("dc:title", "dc:creator", ...); null when absent or invalid. */
  xmp: Record<string, unknown> | null;
  /** Document language (/Lang in the catalog), or null. */
  lang: string | null;
  /** True when the catalog says the document is tagged (/MarkInfo /Marked true). */
  tagged: boolean;
  /** Outline (bookmarks) tree. */
  outline: PdfOutlineNode[];
  /** Structure tree of each page (null when the page has none). Roles only; content leaves are dropped. */
  structTrees: (PdfStructNode | null)[];
  /** Every distinct real font name used for text, sorted. */
  fonts: string[];
}

/** Parses `bytes` fully. Throws when pdfjs cannot read them (which is itself a useful assertion). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true })
    .promise;
  try {
    const pages: PdfPage[] = [];
    const structTrees: (PdfStructNode | null)[] = [];
    const fonts = new Set<string>();
    let lang: string | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent({ includeMarkedContent: true });
      lang ??= content.lang;
      // Loading the operator list resolves the fonts, so their real names can be read from commonObjs.
      await page.getOperatorList();
      const fontName = (id: string): string => {
        try {
          const f = page.commonObjs.get(id) as { name?: string } | undefined;
          return f?.name ?? id;
        } catch {
          return id;
        }
      };
      const items: PdfTextItem[] = [];
      const marks: string[] = [];
      let reading = '';
      for (const it of content.items) {
        if (!('str' in it)) {
          const m = it as { type: string; tag?: string };
          if (m.type === 'endMarkedContent') marks.pop();
          else marks.push(m.tag ?? '');
          if (!marks.includes('Artifact') && reading !== '' && !reading.endsWith(' ')) reading += ' ';
          continue;
        }
        if (it.str === '') continue;
        const t = it.transform as number[];
        const font = fontName(it.fontName);
        fonts.add(font);
        const artifact = marks.includes('Artifact');
        if (!artifact) reading += it.str;
        items.push({ str: it.str, x: t[4]!, y: t[5]!, width: it.width, height: it.height, font, artifact });
      }
      const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string }[];
      const links = annotations
        .filter((a) => a.subtype === 'Link' && (a.url ?? a.unsafeUrl))
        .map((a) => (a.url ?? a.unsafeUrl)!);
      const readingText = reading.replace(/\s+/g, ' ').trim();
      pages.push({ number: n, width: x1 - x0, height: y1 - y0, items, text: pageText(items), readingText, links });
      structTrees.push(toStructNode(await page.getStructTree()));
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    return {
      pageCount: doc.numPages,
      pages,
      text: pages.map((p) => p.text).join('\f\n'),
      readingText: pages.map((p) => p.readingText).join(' '),
      info: meta.info as Record<string, unknown>,
      xmp: meta.metadata ? Object.fromEntries(meta.metadata as Iterable<[string, unknown]>) : null,
      lang: lang ?? (((meta.info as Record<string, unknown>)['Language'] as string | undefined) ?? null),
      tagged: markInfo?.Marked === true,
      outline: toOutline(await doc.getOutline()),
      structTrees,
      fonts: [...fonts].sort(),
    };
  } finally {
    await doc.destroy();
  }
}

/** Lines top to bottom (items within 2pt of the same baseline are one line), left to right within a line. */
function pageText(items: PdfTextItem[]): string {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= 2) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join(''),
    )
    .join('\n');
}

type RawOutline = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;
function toOutline(nodes: RawOutline | null): PdfOutlineNode[] {
  return (nodes ?? []).map((n) => ({ title: n.title, children: toOutline(n.items as RawOutline) }));
}

interface RawStruct {
  role?: string;
  children?: RawStruct[];
}
function toStructNode(node: unknown): PdfStructNode | null {
  if (!node || typeof node !== 'object') return null;
  const raw = node as RawStruct;
  return {
    role: raw.role ?? '',
    children: (raw.children ?? []).filter((c) => typeof c.role === 'string').map((c) => toStructNode(c)!),
  };
}

/** Every role in a structure tree, depth first (e.g. to check that "H1", "P", "Table" occur). */
export function structRoles(node: PdfStructNode | null): string[] {
  if (!node) return [];
  return [node.role, ...node.children.flatMap(structRoles)];
}

/** Text items that stick out of their page box (with `tolerance` points of slack). Empty means all inside. */
export function textOutsidePage(pdf: ReadPdf, tolerance = 0.5): { page: number; item: PdfTextItem }[] {
  const out: { page: number; item: PdfTextItem }[] = [];
  for (const page of pdf.pages) {
    for (const item of page.items) {
      const inside =
        item.x >= -tolerance &&
        item.x + item.width <= page.width + tolerance &&
        item.y >= -tolerance &&
        item.y + item.height <= page.height + tolerance;
      if (!inside) out.push({ page: page.number, item });
    }
  }
  return out;
}

/** Whitespace-insensitive "contains": text wrapped over lines still matches. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Index of each needle in the document text (whitespace-insensitive, line breaks ignored), in the order
 * given; -1 for a needle not found. Use to check that sections appear, and appear in order.
 */
export function positionsOf(pdf: ReadPdf, needles: string[]): number[] {
  const hay = pdf.text.replace(/\s+/g, '');
  return needles.map((n) => hay.indexOf(n.replace(/\s+/g, '')));
}
