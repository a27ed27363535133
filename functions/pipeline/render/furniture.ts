/** Page furniture: the first page's header band, the running header of later pages, the footer. */
import type { LaidOutSheet } from '../layout.ts';
import type { Template } from '../templates.ts';
import type { Ink } from './ink.ts';
import type { SheetStructs } from './structs.ts';

export interface Geometry {
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

export function pageGeometry(t: Template, pageWidth: number, pageHeight: number): Geometry {
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
export function headerBand(ink: Ink, laid: LaidOutSheet, g: Geometry, structs: SheetStructs | null): number {
  const t = laid.template;
  const s = t.sizes;
  const c = t.colors;
  const doc = ink.doc;
  const draw = structs !== null;
  const labelSize = s.small;
  const titleLh = ink.lineHeight('bold', s.title);
  const titleLines = ink.wrap(laid.header.title, 'bold', s.title, g.width);
  const bylineSize = s.body;
  const bylineLines = ink.wrap(laid.header.byline.join('\u2002·\u2002'), 'regular', s.body, g.width);
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

export function runningHeader(ink: Ink, laid: LaidOutSheet, g: Geometry): number {
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

export function footer(ink: Ink, laid: LaidOutSheet, g: Geometry, page: number, pages: number, created: Date): void {
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

/** Blends two "#rrggbb" colours: `amount` 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, amount: number): string {
  const ca = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const cb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${ca.map((v, i) => Math.round(v + (cb[i]! - v) * amount).toString(16).padStart(2, '0')).join('')}`;
}
