import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';

// The shared corpus sits beside the repository; never copied into it.
const repoRoot = path.resolve(import.meta.dirname, '..');
const seeds = path.resolve(repoRoot, '../shared/corpus/seeds');
const seed = (name: string) => {
  const bytes = readFileSync(path.join(seeds, name));
  return extract(ingest(bytes, { key: name, version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
};

describe.runIf(existsSync(seeds))('seed articles (../shared/corpus/seeds)', () => {
  it('000: key statements, the 36 tons, Lavrov and his quote, the repeated statement shown once', () => {
    const sheet = seed('000_41ce63c9e59dfd44.txt');
    expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(3);
    expect(sheet.figures.find((f) => f.text === '36 tons')).toMatchObject({ value: 36, unit: 'tons', context: 'humanitarian aid' });
    expect(sheet.figures.find((f) => f.text === '770 citizens')?.context).toBe('citizens evacuated');
    expect(sheet.entities.people.map((p) => p.name)).toContain('Sergey Lavrov');
    expect(sheet.quotes.find((q) => q.text.startsWith('We maintain working contacts'))?.speaker).toBe('Sergey Lavrov');
    expect(sheet.keyStatements.filter((k) => /Official recognition of the government of the Taliban movement/.test(k.text)).length +
      sheet.keyStatements.filter((k) => /Official recognition of Taliban government/.test(k.text)).length).toBeLessThanOrEqual(1);
    expect(sheet.dates.filter((d) => d.text === 'from August 26 to December 1')).toHaveLength(1);
    expect(sheet.dateline).toBe('MOSCOW');
    expect(sheet.publisher).toBe('The New Indian Express');
    for (const junk of ['Related Stories', 'No stories found', '(File | AP)', 'www.newindianexpress.com']) {
      expect(sheet.paragraphs.join('\n')).not.toContain(junk);
    }
  });

  it('004: key statements and the "real power" quote attributed to Lavrov', () => {
    const sheet = seed('004_2fc46c062b82a8b9.txt');
    expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(3);
    expect(sheet.quotes.find((q) => q.text.includes('real power'))?.speaker).toBe('Sergey Lavrov');
    expect(sheet.paragraphs[0]).toMatch(/^The Taliban movement \(outlawed in Russia\)/);
  });
});
