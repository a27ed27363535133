/**
 * Sections → measured blocks: a heading, a statement, a quote card, a table row, one line of a long
 * paragraph. Each block knows its height before anything is drawn (so pagination is arithmetic) and how
 * to draw itself, tagged, once placed.
 */
import { shownCount, type LaidOutSection, type LaidOutSheet, type TableColumn } from '../layout.ts';
import type { Template } from '../templates.ts';
import type { Geometry } from './furniture.ts';
import type { Ink, Role } from './ink.ts';
import type { MeasuredBlock } from './paginate.ts';
import { lazyStruct, type SheetStructs, type Struct } from './structs.ts';

export interface Block extends MeasuredBlock {
  /** The table header this row repeats at the top of a page (resolved to `repeatHeader` when flattened). */
  header?: Block;
  /** Draws the block with its top at page coordinate `top` (pdfkit: origin top-left, y down). */
  draw(top: number, repeated: boolean): void;
}

const REF_GUTTER = 30;
/** Between a one-line quote and the speaker set beside it. */
const BESIDE_GAP = 10;
/** DejaVu's ascent in ems (hhea 1901 / 2048): where a line's baseline falls below its top. */
const DEJAVU_ASCENT = 0.928;
/** Printed above the first timeline entry whose date could not be placed in time. */
const UNDATED_MARK = 'NOT DATED · IN ARTICLE ORDER ';

export function sheetBlocks(ink: Ink, laid: LaidOutSheet, g: Geometry, structs: SheetStructs): Block[] {
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
  // "4 of 7" beside the heading when the sheet shows only some of the section's items.
  const shown = shownCount(section);
  const count = section.total !== undefined && section.total > shown ? `${shown} of ${section.total}` : null;
  const countWidth = count ? ink.width(count, 'regular', s.small) + 12 : 0;
  const headingLines = ink.wrap(section.title.toUpperCase(), 'bold', s.heading, g.width - countWidth);
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
      if (count) {
        const y = top + headingLines.length * headingLh - ink.lineHeight('regular', s.small);
        sect().add(doc.struct('P', {}, () => ink.line(count, g.left, y, { size: s.small, color: c.muted, align: 'right', width: g.width })));
      }
      ink.artifact(() => {
        const y = top + headingLines.length * headingLh + 1;
        doc.moveTo(g.left, y).lineTo(g.left + g.width, y).lineWidth(0.8).strokeColor(c.rule).stroke();
        doc.rect(g.left, y - 0.6, 28, 2).fill(c.accent);
      });
    },
  };
  const body = bodyBlocks(ink, t, section, g, sect);
  if (body.length === 0) return [];
  // Shown at the top of a page the section continues to (tables repeat their own header instead).
  const continuedLh = ink.lineHeight('bold', s.small);
  const continued: Block = {
    height: continuedLh + 4,
    gapBefore: 0,
    keepWithNext: true,
    repeatOnly: true,
    draw: (top) =>
      ink.artifact(() =>
        ink.line(ink.fit(`${section.title.toUpperCase()} (CONTINUED)`, 'bold', s.small, g.width), g.left, top, {
          role: 'bold',
          size: s.small,
          color: c.muted,
        }),
      ),
  };
  for (const b of body) b.header ??= continued;
  return [heading, continued, ...body];
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
      const as = s.small + 0.5;
      const alh = ink.lineHeight('bold', as);
      // Top of the attribution when it shares the quote's line, so the two stand on one baseline.
      const besideDrop = DEJAVU_ASCENT * (qs - as);
      return section.items.map((q) => {
        const lines = ink.wrap(`“${q.text}”`, 'quote', qs, inner);
        const attribution = q.mention ? `— ${q.attribution}, as “${q.mention}”` : `— ${q.attribution}`;
        // A one-line quote has its speaker beside it when both fit: a card of one line, not two.
        const quoteWidth = lines.length === 1 ? ink.width(lines[0]!, 'quote', qs) : Infinity;
        const beside = quoteWidth + BESIDE_GAP + ink.width(attribution, 'bold', as) <= inner;
        const attrLines = beside ? [attribution] : ink.wrap(attribution, 'bold', as, inner);
        const height = beside ? pad + qlh + pad - 2 : pad + lines.length * qlh + 3 + attrLines.length * alh + pad - 2;
        return {
          height,
          gapBefore: 6,
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
            const ax = beside ? x + quoteWidth + BESIDE_GAP : x;
            const at = beside ? top + pad + besideDrop : top + pad + lines.length * qlh + 3;
            bq.add(
              doc.struct('P', {}, () => {
                attrLines.forEach((line, i) => ink.line(line, ax, at + i * alh, { role: 'bold', size: as, color: c.muted }));
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
      // Entries the extractor could not place in time follow the dated ones: a label says where they begin,
      // and the timeline's rule stops above it, so "Friday" is not read as coming after 12 March.
      const firstUndated = section.items.findIndex((item) => item.undated);
      const markLh = ink.lineHeight('bold', s.small);
      return section.items.map((item, index) => {
        const mark = index === firstUndated ? UNDATED_MARK : null;
        const markHeight = mark ? markLh + 3 : 0;
        const when = ink.wrap(item.when, 'bold', s.body, dateWidth - 4);
        const lines = ink.wrap(item.text, 'regular', s.body, width);
        const height = markHeight + Math.max(when.length, lines.length) * lh;
        const ruleToNext = index < section.items.length - 1 && index + 1 !== firstUndated;
        return {
          height,
          gapBefore: index === 0 ? 4 : mark ? 9 : 5,
          keepWithNext: false,
          draw: (blockTop: number) => {
            const top = blockTop + markHeight;
            ink.artifact(() => {
              const cx = g.left + dateWidth + 5;
              doc.circle(cx, top + lh / 2 - 0.5, 2.2).fill(mark || item.undated ? c.muted : c.accent);
              if (ruleToNext) {
                doc.moveTo(cx, top + lh / 2 + 3).lineTo(cx, blockTop + height + 5).lineWidth(0.6).strokeColor(c.rule).stroke();
              }
            });
            const li = doc.struct('LI');
            list().add(li);
            li.add(
              doc.struct('Lbl', {}, () => {
                if (mark) ink.line(mark, g.left, blockTop, { role: 'bold', size: s.small, color: c.muted });
                when.forEach((line, i) => ink.line(line, g.left, top + i * lh, { role: 'bold', size: s.body, color: c.accent }));
              }),
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
      const drawCell = (i: number) =>
        ink.line(columns[i]!.label.toUpperCase(), xs[i]! + padX, top + padY, {
          role: 'bold',
          size: headerSize,
          color: c.muted,
          align: columns[i]!.align,
          width: colWidth(i),
        });
      const drawCells = () => columns.forEach((_, i) => drawCell(i));
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
      columns.forEach((_, i) =>
        tr.add(
          // Scope tells assistive tech the header names its column (pdfkit supports it; its typings do not).
          doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions, () => drawCell(i)),
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
