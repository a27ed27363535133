import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes } from '../functions/pipeline/extract/quotes.ts';
import { validSubject } from '../functions/pipeline/extract/speakers.ts';

const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const run = (text: string) => extractQuotes(text, starts(text), extractEntities(text, starts(text)).people, 100).quotes;
const speakerOf = (text: string, start: string) => run(text).find((q) => q.text.startsWith(start));

describe('namesakes', () => {
  it('"Mr. Marsh" is the one the story named first, not the brother named later and more often by first name', () => {
    const text = [
      'Daniel J. Marsh, the candidate, rarely speaks of his elder brother.',
      'Freddy Marsh was a pilot. Freddy loved boats, and Freddy loved jokes. Freddy left the firm in 1962.',
      'Freddy moved to Florida, where Freddy flew for an airline. “He taught me what not to do,” Mr. Marsh said in an interview.',
      '“I watched him,” Mr. Marsh said. Freddy died in 1981.',
    ].join('\n\n');
    expect(speakerOf(text, 'He taught me')).toMatchObject({ speaker: 'Daniel J. Marsh', speakerMention: 'Mr. Marsh' });
    expect(speakerOf(text, 'I watched him')).toMatchObject({ speaker: 'Daniel J. Marsh' });
  });

  it('a bare surname is the spouse named first when both are named as often ("Osbourne said")', () => {
    const text = [
      'Rock singer Ozzy Osbourne tackled a burglar at his home on Saturday, police said.',
      'His wife Sharon Osbourne was asleep upstairs. Ozzy chased the man, and Sharon called the police.',
      '“I acted on impulse,” Osbourne said.',
    ].join('\n\n');
    expect(speakerOf(text, 'I acted on impulse')).toMatchObject({ speaker: 'Ozzy Osbourne', speakerMention: 'Osbourne' });
  });
});

describe('speaker attribution patterns', () => {
  const text = readFileSync(path.join(import.meta.dirname, 'fixtures/quotes/norway-minister.txt'), 'utf8');
  const quotes = run(text);
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it('resolves a description to the titled person: "the Norwegian Foreign Minister noted"', () => {
    expect(by('We have agreed')).toMatchObject({ speaker: 'Ingrid Halvorsen', speakerMention: 'the Norwegian Foreign Minister' });
  });

  it('resolves "she said" to the most recent female person', () => {
    expect(by('The fleets need')).toMatchObject({ speaker: 'Ingrid Halvorsen', speakerMention: 'she' });
  });

  it('resolves "the top Norwegian diplomat assured reporters" through the title', () => {
    expect(by('We will not sign')).toMatchObject({ speaker: 'Ingrid Halvorsen', speakerMention: 'the top Norwegian diplomat' });
  });

  it('maps a surname to the full name: "Olsen told Reuters"', () => {
    expect(by('Every spring')).toMatchObject({ speaker: 'Per Olsen', speakerMention: 'Olsen' });
  });

  it('resolves "he said" after a multi-paragraph quote', () => {
    expect(by('I have heard this before')).toMatchObject({ speaker: 'Per Olsen', speakerMention: 'he' });
  });

  it('attributes a fragment inside a sentence: "the minister mentioned “…”"', () => {
    expect(by('the protection of spawning')).toMatchObject({ speaker: 'Ingrid Halvorsen', speakerMention: 'the minister' });
  });

  it('handles "according to X"', () => {
    expect(by('hold its own meeting')).toMatchObject({ speaker: 'Per Olsen', speakerMention: 'Olsen' });
  });
});

