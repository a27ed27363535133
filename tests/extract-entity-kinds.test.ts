import { describe, expect, it } from 'vitest';
import { extractEntities, findNameMentions, resolvePersonNames, type NameMention } from '../functions/pipeline/extract/entities.ts';
import { keptPeople } from '../functions/pipeline/extract/entity-evidence.ts';
import { kindLists } from '../functions/pipeline/extract/entity-kinds.ts';

const names = (list: Array<{ name: string }>): string[] => list.map((e) => e.name);
const lists = (t: string): { people: string[]; organizations: string[]; places: string[] } => {
  const e = extractEntities(t, [0]);
  return { people: names(e.people), organizations: names(e.organizations), places: names(e.places) };
};

describe('the Organisations and Places lists', () => {
  it('reads a lone word before "area", "district" or "region" as a place, not an organisation', () => {
    const r = lists('Police were called to the Hollins area of Barnford on Sunday night. Residents of the Elmsby district said the road was shut.');
    expect(r.places).toEqual(expect.arrayContaining(['Hollins', 'Elmsby']));
    expect(r.organizations).not.toContain('Hollins');
    expect(r.organizations).not.toContain('Elmsby');
  });

  it('keeps an organisation word in a name before "area" an organisation ("the Labour council area")', () => {
    const r = lists('Turnout in the Hollins Council area rose, officials said.');
    expect(r.places).not.toContain('Hollins Council');
  });

  it('moves a run the People list rejects to Organisations on organisation evidence', () => {
    const r = lists('Shares in investment bank Pellow Brant fell 4% on Monday. A spokesman for Kessler Marsh declined to comment. She works at Tobin Greaves in the city.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Pellow Brant', 'Kessler Marsh', 'Tobin Greaves']));
    for (const o of ['Pellow Brant', 'Kessler Marsh', 'Tobin Greaves']) expect(r.people).not.toContain(o);
  });

  it('reads an organisation suffix ("Watch", "Inc") as organisation evidence for a rejected run', () => {
    const r = lists('The dossier came from the campaigners of Ocean Rights Watch, and shares in Harlow Pine Inc rose.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Ocean Rights Watch', 'Harlow Pine Inc']));
  });

  it('reads an organisation word after a rejected run ("the X movement") and ", from X," as organisation evidence', () => {
    const r = lists('Marchers aligned with the Green Streets Matter movement gathered. Alma Reyes, from Clean Harbour Watchers, said the march was peaceful.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Green Streets Matter', 'Clean Harbour Watchers']));
  });

  it('leaves a rejected run without evidence out of both lists', () => {
    const r = lists('Fans of the Velvet Morning Parade queued for hours.');
    expect(r.organizations).not.toContain('Velvet Morning Parade');
    expect(r.places).not.toContain('Velvet Morning Parade');
  });

  it('drops a lone word after "the" that nothing shows to be an organisation (a work), keeps one that speaks', () => {
    const r = lists('The final of the Showmaker drew five million viewers. Critics at the Chronicle newspaper were unkind, and the Courier said the format was tired.');
    expect(r.organizations).not.toContain('Showmaker');
    expect(r.organizations).toEqual(expect.arrayContaining(['Chronicle', 'Courier']));
  });

  it('keeps plural party names after "the" ("the Whigs")', () => {
    expect(lists('Voters turned to the Whigs in the north.').organizations).toContain('Whigs');
  });

  it('drops a participle or plural swept in before an inner "the", but keeps names built that way', () => {
    const r = lists('Regarding the Harlow Foundation, nothing was said. It delivered Whigs the Guild House. Stop the Mill Coalition said no.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Harlow Foundation', 'Guild House', 'Stop the Mill Coalition']));
    expect(r.organizations).not.toContain('Regarding the Harlow Foundation');
  });

  it('keeps nationalities, a monarch and words that only end in s out of Organisations', () => {
    const r = lists('Police said the Belgians had found him. Other Middle Eastern nations objected. The fund was set up by King Alfred IV, and trade in the Yuletimas rush was slow.');
    for (const o of ['Belgians', 'Other Middle Eastern', 'Middle Eastern', 'King Alfred IV', 'Yuletimas']) expect(r.organizations).not.toContain(o);
  });

  it('keeps acronyms of things out of Organisations, but not those of organisations', () => {
    const r = lists('The charity funds HIV research and sells a DVD of its concert, the NRFU said.');
    expect(r.organizations).not.toContain('HIV');
    expect(r.organizations).not.toContain('DVD');
    expect(r.organizations).toContain('NRFU');
  });

  it('leaves a title in quotation marks out of Organisations', () => {
    const r = lists('Her new show, “The Glass Harbour Club”, opens in May. The Glass Harbour Club plays nightly.');
    expect(r.organizations).toContain('Glass Harbour Club');
    const q = lists('She starred in “Harbour Lights Society” last year.');
    expect(q.organizations).not.toContain('Harbour Lights Society');
    // Some newswires print quotation marks as two apostrophes.
    expect(lists("The island was paraded as a ''Showcase of Progress Society'' abroad.").organizations).not.toContain('Showcase of Progress Society');
  });

  it('does not list a person the People list shows as an organisation too', () => {
    const r = lists('Senator Maria Okafor spoke on Monday. Later the Okafor said nothing.');
    expect(r.people).toContain('Maria Okafor');
    expect(r.organizations).not.toContain('Okafor');
  });

  it('leaves competitions and ceremonies out of Organisations ("Trophy", "Open", "Six Nations", "the Oscars")', () => {
    const r = lists(
      'Harbridge Rovers reached the Northfield Trophy final on Saturday. She won the Calder Open last year, and Wales face Italy in the Six Nations. The film was nominated at the Oscars, and the RBS Six Nations Championship starts in February. Fans watched the Super Bowl.',
    );
    for (const o of ['Northfield Trophy', 'Calder Open', 'Six Nations', 'Oscars', 'RBS Six Nations Championship', 'Super Bowl']) expect(r.organizations).not.toContain(o);
  });

  it('reads a league as a competition only where a game is played in it, and keeps one that speaks', () => {
    const r = lists('Delegates of the Gulf League met in Cairo. The Gulf League said it would send observers. Munich play in the Westland League match on Tuesday, a Westland League tie they must win.');
    expect(r.organizations).toContain('Gulf League');
    expect(r.organizations).not.toContain('Westland League');
    const spoke = lists('Officials said the Brennan Trophy said ticket prices would rise, and a spokesman for the Brennan Trophy declined to comment.');
    expect(spoke.organizations).toContain('Brennan Trophy');
  });

  it('keeps "United Nations" and a body ending in an organisation word, though "Nations" and "League" are in them', () => {
    const r = lists('The United Nations said aid had arrived. The Tennis League Association said the Northfield Olympic Committee agreed.');
    expect(r.organizations).toEqual(expect.arrayContaining(['United Nations', 'Tennis League Association', 'Northfield Olympic Committee']));
  });

  it('leaves products by their model number out of Organisations, but not a team\'s age group', () => {
    const r = lists('Skyline ordered ten Corvair K470 jets and a Pellam 7700, the company said. Wales Under-21 lost to the England Under-21 side.');
    expect(r.organizations).not.toContain('Corvair K470');
    expect(r.organizations).not.toContain('Pellam 7700');
    expect(r.organizations).not.toContain('K470');
  });

  it('leaves titles of works out of Organisations: after "movie", "comedy", "video game", before ", starring"', () => {
    const r = lists(
      'The Spanish movie The Quiet Harbour topped the chart. Next came comedy Meet The Hendersons and the video game The Burrows. Rounding out the list was The Lantern Keepers, starring Ana Solis and Tom Reyes.',
    );
    for (const o of ['Quiet Harbour', 'Meet The Hendersons', 'Burrows', 'Lantern Keepers']) expect(r.organizations).not.toContain(o);
  });

  it('drops a lone word left from a title broken at "of the", but not one after a sentence\'s opening words', () => {
    const r = lists('The Keeper of the Lanterns took £10m in its first week. Last year The Keeper of the Lanterns was a hit. But with the Whigs gone, nothing changed.');
    expect(r.organizations).not.toContain('Lanterns');
    expect(r.organizations).toContain('Whigs');
  });

  it('leaves time zones and technologies out of Organisations ("GMT", "GPRS")', () => {
    const r = lists('The vote closes at 2200 GMT, the NRFU said. Phones use GPRS to send data.');
    expect(r.organizations).not.toContain('GMT');
    expect(r.organizations).not.toContain('GPRS');
    expect(r.organizations).toContain('NRFU');
  });

  it('reads a league played or won as a competition, and "League One" as a division', () => {
    const r = lists('Clubs that play Westland League or Calder Trophy matches in winter need new pitches. Rovers were promoted from League One.');
    expect(r.organizations).not.toContain('Westland League');
    expect(r.organizations).not.toContain('League One');
  });

  it('reads a league near a score or a final as a competition, and a tournament\'s group as none', () => {
    const r = lists('Rovers lost 3-0 away at Hexley in the Westland League on Tuesday. They top Group B, and Smith captained the side in the Tri-Nations.');
    for (const o of ['Westland League', 'Group B', 'Tri-Nations']) expect(r.organizations).not.toContain(o);
  });

  it('keeps a team after "with the" ("James Collins with the Harriers")', () => {
    const r = lists('Delaney is injured, with James Collins with the Harriers. That could clear the way for him.');
    expect(r.organizations).toContain('Harriers');
  });

  it('leaves names spelt as titles out of Organisations ("Prisoner Of Azkaban", "X for The Aviator"), not a firm', () => {
    const r = lists('Fans queued for Keeper Of The Lanterns all night. Nominees include Ana Solis for The Quiet Harbour. Tickets are sold by Long Day Out Ltd, which said sales were up.');
    for (const o of ['Keeper Of The Lanterns', 'Ana Solis for The Quiet Harbour']) expect(r.organizations).not.toContain(o);
    expect(r.organizations).toContain('Long Day Out Ltd');
  });

  it('leaves works out of Organisations by the words around them (a list of films, a sequel, a presenter, a series), not their owners', () => {
    const r = lists(
      'He also appeared in four Gale Ross movies, including Summer Cutters, and the sequel to the best-selling Road for Glory: Night tops the chart. ' +
        'Ms Pike, who presents The Open Door tells viewers she loves it. The Harbour Cup series returns, and the Redcliffe Broadcasting series won an award. ' +
        'Redcliffe Broadcasting said it was pleased. The mayor hosted The Harbour Trust, and The Harbour Trust said it would help.',
    );
    for (const o of ['Summer Cutters', 'Road for Glory', 'Open Door', 'Harbour Cup']) expect(r.organizations).not.toContain(o);
    expect(r.organizations).toEqual(expect.arrayContaining(['Redcliffe Broadcasting', 'Harbour Trust']));
  });

  it('leaves laws and treaties out of Organisations ("… Agreement", "… Bill")', () => {
    const r = lists('The Harbour Free Trade Agreement cut tariffs, and MPs debated the Prevention of Fraud Bill on Monday.');
    expect(r.organizations).not.toContain('Harbour Free Trade Agreement');
    expect(r.organizations).not.toContain('Prevention of Fraud Bill');
  });

  it('leaves a family the People list names and believers out of Organisations, keeps a party', () => {
    const r = lists('Senator Maria Okafor spoke on Monday, and rumours have long surrounded the Okafors. Leaders of the Muslims met. The Whigs said they would win.');
    expect(r.people).toContain('Maria Okafor');
    expect(r.organizations).not.toContain('Okafors');
    expect(r.organizations).not.toContain('Muslims');
    expect(r.organizations).toContain('Whigs');
  });
});

