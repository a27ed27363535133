import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSources, looksLikeOutlet } from '../functions/pipeline/extract/sources.ts';

describe('extractSources', () => {
  it('finds outlets cited with according to, told, reported and a dateline credit', () => {
    const t = [
      'OSLO (Reuters) - Talks will resume, according to Nordic Wire.',
      'The minister told the Arctic Times on Monday that the fleets were ready.',
      'The Barents Observer reported that two boats had left port.',
      'Per Olsen told Reuters the union was not convinced.',
    ].join('\n\n');
    expect(extractSources(t, null)).toEqual(['Reuters', 'Nordic Wire', 'Arctic Times', 'Barents Observer']);
  });

  it('does not list people cited the same way', () => {
    const t = 'According to Per Olsen, the talks failed. Anna Berg reported no progress. He told Tom Reyes nothing.';
    expect(extractSources(t, null)).toEqual([]);
  });

  it('leaves the publisher out', () => {
    const t = 'The figures were first published by the Nordic Wire, the Nordic Wire reported.\n\nAccording to TASS, nothing changed.';
    expect(extractSources(t, 'Nordic Wire')).toEqual(['TASS']);
  });

  it('does not run a name across a paragraph break', () => {
    expect(extractSources('Ships left, according to Nordic Wire.\n\nRelated Stories', null)).toEqual(['Nordic Wire']);
  });

  it('knows outlet-looking names', () => {
    expect(looksLikeOutlet('Frontier Post')).toBe(true);
    expect(looksLikeOutlet('TASS')).toBe(true);
    expect(looksLikeOutlet('Sergey Lavrov')).toBe(false);
  });
});

const seeds = path.resolve(import.meta.dirname, '../../shared/corpus/seeds');
describe.runIf(existsSync(seeds))('extractSources on the seed articles', () => {
  it('finds Frontier Post in the first seed and TASS in the second', () => {
    const a = readFileSync(path.join(seeds, '000_41ce63c9e59dfd44.txt'), 'utf8');
    const b = readFileSync(path.join(seeds, '004_2fc46c062b82a8b9.txt'), 'utf8');
    expect(extractSources(a, 'The New Indian Express')).toContain('Frontier Post');
    expect(extractSources(b, null)).toContain('TASS');
  });
});