describe('more attribution shapes', () => {
  it('"…," said X (inverted)', () => {
    const t = 'Mayor Lena Brandt opened the session.\n\n"The harbour must stay open all winter," said Brandt.';
    expect(speakerOf(t, 'The harbour')).toMatchObject({ speaker: 'Lena Brandt', speakerMention: 'Brandt' });
  });

  it('X said: "…" and X said that "…"', () => {
    const t = 'Tom Reyes said: "We will vote against it tomorrow."\n\nAnna Berg said that "the numbers do not add up at all."';
    expect(speakerOf(t, 'We will vote')?.speaker).toBe('Tom Reyes');
    expect(speakerOf(t, 'the numbers')?.speaker).toBe('Anna Berg');
  });

  it('a bare quote paragraph continues the previous speaker; a colon paragraph introduces one', () => {
    const t = [
      '"We are ready to talk," Anna Berg said.',
      '"But we will not wait for ever."',
      'Tom Reyes, a spokesman for the union, put it this way:',
      '"Nobody here trusts the promises any more."',
    ].join('\n\n');
    expect(speakerOf(t, 'But we will not')).toMatchObject({ speaker: 'Anna Berg' });
    expect(speakerOf(t, 'Nobody here')).toMatchObject({ speaker: 'Tom Reyes' });
  });

  it('an interrupted quote keeps its speaker on both halves', () => {
    const t = 'Anna Berg spoke first.\n\n"The budget is too small," she said. "And the ferry is too late."';
    const qs = run(t);
    expect(qs.map((q) => q.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('keeps he and she apart', () => {
    const t = 'Anna Berg met Tom Reyes on Monday.\n\n"We have a deal on the table," he said.\n\n"It is not a deal yet," she said.';
    const qs = run(t);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Reyes', 'Anna Berg']);
  });

  it('a relative clause: "X, who called it “…”" keeps "who" and resolves to X', () => {
    const t = 'The plan drew a sharp reply from Mayor Lena Brandt, who called it “a gift to the shipping lobby.”';
    expect(run(t)[0]).toMatchObject({ speaker: 'Lena Brandt', speakerMention: 'who' });
  });

  it('“…?” asked X, and “…” ― X', () => {
    const t = '“How deep is the new channel?” asked Tom Reyes.\n\n“Deep enough for the winter ferries.” ― Anna Berg';
    expect(run(t).map((q) => q.speaker)).toEqual(['Tom Reyes', 'Anna Berg']);
  });

  it('"he" prefers the subject named last over a later object', () => {
    const t = 'Kim Jordan attacked Sam Lee during the harbour debate.\n\n“It was a shameful display of ignorance,” he said.';
    expect(run(t)[0]).toMatchObject({ speaker: 'Kim Jordan', speakerMention: 'he' });
  });

  it('inverted "said <nationality> <role> <Name>", accented surname, relative clause after', () => {
    const t = '“Los puertos seguirán abiertos,” said Chilean port minister Rosa Cárdenas, whose agency runs the docks.\n\n“The fees stay as they are,” said Norway’s harbour chief Lars Øvrebø.';
    expect(run(t).map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Rosa Cárdenas', 'Chilean port minister Rosa Cárdenas'],
      ['Lars Øvrebø', 'Norway’s harbour chief Lars Øvrebø'],
    ]);
  });

  it('a name closing a lower-case description is the speaker: "said director of rugby X", "Y sports correspondent X"', () => {
    const t = '“The pitch held up well,” said director of coaching Aled Pryce.\n\n“The crowd was loud,” said RTE sports correspondent Nora Quill.';
    expect(run(t).map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Aled Pryce', 'director of coaching Aled Pryce'],
      ['Nora Quill', 'RTE sports correspondent Nora Quill'],
    ]);
  });

  it('"Mr. X" is not a woman who shares the surname, and "Mr. King" is a name, not a title', () => {
    const t = 'Helen Marsh opened the hall. Marsh thanked the builders.\n\nMr. King and Mr. Marsh were there too. “The roof is finally sound,” Mr. Marsh said. “We kept it simple,” Mr. King added.';
    expect(run(t).map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Marsh', 'Mr. Marsh'],
      ['King', 'Mr. King'],
    ]);
  });

  it('a relative clause after the name is not part of the mention', () => {
    const t = 'The leaflet went out on Monday. Mr Kell, who was sent the leaflet by a friend, said he had been "shocked" by it. "I am not suggesting there is any intent, but these things cause offence."';
    expect(run(t).find((q) => q.text.startsWith('I am not'))).toMatchObject({ speaker: 'Kell', speakerMention: 'Mr Kell' });
  });

  it('a nationality that is someone\'s surname still names them; a trailing "reports" is not part of the mention', () => {
    const t = 'Dana English runs the port.\n\n“The cranes are too old,” said English.\n\nThe Harbour Gazette reports that “two cranes failed in May,” without naming a source.';
    expect(run(t).map((q) => [q.speaker, q.speakerMention])).toEqual([
      ['Dana English', 'English'],
      ['Harbour Gazette', 'The Harbour Gazette'],
    ]);
  });

  it('a nationality adjective alone is never the mention', () => {
    const t = '“We will not pay twice,” said Danish, and nobody answered.';
    expect(run(t)[0]?.speakerMention).not.toBe('Danish');
  });

  it('an unnamed speaker is kept as a mention with no resolved name', () => {
    const t = '"The plan is dead on arrival," a spokesman for the opposition said.';
    expect(run(t)[0]).toMatchObject({ speaker: null, speakerMention: 'a spokesman for the opposition' });
  });

  it('a quote with no attribution at all has a null speaker', () => {
    const t = 'The sign on the door read nothing.\n\nThe weather was cold.\n\n"Closed until further notice, sorry about that."';
    expect(run(t)[0]?.speaker).toBeNull();
  });
});

describe('unnamed speakers, organisations and possessive names', () => {
  it('"he added" after "a senior official said" is that official, not the last person named', () => {
    const t = 'Harbour master Piet Vos left the meeting early.\n\nA senior port official, who asked not to be named, said the talks were "going nowhere at all". "We need another month to agree," he added.';
    const qs = run(t);
    expect(qs.find((q) => q.text.startsWith('We need'))).toMatchObject({ speakerMention: 'he', speaker: null });
  });

  it('"he" still resolves to the named man when no unnamed speaker came in between', () => {
    const t = 'Harbour master Piet Vos left the meeting early.\n\n"We need another month to agree," he said.';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'he', speaker: 'Piet Vos' });
  });

  it('a sports team is an organisation, not a person', () => {
    const t = 'Bristol Tigers said they were "delighted to keep the young prop for two more seasons".';
    const e = extractEntities(t, starts(t));
    expect(e.people.map((p) => p.name)).not.toContain('Bristol Tigers');
    expect(e.organizations.map((o) => o.name)).toContain('Bristol Tigers');
  });

  it('"X, which said …" gives the quote to X, and a possessive name stays whole', () => {
    const t = 'The tanker was tracked by Fairway\'s Register, which said it was "heading for the Kerch strait at full speed".';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'which', speaker: "Fairway's Register" });
    const e = extractEntities(t, starts(t));
    expect(e.places.map((x) => x.name)).toContain('Kerch');
    expect(e.organizations.map((x) => x.name)).not.toContain('Kerch');
  });

  it('an owner before a full name is not part of it: "the Gazette’s Nora Quill said"', () => {
    const t = '"The vote was never close," the Gazette’s Nora Quill said.';
    expect(run(t)[0]?.speaker).toBe('Nora Quill');
  });
});