describe('works the People list took for names', () => {
  const kinds = (t: string): { kept: string[]; shown: string[] } => {
    const mentions = findNameMentions(t);
    const resolved = resolvePersonNames(mentions as NameMention[]);
    const kept = keptPeople(t, mentions as NameMention[], resolved);
    return { kept, shown: kindLists(t, mentions, resolved, kept).people };
  };

  it('drops a title named like a person ("British film Rosa Marsh", "her role in Rosa Marsh")', () => {
    const r = kinds('British film Rosa Marsh won three awards. Imelda Vance was praised for her role in Rosa Marsh, and Vance said she was delighted.');
    expect(r.kept).toContain('Rosa Marsh');
    expect(r.shown).not.toContain('Rosa Marsh');
    expect(r.shown).toContain('Imelda Vance');
  });

  it('leaves the work out of the sheet\'s People list, not only out of kindLists', () => {
    const r = lists('British film Rosa Marsh won three awards. Imelda Vance was praised for her role in Rosa Marsh, and Vance said she was delighted.');
    expect(r.people).not.toContain('Rosa Marsh');
    expect(r.people).toContain('Imelda Vance');
  });

  it('keeps a person named beside a work: the owner of a work, one with a title, one called by surname', () => {
    const r = kinds(
      "She starred in Pierre Lanvin's A Long Winter. Actress Joan Tully, who starred in the film, spoke. The documentary Lena Brook made in 2004 won. Lena Brook said it was hard, and Brook thanked the crew.",
    );
    expect(r.shown).toEqual(expect.arrayContaining(['Pierre Lanvin', 'Joan Tully', 'Lena Brook']));
  });
});


