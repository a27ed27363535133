import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { captionSentences, countWords, furniture, looksCaseless, splitSentences, wirePrefixLength } from '../functions/pipeline/extract/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after titles, "No.", month abbreviations or inside numbers and money', () => {
    expect(split('Mr. Smith met Dr. Jones at No. 10 on Sept. 5 last year. Profits rose to $1.13bn, up 2.5% on the year. Then they left.')).toEqual([
      'Mr. Smith met Dr. Jones at No. 10 on Sept. 5 last year.',
      'Profits rose to $1.13bn, up 2.5% on the year.',
      'Then they left.',
    ]);
  });

  it('keeps initials and U.S. inside a sentence, but ends one at "U.S." before a clear new sentence', () => {
    expect(split('J. K. Rowling visited the U.S. embassy. She moved to the U.S. The move was costly.')).toEqual([
      'J. K. Rowling visited the U.S. embassy.',
      'She moved to the U.S.',
      'The move was costly.',
    ]);
  });

  it('ends a sentence after a closing quotation mark, and not before "he said"', () => {
    expect(split('“We are leaving.” He walked out. "Is it over?" he asked. “Yes,” she said.')).toEqual([
      '“We are leaving.”',
      'He walked out.',
      '"Is it over?" he asked.',
      '“Yes,” she said.',
    ]);
  });

  it('keeps a named speaker\'s tag with the question or exclamation quoted before it ("Trump said." is no sentence)', () => {
    expect(split('"Why is he attacking me?" Mayor Dale said. "He has to win first." “Is it over?” Sen. Ana Ruiz asked reporters. “Go!” J. Smith shouted.')).toEqual([
      '"Why is he attacking me?" Mayor Dale said.',
      '"He has to win first."',
      '“Is it over?” Sen. Ana Ruiz asked reporters.',
      '“Go!” J. Smith shouted.',
    ]);
    // A capitalised word that is no speaker's tag opens a sentence: a name without a speech verb, a description.
    expect(split('"Who will win?" Dale Tower was quiet. "Is it right?" The minister said no.')).toEqual([
      '"Who will win?"',
      'Dale Tower was quiet.',
      '"Is it right?"',
      'The minister said no.',
    ]);
    // A full stop closing a quotation still ends its sentence before a name.
    expect(split('"We won." Dale said nothing more.')).toEqual(['"We won."', 'Dale said nothing more.']);
  });

  it('treats ellipses and […] as part of the sentence they sit in', () => {
    expect(split('They are all Taliban. […] We actively recommend talks," the minister said. We will wait ... and see. Done.')).toEqual([
      'They are all Taliban. […]',
      'We actively recommend talks," the minister said.',
      'We will wait ... and see.',
      'Done.',
    ]);
  });

  it('never crosses a line break and returns trimmed spans that index the text', () => {
    const text = '  First paragraph without a stop\n\nSecond one. Third one!  \nFourth?';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First paragraph without a stop', 'Second one.', 'Third one!', 'Fourth?']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });

  it('splits lower-cased, tokenised text without capitals to go by', () => {
    const text = "the minister said talks would go on . he left at 5 p.m. on friday . `` we are done , '' he said . it ended .";
    expect(split(text)).toEqual([
      'the minister said talks would go on .',
      'he left at 5 p.m. on friday .',
      "`` we are done , '' he said .",
      'it ended .',
    ]);
  });

  it('keeps a lone-letter initial inside a lower-cased sentence unless a clear starter follows', () => {
    const text = 'the council voted on the budget late on tuesday night after a long debate. mayor helen q. marsh said the vote was close. the school moved to plan b. the parents were told by letter.';
    expect(split(text)).toEqual([
      'the council voted on the budget late on tuesday night after a long debate.',
      'mayor helen q. marsh said the vote was close.',
      'the school moved to plan b.',
      'the parents were told by letter.',
    ]);
    // Tokenised, the initial keeps its full stop ("q.") and the sentence end stands apart (" .").
    expect(split('the council voted on the budget late on tuesday night . mayor helen q. marsh said so . it ended .')).toEqual([
      'the council voted on the budget late on tuesday night .',
      'mayor helen q. marsh said so .',
      'it ended .',
    ]);
  });

  it('goes on past an abbreviation closing a bracket in lower-cased text, not past a sentence in brackets', () => {
    const text = 'the bill was debated for hours in the senate chamber on thursday afternoon. sen. ann dow (d-ore.) on friday called it a start. sen. li (r-s.c.) disagreed. (it passed.) the house is next.';
    expect(split(text)).toEqual([
      'the bill was debated for hours in the senate chamber on thursday afternoon.',
      'sen. ann dow (d-ore.) on friday called it a start.',
      'sen. li (r-s.c.) disagreed.',
      '(it passed.)',
      'the house is next.',
    ]);
  });

  it('ends a sentence in brackets before any lower-case word, by the words inside, not the last word\'s length', () => {
    const text = 'the board met for three hours on monday to discuss the plan. (she left.) then the vote came. sen. ann dow (d-ore.) then spoke. (it was late, so we all went home.) then it ended.';
    expect(split(text)).toEqual([
      'the board met for three hours on monday to discuss the plan.',
      '(she left.)',
      'then the vote came.',
      'sen. ann dow (d-ore.) then spoke.',
      '(it was late, so we all went home.)',
      'then it ended.',
    ]);
  });

  it('reads tokenised brackets ("( d-vt . )", "-lrb- … -rrb-") as the sentence they close', () => {
    const text =
      'the board met for three hours on monday to discuss the plan . ( she left . ) then the vote came . sen. ann dow ( d-vt . ) on friday said no . rep. li -lrb- r-s.c. -rrb- disagreed . -lrb- it passed . -rrb- then it ended .';
    expect(split(text)).toEqual([
      'the board met for three hours on monday to discuss the plan .',
      '( she left . )',
      'then the vote came .',
      'sen. ann dow ( d-vt . ) on friday said no .',
      'rep. li -lrb- r-s.c. -rrb- disagreed .',
      '-lrb- it passed . -rrb-',
      'then it ended .',
    ]);
    // A bracket opened mid-sentence is an aside whatever closes it, and whatever follows it.
    const asides = 'many hope ( praying ? ) for a change . it came from sen. bo li ( vt . ) - and was praised . sen. ann dow ( d-ore . ) the day before said no .';
    expect(split(asides)).toEqual(['many hope ( praying ? ) for a change .', 'it came from sen. bo li ( vt . ) - and was praised .', 'sen. ann dow ( d-ore . ) the day before said no .']);
  });

  it('ends a sentence at a letter that labels a noun ("plan b.", "vitamin c."), not at an initial', () => {
    const text = 'the council voted on the budget late on tuesday night after a long debate. the school moved to plan b. obama said it was fine. they took vitamin c. doctors say so. mayor helen q. marsh said so. ward j. smith agreed.';
    expect(split(text)).toEqual([
      'the council voted on the budget late on tuesday night after a long debate.',
      'the school moved to plan b.',
      'obama said it was fine.',
      'they took vitamin c.',
      'doctors say so.',
      'mayor helen q. marsh said so.',
      'ward j. smith agreed.',
    ]);
    expect(split('The school moved to plan B. Obama said it was fine. Mayor Helen Q. Marsh said so.')).toEqual([
      'The school moved to plan B.',
      'Obama said it was fine.',
      'Mayor Helen Q. Marsh said so.',
    ]);
  });

  it('reads capitals as before: an initial before a name stays, "Plan B." before "The" ends', () => {
    expect(split('Mayor Helen Q. Marsh said so. The school moved to plan B. The parents were told. Sen. Ann Dow (D-Ore.) On Friday it ended.')).toEqual([
      'Mayor Helen Q. Marsh said so.',
      'The school moved to plan B.',
      'The parents were told.',
      'Sen. Ann Dow (D-Ore.)',
      'On Friday it ended.',
    ]);
  });

  it('returns nothing for empty text and one span for text without punctuation', () => {
    expect(split('')).toEqual([]);
    expect(split('just words here')).toEqual(['just words here']);
  });

  it('splits a PTB-tokenised one-line story ("-lrb- cnn -rrb-", "it \'s", " .") into its sentences', () => {
    const text =
      "paris -lrb- cnn -rrb- -- the bridge reopened on tuesday after 14 months of repairs . it 's the city 's oldest crossing , officials said . `` we are proud , '' the mayor said . `` is it safe ? '' the deputy mayor asked . `` yes ! '' he walked on . traffic was light in the u.s. . it rained .";
    expect(split(text)).toEqual([
      'paris -lrb- cnn -rrb- -- the bridge reopened on tuesday after 14 months of repairs .',
      "it 's the city 's oldest crossing , officials said .",
      "`` we are proud , '' the mayor said .",
      "`` is it safe ? '' the deputy mayor asked .",
      "`` yes ! ''",
      'he walked on .',
      'traffic was light in the u.s. .',
      'it rained .',
    ]);
  });
});

