import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentWords, frequencyWords, plainWord } from '../functions/pipeline/extract/words.ts';

describe('plainWord', () => {
  it('drops a possessive and straightens apostrophes exactly as the regex replaces did', () => {
    const piece = fc.constantFrom("'", '’', 's', 'S', 'x', 'o', 'é', '.', '5', '‘');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const w = parts.join('');
        expect(plainWord(w)).toBe(w.replace(/['’]s$/, '').replace(/’/g, "'"));
      }),
    );
  });
});

describe('contentWords', () => {
  it('stems plurals and possessives to one word, without stop words or lone letters', () => {
    expect(contentWords('The minister’s talks; the ministers talked. O’Neill’s plan, 5 x')).toEqual(['minister', 'talk', 'minister', 'talk', "o'neill", 'plan', '5']);
  });

  it('reads lower-cased text as the original', () => {
    const text = 'Council Engineers said the U.S. flood walls would hold in 2026.';
    expect(contentWords(text.toLowerCase())).toEqual(contentWords(text));
  });
});

describe('frequencyWords', () => {
  it('keeps every occurrence of each non-function word, apostrophes straightened', () => {
    expect(frequencyWords('The minister’s plan: the plan is the minister’s, -lrb- CNN -rrb-')).toEqual(["minister's", 'plan', 'plan', "minister's", 'cnn']);
  });
});