describe('names printed as titles of works ("who presents The Quiet Hour")', () => {
  it('leaves out a singular name that runs with a capital "The" inside a sentence', () => {
    const r = lists('The books of the series - Salt Roads, The Glass Harbour and The Tin Lantern - sold well. Her next novel, she said, is set in Leeds.');
    expect(r.organizations).not.toContain('Glass Harbour');
    expect(r.organizations).not.toContain('Tin Lantern');
  });

  it('keeps outlets, firms, bands and bodies printed the same way', () => {
    // An outlet cited, a press noun, a firm noun, a plural verb after a band, a lower-case "the" elsewhere.
    expect(lists('He told The Morning Lantern that the plan was dead.').organizations).toContain('Morning Lantern');
    expect(lists('Speaking with The Dover Register, she said the plan was dead.').organizations).toContain('Dover Register');
    expect(lists('Radio ads were counted by The Polling Firm, a group in Ohio.').organizations).toContain('Polling Firm');
    expect(lists('Fans cheered as The Gravity played their first gig in 2003, a spokesman for The Gravity said.').organizations).toContain('Gravity');
    expect(lists('Staff at The Hollow Trust were told on Monday; the Hollow Trust said jobs would go.').organizations).toContain('Hollow Trust');
  });
});

describe('venues, geographic "X of Y" and upper-case labels', () => {
  it('reads a centre, room or hall every mention sits inside as a place', () => {
    const r = lists('Supporters shouted in the Harbour Lights Center on Monday evening. She recalled briefing the president in the Old Wing Situation Room.');
    expect(r.places).toEqual(expect.arrayContaining(['Harbour Lights Center', 'Old Wing Situation Room']));
    expect(r.organizations).not.toContain('Harbour Lights Center');
    expect(r.organizations).not.toContain('Old Wing Situation Room');
  });

  it('keeps a centre a body works at or that speaks an organisation', () => {
    const r = lists('"It is unlawful," said Dana Obi, a fellow at the Fair Vote Center. The Fair Vote Center said it would sue.');
    expect(r.organizations).toContain('Fair Vote Center');
    expect(r.places).not.toContain('Fair Vote Center');
  });

  it('reads a geographic word before "of" as a place, not a body ("Gulf of X")', () => {
    const r = lists('The liner, now in the Gulf of Tamaris, is testing scanners. The Port of Tamaris Authority declined to comment.');
    expect(r.places).toContain('Gulf of Tamaris');
    expect(r.organizations).not.toContain('Gulf of Tamaris');
    expect(r.places).not.toContain('Port of Tamaris Authority');
  });

  it('leaves out an upper-case label before a colon, not an acronym used as a name', () => {
    const r = lists('The officer fired twice. (ADVISORY: the video contains graphic images.) ERRATUM: an earlier version misstated the date. The ACLU said it would sue.');
    expect(r.organizations).not.toContain('ADVISORY');
    expect(r.organizations).not.toContain('ERRATUM');
    expect(r.organizations).toContain('ACLU');
  });
});