describe('splitSentences: photo captions without a full stop (one-line tabloid text)', () => {
  it('ends a caption before a word that can only open a sentence, followed by a lower-case word', () => {
    const text =
      'The striker trained with the squad in Leeds. Rossi jokes with goalkeeper Tom Hale during a session in Leeds on Tuesday He said: "We are ready." ' +
      'Stylists say the nose ring is back. The singer wears a small gold nose ring The nose ring is not a new trend, experts say. ' +
      'Hale (left) and Rossi (right) at the club’s training ground (pictured) In many of the photos, the pair are laughing.';
    expect(split(text)).toEqual([
      'The striker trained with the squad in Leeds.',
      'Rossi jokes with goalkeeper Tom Hale during a session in Leeds on Tuesday',
      'He said: "We are ready."',
      'Stylists say the nose ring is back.',
      'The singer wears a small gold nose ring',
      'The nose ring is not a new trend, experts say.',
      'Hale (left) and Rossi (right) at the club’s training ground (pictured)',
      'In many of the photos, the pair are laughing.',
    ]);
  });

  it('does not split before a title or a name after a word that takes one', () => {
    for (const text of [
      'She told The Guardian the plan was sound and wrote in The Times that it would work.',
      'He starred in a film called The Aviator and a show called It Takes Two.',
      'The indie band The Killers played, and the presenter of This Morning said she loved it.',
      'Fans watched Channel 4’s The Undateables and read The Sun on the bus.',
      'The club beat The Saints at home, then Alexander The Great was the quiz answer.',
      'Both He and She are on the list of pronouns; police said it was hers.',
    ]) {
      expect(split(text)).toEqual([text]);
    }
  });

  it('leaves lower-cased text alone: without capitals there is no seam to see', () => {
    const story = "the striker trains in leeds on tuesday he said : `` we are ready . '' the club is top . ";
    const text = story.repeat(3).trim();
    const one = ["the striker trains in leeds on tuesday he said : `` we are ready . ''", 'the club is top .'];
    expect(split(text)).toEqual([...one, ...one, ...one]);
  });

  it('returns exact, trimmed spans around a caption seam', () => {
    const text = 'A dog waits by the door on Monday The dog, a collie, waited for nine years.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 'A dog waits by the door on Monday'.length },
      { start: 'A dog waits by the door on Monday '.length, end: text.length },
    ]);
  });
});

