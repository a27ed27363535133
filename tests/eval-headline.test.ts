import { describe, expect, it } from 'vitest';
import { f1AtHighlightLength, HIGHLIGHT_WORDS, headlineWords, pairedInterval, recall1 } from '../eval/headline.ts';
import { rouge1, unigrams } from '../eval/metrics.ts';

describe('headline proxy scores', () => {
  it('recall counts the headline content words the candidate holds, repeats clipped', () => {
    const reference = headlineWords('Council approves flood defence plan');
    expect(reference).toEqual(['council', 'approves', 'flood', 'defence', 'plan']);
    expect(recall1(headlineWords('The council met. The flood plan, the flood plan again.'), reference)).toBeCloseTo(3 / 5);
  });

  it('F1 at highlight length equals the recall for a candidate as long as a highlight, and falls as it grows', () => {
    expect(f1AtHighlightLength(0.5, HIGHLIGHT_WORDS)).toBeCloseTo(0.5);
    expect(f1AtHighlightLength(0.5, 85)).toBeLessThan(f1AtHighlightLength(0.5, 60));
    // Twice a highlight's length needs 1.5 times the recall to break even.
    expect(f1AtHighlightLength(0.59, 112)).toBeLessThan(f1AtHighlightLength(0.4, 56));
    expect(f1AtHighlightLength(0.61, 112)).toBeGreaterThan(f1AtHighlightLength(0.4, 56));
    expect(f1AtHighlightLength(0, 40)).toBe(0);
  });

  it('ROUGE-1 F1 against a short headline punishes length', () => {
    const reference = unigrams('council approves flood plan');
    const short = unigrams('the council approves the flood plan');
    const long = unigrams('the council approves the flood plan after a long debate that ran late into the night at the town hall');
    expect(rouge1(short, reference)).toBeGreaterThan(rouge1(long, reference));
    expect(rouge1(reference, reference)).toBe(1);
  });

  it('paired differences give a mean and a 95% half-width that shrinks with more articles', () => {
    const few = pairedInterval([0.1, -0.1, 0.2, 0]);
    expect(few.mean).toBeCloseTo(0.05);
    expect(few.halfWidth95).toBeGreaterThan(0);
    const many = pairedInterval(Array.from({ length: 400 }, (_, i) => [0.1, -0.1, 0.2, 0][i % 4]!));
    expect(many.mean).toBeCloseTo(0.05);
    expect(many.halfWidth95).toBeLessThan(few.halfWidth95 / 5);
    expect(pairedInterval([])).toEqual({ mean: 0, halfWidth95: 0 });
  });
});