describe('people named by their post, and posts, are not organisations', () => {
  it('leaves out "<employer> <post> <name>" runs, posts ending a run and "<post> of X"', () => {
    const r = lists('The memo went to Harlow Daily Managing Editor Carla Benn on Friday. Ridgeline Media Chairman spoke later. The CEO of Tamsin Foods declined to comment. Harlow Daily said nothing.');
    expect(r.organizations).not.toContain('Harlow Daily Managing Editor Carla Benn');
    expect(r.organizations).not.toContain('Ridgeline Media Chairman');
    expect(r.organizations).not.toContain('CEO of Tamsin Foods');
    expect(r.organizations).toContain('Harlow Daily');
  });

  it('leaves out a body or a post then a person\'s name ("Harlow County Recorder Helen Purcell", "Navy SEAL Chris Kyle")', () => {
    const r = lists('The ballots were counted by Harlow County Recorder Helen Purcell on Monday. The film is about Navy SEAL Chris Kyle. The statement came from Senate Energy Ranking Democrat Dianne Weller.');
    expect(r.organizations).not.toContain('Harlow County Recorder Helen Purcell');
    expect(r.organizations).not.toContain('Navy SEAL Chris Kyle');
    expect(r.organizations).not.toContain('Senate Energy Ranking Democrat Dianne Weller');
  });

  it('keeps a body whose name holds a first name ("Woodrow Wilson Center", "Garfield Morgan Securities")', () => {
    const r = lists('Analysts at Garfield Morgan Securities said so. A fellow at the Woodrow Wilson Center agreed.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Garfield Morgan Securities', 'Woodrow Wilson Center']));
  });

  it('keeps bodies named after a title or ending in a newspaper noun', () => {
    const r = lists('Worshippers gathered at the King Solomon Baptist Church. The Tamworth Union Leader reported the vote, and the Duke Jasper Foundation said it would help.');
    expect(r.organizations).toEqual(expect.arrayContaining(['King Solomon Baptist Church', 'Tamworth Union Leader']));
  });
});