describe('headings, dashes and places around the speaker', () => {
  it('"HEADLINE - Name and Name: “…”" gives the quote to the names, never to the capitals', () => {
    const t = 'HARBOUR POLLS NOT WRONG, JUST TOO EARLY - Ann Brook and Tim Vale: “Although the polls missed the late swing, they were not wrong.” [Gazette.]\n\nRED TOWNS OUTNUMBER BLUE TOWNS - Jeffrey M. Jones: “The town-level analysis finds twenty towns are solidly red.”';
    expect(run(t).map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['Ann Brook and Tim Vale', 'Ann Brook and Tim Vale'],
      ['Jeffrey M. Jones', 'Jeffrey M. Jones'],
    ]);
    expect(extractEntities(t, starts(t)).people.map((p) => p.name)).not.toContain('HARBOUR POLLS NOT WRONG');
  });

  it('"X, during a meeting in Dayton, Ohio, said" is X, and the aside is not part of the mention', () => {
    const t = 'Mayor Lena Brandt, during a town hall meeting in Dayton, Ohio, said she was "going to fix every road in the county".';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'Mayor Lena Brandt', speaker: 'Lena Brandt' });
  });

  it('an opening phrase that ends in a town and its state is skipped to find the subject', () => {
    const t = 'Speaking at a rally in Salem, New Hampshire, Lena Brandt went after her rival, calling him “a total stiff in a good suit.”';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'Lena Brandt', speaker: 'Lena Brandt' });
  });
});

describe('a quote with no speech verb', () => {
  it('goes to the person who opens its sentence ("X referred to Y as “…”")', () => {
    const t = 'Lena Brandt spoke in Dayton on Monday. Brandt referred to Tom Reyes as “a decent but tired mayor” in front of the crowd.';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'Brandt', speaker: 'Lena Brandt' });
  });

  it('is not given to a person who only appears as an object in its sentence', () => {
    const t = 'The crowd in Dayton was large. Many waved signs that compared Tom Reyes to “a decent but tired old mayor” all evening.';
    expect(run(t)[0]?.speaker).toBeNull();
  });
});

describe('quotes after narrative sentences', () => {
  it('a narrative sentence about someone between two quotes hands the next quote to its subject', () => {
    const t = '"We have bigger problems than parking," says Nora Quill, a nurse from Dayton. She says the council should fix the roads first. "It is their town; they should decide."';
    expect(run(t)[1]).toMatchObject({ speakerMention: 'She', speaker: 'Nora Quill' });
  });

  it('a possessive right after a verb is the object ("Brandt questioned Reyes\'s “…”"), so the subject speaks', () => {
    const t = 'Tom Reyes and Lena Brandt debated on Monday. Brandt, leading narrowly in the polls, questioned Reyes\'s "harbour first values" and his record.';
    expect(run(t)[0]).toMatchObject({ speaker: 'Lena Brandt' });
  });
});

describe('more openers before a quote', () => {
  const speakers = (t: string) => run(t).map((q) => [q.speakerMention, q.speaker]);

  it('"Said X, “…”" and "Continued X: “…”" put the speaker after the verb', () => {
    const t = 'Mayor Tom Reyes spoke last. Said Reyes, "The vote will be close but we will win it."\n\nContinued Reyes: "Nobody should stay at home on Tuesday."';
    expect(speakers(t)).toEqual([
      ['Reyes', 'Tom Reyes'],
      ['Reyes', 'Tom Reyes'],
    ]);
  });

  it('"As X put it, “…”" and "More from X: “…”" / "From the report: “…”"', () => {
    const t = 'As the Harbour Gazette put it, "the mayor has run out of road."\n\nThe numbers moved late. More from Ann Brook: "The late deciders broke for the challenger."\n\nFrom the report: "Not all panels are created equal in any sense."';
    expect(speakers(t)).toEqual([
      ['the Harbour Gazette', 'Harbour Gazette'],
      ['Ann Brook', 'Ann Brook'],
      ['the report', null],
    ]);
  });

  it('"Here in Dayton, X …, saying “…”" skips the opening place phrase; "Another commenter said" is a speaker', () => {
    const t = 'Here in Dayton, Lena Brandt stepped up her push on harbour issues, saying, "We need the dredging done now."\n\nAnother commenter said, "She never listens to the fishermen at all."';
    expect(speakers(t)).toEqual([
      ['Lena Brandt', 'Lena Brandt'],
      ['Another commenter', null],
    ]);
  });
});

describe('verbs further from their subject', () => {
  it('"with X reportedly yelling: “…”", "A few days later, X …, telling …", "X went on to say"', () => {
    const t = 'Some of his supporters kicked a protester, with Tom Reyes reportedly yelling: "Get him out of here right now!"\n\nA few days later, Lena Brandt reversed herself again, telling the Gazette that the rules "should stay exactly as they are".\n\nNora Quill went on to say, "The harbour deserves better than this."';
    expect(run(t).map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['Tom Reyes', 'Tom Reyes'],
      ['Lena Brandt', 'Lena Brandt'],
      ['Nora Quill', 'Nora Quill'],
    ]);
  });
});

