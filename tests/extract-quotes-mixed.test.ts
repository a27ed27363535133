/**
 * A British story quotes in single marks but may quote a second source in double marks. Fixture written for
 * the test, in the shape of a one-line Daily Mail story.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes, quoteStyle } from '../functions/pipeline/extract/quotes.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const run = (text: string) => extractQuotes(text, starts(text), extractEntities(text, starts(text)).people, 100).quotes;

const story = [
  'A boy of six scored a stunning goal at his school match on Saturday. His father Matt Dale said: ‘He has been practising in the garden all winter.',
  '‘He asks to go out in the rain and the dark.’ ‘He never stops,’ Mr Dale said. ‘We had to buy a second ball.’ The school called it ‘the goal of the season’ on its website.',
  '‘It was very special, and the other parents could not believe it.’ The coach Tom Reed added: ‘We have never seen a kick like it at this level, and I said to him "keep doing that".’',
  'According to his mother, the youngster had another go straight after and scored again. "I think he has got it down now," said Lucy Dale, who runs a bakery with her husband. "He is very confident, you can see it on his face."',
].join(' ');

describe('a story that mixes British single marks with double marks', () => {
  it('is a single-mark story', () => {
    expect(quoteStyle(story)).toBe('single');
  });

  it('finds the double-marked quotes outside the single-marked ones, with their speaker', () => {
    const quotes = run(story);
    expect(quotes.find((q) => q.text.startsWith('I think he has got it down'))?.speaker).toBe('Lucy Dale');
    expect(quotes.find((q) => q.text.startsWith('He is very confident'))?.speaker).toBe('Lucy Dale');
    expect(quotes.find((q) => q.text.startsWith('We have never seen'))?.speaker).toBe('Tom Reed');
  });

  it('leaves a double-marked quote inside a single-marked one to it', () => {
    const quotes = run(story);
    expect(quotes.some((q) => q.text === 'keep doing that')).toBe(false);
    expect(quotes.find((q) => q.text.startsWith('We have never seen'))?.text).toContain('"keep doing that"');
  });
});