describe('splitSentences: wider caption seams, only in a run-on (one-line) story', () => {
  // Filler of ordinary sentences, so the story is as long as a one-line tabloid story (over 1,500 characters).
  const filler = 'The council met on Monday to discuss the plan for the new bridge, which has been delayed by two years. '.repeat(16);
  const seams = [
    'The lorry was found 30 metres away from the road Poignant: Flowers were left at the scene by neighbours.',
    'Hale celebrates at the Riverside Stadium in Middlesbrough The striker has scored nine goals this season.',
    'The spokesman said the hotel had been described as ‘too hot’ The complaint was later withdrawn by the guest.',
    'A crowd gathers outside the court building An eight-year-old boy was among those waiting outside.',
    'Rossi trains with the squad at the club’s ground on Monday ‘I feel ready to play again,’ Rossi said.',
    'The pair set up the charity after a crash in 2019 The two friends have raised £40,000 since then.',
    'Hale waves to fans as he leaves the ground Following his injury, Hale was out for three months.',
    'Hale smiles on the podium in Bahrain ‘We knew the car was quick,’ Hale said after the race.',
    'THE SAVE OF THE SEASON Hale dived full length to keep out the penalty in the last minute.',
    'Hale poses with his wife Anna In March, the couple moved back to Leeds with their two sons.',
    'Fans queue outside the ground before the match It’s the first sell-out crowd for six years.',
  ];

  it('ends a caption before a tabloid label, an article, or a quotation, and after a name or a quoted word', () => {
    const text = filler + seams.join(' ');
    const parts = split(text);
    for (const [caption, rest] of [
      ['The lorry was found 30 metres away from the road', 'Poignant: Flowers were left at the scene by neighbours.'],
      ['Hale celebrates at the Riverside Stadium in Middlesbrough', 'The striker has scored nine goals this season.'],
      ['The spokesman said the hotel had been described as ‘too hot’', 'The complaint was later withdrawn by the guest.'],
      ['A crowd gathers outside the court building', 'An eight-year-old boy was among those waiting outside.'],
      ['Rossi trains with the squad at the club’s ground on Monday', '‘I feel ready to play again,’ Rossi said.'],
      ['The pair set up the charity after a crash in 2019', 'The two friends have raised £40,000 since then.'],
      ['Hale waves to fans as he leaves the ground', 'Following his injury, Hale was out for three months.'],
      ['Hale smiles on the podium in Bahrain', '‘We knew the car was quick,’ Hale said after the race.'],
      ['THE SAVE OF THE SEASON', 'Hale dived full length to keep out the penalty in the last minute.'],
      ['Hale poses with his wife Anna', 'In March, the couple moved back to Leeds with their two sons.'],
      ['Fans queue outside the ground before the match', 'It’s the first sell-out crowd for six years.'],
    ]) {
      expect(parts).toContain(caption);
      expect(parts).toContain(rest);
    }
  });

  it('reads the wider seams nowhere else: an ordinary paragraph keeps them whole', () => {
    for (const sentence of seams) expect(split(`${sentence}\n\n${filler}`)[0]).toBe(sentence);
  });

  it('ends a caption before a sentence that opens on a name with an age or a speech verb', () => {
    const pairs = [
      ['The pair drove the old cars across the border to leave the country', 'Hale, 41, and his two friends were later flown home.'],
      ['Rossi was never one to let an injury interrupt his career', 'Hale said: ‘He trained through the pain every single week.’'],
      ['The dog edges towards the tortoise and barks at it every minute', 'Ms Cole stated that the tortoise does not mind the noise.'],
      ['Builders are working on a bridge that bends just like a reed', 'Professor Ann Cole said the design could be used elsewhere.'],
    ];
    const parts = split(filler + pairs.map(([a, b]) => `${a} ${b}`).join(' '));
    for (const [caption, rest] of pairs) {
      expect(parts).toContain(caption);
      expect(parts).toContain(rest);
    }
  });

  it('keeps a name after a role, kin or clause word, or after a short opening phrase, in its sentence', () => {
    const kept = [
      'The club confirmed the deal on Friday evening and his mother Ann, 62, said she was proud of him.',
      'The visitors were beaten again at home and their striker Hale said the team had let the fans down.',
      'Tournament organisers later found Rossi had hidden a phone in the bathroom during the game.',
      'In court Mr Hale said he had been asleep when the car was taken from the drive.',
      'In its yearly report the online bank Zeta said that two million customers had joined.',
      'Announcing the policy Mr Hale said the scheme would be paid for by the council.',
    ];
    const parts = split(filler + kept.join(' '));
    for (const sentence of kept) expect(parts).toContain(sentence);
    // Outside a run-on story the name seam is not read at all.
    const short = 'The pair drove the old cars across the border to leave the country Hale, 41, and his friends flew home.';
    expect(split(short)).toEqual([short]);
  });

  it('keeps titles, names and lists whole even in a run-on story', () => {
    const kept = [
      'Fans sang along to Gonna Fly Now and the hit Faking It before the band left the stage at nine.',
      'Voters were handed ballots A and B while the clerk read the names of the candidates aloud.',
      'The actor appeared in the magazine’s regular ‘Queen of Everything’ feature and spoke about his role.',
      'He wrote in The Times that the minister had been told: ‘We cannot wait any longer for the money.’',
      'A neighbour, Ann Cole, told the Daily Post ‘She was always kind to the children on the street.’',
    ];
    const parts = split(filler + kept.join(' '));
    for (const sentence of kept) expect(parts).toContain(sentence);
  });
});