describe('former states, seas and regions; acronyms of formats and measures', () => {
  it('lists the Soviet Union and the Caribbean as places, not organisations', () => {
    const r = lists('After the collapse of the Soviet Union, trade with the Caribbean grew. The Caribbean was hit by storms.');
    expect(r.places).toEqual(expect.arrayContaining(['Soviet Union', 'Caribbean']));
    expect(r.organizations).not.toContain('Soviet Union');
    expect(r.organizations).not.toContain('Caribbean');
  });

  it('leaves out formats and measures (AAC, GNP), a trade show ("Expo"), and keeps a magazine named "Fair"', () => {
    const r = lists('Rivals use WMA while Kestrel uses AAC. GNP per head doubled. Crowds filled the Harbour Games Expo. A profile in Vanity Fair magazine said she was happy. Vanity Fair said it stood by the story.');
    for (const o of ['AAC', 'WMA', 'GNP', 'Harbour Games Expo']) expect(r.organizations).not.toContain(o);
    expect(r.organizations).toContain('Vanity Fair');
  });
});

describe('peers named for a place', () => {
  it('leaves "Baron X of Y" and "Duchess of Y" out of Organisations, and keeps a body named after a duke', () => {
    const r = lists('He will be known as Baron Pellow of Marbury. The Duchess of Tamworth opened the ward. Staff at Duke Hollis University said the Duke Hollis University board met.');
    expect(r.organizations).not.toContain('Baron Pellow of Marbury');
    expect(r.organizations).not.toContain('Duchess of Tamworth');
    expect(r.organizations).toContain('Duke Hollis University');
  });
});

