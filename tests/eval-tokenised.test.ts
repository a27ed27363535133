import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignTokenised, lowerTokenised, mapSpan, ptbTokenised, squashAlnum } from '../eval/metrics.ts';
import { articleInForm, baselineTokenisedQuotes, oursQuotes } from '../eval/polnear.ts';

// A short article written for these tests: curly and straight quotes, a bracketed party tag, a dash, "n't", money.
const ARTICLE = [
  'Senator Ann Dow (D-Ore.) said the plan “won’t work” — and she voted against it.',
  '',
  '"We don\'t have $5 million for this," Dow said. "It is a bad bill."',
  '',
  'Her aide, Tom Hale, said the vote [on Friday] was close.',
].join('\n');

const spanOf = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`fixture lacks ${words}`);
  return [at, at + words.length];
};

describe('alignTokenised', () => {
  for (const [name, tokenise] of [['lowerTokenised', lowerTokenised], ['ptbTokenised', ptbTokenised]] as const) {
    it(`carries every span of the article into its ${name} copy, marks and all`, () => {
      const copy = tokenise(ARTICLE);
      const map = alignTokenised(ARTICLE, copy);
      expect(map.unaligned).toBe(0);
      for (const words of ['Ann Dow (D-Ore.)', '“won’t work”', '"We don\'t have $5 million for this,"', 'Dow', '[on Friday]', 'close.']) {
        const [a, b] = spanOf(ARTICLE, words);
        const [x, y] = mapSpan(map, a, b);
        // The copy's span holds the same letters and digits, and nothing of the words around it.
        const expected = squashAlnum(words);
        const got = squashAlnum(copy.slice(x, y).replace(/-[lr][rs]b-/g, ''));
        expect(got).toBe(expected);
      }
    });
  }

  it('maps the quotation marks onto the `` and \'\' tokens they became', () => {
    const copy = lowerTokenised(ARTICLE);
    const map = alignTokenised(ARTICLE, copy);
    const [a, b] = spanOf(ARTICLE, '"We don\'t have $5 million for this,"');
    const [x, y] = mapSpan(map, a, b);
    expect(copy.slice(x, y)).toBe("`` we do n't have $ 5 million for this , ''");
  });

  it('counts what it cannot align instead of drifting (a copy that is not a tokenisation)', () => {
    expect(alignTokenised('abc def', 'abc xyz').unaligned).toBeGreaterThan(0);
  });

  it('never loses a letter or digit of a span, for any text the tokenisers see', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Dow', 'said', '"', '“', '”', '’', "'", '(', ')', '[', ']', '—', ',', '.', ' ', '\n', 'n\'t', '$5', '10%', 'U.S.', 'Mr.'), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, p, q) => {
        const text = parts.join('');
        for (const copy of [lowerTokenised(text), ptbTokenised(text)]) {
          const map = alignTokenised(text, copy);
          expect(map.unaligned).toBe(0);
          const a = p % (text.length + 1);
          const b = a + (q % (text.length - a + 1));
          const [x, y] = mapSpan(map, a, b);
          expect(squashAlnum(copy.slice(x, y).replace(/-[lr][rs]b-/g, ''))).toBe(squashAlnum(text.slice(a, b)));
        }
      }),
    );
  });
});

describe('PolNeAR forms', () => {
  const [qa, qb] = spanOf(ARTICLE, '"We don\'t have $5 million for this,"');
  const source = spanOf(ARTICLE, 'Dow said');
  const gold = [{ content: [[qa, qb]] as Array<[number, number]>, source: [[source[0], source[0] + 3]] as Array<[number, number]>, sourceText: 'Dow', speech: true }];

  it('finds the quote and its speaker in the tokenised and PTB forms, gold spans carried over', () => {
    for (const form of ['tok', 'ptb'] as const) {
      const f = articleInForm(ARTICLE, gold, [gold[0]!.content], form);
      expect(f.unaligned).toBe(0);
      expect(f.quotes[0]!.sourceText).toBe('dow');
      const [x, y] = f.quotes[0]!.content[0]!;
      const found = oursQuotes(f.text).find((p) => p.start < y && x < p.end);
      expect(found).toBeDefined();
      expect(found!.speaker?.toLowerCase()).toContain('dow');
    }
  });

  it('the lower-cased form keeps offsets and lower-cases the gold source', () => {
    const f = articleInForm(ARTICLE, gold, [gold[0]!.content], 'lower');
    expect(f.text.length).toBe(ARTICLE.length);
    expect(f.quotes[0]!.content).toEqual(gold[0]!.content);
    expect(f.quotes[0]!.sourceText).toBe('dow');
  });

  it("the baseline's tokenised regex pairs `` with '' and not across a line", () => {
    const text = "`` one two three , '' he said .\n`` open only\nthen `` closed here '' .";
    expect(baselineTokenisedQuotes(text).map((p) => text.slice(p.start, p.end))).toEqual([" one two three , ", ' closed here ']);
  });
});