describe('furniture', () => {
  const marked = (text: string): string[] => {
    const parts = split(text);
    const f = furniture(parts);
    return parts.filter((_, i) => !f[i]);
  };

  it('marks a tabloid byline and publication stamps, as published and tokenised', () => {
    const header = 'By . Rita Okafor and Sam Price . PUBLISHED: . 08:15 EST, 9 May 2014 . | . UPDATED: . 10:02 EST, 9 May 2014 . ';
    const story = 'A school bus slid off an icy road near Leeds. All 30 pupils were unhurt.';
    expect(marked(header + story)).toEqual(['A school bus slid off an icy road near Leeds.', 'All 30 pupils were unhurt.']);
    const tokenised = 'by . rita okafor . last updated at 4:06 pm on 5th october 2011 . a school bus slid off an icy road near leeds . all 30 pupils were unhurt .';
    expect(marked(tokenised)).toEqual(['a school bus slid off an icy road near leeds .', 'all 30 pupils were unhurt .']);
    const tails = 'By . Rita Okafor . for MailOnline . and Press Association . PUBLISHED: . 08:15 GMT, 9 May 2014 . ';
    expect(marked(tails + story)).toEqual(['A school bus slid off an icy road near Leeds.', 'All 30 pupils were unhurt.']);
    expect(marked('By . Rita Okafor . In Leeds the bus slid off an icy road on a bend near the school.')).toEqual([
      'In Leeds the bus slid off an icy road on a bend near the school.',
    ]);
  });

  it('marks lines addressed to the page reader: video prompts, an editor\'s note, a disclaimer', () => {
    const text =
      "editor 's note : ann lee is a historian at a university in ohio . scroll down for video . the bridge reopened on tuesday . the opinions expressed in this commentary are solely those of ann lee .";
    expect(marked(text)).toEqual(['the bridge reopened on tuesday .']);
    expect(marked('Scroll down for video. The bridge reopened on Tuesday. Readers can click to see the video.')).toEqual([
      'The bridge reopened on Tuesday.',
      'Readers can click to see the video.',
    ]);
  });

  it('keeps sentences that merely start with "By" or mention publishing', () => {
    const text = 'A dam burst upstream. By noon the water had reached the town. By Monday, the roads were open. The report was published on 3 June 2014 by the agency.';
    expect(marked(text)).toEqual(split(text));
  });

  it('marks a heading in capitals that the splitter left on its own, not a sentence in capitals', () => {
    const text = 'THE SAVE OF THE SEASON\n\nHale dived full length to keep out the penalty.\n\nTHE CLUB HAS BEEN SOLD.';
    expect(marked(text)).toEqual(['Hale dived full length to keep out the penalty.', 'THE CLUB HAS BEEN SOLD.']);
  });

  it('marks a short "By Name, Title" line at the top', () => {
    expect(marked('By Tom Reyes, Transport Correspondent. A school bus slid off an icy road near Leeds.')).toEqual([
      'A school bus slid off an icy road near Leeds.',
    ]);
  });
});