describe('quotes over several paragraphs', () => {
  it('a quote after one that ran over two paragraphs and closed with "he continued" continues that speaker', () => {
    const t = [
      '“The harbour needs money,” Reyes said. “But a mayor cannot promise everything. It has costs for the whole town.',
      '“I am not interested in being popular. I am interested in being right,” he continued. “We will have to work with the unions on this.”',
    ].join('\n\n');
    const qs = run(t);
    expect(qs[qs.length - 1]).toMatchObject({ speakerMention: 'he', speaker: 'Reyes' });
  });
});

describe('sources named in passing', () => {
  const speakers = (t: string) => run(t).map((q) => [q.speakerMention, q.speaker]);

  it('"as The Gazette pointed out, “…”", "X who tweeted, “…”", "doesn’t surprise pollster X: “…”"', () => {
    const t = [
      'The mayor promised more. But as the Harbour Gazette pointed out, "Still, the mayor has not released a single budget line."',
      'Among the replies was this post from Dana Wells who tweeted, "Nobody asked the fishermen about any of it."',
      'The late swing does not surprise local pollster Ann Brook: "Undecided voters broke late in every recent town race."',
    ].join('\n\n');
    expect(speakers(t)).toEqual([
      ['the Harbour Gazette', 'Harbour Gazette'],
      ['who', 'Dana Wells'],
      ['pollster Ann Brook', 'Ann Brook'],
    ]);
  });

  it('a share of voters and a study can be the source: "21 percent said “…”", "the survey found that “…”"', () => {
    const t = 'Asked about the plan, 21 percent said "not too likely at all" in the poll.\n\nThe survey found that "most residents want the ferry kept running."';
    expect(speakers(t)).toEqual([
      ['21 percent', null],
      ['The survey', null],
    ]);
  });
});

describe('reported speech inside a "said" clause', () => {
  it('"The mayor said she rarely asks …, “…”" is given by the outer speaker', () => {
    const t = 'Lena Brandt opened the hall. The mayor said she rarely asks the council for favours, “except for people I am very close to.”';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'The mayor', speaker: 'Lena Brandt' });
  });

  it('a pronoun that is the only subject still speaks: "She asked the question “…”"', () => {
    const t = 'Lena Brandt opened the hall. She asked the council “to build on the harbour plan.”';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'She', speaker: 'Lena Brandt' });
  });
});

describe('names that look like verbs, and unknown inverted verbs', () => {
  it('"Warren appeared … , saying, “…”": a name ending in -en is the subject, not an opening participle', () => {
    const t = 'On Thursday, after staying neutral all spring, Owen Warren appeared with the host and endorsed Lena Brandt, saying, “She is exactly what the harbour needs.”';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'Owen Warren', speaker: 'Owen Warren' });
  });

  it('"Early in his campaign, X attacked Y, calling him, among other things, “…”"', () => {
    const t = 'Early in his campaign, Tom Reyes attacked Piet Vos, calling him, among other things, “a failed harbour master.”';
    expect(run(t)[0]).toMatchObject({ speaker: 'Tom Reyes' });
  });

  it('“…!” beamed X: an inverted verb the lists do not know, then a name', () => {
    const t = 'The crowd rose as the ferry came in. “This is fantastic!” beamed Dana Hartley of Dayton, who had waited all morning.';
    expect(run(t)[0]).toMatchObject({ speakerMention: 'Dana Hartley of Dayton', speaker: 'Dana Hartley' });
  });
});

describe('validSubject', () => {
  it('accepts pronouns, names and person or document nouns; rejects objects and clauses', () => {
    for (const ok of ['he', 'Sergey Lavrov', 'the minister', 'the top Russian diplomat', 'officials', 'The ad', 'Smith, a spokesman']) expect(validSubject(ok)).toBe(true);
    for (const bad of ['him', 'that obtaining heroin', 'the political system', 'criticized the plan', 'it all']) expect(validSubject(bad)).toBe(false);
  });
});

describe('attribution grammar: clauses around the quote', () => {
  it('a participle clause after the quote ("…," giving …) leaves the speaker named before it', () => {
    const t = 'Councillor Ruth Okafor said she hopes the levy can be "a fair deal for every street," giving parishes more say over the budget.';
    expect(speakerOf(t, 'a fair deal')).toMatchObject({ speaker: 'Ruth Okafor' });
  });

  it('a speech verb in an opening subordinate clause does not own the quote of the main clause', () => {
    const t = 'Mayor Ian Dorsey opened the debate.\n\nAfter Ian Dorsey criticized the ferry budget at length, Carla Munro shot back, "We have balanced every single line of it."';
    expect(speakerOf(t, 'We have balanced')).toMatchObject({ speaker: 'Carla Munro', speakerMention: 'Carla Munro' });
  });

  it('a verb that introduces the quote (X said, "…,") owns it, whatever follows the quote', () => {
    const t = 'Asked about the closures, Peter Lindqvist said, "Ask the board about that," twice, before the chairman stopped answering questions.';
    expect(speakerOf(t, 'Ask the board')).toMatchObject({ speaker: 'Peter Lindqvist' });
  });

  it('"…, X said, adding, “…”": the participle goes with the nearest speech clause', () => {
    const t = 'The two mayors will meet on Friday, council spokesman Aled Price said, adding, "They have a great deal to settle."';
    expect(speakerOf(t, 'They have a great')).toMatchObject({ speaker: 'Aled Price' });
  });
});

