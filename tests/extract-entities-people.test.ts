import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const people = (text: string): Array<{ name: string; mentions: number }> => extractEntities(text, starts(text)).people;
const names = (text: string): string[] => people(text).map((p) => p.name);

describe('the People list leaves out what only looks like a name', () => {
  it('a title spelt with capitalised function words is a work, not a person', () => {
    const t = [
      'The band played Drive Past My Window for the first time. He said the crowd sang along.',
      '',
      'Maria Brannigan, the singer, said it felt like home. She thanked the fans.',
    ].join('\n');
    expect(names(t)).not.toContain('Drive Past My Window');
    expect(names(t)).toContain('Maria Brannigan');
  });

  it('two sentences run together by a lost full stop do not make one name', () => {
    const t = 'The couple moved to Nevada When Corwin fell ill. She nursed him for a year. Corwin Hale said he was grateful.';
    expect(names(t).some((n) => n.includes('When'))).toBe(false);
    expect(names(t)).toContain('Corwin Hale');
  });

  it('competitions and teams are not people, even with a "he" after them', () => {
    const t = [
      'Dreston Open champion Ivo Markel lost in the first round. Tarrow United won again, and he left early.',
      '',
      'The Kelby Slam was cancelled. He was not surprised, said Markel.',
    ].join('\n');
    const n = names(t);
    expect(n).not.toContain('Tarrow United');
    expect(n).not.toContain('Kelby Slam');
    expect(n).toContain('Ivo Markel');
  });

  it('plural acronyms and believers are groups of people, not a person', () => {
    const t = 'Welsh MPs said he had misled them. Coptic Christians said he should resign. MPs voted on Monday and he lost.';
    const n = names(t);
    expect(n).not.toContain('Welsh MPs');
    expect(n).not.toContain('MPs');
    expect(n).not.toContain('Coptic Christians');
  });

  it('a word the article also writes in lower case is a common word, unless an honorific stands before it', () => {
    const t = [
      'Doctors said he would recover. Three doctors were at his bedside.',
      '',
      'Mr Brown, a painter, said he liked brown paint. Brown said he would go home.',
    ].join('\n');
    const n = names(t);
    expect(n).not.toContain('Doctors');
    expect(n).toContain('Brown');
  });

  it('a run of common words capitalised for a title is left out', () => {
    const t = 'The film Paper Kites is about a door. Paper Kites, he said, was made in a summer of paper and kites.';
    expect(names(t)).not.toContain('Paper Kites');
  });

  it('a sentence-opening word glued onto a name is read as the name it stands before', () => {
    const t = [
      'Senator Ada Quillon spoke on Monday. Regarding Quillon, the party said nothing.',
      '',
      'Whether Quillon runs again is unclear. Quillon said she would decide soon.',
    ].join('\n');
    const r = people(t);
    expect(r.map((p) => p.name).filter((n) => n.includes('Regarding') || n.includes('Whether'))).toEqual([]);
    expect(r.find((p) => p.name === 'Ada Quillon')?.mentions).toBeGreaterThanOrEqual(3);
  });
});

describe('names inside long runs and damaged spellings', () => {
  it('a title word inside a long organisation run introduces the person after it', () => {
    const t = 'Interim NWC Chairwoman Delia Fonteyn said on Sunday that she was pleased. South Harlow Farmers Union Chairman Peter Quaile said the vote was close.';
    const n = names(t);
    expect(n).toContain('Delia Fonteyn');
    expect(n).toContain('Peter Quaile');
  });

  it('the employer named before a title is not a person, however often "he" follows it', () => {
    const t = [
      'Marrow Kessel chief executive John Tarrant resigned on Monday. He had led it for a decade.',
      '',
      'Marrow Kessel said he would be replaced. Marrow Kessel shares fell, and he declined to comment.',
    ].join('\n');
    const n = names(t);
    expect(n).not.toContain('Marrow Kessel');
    expect(n).toContain('John Tarrant');
  });

  it('a UTF-8 letter read as Latin-1 stays inside the name', () => {
    const t = 'President Ren\u00c3\u00a9 Dufour spoke in Lyon. Dufour said he was confident.';
    expect(names(t)).toContain('Ren\u00c3\u00a9 Dufour');
  });

  it('a mojibake no-break space still parts two words', () => {
    const t = 'Mayor Ida Kenworth\u00c2\u00a0said the plan would work. Kenworth said she was sure.';
    expect(names(t).some((n) => n.includes('said'))).toBe(false);
    expect(names(t).some((n) => n.startsWith('Ida Kenworth'))).toBe(true);
  });

  it('a letter encoded twice stays whole', () => {
    const t = 'President Ren\u00c3\u0083\u00c2\u00a9 Dufour spoke in Lyon. Dufour said he was confident.';
    expect(names(t)).toContain('Ren\u00c3\u0083\u00c2\u00a9 Dufour');
  });
});
