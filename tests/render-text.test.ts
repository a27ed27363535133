import { describe, expect, it } from 'vitest';
import { parseFont, pdfDocument } from '../functions/pipeline/render.ts';
import { drawText, fillColor, fontView, Ink } from '../functions/pipeline/render/ink.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';

const DATE = new Date('2026-11-23T12:00:00Z');

type Draw = (doc: PDFKit.PDFDocument, text: string, x: number, y: number) => void;

/** A document with the template's fonts opened as the renderer opens them, lines drawn by `draw` in the regular one. */
async function pdfOf(lines: { text: string; size: number }[], draw: Draw) {
  const t = resolveTemplate('standard');
  const doc = pdfDocument({
    size: [595.28, 841.89],
    autoFirstPage: false,
    font: fontView(t.fonts.regular, parseFont),
    compress: false,
    info: { CreationDate: DATE, ModDate: DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const ink = new Ink(doc, t, parseFont);
  doc.addPage();
  const fragments = { count: 0 };
  const d = doc as unknown as { _fragment(...a: unknown[]): void };
  const fragment = d._fragment.bind(doc);
  d._fragment = (...a: unknown[]) => {
    fragments.count++;
    fragment(...a);
  };
  lines.forEach((line, i) => {
    ink.lineHeight('regular', line.size); // selects the regular font at the line's size
    draw(doc, line.text, 40.123456789 + i, 60.5 + i * 13.7);
  });
  doc.end();
  return { bytes: await done, fragments: fragments.count };
}

describe('render: plain lines written without pdfkit text layout', () => {
  it('writes the same PDF bytes as pdfkit fillColor and text, subset order and character maps included', async () => {
    const ink = (t: string, size = 9) => ({ text: t, size });
    const lines = [
      ink('שלום עולם and مرحبا بالعالم first, before any space was drawn'),
      ink('AVATAR Today, Wa. Yo! To “quoted” text — with dashes '),
      ink('double  spaces,\ttabs and a trailing space '),
      ink('x', 13.3),
      ink('Москва и Ελλάδα: €12.5m, £3, ₹40'),
      ink('AVATAR Today again, kerned: LT AT Ty'),
      ink('accents composed: cafe\u0301 and Zoe\u0308'),
      ink('   '),
    ];
    const colour = (x: number) => ['#1b232c', '#5B6673', '#ffffff', '#000000'][Math.floor(x) % 4]!;
    const fast = await pdfOf(lines, (doc, text, x, y) => {
      fillColor(doc, colour(x));
      drawText(doc, text, x, y, undefined);
    });
    const slow = await pdfOf(lines, (doc, text, x, y) => doc.fillColor(colour(x)).text(text, x, y, { lineBreak: false }));
    expect(fast.bytes.length).toBeGreaterThan(1000);
    expect(Buffer.compare(fast.bytes, slow.bytes)).toBe(0);
    // pdfkit's own path is taken only for a line with a mark placed off its pen position.
    expect(slow.fragments).toBe(lines.length);
    expect(fast.fragments).toBeLessThan(lines.length);
  });

  it('writes kerning between pieces of one TJ array, as pdfkit does', async () => {
    const { bytes } = await pdfOf([{ text: 'AVATAR To', size: 9 }], (doc, text, x, y) => drawText(doc, text, x, y, undefined));
    const tj = bytes.toString('latin1').match(/\[(<[0-9a-f]+> -?[\d.]+ ?)+\] TJ/g) ?? [];
    expect(tj).toHaveLength(1);
    expect(tj[0]!.split('>').length - 1).toBeGreaterThan(2);
  });
});
