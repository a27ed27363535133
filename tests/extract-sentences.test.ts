import { describe, expect, it } from 'vitest';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after titles, "No.", month abbreviations or inside numbers and money', () => {
    expect(split('Mr. Smith met Dr. Jones at No. 10 on Sept. 5 last year. Profits rose to $1.13bn, up 2.5% on the year. Then they left.')).toEqual([
      'Mr. Smith met Dr. Jones at No. 10 on Sept. 5 last year.',
      'Profits rose to $1.13bn, up 2.5% on the year.',
      'Then they left.',
    ]);
  });

  it('keeps initials and U.S. inside a sentence, but ends one at "U.S." before a clear new sentence', () => {
    expect(split('J. K. Rowling visited the U.S. embassy. She moved to the U.S. The move was costly.')).toEqual([
      'J. K. Rowling visited the U.S. embassy.',
      'She moved to the U.S.',
      'The move was costly.',
    ]);
  });

  it('ends a sentence after a closing quotation mark, and not before "he said"', () => {
    expect(split('“We are leaving.” He walked out. "Is it over?" he asked. “Yes,” she said.')).toEqual([
      '“We are leaving.”',
      'He walked out.',
      '"Is it over?" he asked.',
      '“Yes,” she said.',
    ]);
  });

  it('treats ellipses and […] as part of the sentence they sit in', () => {
    expect(split('They are all Taliban. […] We actively recommend talks," the minister said. We will wait ... and see. Done.')).toEqual([
      'They are all Taliban. […]',
      'We actively recommend talks," the minister said.',
      'We will wait ... and see.',
      'Done.',
    ]);
  });

  it('never crosses a line break and returns trimmed spans that index the text', () => {
    const text = '  First paragraph without a stop\n\nSecond one. Third one!  \nFourth?';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First paragraph without a stop', 'Second one.', 'Third one!', 'Fourth?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it('splits lower-cased, tokenised text without capitals to go by', () => {
    const text = "the minister said talks would go on . he left at 5 p.m. on friday . `` we are done , '' he said . it ended .";
    expect(split(text)).toEqual([
      'the minister said talks would go on .',
      'he left at 5 p.m. on friday .',
      "`` we are done , '' he said .",
      'it ended .',
    ]);
  });

  it('returns nothing for empty text and one span for text without punctuation', () => {
    expect(split('')).toEqual([]);
    expect(split('just words here')).toEqual(['just words here']);
  });
});
