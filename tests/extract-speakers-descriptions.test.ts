import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes } from '../functions/pipeline/extract/quotes.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const run = (text: string) => extractQuotes(text, starts(text), extractEntities(text, starts(text)).people, 100).quotes;
const speakerOf = (text: string, start: string) => run(text).find((q) => q.text.startsWith(start));

describe('a definite description is the person the text is about', () => {
  it('the subject of the sentence before, not a name it mentions in passing: "Kane praised Duffy’s part. “…,” said the Rovers striker"', () => {
    const text = [
      'Rovers beat Athletic 1-0 on Saturday. Midfielder Dermot Duffy set up the goal and Rory Kane scored it.',
      'Kane was full of praise for Duffy’s part in the goal. “It was great play from Dermot,” said the Rovers striker.',
    ].join('\n\n');
    expect(speakerOf(text, 'It was great play')).toMatchObject({ speaker: 'Rory Kane', speakerMention: 'the Rovers striker' });
  });

  it('but a sentence with no person as its subject keeps the last name it gives: "The cardinal backed Ann Moss’s stance"', () => {
    const text = [
      'Tom Veck does not believe the tax should be an election issue.',
      'The cardinal backed Ann Moss’s stance on the tax on Monday. “It is a matter for the voters,” the Green leader said.',
    ].join('\n\n');
    expect(speakerOf(text, 'It is a matter')).toMatchObject({ speaker: 'Ann Moss' });
  });

  it('nor a name its own sentence gives before it: "…, Ed Hanley added. Mr Carr’s Budget was “…,” the Tory leader said"', () => {
    const text = [
      'Tom Carr presented his Budget on Wednesday.',
      'Labour would not be helped by the measures, Ed Hanley added. Mr Carr’s Budget was not about the country but “all about the interests of the Labour party,” the Tory leader said.',
    ].join('\n\n');
    expect(speakerOf(text, 'all about the interests')).toMatchObject({ speaker: 'Ed Hanley' });
  });

  it('not someone the article gives another title: "Mayor Carla Jimenez" is not "the Republican presidential candidate"', () => {
    const text = [
      'Walter Brandt called on Mayor Carla Jimenez to restart the surveillance programme on Thursday.',
      'Jimenez ended the programme in 2014. “We ought to start it up again,” the Republican presidential candidate said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We ought to start')).toMatchObject({ speaker: 'Walter Brandt' });
  });

  it('an abbreviated title is read as the word: "Sen. Ann Lowry" is no governor, so "the Kansas governor" is Hal Brock', () => {
    const text = [
      'Kansas Gov. Hal Brock has long criticised Tom Prine over the bill.',
      'On Monday, Sen. Ann Lowry defended Prine. “He went for the easy vote,” the Kansas governor said.',
    ].join('\n\n');
    expect(speakerOf(text, 'He went for the easy vote')).toMatchObject({ speaker: 'Hal Brock' });
  });
});

describe('a definite description of someone the text brought in without a name', () => {
  it('is no one named before: "A senior bank official said … “…,” the official said"', () => {
    const text = [
      'Ruth Ames chaired the board meeting on Monday.',
      'A senior bank official said on Friday that the board backed the plan. “We are committed to it,” the official said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are committed')).toMatchObject({ speaker: null, speakerMention: 'the official' });
  });

  it('but a phrase in apposition names its person: "Ron Hale, a former official at the bank, … the official said"', () => {
    const text = [
      'Ron Hale, a former official at the bank, spoke on Monday.',
      'He welcomed the plan. “We are committed to it,” the official said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are committed')).toMatchObject({ speaker: 'Ron Hale', speakerMention: 'the official' });
  });

  it('a phrase that runs past a function word brings in no one: "a question to the president"', () => {
    const text = [
      'President Ann Vale spoke to reporters on Monday.',
      'One reporter put a question to the president about the plan. “We are committed to it,” the president said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We are committed')).toMatchObject({ speaker: 'Ann Vale' });
  });

  it('nor do quoted words: "“They have a mayor who will not panic,” he said"', () => {
    const text = [
      'Mayor Ken Lyle spoke on Tuesday.',
      '“They have a mayor who will not panic,” he said. On Wednesday, “We will deliver the games,” the mayor said.',
    ].join('\n\n');
    expect(speakerOf(text, 'We will deliver')).toMatchObject({ speaker: 'Ken Lyle' });
  });
});