describe('attribution grammar: a quote with no attribution in its own sentence', () => {
  it('goes on with the quote of the sentence before it ("“…,” she said. But “…”")', () => {
    const t = 'Harbour master Joan Keller met the fishermen on Monday. "Nobody is closing the quay this winter," she said on the pier. But "the repairs cannot wait another year either."';
    expect(speakerOf(t, 'the repairs cannot')).toMatchObject({ speaker: 'Joan Keller', speakerMention: 'she' });
  });

  it('takes the speaker of a speech verb in the sentence before it ("X has argued that … . As a result, “…”")', () => {
    const t = 'Economist Marta Quist has argued that the toll was badly designed from the start. As a result, the bridge still carries "far more lorries than it was ever built for."';
    expect(speakerOf(t, 'far more lorries')).toMatchObject({ speaker: 'Marta Quist' });
  });
});

describe('attribution grammar: a closing attribution', () => {
  it('", he said." at the end of the sentence speaks for a quote before a later quote', () => {
    const t = 'Walter Devlin, the club treasurer, spoke after the vote. Donations were "flat for about two months" while members waited to see how the "long winter of strikes" would end, he said.';
    expect(speakerOf(t, 'flat for about')).toMatchObject({ speaker: 'Walter Devlin', speakerMention: 'he' });
  });
});

describe('attribution grammar: the nearest clause that speaks', () => {
  it('"X, who has in the past described Y as “…”": the relative pronoun, resolved to X', () => {
    const t = 'Radio host Dana Whitlock, who has in the past described the mayor as "a weathervane in a good suit," spoke for an hour.';
    expect(speakerOf(t, 'a weathervane')).toMatchObject({ speakerMention: 'who', speaker: 'Dana Whitlock' });
  });

  it('"… when he brought up the flood and later said, “…”": the subject of the joined clause', () => {
    const t = 'Retired judge Owen Castell started the argument when he brought up the flood and later said, "Nobody in this room read the report."';
    expect(speakerOf(t, 'Nobody in this room')).toMatchObject({ speakerMention: 'he', speaker: 'Owen Castell' });
  });

  it('"… even as she defended the plan, saying “…”": the subject of the clause beside the participle', () => {
    const t = 'Governor Ada Lindgren conceded some delay even as she defended the rail plan, saying "ninety percent of the track is already laid."';
    expect(speakerOf(t, 'ninety percent')).toMatchObject({ speakerMention: 'she', speaker: 'Ada Lindgren' });
  });
});

describe('attribution grammar: a speech verb used as a noun', () => {
  it('"X called Y’s remarks a “…”": the possessive’s "remarks" names words, X says them', () => {
    const t = 'Party chairman Olaf Brandvold called Petra Lind’s remarks on the budget a "reckless gamble with the pension fund."';
    expect(speakerOf(t, 'reckless gamble')).toMatchObject({ speaker: 'Olaf Brandvold' });
  });
});

describe('attribution grammar: the subject after an opening phrase', () => {
  it('skips a relative clause on the opening phrase ("Speaking in X, which …, Y referred to Z as “…”")', () => {
    const t = 'Mayor Lena Brandt and her rival Tom Reyes met twice.\n\nSpeaking to Radio North in Tromsø, which hosts the debate next week, Brandt referred to Reyes as "a decent man with a bad plan" on Monday.';
    expect(speakerOf(t, 'a decent man')).toMatchObject({ speaker: 'Lena Brandt' });
  });
});

describe('lower-cased text: attribution without capitals', () => {
  it('resolves "said the minister", "she added" and "the top norwegian diplomat told" to the titled person', () => {
    const text = [
      'foreign minister ingrid halvorsen arrived in tromsø on monday .',
      '“ we will not sign a deal this year , ” said the minister .',
      '“ the quotas are far too high , ” she added .',
      'the top norwegian diplomat told reporters : “ nobody wants another empty season . ”',
    ].join('\n\n');
    expect(run(text).map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['the minister', 'ingrid halvorsen'],
      ['she', 'ingrid halvorsen'],
      ['the top norwegian diplomat', 'ingrid halvorsen'],
    ]);
  });

  it('resolves "she" by a first name the text never titles ("brendan walsh met nadia okafor")', () => {
    const text = 'brendan walsh met nadia okafor at the harbour on monday .\n\n“ we need the new bridge before winter , ” she said .';
    expect(run(text)[0]).toMatchObject({ speakerMention: 'she', speaker: 'nadia okafor' });
  });

  it('takes a lone sentence subject as the speaker when the word recurs in lower case ("halloran thanked …")', () => {
    const text = 'the ferry docked late .\n\nhalloran thanked the crew for “ getting everyone home before the storm . ”\n\nthe line has been run by halloran since 2009 .';
    expect(run(text)[0]).toMatchObject({ speakerMention: 'halloran', speaker: 'halloran' });
  });

  it('reads the sentence past an initial or a party label, as the splitter does ("helen q. marsh", "(d-ore.) on friday")', () => {
    const text = [
      'the county board met on tuesday night to vote on the new depot .',
      'sen. ann dow (d-ore.) on friday told reporters : “ the bridge will be built before the winter . ”',
      'the county clerk , jason c. ervin , told the board : “ we have the money for the whole depot . ”',
      'mayor helen q. marsh told the board on monday : “ the depot opens in may . ”',
    ].join('\n\n');
    expect(run(text).map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['sen. ann dow', 'ann dow'],
      ['jason c. ervin', 'jason c. ervin'],
      ['mayor helen q. marsh', 'helen q. marsh'],
    ]);
  });

  it('reads the attribution after a tokenised closing mark (`` … ! \'\' nolan , … , wrote), which ends the splitter\'s sentence', () => {
    const text = [
      'the rally ran late into the night at the state fair in ames on saturday .',
      "`` not us but we ca n't argue with it ! '' nolan , the head of the fund , wrote on sunday with a photo .",
      "`` the files are gone for good . '' nolan said .",
      "`` is that you ? '' kemp asked .",
    ].join('\n\n');
    expect(run(text).map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['nolan', 'nolan'],
      ['nolan', 'nolan'],
      ['kemp', 'kemp'],
    ]);
  });

  it('attributes quotes signed after a dash, and "according to the x"', () => {
    const text = '“ the ferry is a disgrace every single winter . ” ― tove lindqvist\n\n“ nobody listens to the islands at all . ” ― arvid magnusson\n\n“ the fares will rise again in may , ” according to the lantern .';
    expect(run(text).map((q) => q.speakerMention)).toEqual(['tove lindqvist', 'arvid magnusson', 'the lantern']);
  });
});