describe('wirePrefixLength', () => {
  it('finds a dateline and wire credit ahead of the lead, cased or tokenised', () => {
    for (const [text, rest] of [
      ['OSLO, Norway (CNN) -- The bridge reopened.', 'The bridge reopened.'],
      ['(CNN)The bridge reopened.', 'The bridge reopened.'],
      ['oslo , norway -lrb- cnn -rrb- -- the bridge reopened .', 'the bridge reopened .'],
      ['BERLIN (Reuters) - The bridge reopened.', 'The bridge reopened.'],
    ] as const) {
      expect(text.slice(wirePrefixLength(text))).toBe(rest);
    }
  });

  it('leaves a clause that only mentions an outlet alone', () => {
    for (const text of ['Ms Holt (CNN) said the bridge reopened.', 'The bridge reopened, a spokesman for the city council in the north of the country (AP) said.', 'The bridge reopened.']) {
      expect(wirePrefixLength(text)).toBe(0);
    }
  });
});

describe('looksCaseless', () => {
  // The definition the char-code fast path must agree with: a capital is a character that lower-casing changes.
  const reference = (text: string): boolean => {
    let upper = 0;
    let lower = 0;
    for (const ch of text.slice(0, 20_000).split('')) {
      if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) upper++;
      else if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) lower++;
    }
    return lower > 50 && upper / (upper + lower) < 0.005;
  };

  it('agrees with the toUpperCase/toLowerCase definition on mixed scripts, asked twice in a row', () => {
    const piece = fc.constantFrom('the minister said ', 'É', 'é', 'Ω', 'ω', 'ß', 'İ', 'ǅ', '1,250 ', '“', '\n', 'A', 'z', 'ﬁ', '😀', 'straße ', 'ÉCOLE ', 'Łódź ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        expect(looksCaseless(text)).toBe(reference(text));
        expect(looksCaseless(text)).toBe(reference(text));
      }),
    );
  });

  it('tells lower-cased text from cased text', () => {
    const lowered = 'the minister said on tuesday that the talks would go on . '.repeat(5);
    expect(looksCaseless(lowered)).toBe(true);
    expect(looksCaseless(lowered.replace(/the minister/g, 'The Minister'))).toBe(false);
  });
});

