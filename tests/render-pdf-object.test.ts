import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfDocument } from '../functions/pipeline/render.ts';
import { pdfValue } from '../functions/pipeline/render/pdf-object.ts';

/**
 * Each value written as a dictionary entry of an object by pdfkit's own code (this file never calls
 * render, so pdfkit's PDFReference.finalize is untouched), read back from the document's bytes.
 */
async function pdfkitWrites(values: unknown[]): Promise<string[]> {
  const doc = pdfDocument({ autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<string>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))));
  const d = doc as unknown as { ref(data: unknown): { id: number; end(): void } };
  const ids = values.map((v) => {
    const ref = d.ref({ V: v });
    ref.end();
    return ref.id;
  });
  doc.end();
  const text = await done;
  return ids.map((id) => {
    const m = new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`).exec(text);
    return m![1]!;
  });
}

const asWritten = (v: unknown) => pdfValue({ V: v });

describe('render: PDF objects written as pdfkit writes them', () => {
  it('writes names, numbers, strings, dates, arrays, dictionaries and references alike', async () => {
    const doc = pdfDocument({ autoFirstPage: false });
    const ref = (doc as unknown as { ref(): unknown }).ref();
    const values: unknown[] = [
      'Name',
      0,
      -0,
      1 / 3,
      -12.3456789,
      595.28,
      1e-7,
      123456789.123,
      true,
      false,
      null,
      new String('plain (ascii) with \\ and \n\r\t\b\f'),
      new String('Zoë’s “quote” — €5 😀'),
      new String(''),
      new Date(Date.UTC(2026, 10, 23, 4, 5, 6)),
      new Date(Date.UTC(987, 0, 1, 0, 0, 0)),
      [0, [600.09765625, 317.87109375, undefined, null], 'Identity'],
      [],
      { Type: 'Font', Skip: undefined, Nested: { K: [1, 2, { MCID: 3 }] } },
      Object.assign(Object.create(null) as object, { Bare: 1 }),
      {},
      ref,
      new Uint8Array([0, 15, 16, 255]),
    ];
    expect(await pdfkitWrites(values)).toEqual(values.map(asWritten));
  });

  it('writes any nesting of them alike', async () => {
    const leaf = fc.oneof(
      fc.constantFrom('A', 'Span', 'MCR'),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer(),
      fc.string().map((s) => new String(s)),
      fc.boolean(),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('K', 'S', 'P', 'Pg', 'Alt'), tie('tree'), { maxKeys: 4 })),
    }));
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), async (values) => {
        expect(await pdfkitWrites(values)).toEqual(values.map(asWritten));
      }),
      { numRuns: 60 },
    );
  });
});
