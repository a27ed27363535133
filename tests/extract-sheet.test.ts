import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract, type ExtractedSheet } from '../functions/pipeline/extract/index.ts';
import { factSheetSchema } from '../functions/pipeline/factsheet.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { lowerTokenised, ptbTokenised } from '../eval/metrics.ts';
import { captionSentences, looksCaseless, splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes } from '../functions/pipeline/extract/quotes.ts';

function sheetOf(name: string): ExtractedSheet {
  const bytes = readFileSync(path.join(import.meta.dirname, 'fixtures/articles', name));
  return extract(ingest(bytes, { key: name, version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
}

/** Every span indexes paragraphs.join("\n\n"), and `paragraph` is the paragraph holding `start`. */
function expectProvenance(sheet: ExtractedSheet): void {
  const text = sheet.paragraphs.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const p of sheet.paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  const holds = (paragraph: number, start: number, end: number) => {
    expect(start).toBeGreaterThanOrEqual(starts[paragraph]!);
    expect(end).toBeLessThanOrEqual(starts[paragraph]! + sheet.paragraphs[paragraph]!.length);
  };
  for (const k of sheet.keyStatements) {
    expect(text.slice(k.start, k.end)).toBe(k.text);
    holds(k.paragraph, k.start, k.end);
  }
  for (const f of sheet.figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    holds(f.paragraph, f.start, f.end);
  }
  for (const d of sheet.dates) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    holds(d.paragraph, d.start, d.end);
    expect(d.context).toContain(d.text);
  }
  expect(sheet.summary.spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(sheet.summary.text);
  for (const s of sheet.summary.spans) holds(s.paragraph, s.start, s.end);
}

describe('extract: the whole sheet from a scraped article', () => {
  const sheet = sheetOf('aid-convoy.txt');

  it('is a valid FactSheet once the generator is added', () => {
    const full = { ...sheet, generator: { name: 'factsheet' as const, version: '0.0.0', template: 'standard' } };
    expect(factSheetSchema.safeParse(full).success).toBe(true);
  });

  it('keeps provenance for every statement, figure, date and the summary', () => {
    expectProvenance(sheet);
  });

  it('has 5 to 8 key statements, best first, the repeated statement shown once', () => {
    expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(5);
    expect(sheet.keyStatements.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < sheet.keyStatements.length; i++) {
      expect(sheet.keyStatements[i - 1]!.score).toBeGreaterThanOrEqual(sheet.keyStatements[i]!.score);
    }
    const repeated = sheet.keyStatements.filter((k) => k.text.includes('Humanitarian access to Darfur will depend'));
    expect(repeated.length).toBeLessThanOrEqual(1);
  });

  it('finds the figures with what they measure', () => {
    const byText = new Map(sheet.figures.map((f) => [f.text, f]));
    expect(byText.get('42 tons')).toMatchObject({ value: 42, unit: 'tons', context: 'medical supplies' });
    expect(byText.get('1,250 residents')).toMatchObject({ value: 1250, context: 'residents evacuated' });
    expect(byText.get('$3.5bn')).toMatchObject({ value: 3.5e9, unit: 'USD' });
    expect(byText.get('12%')).toMatchObject({ value: 12, unit: '%' });
  });

  it('finds the date range as one item', () => {
    expect(sheet.dates.filter((d) => d.text === 'from March 3 to April 10')).toHaveLength(1);
  });

  it('carries the metadata and a lead summary of one or two sentences', () => {
    expect(sheet).toMatchObject({ title: 'Norway pledges new aid convoy as talks on Sudan corridor stall', publisher: 'The Daily Ledger', dateline: 'OSLO', language: 'en' });
    expect(sheet.summary.spans.length).toBeGreaterThanOrEqual(1);
    expect(sheet.summary.spans.length).toBeLessThanOrEqual(2);
    expect(sheet.summary.spans[0]!.paragraph).toBe(0);
    expect(sheet.wordCount).toBe(sheet.paragraphs.join(' ').split(/\s+/).length);
  });

  it('lists the people quoted, with quotes attributed', () => {
    expect(sheet.entities.people.map((p) => p.name)).toContain('Ingrid Solberg');
    expect(sheet.quotes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('extract: HTML and Markdown articles', () => {
  for (const name of ['council.html', 'harbour.md']) {
    it(`${name}: valid provenance, dates resolved against the article's own date`, () => {
      const sheet = sheetOf(name);
      expectProvenance(sheet);
      expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(Math.min(5, sheet.paragraphs.length));
      expect(sheet.dates.length).toBeGreaterThan(0);
      for (const d of sheet.dates) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('reads the council story figures in the published article', () => {
    const sheet = sheetOf('council.html');
    expect(sheet.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['£210m', '60%', 'an estimated 18,000 passengers']));
    expect(sheet.dates.find((d) => d.text === 'Tuesday')?.iso).toBe('2024-06-04');
  });
});

describe('extract: lower-cased, tokenised text', () => {
  it('picks the same key statements as from the original', () => {
    const original = readFileSync(path.join(import.meta.dirname, 'fixtures/articles', 'aid-convoy.txt'), 'utf8');
    const lowered = new TextEncoder().encode(lowerTokenised(original));
    const sheet = extract(ingest(lowered, { key: 'lower.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
    expectProvenance(sheet);
    const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, '');
    const before = sheetOf('aid-convoy.txt').keyStatements.slice(0, 5).map((k) => squash(k.text));
    const after = sheet.keyStatements.slice(0, 5).map((k) => squash(k.text));
    expect(after[0]).toBe(before[0]);
    expect(after.filter((t) => before.includes(t)).length).toBeGreaterThanOrEqual(4);
    expect(sheet.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['42 tons', '1,250 residents']));
  });

  it('reads "all lower case" once and passes it on: each extractor given the flag does as it would alone', () => {
    const original = readFileSync(path.join(import.meta.dirname, 'fixtures/articles', 'aid-convoy.txt'), 'utf8');
    for (const text of [original, lowerTokenised(original)]) {
      const caseless = looksCaseless(text);
      const starts = [0, ...[...text.matchAll(/\n\n/g)].map((m) => m.index + 2)];
      const spans = splitSentences(text);
      expect(splitSentences(text, caseless)).toEqual(spans);
      expect(captionSentences(text, spans, caseless)).toEqual(captionSentences(text, spans));
      const entities = extractEntities(text, starts);
      expect(extractEntities(text, starts, caseless)).toEqual(entities);
      const quotes = extractQuotes(text, starts, entities.people, 50, { sentences: spans, organizations: entities.organizations });
      expect(extractQuotes(text, starts, entities.people, 50, { sentences: spans, organizations: entities.organizations, caseless })).toEqual(quotes);
    }
    // The flag is read, not recomputed: told the lower-cased copy has capitals, it is split as if it had.
    const lowered = lowerTokenised(original);
    expect(splitSentences(lowered, false)).not.toEqual(splitSentences(lowered, true));
  });
});

/** A tabloid-style story written for this test: byline and stamps before the lead, as such sites publish it. */
const TABLOID = [
  'By . Nadia Frost . PUBLISHED: . 07:40 EST, 12 February 2014 . | . UPDATED: . 09:05 EST, 12 February 2014 .',
  'A goods train carrying 400 tonnes of grain derailed outside Carlisle on Tuesday, blocking the main line to Scotland for most of the day.',
  'Nobody was injured, Network Rail said.',
  'Eleven wagons left the track and two overturned, spilling grain across both lines.',
  '"We will have the line open again by tomorrow morning," said Network Rail spokesman Owen Barr.',
  'Passengers between Carlisle and Glasgow were put on replacement buses.',
  'The cause of the derailment is being investigated by the rail accident branch.',
  'It is the second derailment on the line this year.',
].join('\n\n');

describe('extract: bylines, stamps and wire openings', () => {
  const sheetFrom = (input: string): ExtractedSheet =>
    extract(ingest(new TextEncoder().encode(input), { key: 'tabloid.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);

  for (const [label, input] of [
    ['as published, under a headline', `Grain train derails outside Carlisle\n\n${TABLOID}`],
    ['PTB-tokenised on one line', ptbTokenised(TABLOID)],
  ] as const) {
    it(`${label}: the lead opens the sheet and the summary, the byline and stamps are never a statement`, () => {
      const sheet = sheetFrom(input);
      expectProvenance(sheet);
      expect(sheet.keyStatements[0]!.text.toLowerCase()).toMatch(/^a goods train carrying 400 tonnes/);
      expect(sheet.summary.text.toLowerCase()).toMatch(/^a goods train/);
      for (const k of sheet.keyStatements) expect(k.text.toLowerCase()).not.toMatch(/published|updated|nadia frost|est ,? \d/);
      expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(5);
    });
  }

  it('states the lead without its "(CNN) --" credit, in both forms', () => {
    const wire = TABLOID.replace(/^By[^\n]*\n\n/, '').replace(/^A goods/, 'CARLISLE, England (CNN) -- A goods');
    for (const input of [wire, ptbTokenised(wire)]) {
      const sheet = sheetFrom(input);
      expectProvenance(sheet);
      expect(sheet.keyStatements[0]!.text.toLowerCase()).toMatch(/^a goods train/);
    }
  });
});
