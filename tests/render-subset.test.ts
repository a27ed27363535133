import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontBytes } from '../functions/pipeline/fonts.ts';
import { encodeSubset, postHeader, type TtfFont, type TtfSubset } from '../functions/pipeline/render/subset.ts';

interface Font extends TtfFont {
  numGlyphs: number;
  glyphForCodePoint(cp: number): { id: number };
  post: Record<string, unknown>;
  createSubset(): TtfSubset & { encode(): Uint8Array };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): Font };

/** A deterministic spread of glyph ids: some text, accented letters (composite glyphs), and a stride. */
function glyphSets(font: Font): number[][] {
  const text = [...'Fact sheet: “The minister said 5% of £3bn.” Ærøskøbing, Łódź, Ελλάδα, Москва ½ ﬁ €₹'].map(
    (c) => font.glyphForCodePoint(c.codePointAt(0)!).id,
  );
  const stride = (k: number, from: number) => Array.from({ length: 120 }, (_, i) => (from + i * k) % font.numGlyphs);
  return [[], text, stride(7, 3), stride(53, 11), [...text].reverse().concat(stride(13, 5))];
}

describe('render: the subset font writer', () => {
  it.each(FONT_FILES)('writes the same bytes and glyph order as fontkit for %s', (file) => {
    const font = fontkit.create(fontBytes(file));
    let composites = 0;
    for (const gids of glyphSets(font)) {
      const theirs = font.createSubset();
      const ours = font.createSubset();
      for (const g of gids) {
        theirs.includeGlyph(g);
        ours.includeGlyph(g);
      }
      const before = ours.glyphs.length;
      const expected = Buffer.from(theirs.encode());
      const actual = Buffer.from(encodeSubset(font, ours));
      composites += ours.glyphs.length - before;
      expect(actual.equals(expected)).toBe(true);
      expect(ours.glyphs).toEqual(theirs.glyphs);
    }
    // Composite glyphs pull in their components: the sets above must exercise that path.
    expect(composites).toBeGreaterThan(0);
  });
});

describe('render: the post header read without fontkit', () => {
  it.each(FONT_FILES)('matches fontkit\'s decoded post table for %s', (file) => {
    const font = fontkit.create(fontBytes(file));
    const header = postHeader(font)!;
    expect(Object.keys(header).length).toBe(9);
    for (const [key, value] of Object.entries(header)) expect([key, value]).toEqual([key, font.post[key]]);
  });
});
