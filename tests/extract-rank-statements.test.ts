import { describe, expect, it } from 'vitest';
import { inCapitals, notStatements, scoreSentences, selectStatements } from '../functions/pipeline/extract/rank.ts';
import { noFacts, sentencesOf } from './helpers/rank-sentences.ts';

const CUP_DRAW = [
  'Harbour Town were drawn at home to league leaders Castlebridge in the fourth round of the county cup on Monday.',
  'Harbour Town v Castlebridge',
  'Millford v Eastwick Rovers',
  'FIXTURES IN FULL.',
  'Friday, 14 January',
  '- Best away support - Eastwick Rovers fans at Millford',
  'The tie is a money-spinner for Harbour Town, who beat Millford in the third round after a replay.',
  'He is happy.',
  'Castlebridge have not lost a cup tie at Harbour Town in the club’s history, and their manager said the draw was a fair one.',
  'Millford will host Eastwick Rovers, who knocked out the holders on penalties in the previous round.',
  'The ties will be played on the weekend of 14 January, with replays the following Tuesday.',
  'Tickets for the Harbour Town tie go on sale on Wednesday at the club shop and online.',
  'The winners of the fourth round will share a prize fund of £40,000 from the county association.',
];

describe('rank: what is not a statement', () => {
  it('leaves out labels, fixtures, dates, list items without a stop, headings in capitals and fragments', () => {
    const s = sentencesOf(CUP_DRAW);
    const skip = notStatements(s);
    const skipped = s.filter((_, i) => skip[i]).map((x) => x.text.trim());
    expect(skipped).toEqual([
      'Harbour Town v Castlebridge',
      'Millford v Eastwick Rovers',
      'FIXTURES IN FULL.',
      'Friday, 14 January',
      '- Best away support - Eastwick Rovers fans at Millford',
      'He is happy.',
    ]);
    const chosen = selectStatements(s, scoreSentences(s, 'Harbour Town drawn with Castlebridge', noFacts(s.length)), 8);
    for (const c of chosen) expect(skip[c.index]).toBe(false);
    // Eight asked for, seven sentences state something: the sheet shows those seven and nothing else.
    expect(chosen.length).toBe(s.length - skipped.length);
  });

  it('keeps a long lede that lost its full stop, and a sentence in a paragraph with others', () => {
    const s = sentencesOf([
      'The harbour tram line will be extended to the ferry terminal after the transport board approved the plan on Tuesday',
      'Work starts in May. The line opens in 2029.',
    ]);
    expect(notStatements(s)).toEqual([false, false, false]);
  });

  it('leaves out a line with page controls glued into it, not one with a hashtag or a brand', () => {
    const s = sentencesOf([
      'ReplyShareLikeFlagJo Marsh 3pts 9:12PM The board backed the tram line by seven votes to two.',
      'Supporters posted #BuildTheHarbourLine after the board backed the tram line.',
      'The board will stream the vote on YouTube and PlayStation consoles in the harbour library.',
      'The bulk mailer OptInRealBig filed for bankruptcy after the harbour board sued it.',
    ]);
    expect(notStatements(s)).toEqual([true, false, false, false]);
  });

  it('leaves out the signature line of an embedded post', () => {
    const s = sentencesOf(['Trams are back on the harbour line. — Harbour Trams (@harbourtrams) May 2, 2025.', 'The board backed the tram line on Tuesday by seven votes to two.']);
    expect(s.map((x) => x.text)).toContain('— Harbour Trams (@harbourtrams) May 2, 2025.');
    expect(notStatements(s)).toEqual(s.map((x) => x.text.startsWith('—')));
  });

  it('leaves out a question put to the reader, not one someone asked', () => {
    const s = sentencesOf([
      'Do you support the harbour tram line?',
      'The chair asked the board: would you vote for it again?',
      '“Would you ride it every day?” a reporter asked the mayor.',
      'The board backed the tram line on Tuesday by seven votes to two.',
    ]);
    expect(notStatements(s)).toEqual([true, false, false, false]);
  });

  it('never leaves a sheet empty: a text all in capitals or all fragments keeps its sentences', () => {
    const caps = sentencesOf(['THE BOARD BACKED THE TRAM LINE ON TUESDAY.', 'WORK WILL START IN MAY, THE CHAIR SAID.', 'Fares stay the same.']);
    expect(notStatements(caps)).toEqual([false, false, false]);
    const fragments = sentencesOf(['Trams return.', 'Fares stay.']);
    expect(notStatements(fragments)).toEqual([false, false]);
  });

  it('reads capitals by their share, so lower-cased text and acronyms stay statements', () => {
    expect(inCapitals('WHAT HAPPENS NEXT FOR THE TRAM?')).toBe(true);
    expect(inCapitals('The NHS and the BBC said the NATO summit would go ahead.')).toBe(false);
    expect(inCapitals('the tram line will be extended , the board said .')).toBe(false);
  });
});
