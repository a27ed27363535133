import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEntities, findNameMentions, resolvePersonNames, trimToken } from '../functions/pipeline/extract/entities.ts';
import { HONORIFICS } from '../functions/pipeline/extract/names.ts';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/quotes', name), 'utf8');
const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const names = (list: Array<{ name: string }>): string[] => list.map((e) => e.name);

describe('extractEntities', () => {
  const text = fixture('norway-minister.txt');
  const e = extractEntities(text, starts(text));

  it('strips titles and merges short forms into the full name', () => {
    const halvorsen = e.people.find((p) => p.name === 'Ingrid Halvorsen');
    expect(halvorsen?.mentions).toBe(3); // "Norwegian Foreign Minister Ingrid Halvorsen" twice + "Halvorsen"
    expect(names(e.people)).not.toContain('Halvorsen');
    expect(names(e.people)).not.toContain('Norwegian Foreign Minister Ingrid Halvorsen');
    expect(names(e.people)).toContain('Per Olsen');
  });

  it('sorts each list by mentions, most first', () => {
    for (const list of [e.people, e.organizations, e.places]) {
      const counts = list.map((x) => x.mentions);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('classifies places and organisations with the gazetteer and organisation words', () => {
    expect(names(e.places)).toEqual(expect.arrayContaining(['Norway', 'Barents Sea']));
    expect(names(e.organizations)).toEqual(expect.arrayContaining(['Nordic Wire', 'Reuters']));
    expect(names(e.people)).not.toContain('Reuters');
    expect(names(e.people)).not.toContain('Critics');
  });

  it('does not take sentence-initial words or bare titles for names', () => {
    const t = 'The minister spoke. Foreign Minister said nothing. However, Anna Berg of the Central Bank disagreed.';
    const r = extractEntities(t, [0]);
    expect(names(r.people)).toEqual(['Anna Berg']);
    expect(names(r.organizations)).toEqual(['Central Bank']);
  });

  it('degrades gracefully on lower-cased text: gazetteer places and title-led names', () => {
    const t = 'foreign minister sergey lavrov said russia keeps contacts in kabul . he spoke in moscow .';
    const r = extractEntities(t, [0]);
    expect(names(r.places)).toEqual(expect.arrayContaining(['russia', 'kabul', 'moscow']));
    expect(names(r.people)).toEqual(['sergey lavrov']);
  });

  it('knows organisations named by one word, and skips Title Case headings', () => {
    const t = 'Talks With The Taliban Resume\n\nThe Taliban said the talks would go on. Hamas did not comment.\n\nClimate Change.\n\nThe United Nations met.';
    const r = extractEntities(t, [0]);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Taliban', 'Hamas', 'United Nations']));
    expect(r.organizations.find((o) => o.name === 'Taliban')?.mentions).toBe(1);
    expect(names(r.people)).toEqual([]);
  });

  it('skips a long headline with small words, but reads prose that opens with capitals', () => {
    const t = 'Examining the Record of Anna Berg on Trade and the Future of the Oslo Accords\n\nForeign Minister Anna Berg said on Monday that trade was up. Berg added that talks would go on.';
    const people = extractEntities(t, [0]).people;
    // The headline's mention is not counted; the prose line (a lower-case word after its capitals) is read.
    expect(people.find((p) => p.name === 'Anna Berg')?.mentions).toBe(2);
  });

  it('cuts "of <place>" off a person and keeps laws and events out of people', () => {
    const t = 'Sen. Anna Berg of Vermont criticised the Affordable Care Act during the Great Recession. Berg spoke later.';
    const r = extractEntities(t, [0]);
    expect(r.people).toEqual([{ name: 'Anna Berg', mentions: 2 }]);
  });

  it('handles empty text', () => {
    expect(extractEntities('', [0])).toEqual({ people: [], organizations: [], places: [] });
  });
});

describe('trimToken', () => {
  // The regex chain the fast path must agree with.
  const reference = (w: string): string => {
    let t = w.replace(/['’]+$/u, '');
    if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !HONORIFICS.has(t.toLowerCase())) t = t.replace(/\.+$/, '');
    return t.replace(/['’]s$/u, '').replace(/['’\-&]+$/u, '');
  };

  it('trims exactly as the regex chain does, words ending in a letter included', () => {
    const piece = fc.constantFrom('Mr', 'U', 'S', 's', 'x', 'É', '1', '.', "'", '’', '-', '&', 'Lavrov', 'ß');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const w = parts.join('');
        expect(trimToken(w)).toBe(reference(w));
      }),
    );
  });

  it('keeps abbreviations and initials, drops possessives and a sentence\'s full stop', () => {
    expect(['Mr.', 'U.S.', 'J.', 'Lavrov’s', 'Oslo.', 'AT&T', 'Smith-', "Jones'"].map(trimToken)).toEqual(['Mr.', 'U.S.', 'J.', 'Lavrov', 'Oslo', 'AT&T', 'Smith', 'Jones']);
  });
});

describe('shared mentions of the last article', () => {
  it('answer a repeated question with the same result, and a different article with its own', () => {
    const a = 'Foreign Minister Anna Berg met Mr. Lee in Oslo. Berg said the talks went well.';
    const b = 'Sen. Tom Okafor spoke in Paris. Okafor said it was done.';
    const first = findNameMentions(a).map((m) => ({ ...m }));
    const resolvedFirst = [...resolvePersonNames(findNameMentions(a)).values()];
    expect(findNameMentions(b).map((m) => m.name)).toEqual(['Tom Okafor', 'Paris', 'Okafor']);
    expect(findNameMentions(a).map((m) => ({ ...m }))).toEqual(first);
    expect([...resolvePersonNames(findNameMentions(a)).values()]).toEqual(resolvedFirst);
    expect(resolvedFirst).toContain('Anna Berg');
    // A copy of the same text (not the same string object) is the same article.
    expect(findNameMentions(`${a.slice(0, 10)}${a.slice(10)}`).map((m) => ({ ...m }))).toEqual(first);
  });
});

describe('descriptions and title-word surnames', () => {
  it('a place or nationality before a noun for people is a description; a spoken name ending in a title word is a person', () => {
    const t = '“We counted every vote,” said Dolores Bishop, a veteran Ohio Democrat.\n\nOrganisers met Nigerian Americans, Young Voters and a New Jersey Republican. Ms. Bishop left early.';
    const r = extractEntities(t, starts(t));
    expect(names(r.people)).toEqual(['Dolores Bishop']);
    expect(r.people[0]?.mentions).toBe(2);
  });
});

describe('titles after a department word', () => {
  it('"Transport Secretary Ruth Okafor" is Ruth Okafor, and a headline namesake does not take her surname', () => {
    const t = 'Quiet Okafor wins the vote\n\nTransport Secretary Ruth Okafor opened the line. Okafor said the trains were late.';
    const r = extractEntities(t, starts(t));
    expect(r.people[0]).toEqual({ name: 'Ruth Okafor', mentions: 2 });
  });
});

describe('bare surnames', () => {
  it('go to the principal namesake, not the one named last; "Mrs." picks the woman', () => {
    const t = 'Mayor Thomas Varga opened the bridge. Varga cut the ribbon.\n\nHis sister Susan Varga watched. Varga then spoke again, and Thomas Varga waved. Mrs. Varga left early.';
    const r = extractEntities(t, starts(t));
    expect(r.people).toEqual([
      { name: 'Thomas Varga', mentions: 4 },
      { name: 'Susan Varga', mentions: 2 },
    ]);
  });

  it('go to the namesake named first when two are named in full more than once, not the one named more often', () => {
    const t = [
      'Senator Ann Varga opened her campaign in Ohio. Ann Varga said the race would be close.',
      'Her husband, former governor Thomas Varga, spoke first. Thomas Varga told the crowd to vote. Later Thomas Varga left.',
      'Varga said she would win. Varga thanked the volunteers, and Varga shook hands.',
    ].join('\n\n');
    const r = extractEntities(t, starts(t));
    expect(r.people[0]).toEqual({ name: 'Ann Varga', mentions: 5 });
  });
});

const seeds = path.resolve(import.meta.dirname, '../../shared/corpus/seeds');
describe.runIf(existsSync(seeds))('extractEntities on the seed articles', () => {
  it('finds Sergey Lavrov as a person in both seeds', () => {
    for (const f of ['000_41ce63c9e59dfd44.txt', '004_2fc46c062b82a8b9.txt']) {
      const t = readFileSync(path.join(seeds, f), 'utf8');
      const r = extractEntities(t, starts(t));
      expect(r.people[0]?.name).toBe('Sergey Lavrov');
      expect(names(r.places)).toContain('Afghanistan');
    }
  });
});