describe('a person\'s surname used as a modifier is no organisation', () => {
  it('leaves out a lone word every mention of which precedes "administration", "presidency" or "aide"', () => {
    const r = lists('The trade deal was signed under the Harwick administration in 1998. Critics said the Harwick administration had moved too fast.');
    expect(r.organizations).not.toContain('Harwick');
  });

  it('keeps a party, an acronym or a body before such a noun, and a name before "campaign"', () => {
    const r = lists('Officials said the Labour administration would publish costings, and the NRA advisers said nothing. Organisers of the Greenvale campaign marched.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Labour', 'NRA', 'Greenvale']));
  });
});

describe('the EU and "X-based"', () => {
  it('lists the EU as an organisation, as it lists the European Union, not as a place', () => {
    const r = lists('Ministers met in Brussels, where the EU said the tariffs would stay. EU officials agreed.');
    expect(r.organizations).toContain('EU');
    expect(r.places).not.toContain('EU');
  });

  it('leaves out "X-based", which says where a body is', () => {
    const r = lists('Werner Holt, chief executive of the Frankfurt-based exchange, may come back with a better offer.');
    expect(r.organizations).not.toContain('Frankfurt-based');
  });
});

describe('short forms merged', () => {
  it('lists an acronym the article defines in brackets under the full name, with both counts', () => {
    const e = extractEntities('The Harbour Trade Organisation (HTO) is to hold talks. The HTO said it was pleased. Members of the UK Fishing Party (UKFP) met, and UKFP said so.', [0]);
    const hto = e.organizations.find((o) => o.name === 'Harbour Trade Organisation');
    expect(hto?.mentions).toBe(2); // the name with its bracketed acronym, then "the HTO"
    expect(names(e.organizations)).not.toContain('HTO');
    expect(names(e.organizations)).toContain('UK Fishing Party');
    expect(names(e.organizations)).not.toContain('UKFP');
  });

  it('keeps an acronym that does not spell the name\'s initials', () => {
    const r = lists('The Legal Affairs Committee (JURI) voted. JURI said the vote was close.');
    expect(r.organizations).toContain('JURI');
  });
});

describe('an outlet whose last word the run finder drops', () => {
  it('lists "USA TODAY" as an organisation, not "USA" as a place', () => {
    const r = lists('Donations rose, a USA TODAY analysis shows. The USA won gold in Rio.');
    expect(r.organizations).toContain('USA TODAY');
    expect(r.places).toEqual(['USA']);
  });
});

describe('regions of Britain', () => {
  it('lists "the Midlands" and "South Wales" as places, not organisations', () => {
    const r = lists('He has been offered a new deal by the Midlands club. The group, from South Wales and Ireland, were released on bail.');
    expect(r.places).toEqual(expect.arrayContaining(['Midlands', 'South Wales']));
    expect(r.organizations).not.toContain('Midlands');
    expect(r.organizations).not.toContain('South Wales');
  });
});

describe('names the run finder cut at "&"', () => {
  it('lists "Shaw & Company Research", "Food & Agriculture Organisation" whole', () => {
    const r = lists('A poll by Shaw & Company Research found it. Lawyers at Latham & Watkins LLP agreed. The Food & Agriculture Organisation said so.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Shaw & Company Research', 'Latham & Watkins LLP', 'Food & Agriculture Organisation']));
    expect(r.organizations).not.toContain('Company Research');
  });
});

describe('a description before a name ("UK-based", "Privately-held")', () => {
  it('lists the name without it, merged with the name\'s other mentions', () => {
    const r = lists('Fellow shareholders UK-based Tarn Fund Management have doubts. Privately-held Falden Group bought two brands; Falden Group said it was pleased.');
    expect(r.organizations).toEqual(expect.arrayContaining(['Tarn Fund Management', 'Falden Group']));
    expect(r.organizations).not.toContain('UK-based Tarn Fund Management');
    expect(r.organizations).not.toContain('Privately-held Falden Group');
  });
});
