import { describe, expect, it } from 'vitest';
import { lowerTokenised, ptbTokenised } from '../eval/metrics.ts';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes } from '../functions/pipeline/extract/quotes.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const run = (text: string) => extractQuotes(text, starts(text), extractEntities(text, starts(text)).people, 100).quotes;

/** The same article as published, lower-cased and tokenised (paragraphs kept), and in the CNN/DM one-line PTB form. */
const FORMS: ReadonlyArray<[string, (t: string) => string]> = [
  ['as published', (t) => t],
  ['lower-cased + tokenised', lowerTokenised],
  ['PTB, one line', ptbTokenised],
];

/** Speakers in quote order, lower-cased so the three forms compare alike. */
const speakers = (text: string): Array<string | null> => run(text).map((q) => q.speaker?.toLowerCase() ?? null);

describe('a quote that closes its own sentence, then a new sentence (no paragraph break in one-line text)', () => {
  // Each quote that ends its paragraph is followed by a sentence holding a speech verb that is not its tag.
  const article = [
    'Mayor Ada Fenwick opened the new tram depot in Kelso on Monday, two years late and over budget.',
    '"We will run the first trams in May," Fenwick said. "The money is there and the drivers are trained."',
    'Though the council is split on the fares, councillor Tom Brandt maintains a firm grip on the budget committee.',
    '"The fares must stay low for pensioners," Brandt said. "Nobody will pay more in May."',
    'Fenwick said the council would vote on the fares next week, when the depot holds its open day.',
    '"It is the best news this town has had in years," said Fenwick. "We should all be proud of the crews."',
    'Brandt has argued that the line should run to the hospital as well as the station.',
  ].join('\n\n');

  it.each(FORMS)('%s: the quote keeps its own speaker, not the subject of the next sentence', (_, form) => {
    expect(speakers(form(article))).toEqual(['ada fenwick', 'ada fenwick', 'tom brandt', 'tom brandt', 'ada fenwick', 'ada fenwick']);
  });
});

describe('a quote that closes its own sentence, then its attribution as a sentence of its own', () => {
  const article = [
    'Councillor Tom Brandt and Mayor Ada Fenwick spoke at the depot in Kelso on Monday.',
    '"The depot will pay for itself." Brandt said.',
    '"We have waited ten years for this." Fenwick, the mayor of Kelso since 2019, said on Tuesday.',
    '"It is a good day for the town." Brandt told reporters.',
    '"The drivers start training in March." Fenwick said, adding that the union had agreed to the rota.',
    '"The fares are fair." Brandt said in a statement on Wednesday.',
  ].join('\n\n');

  it.each(FORMS)('%s: `x said .`, `x , the mayor , said on tuesday .`, `x told reporters .`, `x said , adding …`', (_, form) => {
    expect(speakers(form(article))).toEqual(['tom brandt', 'ada fenwick', 'tom brandt', 'ada fenwick', 'tom brandt']);
  });

  it('PTB, one line: an inverted tag (`. \'\' said x , who …`) and a dash that signs the quote', () => {
    const text = ptbTokenised(
      [
        'Councillor Tom Brandt and Mayor Ada Fenwick spoke at the depot in Kelso on Monday.',
        '"Nobody will be left behind." Said Fenwick, who took office in 2019.',
        '"The line opens in May." ― Tom Brandt, on the radio.',
      ].join('\n\n'),
    );
    expect(speakers(text)).toEqual(['ada fenwick', 'tom brandt']);
  });
});

describe('what does not tag the quote before it in one-line text', () => {
  it('a speech verb that introduces the next quote (`. \'\' x added , `` …`) is that quote\'s, not the one before', () => {
    const text = ptbTokenised(
      [
        'Councillor Tom Brandt spoke first at the depot in Kelso on Monday.',
        '"The fares must stay low," Brandt said. "Nobody will pay more."',
        'Fenwick added, "The crews are ready for May."',
      ].join('\n\n'),
    );
    expect(speakers(text)).toEqual(['tom brandt', 'tom brandt', 'fenwick']);
  });

  it('a tag past the next sentence\'s opening phrase (`. \'\' later , x said that …`) is not the quote\'s', () => {
    const text = ptbTokenised(
      [
        'Mayor Ada Fenwick spoke first at the depot in Kelso on Monday.',
        '"The fares must stay low," Fenwick said. "Nobody will pay more."',
        'Later, Tom Brandt said that the fares would rise in June.',
      ].join('\n\n'),
    );
    expect(speakers(text)).toEqual(['ada fenwick', 'ada fenwick']);
  });
});

describe('a party-and-state bracket between the name and the verb, as tokenisers write it', () => {
  const article = [
    'The county board met on Tuesday night to vote on the new depot.',
    '"The bridge has to be built before the winter," Rep. Earl Dunmore (D-Ore.) said on Friday.',
    'Sen. Ann Dowell (R-Fla.) told reporters: "We have the money for the whole depot."',
  ].join('\n\n');

  it.each(FORMS)('%s: `( d-ore . ) said` and `-lrb- r-fla . -rrb- told` keep the name as the speaker', (_, form) => {
    expect(speakers(form(article))).toEqual(['earl dunmore', 'ann dowell']);
  });
});

describe('quotes signed after a dash, run together on one line', () => {
  const article = [
    'The paper asked readers on the islands what they thought of the winter timetable.',
    '“The ferry is a disgrace every single winter.” ― Tove Lindqvist “Nobody listens to the islands at all. It is always the same.” ― Arvid Magnusson “The fares will rise again in May, and we will pay.” ― Maja Berg',
  ].join('\n\n');

  it.each(FORMS)('%s: each name signs the quote before it, not the one after', (_, form) => {
    expect(speakers(form(article))).toEqual(['tove lindqvist', 'arvid magnusson', 'maja berg']);
  });
});
