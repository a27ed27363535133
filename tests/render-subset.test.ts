import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontBytes } from '../functions/pipeline/fonts.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { encodeSubset, postHeader, type TtfFont, type TtfSubset } from '../functions/pipeline/render/subset.ts';

interface Font extends TtfFont {
  numGlyphs: number;
  glyphForCodePoint(cp: number): { id: number };
  post: Record<string, unknown>;
  characterSet: number[];
  layout(text: string): { glyphs: { id: number }[]; positions: Record<string, number>[]; direction: string };
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

describe('render: a word and a space shape as the word, then the space', () => {
  // ink.ts builds the shaped "word " from the shaped "word" and " ": right only if no lookup of the font
  // reaches across a space. Checked for every character each template font has, alone and after "f",
  // "T" and "V" (pairs a font kerns or joins), plus lone characters before the space.
  const shape = (font: Font, text: string) => {
    const run = font.layout(text);
    return run.glyphs.map((g, i) => [g.id, run.positions[i]!['xAdvance'], run.positions[i]!['yAdvance'], run.positions[i]!['xOffset'], run.positions[i]!['yOffset']]);
  };
  const templateFonts = [...new Set(['standard', 'brief', 'detailed'].flatMap((n) => Object.values(resolveTemplate(n).fonts)))];
  it.each(templateFonts)('%s', (file) => {
    const font = fontkit.create(fontBytes(file));
    const space = shape(font, ' ');
    const differ: string[] = [];
    for (const cp of font.characterSet) {
      if (cp < 0x21 || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      const c = String.fromCodePoint(cp);
      for (const word of [c, `f${c}`, `T${c}`, `V${c}`]) {
        if (font.layout(word).direction !== 'ltr') continue;
        if (JSON.stringify(shape(font, `${word} `)) !== JSON.stringify([...shape(font, word), ...space])) differ.push(word);
      }
    }
    expect(differ).toEqual([]);
  });
});
