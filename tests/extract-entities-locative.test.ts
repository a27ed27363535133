import { describe, expect, it } from 'vitest';
import { extractEntities, findNameMentions } from '../functions/pipeline/extract/entities.ts';
import { afterLocative, firstNameGender, isFirstName, LOCATIVE_PREPOSITIONS } from '../functions/pipeline/extract/names.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const names = (list: Array<{ name: string }>): string[] => list.map((e) => e.name);
const kindOf = (text: string, name: string): string | undefined => findNameMentions(text).find((m) => m.name === name)?.kind;

describe('afterLocative: the one test of in/at/near … (the) before a name', () => {
  const at = (text: string, name: string): boolean => afterLocative(text, text.indexOf(name));

  it('reads the preposition with or without "the", in any case', () => {
    expect(at('Homes in County Kerr flooded.', 'County Kerr')).toBe(true);
    expect(at('The final was played at the Dunmore Bowl.', 'Dunmore Bowl')).toBe(true);
    expect(at('Near Castle Ardagh, the road closed.', 'Castle Ardagh')).toBe(true);
    expect(at('Crowds gathered OUTSIDE THE Merrow Hall.', 'Merrow Hall')).toBe(true);
    expect(at('Fans waited at  the\u00a0Dunmore Bowl.', 'Dunmore Bowl')).toBe(true);
  });

  it('reads the word right before "the", not an earlier one', () => {
    expect(at('They met at the Kerr offices and the Merrow Hall.', 'Merrow Hall')).toBe(false);
    expect(at('Stationed at the front, the Merrow Hall guards left.', 'Merrow Hall')).toBe(false);
  });

  it('leaves out "from" and "with", and words that only end like a preposition', () => {
    expect(LOCATIVE_PREPOSITIONS.has('from')).toBe(false);
    expect(at('A letter from Tavish Okonkwo arrived.', 'Tavish Okonkwo')).toBe(false);
    expect(at('An interview with Tavish Okonkwo aired.', 'Tavish Okonkwo')).toBe(false);
    expect(at('It came within Dunmore Bay.', 'Dunmore Bay')).toBe(false);
    expect(at('Tavish Okonkwo spoke.', 'Tavish Okonkwo')).toBe(false);
    // Punctuation between the preposition and the name breaks the phrase.
    expect(at('They stayed in, Tavish Okonkwo said.', 'Tavish Okonkwo')).toBe(false);
  });
});

describe('the mention finder decides a name after a locative preposition once', () => {
  it('an unknown run after "in" is no person, and no antecedent either', () => {
    const t = 'Storms cut power to 300 homes in Glenmoor Vale on Sunday. Engineers worked through the night.';
    expect(kindOf(t, 'Glenmoor Vale')).toBe('unknown');
    expect(names(extractEntities(t, starts(t)).people)).not.toContain('Glenmoor Vale');
  });

  it('keeps the places and organisations the existing rules name', () => {
    const t = 'The match at Rugby Park drew 9,000 fans. The coach flew in from Los Angeles.';
    expect(kindOf(t, 'Rugby Park')).toBe('place');
    expect(kindOf(t, 'Los Angeles')).toBe('place');
    const e = extractEntities(t, starts(t));
    expect(names(e.places)).toEqual(expect.arrayContaining(['Rugby Park', 'Los Angeles']));
  });

  it('an unknown run after "at" is still an organisation on the article\'s evidence', () => {
    const t = 'Prices rose again, said Ilse Brandt, an economist at Hartley Simmons. Markets were calm.';
    expect(kindOf(t, 'Hartley Simmons')).toBe('unknown');
    const e = extractEntities(t, starts(t));
    expect(names(e.organizations)).toContain('Hartley Simmons');
    expect(names(e.people)).not.toContain('Hartley Simmons');
  });

  it('"from" and "with" name people', () => {
    const t = 'The letter from Tavish Okonkwo was read aloud. Later, in an interview with Rosalind Achterberg, he said it was final.';
    expect(kindOf(t, 'Tavish Okonkwo')).toBe('person');
    expect(kindOf(t, 'Rosalind Achterberg')).toBe('person');
  });

  it('a first name, a possessive or a title keeps a person after "in" or "at"', () => {
    const t = 'The crowd jeered at Marco Delgado. In Tavish Okonkwo\'s view the vote was lost. It was held in Senator Ivo Maric\'s office.';
    expect(kindOf(t, 'Marco Delgado')).toBe('person');
    expect(kindOf(t, 'Tavish Okonkwo')).toBe('person');
    expect(kindOf(t, 'Ivo Maric')).toBe('person');
  });

  it('a person named after "in" is a person when the article names them elsewhere', () => {
    const byFullName = 'The club brought in Tavish Okonkwo last week. Tavish Okonkwo scored twice on Saturday.';
    expect(findNameMentions(byFullName).filter((m) => m.name === 'Tavish Okonkwo').map((m) => m.kind)).toEqual(['person', 'person']);
    const bySurname = 'In Tavish Okonkwo the club has a striker at last. The goals of Okonkwo won the cup.';
    expect(kindOf(bySurname, 'Tavish Okonkwo')).toBe('person');
    expect(names(extractEntities(bySurname, starts(bySurname)).people)).toContain('Tavish Okonkwo');
  });

  it('a town after "in" is a place when a state or a known place follows it', () => {
    const t = 'The rally in Cedar Hollow, Iowa, drew 2,000. A second was held in Dunmore Falls, Calif., on Friday. Fans at Hartwell Vale, Cardiff and Preston cheered.';
    expect(kindOf(t, 'Cedar Hollow')).toBe('place');
    expect(kindOf(t, 'Dunmore Falls')).toBe('place');
    // A list of clubs is not "town, state".
    expect(kindOf(t, 'Hartwell Vale')).toBe('unknown');
    const e = extractEntities(t, starts(t));
    expect(names(e.places)).toEqual(expect.arrayContaining(['Cedar Hollow', 'Dunmore Falls']));
    const owned = 'Shares in Corvane Dynamo, Germany\'s only listed club, fell.';
    expect(kindOf(owned, 'Corvane Dynamo')).toBe('unknown');
  });

  it('the lone words of an unknown name are not read as a person\'s short form', () => {
    const t = 'Talks were held at Corvane Broadband on Monday. Corvane has yet to reply.';
    expect(findNameMentions(t).filter((m) => m.name === 'Corvane').map((m) => m.kind)).toEqual(['unknown']);
  });
});

describe('first names, one test per intent', () => {
  it('firstNameGender reads the two gendered lists, in any case', () => {
    expect(firstNameGender('Sergey')).toBe('m');
    expect(firstNameGender('HILLARY')).toBe('f');
    expect(firstNameGender('Morgan')).toBeNull(); // unisex: a name, not a gender
  });

  it('isFirstName also takes unisex names and the longer evidence list', () => {
    expect(isFirstName('Morgan')).toBe(true);
    expect(isFirstName('Guy')).toBe(true);
    expect(isFirstName('County')).toBe(false);
  });
});
