import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { extractDates } from '../functions/pipeline/extract/dates.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';

const dates = (text: string, published: string | null) => extractDates(text, splitSentences(text), published);

describe('extractDates', () => {
  const text = 'In the period from August 26 to December 1, 770 people were evacuated. Aid arrived in November. The talks resume next week.';

  it('reads "from August 26 to December 1" as one range, resolved against the article date', () => {
    const ds = dates(text, '2022-01-20');
    const range = ds[0]!;
    expect(range).toMatchObject({ text: 'from August 26 to December 1', iso: '2021-08-26', isoEnd: '2021-12-01' });
    expect(text.slice(range.start, range.end)).toBe(range.text);
    expect(range.context).toBe('In the period from August 26 to December 1, 770 people were evacuated.');
    expect(ds.filter((d) => /August|December/.test(d.text))).toHaveLength(1);
  });

  it('resolves relative dates against the article date', () => {
    const ds = dates(text, '2022-01-20');
    expect(ds.find((d) => d.text === 'November')?.iso).toBe('2021-11-01');
    expect(ds.find((d) => d.text === 'next week')?.iso).toBe('2022-01-27');
  });

  it('does not guess a year without the article date, but resolves dates that state theirs', () => {
    const ds = dates(`${text} The treaty was signed on 5 March 2023.`, null);
    expect(ds.find((d) => d.text.includes('August'))?.iso).toBeNull();
    expect(ds.find((d) => d.text === 'next week')?.iso).toBeNull();
    expect(ds.find((d) => d.text === '5 March 2023')?.iso).toBe('2023-03-05');
  });

  it('joins "between March 3 and March 5, 2024" into one range', () => {
    const ds = dates('The talks took place between March 3 and March 5, 2024.', '2024-06-01');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ iso: '2024-03-03', isoEnd: '2024-03-05' });
    // Without the article's date the start still takes the year the end states.
    expect(dates('The talks took place between March 3 and March 5, 2024.', null)[0]).toMatchObject({ iso: '2024-03-03', isoEnd: '2024-03-05' });
  });

  it('does not read durations as dates: "for six hours", "after 30 days", "a couple of days before"', () => {
    const t = 'The crews worked for six hours on Friday. The permit lapses after 30 days. A couple of days before the vote, the mayor spoke for a week. The odds were 7/5.';
    expect(dates(t, '2024-06-05').map((d) => d.text)).toEqual(['Friday']);
  });

  it('uses the published date the ingest finds as the reference for the whole sheet', () => {
    const article = 'Harbour reopens\n\nPublished: 12 March 2025\n\nThe harbour reopened on Monday, two weeks ago the storm hit.';
    const sheet = extract(ingest(new TextEncoder().encode(article), { key: 'harbour.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
    expect(sheet.published).toBe('2025-03-12');
    expect(sheet.dates.find((d) => d.text === 'Monday')?.iso).toBe('2025-03-10');
    expect(sheet.dates.find((d) => d.text === 'two weeks ago')?.iso).toBe('2025-02-26');
  });

  it('does not read counts, "now" or "may" as dates', () => {
    const ds = dates('The council voted 31 to 12 on Tuesday. Now it may appeal.', '2024-06-05');
    expect(ds.map((d) => [d.text, d.iso])).toEqual([['Tuesday', '2024-06-04']]);
  });
});
