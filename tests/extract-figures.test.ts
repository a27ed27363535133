import { describe, expect, it } from 'vitest';
import { extractFigures } from '../functions/pipeline/extract/figures.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';

const figures = (text: string) => extractFigures(text, splitSentences(text));
const find = (text: string, figText: string) => figures(text).find((f) => f.text === figText);

describe('extractFigures', () => {
  it('reads a measure and what it measures: "aid weighing 36 tons"', () => {
    const text = 'Earlier, the ministry delivered the third batch of humanitarian aid weighing 36 tons, consisting of food and medicine.';
    const f = find(text, '36 tons');
    expect(f).toMatchObject({ value: 36, unit: 'tons', context: 'humanitarian aid' });
    expect(text.slice(f!.start, f!.end)).toBe('36 tons');
  });

  it('reads a count with what happened to it: "770 citizens … were evacuated"', () => {
    const text = 'In the period from August 26 to December 1, 770 citizens of the republic (and of its neighbours) were evacuated by air, and more than 100 tons of cargo were delivered.';
    expect(find(text, '770 citizens')).toMatchObject({ value: 770, unit: 'citizens', context: 'citizens evacuated' });
    expect(find(text, 'more than 100 tons')).toMatchObject({ value: 100, unit: 'tons', context: 'cargo' });
    // The dates are not figures.
    expect(figures(text).map((f) => f.text)).toEqual(['770 citizens', 'more than 100 tons']);
  });

  it('reads money with scale and currency, and percentages, with the subject that changed', () => {
    const text = 'Quarterly profits at the media group jumped 76% to $1.13bn (£600m) for the three months to December.';
    expect(find(text, '76%')).toMatchObject({ value: 76, unit: '%', context: 'Quarterly profits' });
    expect(find(text, '$1.13bn')).toMatchObject({ value: 1.13e9, unit: 'USD', context: 'Quarterly profits' });
    expect(find(text, '£600m')).toMatchObject({ value: 6e8, unit: 'GBP' });
  });

  it('names the subject of the change verb, never the month or the place after the figure', () => {
    const text = 'The price of shipping a container climbed by 25% in March, to about $9,000 per box, while ferry fares from Dover to Calais reached £120 per car in Kent.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['25%', 'price of shipping a container'],
      ['about $9,000', 'price of shipping a container'],
      ['£120', 'ferry fares from Dover to Calais'],
    ]);
  });

  it('a specific head stands alone; an "of" phrase after a measure ends before a particle', () => {
    const text = 'Annual sales at the bakery chain fell 8% on Tuesday. The barges moved 4.5 million tonnes of coal out of the northern mines.';
    expect(find(text, '8%')?.context).toBe('Annual sales');
    expect(find(text, '4.5 million tonnes')?.context).toBe('coal');
  });

  it('an earning verb names its subject; conversions share the context; an age; no time word or bare place', () => {
    const text = 'The ferry line has raked in $12m (£9.5m) in the first month of its summer season. The board approved 4bn euros ($4.4bn; £3.5bn) of upgrades. Its founder was just 41 years old. The yard took about $2m in Bergen alone over the next 3 years.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['$12m', 'ferry line'],
      ['£9.5m', 'ferry line'],
      ['4bn euros', 'upgrades'],
      ['$4.4bn', 'upgrades'],
      ['£3.5bn', 'upgrades'],
      ['41 years', 'age'],
      ['about $2m', 'yard'],
      ['3 years', ''],
    ]);
  });

  it('a cost verb names what costs: "every week of delay costs farmers £40 million"', () => {
    const text = 'Every month of closure costs the town £2 million. The new bridge will cost $3bn.';
    expect(figures(text).map((f) => [f.text, f.context])).toEqual([
      ['£2 million', 'closure'],
      ['$3bn', 'new bridge'],
    ]);
  });

  it('reads ranges as one figure', () => {
    const text = 'Between 5 and 10 people were hurt. Prices rose 5-7% in the spring. The wall runs 3 to 4 kilometres.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['Between 5 and 10 people', 5, 'people'],
      ['5-7%', 5, '%'],
      ['3 to 4 kilometres', 3, 'kilometres'],
    ]);
  });

  it('reads spelled scales and currency words: "5 million dollars", "2.5 per cent"', () => {
    const text = 'The repairs cost 5 million dollars and rates rose 2.5 per cent.';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['5 million dollars', 5e6, 'USD'],
      ['2.5 per cent', 2.5, '%'],
    ]);
  });

  it('ignores years, dates, times, ordinals, reference numbers and bare numbers', () => {
    const text = 'In 2003 the firm, founded on 5 March 1990 some 12 years ago, came 3rd at 10:30 in Windows 7 trials at No. 10 and scored 45.';
    expect(figures(text)).toEqual([]);
  });

  it('works on lower-cased, tokenised text', () => {
    const text = 'profits jumped 76 % to $ 1.13bn in the quarter .';
    expect(figures(text).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['76 %', 76, '%'],
      ['$ 1.13bn', 1.13e9, 'USD'],
    ]);
  });
});