describe('a person named inside the attribution is the speaker', () => {
  it('a description, then the name in apposition: "his lawyer, Tobias Wrenfield, said"', () => {
    const t = 'Marcus Okonedo was charged in March.\n\nHis lawyer, Tobias Wrenfield, said: "My client has done nothing wrong and will say so in court."';
    expect(speakerOf(t, 'My client')).toMatchObject({ speaker: 'Tobias Wrenfield', speakerMention: 'His lawyer, Tobias Wrenfield' });
  });

  it('a possessive description: "“…,” said the charity\'s pollster, Greta Lindqvist"', () => {
    const t = 'The survey was run for the Harbour Trust, chaired by Oliver Penhaligon.\n\n"Most people want the ferry back, and they want it soon," said the Trust\'s pollster, Greta Lindqvist.';
    expect(speakerOf(t, 'Most people')).toMatchObject({ speaker: 'Greta Lindqvist' });
  });

  it('a description with its own complement: "The secretary of the Northern Rowing Union, Reverend Alun Pryce"', () => {
    const t = 'The New Year regatta was cancelled.\n\nThe secretary of the Northern Rowing Union, Reverend Alun Pryce, said: "We had no choice once the river flooded."';
    expect(speakerOf(t, 'We had no choice')?.speaker).toBe('Alun Pryce');
  });

  it('a title, its complement and the name run together: "Chancellor of the Exchequer Gordon Hale"', () => {
    const t = 'Markets rose on Monday.\n\n"Growth will be stronger than forecast this year," said Chancellor of the Exchequer Gordon Hale.';
    expect(speakerOf(t, 'Growth will')).toMatchObject({ speaker: 'Gordon Hale', speakerMention: 'Chancellor of the Exchequer Gordon Hale' });
  });

  it('"Shadow leader of the Commons Oliver Pask said" is Pask, not the last leader named', () => {
    const t = 'The opposition leader, Michael Hanley, called for a vote.\n\nShadow leader of the Commons Oliver Pask said: "The government is running scared of this debate."';
    expect(speakerOf(t, 'The government is running')?.speaker).toBe('Oliver Pask');
  });

  it('a title before a preposition: "political scientist Martha Quill of Dunmore College"', () => {
    const t = 'Turnout was low.\n\n"Voters simply did not see the point this time," said Dunmore political scientist Martha Quill of Dunmore College.';
    expect(speakerOf(t, 'Voters simply')?.speaker).toBe('Martha Quill');
  });

  it('a name is not the speaker when it is the object: "a spokesman for Oliver Pask"', () => {
    const t = 'Oliver Pask left the chamber early.\n\n"He had a prior engagement in his constituency," a spokesman for Oliver Pask said.';
    expect(speakerOf(t, 'He had a prior')?.speaker).toBeNull();
  });

  it('a pronoun after an apposed name refers to that name', () => {
    const t = [
      'Anna Sorensen hosted the debate.',
      'Her deputy, Jonathan Birk, said: "We will publish every vote online from next week."',
      '"Nobody will have to guess what their councillor did," he said.',
    ].join('\n\n');
    expect(speakerOf(t, 'Nobody will')).toMatchObject({ speaker: 'Jonathan Birk', speakerMention: 'he' });
  });

  it('a post-nominal is not part of the name: "The party\'s finance spokesman, Colin Dewar MSP"', () => {
    const t = 'The budget was published on Tuesday.\n\nThe party\'s finance spokesman, Colin Dewar MSP, said: "These figures do not add up at all."';
    expect(speakerOf(t, 'These figures')?.speaker).toBe('Colin Dewar');
  });
});

