import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { stripLeadingNonName } from '../functions/pipeline/extract/entity-evidence.ts';
import { isFirstName } from '../functions/pipeline/extract/names.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const people = (text: string): Array<{ name: string; mentions: number }> => extractEntities(text, starts(text)).people;
const names = (text: string): string[] => people(text).map((p) => p.name);

describe('people named once: first names from sport, culture and politics abroad', () => {
  it('a first name of the world list makes a name of two words a person with no other evidence', () => {
    expect(isFirstName('Yannick')).toBe(true);
    expect(isFirstName('Lleyton')).toBe(true);
    const t = 'The trophy was lifted by Yannick Drouet last spring. Fans remember the track by Elvis Carrow as well.';
    expect(names(t)).toEqual(expect.arrayContaining(['Yannick Drouet', 'Elvis Carrow']));
  });

  it('a first name does not settle a run ending like a ground, a show or a firm, or holding "Vs"', () => {
    const t = [
      'Nadal said Roland Garros will be his main target. Fans of Freddy Vs Jason queued overnight.',
      '',
      'The Drew Show returns in May, made by Neal Street Productions for the channel.',
    ].join('\n');
    expect(names(t)).toEqual([]);
  });

  it('a world first name after an adjective starts the name; after another capitalised word it does not', () => {
    expect(stripLeadingNonName('Unseeded Nicolas Pardieu')).toBe('Nicolas Pardieu');
    expect(stripLeadingNonName('Monte Carlo Masters')).toBe('Monte Carlo Masters');
  });

  it('a work described as a story is no person, though its name opens with a first name', () => {
    const t = 'His new book, Peter Quill, a story about a boy who builds a ship, is out in May.';
    expect(names(t)).not.toContain('Peter Quill');
  });
});

describe('people named once: what around the name says it is a person', () => {
  it('scores by sets after a name are a player’s', () => {
    const t = 'Women’s singles, first round: Zsofka Marenic 6-4 6-2 over the qualifier from Kyiv.';
    expect(names(t)).toContain('Zsofka Marenic');
  });

  it('a possessive owning an injury or a funeral, a party and state, and a cast list make people', () => {
    const t = [
      'With Brannagh Tully’s injury likely to keep him out until March, the club need cover.',
      '',
      'The bill was backed by Galvin Pirrie (R-Fla.) and opposed by most of the chamber.',
      '',
      'Critics praised the biopic starring Quillon Barte, which opens next week.',
    ].join('\n');
    expect(names(t)).toEqual(expect.arrayContaining(['Brannagh Tully', 'Galvin Pirrie', 'Quillon Barte']));
  });

  it('a plural role before a name makes it a person; a plural that names teams as often does not', () => {
    const t = [
      'He will face compatriots Tessema Wolde and Abeba Girma in the 3,000m.',
      '',
      'Now quarter-finalists Vestoria, coached by Spaniard Julen Ortiz, are ready to bid for him.',
    ].join('\n');
    const found = names(t);
    expect(found).toContain('Tessema Wolde');
    expect(found).not.toContain('Vestoria');
  });

  it('"play" or "show" used as a verb before a name does not make it a thing', () => {
    const t = 'The British number one will next play Tomas Berdane at the warm-up event on Friday.';
    expect(names(t)).toContain('Tomas Berdane');
  });

  it('a full name only ever used as a modifier is a person when its surname alone is someone’s elsewhere', () => {
    const t = 'A judge should look into the David Okoro affair, the party said.\n\nMr Okoro has denied any wrongdoing.';
    expect(people(t)).toEqual([{ name: 'David Okoro', mentions: 2 }]);
    // Without the surname vouching, the modifier alone is no evidence.
    expect(names('A judge should look into the David Okoro affair, the party said.')).toEqual([]);
  });
});

describe('a surname with a particle is the person named in full, not a second one', () => {
  it('folds "Van Merwe" into "Ruud van Merwe" with both counts', () => {
    const t = 'Ruud van Merwe scored twice in the second half.\n\nVan Merwe said he was happy. Later Van Merwe left early.';
    const r = people(t);
    expect(r.map((p) => p.name)).not.toContain('Van Merwe');
    expect(r.find((p) => p.name === 'Ruud van Merwe')?.mentions).toBe(3);
  });
});

describe('which of the two forms a folded name shows', () => {
  it('the full name when it is written once, at a sentence start ("Aung San Suu Kyi" named once, then "Suu Kyi")', () => {
    const t = 'The leader flew to Washington on Monday.\n\nAung Mya Tin Lwin met the president. “We are grateful,” Tin Lwin said, adding that she hoped sanctions would end. Ms. Tin Lwin thanked the senators.';
    const r = people(t).map((p) => p.name);
    expect(r).toContain('Aung Mya Tin Lwin');
    expect(r).not.toContain('Tin Lwin');
  });
});

describe('what a possessive owns is no person', () => {
  it('"his Jack Russell Sam" names a dog; the owner named in full is the person', () => {
    const t = 'Pensioner Terry Cooper was sitting in the garden with his Jack Russell Sam when the badger came. Mr Cooper said he ran.';
    expect(names(t)).toContain('Terry Cooper');
    expect(names(t)).not.toContain('Jack Russell Sam');
  });
});