describe('countWords', () => {
  it('counts the whitespace-separated tokens that hold a letter or digit, as splitting and testing each does', () => {
    const piece = fc.constantFrom(' ', '  ', '\n\n', '\t', '\u00a0', '\u3000', '—', '--', '…', '"', '1,250', 'word', 'É', '😀', '$', 'U.S.', '(AP)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe((text.match(/\S+/g) ?? []).filter((t) => /[\p{L}\p{N}]/u.test(t)).length);
      }),
    );
  });

  it('counts "1,250" as one word and a dash as none', () => {
    expect(countWords('Sales rose — to 1,250 units (AP).')).toBe(6);
  });
});

describe('splitSentences at a caption seam (one-line text, no full stop after the caption)', () => {
  const cut = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('ends the caption at the space before the next sentence', () => {
    const text = 'The striker scored twice in the first half. Reed celebrates with fans in Leeds on Tuesday He said the team was ready.';
    expect(cut(text)).toEqual(['The striker scored twice in the first half.', 'Reed celebrates with fans in Leeds on Tuesday', 'He said the team was ready.']);
  });

  it('finds none in lower-cased text or in a title after a word that takes one', () => {
    expect(cut('the striker scored twice in the first half. reed celebrates with fans in leeds on tuesday he said the team was ready.')).toHaveLength(2);
    expect(cut('She told The Times the club would appeal.')).toHaveLength(1);
  });
});

describe('captionSentences: photo captions cut off at a caption seam', () => {
  const flags = (text: string): Array<[string, boolean]> => {
    const spans = splitSentences(text);
    const caps = captionSentences(text, spans);
    return spans.map((s, i) => [text.slice(s.start, s.end), caps[i]!]);
  };

  it('marks a caption by its marks, its label, its present-tense picture verb, or its shortness', () => {
    const text =
      'The striker scored twice in the first half. Rossi chats with goalkeeper Tom Hale during a session in Leeds on Tuesday He said the team was ready. ' +
      'Hale (left) and Rossi at the club’s training ground in Leeds on Monday The pair have played together for six years. ' +
      'Brave: The nine-year-old spent two weeks in hospital after the fall in March The girl is now back at school. ' +
      'The team bus leaves Elland Road on Monday The club said the trip had been planned for months.';
    expect(flags(text).filter(([, c]) => c).map(([t]) => t)).toEqual([
      'Rossi chats with goalkeeper Tom Hale during a session in Leeds on Tuesday',
      'Hale (left) and Rossi at the club’s training ground in Leeds on Monday',
      'Brave: The nine-year-old spent two weeks in hospital after the fall in March',
      'The team bus leaves Elland Road on Monday',
    ]);
  });

  it('keeps a past-tense line cut at a seam, and every sentence that ends with a full stop', () => {
    const text =
      'The council approved the new bridge after a long debate in the chamber on Monday The vote was close. ' +
      'Hale (left) said the club was ready. Rossi poses with fans. Fans celebrate the win.';
    expect(flags(text)).toEqual([
      ['The council approved the new bridge after a long debate in the chamber on Monday', false],
      ['The vote was close.', false],
      ['Hale (left) said the club was ready.', false],
      ['Rossi poses with fans.', false],
      ['Fans celebrate the win.', false],
    ]);
  });

  it('does not take a clause or a noun for a caption verb, nor a colon after a speech verb for a label', () => {
    const text =
      'If the striker Hale wins the vote he would become the youngest captain in the long history of the club on Monday The vote is next week. ' +
      'The crowd in the stands cheered every one of the three points in the match at Leeds on Saturday The club is now top. ' +
      'The manager of the club said: the players will rest for three days after the match in Leeds on Tuesday The squad flies out on Friday.';
    expect(flags(text).filter(([, c]) => c)).toEqual([]);
  });

  it('finds none in lower-cased text', () => {
    const text = 'rossi chats with hale in leeds on tuesday he said the team was ready . hale (left) at the ground .';
    expect(captionSentences(text, splitSentences(text)).some(Boolean)).toBe(false);
  });
});