describe('a mention that is not a name, or not a noun phrase', () => {
  it('"Others, reacting to the news, shouted": the aside is cut and a quantifier names no one', () => {
    const t = 'Some protesters sang outside the town hall. Others, reacting to the delay in the report, shouted, "Publish it now!" as the mayor left.';
    expect(speakerOf(t, 'Publish it now')).toMatchObject({ speaker: null, speakerMention: 'Others' });
  });

  it('"X, managing director of Y," keeps its title: a title in -ing is not an aside', () => {
    const t = 'Fiona Marsh, managing director of Tidewater Foods, said: "We expect to hire forty people by the summer."';
    expect(speakerOf(t, 'We expect')).toMatchObject({ speaker: 'Fiona Marsh', speakerMention: 'Fiona Marsh, managing director of Tidewater Foods' });
  });

  it('a clause between commas is not an apposition: "…, Hale went on to praise “Harbour Lights,” note that …"', () => {
    const t = 'Tom Hale spoke for an hour at the dinner. To give a sense of the evening, Hale went on to praise “Harbour Lights,” note that he had bought the old pier, and boast about his new hotel in Selby — “which is a wonderful place.”';
    const q = speakerOf(t, 'which is a wonderful');
    expect(q?.speakerMention ?? '').not.toMatch(/went on|“|"/);
    expect(q?.speaker).toBe('Tom Hale');
  });
});

describe('a name in apposition after an inverted description', () => {
  it('"“…,” said the Trust\'s pollster, Greta Lindqvist." takes the name into the mention', () => {
    const t = 'The survey was run for the Harbour Trust, chaired by Oliver Penhaligon.\n\n"Most people want the ferry back," said the Trust\'s pollster, Greta Lindqvist.';
    expect(speakerOf(t, 'Most people')).toMatchObject({ speaker: 'Greta Lindqvist', speakerMention: "the Trust's pollster, Greta Lindqvist" });
  });

  it('"said the committee chairman, MP Edward Lowe." drops the letters before the name', () => {
    const t = 'The report was published on Friday.\n\n"The scheme has been a costly failure," said the committee chairman, MP Edward Lowe.';
    expect(speakerOf(t, 'The scheme')?.speaker).toBe('Edward Lowe');
  });

  it('a day or a place after the comma is not a name in apposition', () => {
    const t = 'Maria Costa chairs the board.\n\n"We will appeal," said the board chairwoman, on Monday.\n\n"The ruling is wrong," said the board chairwoman, New York.';
    expect(speakerOf(t, 'We will appeal')).toMatchObject({ speaker: 'Maria Costa', speakerMention: 'the board chairwoman' });
    expect(speakerOf(t, 'The ruling')?.speakerMention).toBe('the board chairwoman');
  });
});

describe('surnames that look like other words, and clauses before the verb', () => {
  const t = [
    'Oliver Welsh, editor of the gadget magazine Widget, picked the winners. Anders Lindholm named his squad on Monday. Tom Hale spoke to the Evening Courier about the vote.',
    '"The tablet will sell out by December," said Mr Welsh.',
    'When asked if Brook and Carter would start Lindholm replied: "I could tell you yes, but I will wait until the morning."',
    'In an interview with the Evening Courier, Mr Hale refused to be pinned down to a date, saying: "It will happen when the party is ready."',
  ].join('\n\n');

  it('"Mr Welsh": a nationality word after an honorific is a surname', () => {
    expect(speakerOf(t, 'The tablet')).toMatchObject({ speaker: 'Oliver Welsh', speakerMention: 'Mr Welsh' });
  });

  it('"… would start Lindholm replied": a verb after a modal is not part of the speaker phrase', () => {
    expect(speakerOf(t, 'I could tell you')).toMatchObject({ speaker: 'Anders Lindholm', speakerMention: 'Lindholm' });
  });

  it('"…, Mr Hale refused to …, saying": a name and its past-tense verb between commas is a clause, not an apposition', () => {
    expect(speakerOf(t, 'It will happen')).toMatchObject({ speaker: 'Tom Hale', speakerMention: 'Mr Hale' });
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('"Marcus "Tiny" Okafor, chairman of …, said" is Marcus Okafor', () => {
    const t = 'Marcus "Tiny" Okafor, chairman of the Riverside Music Group, said: "We signed her after one song and never looked back."';
    expect(speakerOf(t, 'We signed her')?.speaker).toBe('Marcus Okafor');
  });
});

describe('a person named inside the attribution, in lower-cased text', () => {
  it('"his lawyer, daniel wrenfield, said" is wrenfield once the text is recased', () => {
    const t = 'marcus okonedo was charged in march.\n\nhis lawyer, daniel wrenfield, said: "my client has done nothing wrong and will say so in court."';
    expect(speakerOf(t, 'my client')).toMatchObject({ speaker: 'daniel wrenfield', speakerMention: 'his lawyer, daniel wrenfield' });
  });
});

describe('a place read as a name is no one to refer back to', () => {
  it('"the council spokesman" after "homes in County Kerr" stays unnamed, not County Kerr', () => {
    const t =
      'About 200 homes in County Kerr have not received their voting packs. A spokesman for Lindale Council said: "We posted every pack on time."\n\n' +
      'The Lindale Council spokesman added: "Initially only a few residents called us about the missing packs."';
    expect(speakerOf(t, 'Initially only')).toMatchObject({ speaker: null, speakerMention: 'The Lindale Council spokesman' });
  });
});

describe('"he" and "she" after a clause that names its speaker or subject behind a title', () => {
  it('an honorific starts the clause: "Ms Moon" is the subject, not the singer she met', () => {
    const t = 'Ms Moon moved to Manila in 2013, where she met the singer Rita Ora. "Acting is what I love," she told the local paper.';
    expect(speakerOf(t, 'Acting is what I love')?.speaker).toBe('Moon');
  });

  it('lower-case title words start the clause: "Conservative shadow home secretary David Davis was …"', () => {
    const t =
      'Mr Clarke refused to back the change. Most of the suspects are held in London. Conservative shadow home secretary David Davis was worried about the powers. He warned: "Throughout history, internment has backfired."';
    expect(speakerOf(t, 'Throughout history')?.speaker).toBe('David Davis');
  });

  it('a name that speaks in its clause is its subject: "…, said specialist Dr. Paul Tourville" and "X, who helped, said"', () => {
    const t =
      'The couple met in 2009, said Nick Loeb. "We agreed on it," he said. Embryos are usually frozen, said fertility specialist Dr. Paul Tourville, who is not involved in the case. "Usually the clinic decides," he said.';
    expect(speakerOf(t, 'We agreed')?.speaker).toBe('Nick Loeb');
    expect(speakerOf(t, 'Usually the clinic')?.speaker).toBe('Paul Tourville');
    const u =
      'Joy Smith said she heard a crash outside the shop. Another neighbour, Richard Rhoades, who also tried to help, said he ran outside. "I just wanted to stay with him," he said.';
    expect(speakerOf(u, 'I just wanted')?.speaker).toBe('Richard Rhoades');
  });

  it('a subordinate clause after the main one does not take "he" from the main subject', () => {
    const t = 'Mr Clarke said he had backed the plans when Mr Blunkett argued for them, and he backs them now. "ID cards are a means to an end," he said.';
    expect(speakerOf(t, 'ID cards')?.speaker).toBe('Clarke');
    const u = 'When Mr Blunkett argued for the plans, he said: "ID cards are a means to an end."';
    expect(speakerOf(u, 'ID cards')?.speaker).toBe('Blunkett');
  });

  it('but not a name the verb only reports about, nor a possessive behind a title', () => {
    const t = 'Jane Hall, the senator, spoke first. Her aide says Kaine "has a passion for the wrong people," she said.';
    expect(speakerOf(t, 'has a passion')?.speaker).toBe('Jane Hall');
    const u =
      '"Britain is heading in the wrong direction," the opposition leader, Michael Howard, said in his message. Mr Blair\'s government was a "bossy, interfering government that never delivers," he said.';
    expect(speakerOf(u, 'bossy, interfering')?.speaker).toBe('Michael Howard');
  });
});

describe('two people joined by "and" speak together', () => {
  it('after, before and inverted: the mention and the speaker hold both names', () => {
    for (const t of [
      '"We will appeal the ruling," Mark Ellis and Jane Porter said in a statement.',
      'Mark Ellis and Jane Porter said: "We will appeal the ruling."',
      '"We will appeal the ruling," said Mark Ellis and Jane Porter.',
    ]) {
      const q = speakerOf(t, 'We will appeal');
      expect(q?.speaker).toBe('Mark Ellis and Jane Porter');
      expect(q?.speakerMention).toBe('Mark Ellis and Jane Porter');
    }
  });

  it('a first name alone shares the surname after it, as written', () => {
    const t = 'The mayor\'s biographers, David and Jeanne Hale, wrote that he "had a tin ear, was blunt and often rude."';
    expect(speakerOf(t, 'had a tin ear')?.speaker).toBe('David and Jeanne Hale');
  });

  it('but not a place or a firm before "and"', () => {
    const t = 'Milan won the final at Old Trafford and Carlo Ancelotti said: "We are all very happy tonight."';
    expect(speakerOf(t, 'We are all very happy')?.speaker).toBe('Carlo Ancelotti');
    const u = 'Ernst and Young\'s Priya Raman said: "The market will double in five years."';
    expect(speakerOf(u, 'The market will double')?.speaker).not.toMatch(/ and /);
  });
});

describe('an organisation the article lists keeps its whole name as speaker', () => {
  const t = `Veterans in Dover booed the candidate on Sunday after his rally was moved to a hall owned by the Canadian Legion.

The Canadian Legion said its members had not been asked. The Canadian Legion sent a letter to the campaign on Monday.

"We asked the campaign to cease using our emblem at once," the Canadian Legion said in a statement.

Federal Judge Marlon T. Okafor, who heard the case, wrote that the ban was "an overreach of the plainest kind."`;
  const entities = extractEntities(t, starts(t));
  const quotesWith = (organizations: { name: string; mentions: number }[]) => extractQuotes(t, starts(t), entities.people, 100, { organizations }).quotes;

  it('"the Canadian Legion" is the Canadian Legion, not a "Legion" with a nationality stripped', () => {
    expect(entities.organizations.map((o) => o.name)).toContain('Canadian Legion');
    expect(quotesWith(entities.organizations).find((q) => q.text.startsWith('We asked'))).toMatchObject({ speaker: 'Canadian Legion', speakerMention: 'the Canadian Legion' });
    // Without the list, the mention-to-name step reads the nationality as an adjective.
    expect(quotesWith([]).find((q) => q.text.startsWith('We asked'))?.speaker).toBe('Legion');
  });

  it('a title run the list holds by mistake still names the person at its end', () => {
    const listed = [...entities.organizations, { name: 'Federal Judge Marlon T. Okafor', mentions: 1 }];
    expect(quotesWith(listed).find((q) => q.text.startsWith('an overreach'))?.speaker).toBe('Marlon T. Okafor');
  });
});
