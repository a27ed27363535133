/**
 * Which names the Organisations and Places lists show. The mention finder (entities.ts) calls a lone
 * capitalised word after "the" an organisation and leaves runs it cannot place as people, for the speaker
 * rules' sake; a reader of those lists wants organisations and places. Here, on evidence the article gives:
 * - a word before "area", "region", "district" … is a place ("the Mowden area"), and so is a name after
 *   in/at/near that such a word follows;
 * - a run the People list rejects (entity-evidence.ts) becomes an organisation when something says so: an
 *   organisation suffix ("Inc", "Group", "Watch"), an acronym of three letters, a noun for a firm before it
 *   ("investment bank Merrill Lynch"), "a spokesman for X", "X's spokesman", "the X said", or "works at X";
 * - a lone word after "the" stays an organisation only when one of its mentions has such evidence or it is
 *   plural ("the Tories"); "the Apprentice", "the Aviator" are works, not organisations;
 * - acronyms of things ("HIV", "DVD", "GMT") and names standing alone inside quotation marks (titles of works)
 *   are neither;
 * - nor are competitions, ceremonies and shows ("Six Nations", "Super Bowl", "the Oscars", "Daily Show"; a
 *   league only where a game is played in it, for "Arab League" is a body), products by their model number
 *   ("Airbus A380"), laws ("… Bill"), titles of works (after "film", "comedy" …, before ", starring", spelt in
 *   title case: "Prisoner Of Azkaban"), unless the name speaks or employs like a body ("the Six Nations
 *   said", "a spokesman for …"); nor a family or believers ("the Clintons", "Muslims"). The contract has no
 *   kind for them, so they are left out, as the People list leaves out runs it cannot place;
 * - the People list handed in loses names the article shows to be works ("British film Vera Drake").
 *
 * Only the three lists read this; the mentions speakers and ranking use are unchanged. Each test looks at a
 * bounded window around one mention, so the pass stays linear.
 */
import type { NameMention } from './entities.ts';
import { AREA_WORDS, DEMONYMS, HONORIFICS, isFirstName, KNOWN_ORGS, KNOWN_OUTLETS, nameKey, NOT_ORG_ACRONYMS, ORG_HEADS, ORG_SUFFIXES, ORG_WORDS, OUTLET_WORDS, PARTY_WORDS, PERSON_NOUNS, PLACE_WORDS, PLURAL, SPEECH_VERBS, TITLE_WORDS, wordBefore } from './names.ts';


/** Lower-case nouns for an organisation right before its name ("investment bank Merrill Lynch"). */
const FIRM_NOUNS = new Set('firm company bank group insurer lender retailer carrier airline broker brokerage charity organisation organization agency watchdog regulator union publisher network broadcaster newspaper magazine website developer maker manufacturer giant conglomerate operator supplier chain label studio startup consultancy'.split(' '));
/** People who speak for an organisation ("a spokesman for X", "X's chief executive"). */
const SPOKES = new Set('spokesman spokeswoman spokesperson spokespeople representative representatives executive executives chairman chairwoman chief boss bosses director directors president founder employees staff workers analyst analysts economist economists researcher researchers lawyers official officials'.split(' '));
/** Titles that open a monarch's or a cleric's name ("King Edward III"), which HONORIFICS leave out. */
const ROYAL = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sultan', 'sheikh', 'archbishop', 'bishop', 'cardinal']);
/** Peerages, named for a place ("Baron Kinnock of Bedwellty", "Duchess of Cornwall"): a person, with "of". */
const PEERS = new Set(['baron', 'baroness', 'viscount', 'viscountess', 'earl', 'countess', 'duke', 'duchess', 'marquess', 'marchioness']);
const ACRONYM = /^\p{Lu}{3,}$/u;
const isAcronym = (w: string): boolean => ACRONYM.test(w);

/** Patterns the per-mention and per-name tests below use, compiled once. */
const OWNED_WORD = /^['’]s?\s+(\p{Ll}+)/u;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
const CAPITALISED = /^\p{Lu}/u;
const OPEN_QUOTE = /["“‘']/;
const CLOSE_QUOTE = /^[,.!?]?["”’]/;
const WORKS_AT = /^(?:works?|worked|working|employed|analysts?|economists?|researchers?|executives?)$/;
const COMMA_FROM = /,\s*(?:from|at)\s+$/;
const CAPITAL_SMALL_WORD = /\s(?:Of|The|On|To|In|With|At|Is|Are|A|An|From|Into)\s/;
const FOR_THE = /\sfor\sThe\s/;
const DIVISION_NUMBER = /^(?:one|two|three)$/;
const GROUP_LETTER = /^[a-h]$/;
const MODEL_NUMBER = /^(?=[^\d]*\d)(?=.*\p{L})[\p{L}\d-]+$|^\d{3,}$/u;
const AGE_GROUP = /^under-\d+s?$/;
const SPACE_FIRST = /^\s/;
const APOSTROPHE_FIRST = /^['’]/;
const STARRING_AFTER = /^\s*[,–—(-]\s*(?:co-)?starring\b/;
const HEAD_OF_THE = /\p{Lu}[\p{L}'’]*\s+of\s+the\s+$/u;
const CLAUSE_END = /[.!?:"“”]$/;
const PARTICIPLE_OR_PLURAL = /(?:ing|[^s]s)$/;
const DOTS = /\./g;
const QUANTIFIER = /^(?:other|many|some|all|most|the)$/;
const FINAL_S = /s$/;
const COMPASS = /^(?:north|south|east|west|middle|central)(?:ern)?$/;
const NATIONALITY_ENDING = /(?:ians|ans|ese|ish)$/;
/** Ends in s but not in "as", "is", "ss", "us" ("Christmas", "Sans" are no plurals). */
const PLURAL_ENDING = /[^aisu]s$/;
/** A surname: a capital, then lower-case letters (not an acronym, not an initial). */
const CASED_NAME = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * Last words of a competition's, a ceremony's or a show's name ("Champions Cup", "Super Bowl", "Australian
 * Open", "Olivier Awards", "Daily Show"): an event or a work, never the body behind it. "League" is not here:
 * "Arab League" is a body; a league is a competition only where the article plays in it (SPORT_AFTER).
 */
const EVENT_HEADS = new Set('cup championship championships tournament trophy prix open bowl sevens premiership olympics paralympics festival awards marathon derby final finals slam show tour series expo'.split(' '));
/** A lone word naming a competition or a ceremony ("the Oscars", "the Premiership"). */
const LONE_EVENTS = new Set('oscars emmys grammys baftas olympics paralympics premiership championship'.split(' '));
/** "Six Nations", "RBS Six Nations Championship", "Tri-Nations": a rugby tournament, unlike "United Nations". */
const NATIONS = /(?:^|[\s-])(?:two|three|four|five|six|tri|home)[\s-]nations(?:\s|$)/;
/** Verbs before a league's name that say it is played or won ("play Champions League football", "won the Irish League"). */
const PLAYED = /\b(?:play|plays|played|playing|win|wins|won|winning|qualify|qualifies|qualified|qualifying|reach|reached|reaching|relegated|promoted)\s+(?:(?:in|for|into|from|to)\s+)?(?:the\s+)?$/i;
/** Words of a game near a league's name ("lost 3-0 away at Fenerbahce in the Champions League"); a score counts. */
const GAME_NEAR = /\b(?:match|matches|semi-final|quarter-final|final|goal|goals|first-leg|second-leg|fixture|fixtures|knocked out|qualif\w+|defeat|draw|relegat\w+|promot\w+|\d{1,2}-\d{1,2})\b/i;
/** Last words of a law's or a treaty's name ("North American Free Trade Agreement", "Prevention of Terrorism Bill"). */
const LAW_HEADS = new Set('agreement bill directive pact protocol'.split(' '));
/** Plural nouns for believers or peoples, which DEMONYMS leave out ("many Muslims", "the Kurds"). */
export const PEOPLES = new Set('muslims christians jews catholics protestants evangelicals hindus sikhs buddhists mormons kurds scots'.split(' '));
/** Words before a plural that make it some of its members, not the body ("many Democrats", "two Republicans"). */
const SOME_OF = /\b(?:many|some|most|few|several|other|fellow|all|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|young|older|moderate|conservative|liberal|rank-and-file)\s+$/i;
/** Words after a league's name that say a game is played in it ("Champions League match", "Celtic League rugby"). */
const SPORT_AFTER = new Set('football rugby hockey basketball cricket match matches game games fixture fixtures tie ties clash final finals semi-final quarter-final win wins victory defeat defeats glory qualification qualifier success group knockout leaders title season campaign debut place places spot status winner winners side sides contenders representatives action'.split(' '));
/**
 * Nouns for a work right before its title ("Spanish movie The Sea Inside", "abortion drama Vera Drake",
 * "video game World of Warcraft"). Not "play", "show", "hit" or "games": they are verbs before names as often
 * ("will play Leicester", "polls show Clinton").
 */
const WORK_NOUN = /\b(?:film|films|movie|movies|drama|comedy|musical|biopic|sitcom|series|programme|documentary|album|song|novel|book|opera|thriller|sequel|cartoon|fable|animation|blockbuster|videogame|game|movies|dramas|comedies|sitcoms|documentaries|albums|songs|novels|books|games)\s*(?:(?:such\s+as|like|,?\s*including)\s+)?(?:(?:the|a|an)\s+)?$/i;
/** A follow-up named for the work it follows ("the sequel to the best-selling Need for Speed"). */
const SEQUEL_TO = /\b(?:sequel|prequel|follow-up|remake|spin-off)\s+(?:to|of)\s+(?:the\s+)?(?:(?:best-selling|hit|original|popular|acclaimed|classic)\s+)?$/i;
/**
 * A verb of presenting or airing right before a capital "The" inside a sentence ("who presents The Weakest
 * Link"): a programme, whatever verb follows it (the speaker of "… The Weakest Link tells X" is the presenter);
 * not a name that could be a body or an outlet ("hosted The Harbour Trust", "watched The Daily Courier").
 */
const PRESENTS_THE = /\b(?:presents|presented|presenting|hosts|hosted|hosting|airs|aired|screened|watch|watched|watching)\s+$/i;
/** A word after every mention for a programme or a run of fixtures ("the Home International series"). */
const SHOW_AFTER = new Set('series show shows programme programmes episode episodes season sitcom franchise trilogy'.split(' '));
/** "starred in X", "her role in X": X is a work. */
const ACTED_IN = /\b(?:starr(?:ed|ing)|stars|role|roles)\s+in\s+(?:(?:the|a|an)\s+)?$/i;
/** Acronyms of times and technologies, which NOT_ORG_ACRONYMS leaves out ("10:00 GMT", "GPRS networks"). */
const THING_ACRONYMS = new Set('gmt bst cet utc est edt pst pdt cst vhs gprs gsm umts dvb dmb adsl wifi wi-fi mms pvr vcr umd hdtv rfid drm lgbt lgbtq suv suvs dos wwi wwii foia r&b agm awol bse fdi lng ftse gnp gni aac wma dab'.split(' '));

/** The lower-case word right after `pos` (past a possessive when `possessive`), or ''. */
function wordAfter(text: string, pos: number, possessive = false): string {
  const s = text.slice(pos, pos + 40);
  const m = (possessive ? OWNED_WORD : NEXT_WORD).exec(s);
  return m?.[1] ?? '';
}

/** "the Mowden area", "in the Tees Valley region", "near Crook village": a place. */
function placeContext(text: string, m: Readonly<NameMention>): boolean {
  const next = wordAfter(text, m.end);
  if (!AREA_WORDS.has(next) && !(PLACE_WORDS.has(next) && next !== 'city')) return false;
  // "the Labour council area" is the council's: an organisation word in the name keeps it an organisation.
  return !m.name.split(' ').some((w) => ORG_WORDS.has(nameKey(w)) || KNOWN_ORGS.has(nameKey(w)));
}

/**
 * Last words of a building's or a room's name that ORG_WORDS also hold ("Verizon Center", "Situation Room",
 * "Carnegie Hall"): a venue when every mention sits inside it ("in the Verizon Center") and none speaks or
 * employs. Only "in"/"inside" for a centre: "a fellow at the Campaign Legal Center" works for a body.
 */
const VENUE_HEADS = new Set(['center', 'centre', 'room', 'hall']);
const INSIDE_BEFORE = /\b(?:in|inside)\s+the\s+$/i;
const AT_BEFORE = /\b(?:in|inside|at)\s+the\s+$/i;

function inVenue(text: string, m: Readonly<NameMention>, head: string): boolean {
  const before = text.slice(Math.max(0, m.runStart - 12), m.runStart);
  return (head === 'center' || head === 'centre' ? INSIDE_BEFORE : AT_BEFORE).test(before);
}

/**
 * "Gulf of Mexico", "Bay of Biscay", "Southern District of New York": a geographic word right before "of" names
 * a place, unless the name also has a word for a body ("Port of London Authority").
 */
function placeOfPlace(lowered: readonly string[]): boolean {
  const of = lowered.indexOf('of');
  return of > 0 && PLACE_WORDS.has(lowered[of - 1] ?? '') && !lowered.some((w) => ORG_WORDS.has(w) || ORG_SUFFIXES.has(w));
}

/**
 * Lower-case nouns after a surname for a person's office or staff ("the Obama administration", "the Sanders
 * aide", "a Reagan presidency"). Not "campaign", "team" or "supporters": they follow a body's name as often.
 */
const OFFICE_AFTER = new Set('administration administrations presidency aide aides adviser advisers advisor advisors staffer staffers surrogate surrogates loyalists'.split(' '));

/**
 * A lone word naming a person used as a modifier, not a body: every mention is followed by a noun for that
 * person's office or staff ("the Obama administration", "the Sanders aide"). Never a party, a body's word, a
 * place or an acronym ("the Labour administration", "Senate aides", "NRA advisers").
 */
function personAsModifier(text: string, k: string, name: string, sample: readonly Readonly<NameMention>[]): boolean {
  if (isAcronym(name) || PARTY_WORDS.has(k) || ORG_WORDS.has(k) || ORG_HEADS.has(k) || DEMONYMS.has(k) || PLACE_WORDS.has(k)) return false;
  return sample.every((m) => m.kind !== 'place' && OFFICE_AFTER.has(wordAfter(text, m.end)));
}

/** Acronyms the gazetteer reads as places (PLACE_ACRONYMS) that name a body of states: the Organisations list's. */
const UNION_ACRONYMS = new Set(['eu', 'e.u.']);

/** A hyphenated participle opening a run ("Paris-based LVMH", "Republican-controlled Congress"): a description, not a word of the name. */
const DESCRIBED = /^[\p{L}.]+-(?:based|held|owned|controlled|run|backed|listed|funded|led|born|registered|headquartered) (?=\p{Lu})/u;

/** "Frankfurt-based", "UK-based": where a body is, said of it, never its name. */
const BASED = /-based$/;

/** An upper-case label before a colon ("CORRECTION:", "(WARNING: Video contains …)"), not a body's acronym. */
const LABEL_AFTER = /^\s*:/;
const LABEL_BEFORE = /(?:^|[.!?(\n]["”’)]?)\s*$/;
function label(text: string, m: Readonly<NameMention>): boolean {
  return LABEL_AFTER.test(text.slice(m.end, m.end + 3)) && LABEL_BEFORE.test(text.slice(Math.max(0, m.runStart - 4), m.runStart));
}

/**
 * Job titles inside a run that make it a person described by their employer ("Washington Managing Editor Bill
 * Sammon", "RNC Chief of Staff Katie Walsh") or a post ("Fox News Vice President", "CEO of Hewlett-Packard"),
 * not the employer. Not "leader" or "reporter": "Union Leader" and "Hollywood Reporter" are newspapers.
 */
const POST_WORDS = new Set('chairman chairwoman president secretary director spokesman spokeswoman chief executive ceo cfo editor correspondent counsel judge dj presenter founder'.split(' '));
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** A run that names a person by their post, or a post, rather than a body. */
function postOrHolder(name: string, lowered: readonly string[]): boolean {
  const n = lowered.length;
  const last = lowered[n - 1] ?? '';
  if (n < 2 || ORG_WORDS.has(last) || ORG_SUFFIXES.has(last)) return false;
  // "CEO of Hewlett-Packard", "President of CNN Worldwide": the post, its holder unnamed.
  if (POST_WORDS.has(lowered[0] ?? '') && lowered[1] === 'of' && lowered[0] !== 'secretary') return true;
  const titleAt = lowered.findIndex((w) => POST_WORDS.has(w));
  if (titleAt < 0) return false;
  // "Fox News Chairman", "Fox News Vice President": ends with the post.
  if (POST_WORDS.has(last) && !lowered.includes('of')) return true;
  // A first name or an initial after the post, then capitalised words to the end: the holder's name.
  const words = name.split(' ');
  for (let i = titleAt + 1; i < n - 1; i++) {
    const w = words[i] ?? '';
    if (isFirstName(w) || INITIALS.test(w)) return words.slice(i + 1).every((x) => CAPITALISED.test(x));
  }
  return false;
}

/** A word for a post, a body, a party or a force before a person's name ("Senate … Ranking Democrat", "Navy SEAL", "County Recorder"). */
const bodyOrPostWord = (w: string, lowered: string): boolean =>
  isAcronym(w) || ORG_WORDS.has(lowered) || ORG_HEADS.has(lowered) || ORG_SUFFIXES.has(lowered) || TITLE_WORDS.has(lowered) || PERSON_NOUNS.has(lowered) || PARTY_WORDS.has(lowered) || AREA_WORDS.has(lowered) || PLACE_WORDS.has(lowered);

/**
 * A run of a body or a post and then a person's name, beyond the posts postOrHolder knows ("Senate Intelligence
 * Ranking Democrat Dianne Feinstein", "Maricopa County Recorder Helen Purcell", "Navy SEAL Chris Kyle"): a known
 * first name after the first word, then one or two capitalised words that end the run, none a word for a body
 * ("Woodrow Wilson Center", "JP Morgan Securities"), and a word for a body or a post before the first name
 * ("JP Morgan Chase" has none). The person is named; the run names no organisation.
 */
function bodyThenPerson(words: readonly string[], lowered: readonly string[]): boolean {
  const n = words.length;
  const last = lowered[n - 1] ?? '';
  if (n < 3 || ORG_WORDS.has(last) || ORG_SUFFIXES.has(last) || ORG_HEADS.has(last) || OUTLET_WORDS.has(last) || FIRM_NOUNS.has(last) || PRESS_NOUNS.has(last)) return false;
  for (let i = Math.max(1, n - 3); i < n - 1; i++) {
    if (!isFirstName(words[i] ?? '')) continue;
    const tail = words.slice(i + 1);
    if (tail.every((w) => CASED_NAME.test(w)) && words.slice(0, i).some((w, j) => bodyOrPostWord(w, lowered[j] ?? ''))) return true;
  }
  return false;
}

/** Standing alone inside quotation marks: the title of a work (“Celebrity Apprentice”). */
function quoted(text: string, m: Readonly<NameMention>): boolean {
  const open = text[m.runStart - 1] ?? '';
  if (!OPEN_QUOTE.test(open)) return false;
  // A plain apostrophe opens a quotation only when doubled (''Showcase of Democracy''), as some newswires print.
  if (open === "'") return text[m.runStart - 2] === "'" && text.startsWith("''", m.end);
  return CLOSE_QUOTE.test(text.slice(m.end, m.end + 2));
}

/** What the words around one mention say about an organisation. */
function orgEvidence(text: string, m: Readonly<NameMention>): boolean {
  const words = m.name.split(' ');
  const last = nameKey(words[words.length - 1] ?? '');
  if (words.length > 1 && (ORG_SUFFIXES.has(last) || ORG_WORDS.has(last))) return true;
  if (words.some(isAcronym) && words.length > 1) return true;
  const prev = nameKey(wordBefore(text, m.runStart));
  const prev2 = prev ? nameKey(wordBefore(text, m.runStart - prev.length - 1)) : '';
  // "investment bank Merrill Lynch", "a spokesman for JP Morgan Chase", "works at Hartley Simmons".
  if (FIRM_NOUNS.has(prev) || (prev === 'for' && SPOKES.has(prev2)) || (prev === 'at' && WORKS_AT.test(prev2))) return true;
  if (prev === 'the' && prev2 !== 'in' && prev2 !== 'at' && SPEECH_VERBS.has(wordAfter(text, m.end))) return true;
  // "X's spokesman", "X's chief executive"; "the Observer newspaper".
  const owned = wordAfter(text, m.end, true);
  if (owned && SPOKES.has(owned)) return true;
  // "the X movement", "the Observer newspaper".
  const next = wordAfter(text, m.end);
  if (FIRM_NOUNS.has(next) || OUTLET_WORDS.has(next) || ORG_WORDS.has(next)) return true;
  // "Brad Adams, from X, said": where the person before works.
  return (prev === 'from' || prev === 'at') && COMMA_FROM.test(text.slice(Math.max(0, m.runStart - 8), m.runStart));
}

/**
 * Spelt as a title: a short word capitalised inside the name ("Prisoner Of Azkaban", "Shake Hands With The
 * Devil", "Get Me Out Of Here"), where an organisation writes "of", "the", "on" in lower case; or a nominee
 * and the work ("Martin Scorsese for The Aviator"). Not "For", "And", "Up" or "Out": "USA For Africa" and "Showing Up for Racial
 * Injustice" are organisations. Every
 * mention must be spelt so: a headline in title case ("Bank Of England Holds Rates") names a body too.
 */
const titleCased = (name: string): boolean => {
  // "Big Day Out Ltd": an organisation word last is a firm's name however it is spelt.
  const last = nameKey(name.slice(name.lastIndexOf(' ') + 1));
  if (ORG_SUFFIXES.has(last) || ORG_WORDS.has(last)) return false;
  return CAPITAL_SMALL_WORD.test(name) || FOR_THE.test(name);
};

/**
 * What the name says it is, before any mention is read: a competition or ceremony ('event'), a law or a
 * treaty ('law'), a league that
 * may be a body or a competition ('league'), a product by its model number ("Airbus A380", "Nokia 6600";
 * also "FTSE 100", "Euro 2004") or nothing (null).
 */
function thingName(name: string): 'event' | 'league' | 'product' | 'law' | null {
  const words = nameKey(name).split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) return LONE_EVENTS.has(last) || NATIONS.test(last) ? 'event' : null;
  // "League One", "League Two": divisions; "Group B": a stage of a tournament.
  if (words.length === 2 && ((words[0] === 'league' && DIVISION_NUMBER.test(last)) || (words[0] === 'group' && GROUP_LETTER.test(last)))) return 'event';
  if (LAW_HEADS.has(last)) return 'law';
  // A party's yearly meeting and a state's or a county's show ("Conservative Party Conference", "Iowa State
  // Fair"), where "conference" and "fair" alone name bodies too ("Southern Leadership Conference", "Vanity Fair").
  const pair = words.slice(-2).join(' ');
  if (pair === 'party conference' || pair === 'state fair' || pair === 'county fair') return 'event';
  // "League Managers Association", "Olympic Committee": an organisation word last keeps a body a body.
  // ("nations" and "league" are organisation words, for "United Nations" and "Arab League").
  if (ORG_WORDS.has(last) && last !== 'league' && last !== 'nations') return null;
  if (EVENT_HEADS.has(last) || NATIONS.test(words.join(' '))) return 'event';
  if (last === 'league') return 'league';
  // A model number: letters with digits ("A380") or three digits or more; not "Radio 4", "Channel 5".
  // Not a team's age group ("England Under-21").
  if (MODEL_NUMBER.test(last) && !AGE_GROUP.test(last)) return 'product';
  return null;
}

/**
 * A mention with a word of play after it, a verb of play before it or a game's words near it: a competition
 * ("Celtic League fixtures", "play Champions League or Uefa Cup matches", "a 2-1 first-leg lead").
 */
function playedIn(text: string, m: Readonly<NameMention>): boolean {
  if (SPORT_AFTER.has(wordAfter(text, m.end)) || PLAYED.test(text.slice(Math.max(0, m.runStart - 30), m.runStart))) return true;
  return GAME_NEAR.test(text.slice(Math.max(0, m.runStart - 80), m.end + 60));
}

/** A body that speaks or employs ("the Six Nations said", "Super League's chief executive"): an organisation still. */
function speaks(text: string, m: Readonly<NameMention>): boolean {
  const prev = nameKey(wordBefore(text, m.runStart));
  const prev2 = prev ? nameKey(wordBefore(text, m.runStart - prev.length - 1)) : '';
  if (prev === 'for' && SPOKES.has(prev2)) return true;
  if (SPOKES.has(wordAfter(text, m.end, true))) return true;
  return SPEECH_VERBS.has(wordAfter(text, m.end)) && SPACE_FIRST.test(text.slice(m.end, m.end + 1));
}

/**
 * A mention the words around show to be a work's title: a noun for a work before it ("comedy Meet The
 * Fockers", "games such as The Sims"), "starred in", "role in" before it, or ", starring" after it ("The Polar
 * Express, starring …").
 */
function workContext(text: string, m: Readonly<NameMention>): boolean {
  const after = text.slice(m.end, m.end + 40);
  // "starred in Jean-Pierre Jeunet's A Very Long Engagement": the owner of a work is a person.
  const before = text.slice(Math.max(0, m.runStart - 40), m.runStart);
  if (!APOSTROPHE_FIRST.test(after) && (WORK_NOUN.test(before) || ACTED_IN.test(before) || SEQUEL_TO.test(before))) return true;
  // Set off by a comma or a dash: "Julie Andrews starred in …" and "X, who starred" are about a person;
  // not "X star Y" either: bands and teams have stars too ("former Hammers star Joe Cole").
  return STARRING_AFTER.test(after);
}

/** "presents The Weakest Link": a capital "The" inside a sentence after a verb of presenting or airing. */
function presentedTitle(text: string, m: Readonly<NameMention>): boolean {
  return m.start > m.runStart && text.startsWith('The ', m.runStart) && PRESENTS_THE.test(text.slice(Math.max(0, m.runStart - 14), m.runStart));
}

/**
 * A name that could own a programme rather than be one ("the BBC series", "a Fox News show", "an HBO series"):
 * an acronym, a body's or an outlet's word, a known outlet.
 */
function ownerLike(name: string): boolean {
  const lowered = nameKey(name).split(' ');
  return name.split(' ').some(isAcronym) || KNOWN_OUTLETS.has(lowered.join(' ')) || lowered.some((w) => ORG_WORDS.has(w) || ORG_HEADS.has(w) || ORG_SUFFIXES.has(w) || OUTLET_WORDS.has(w) || FIRM_NOUNS.has(w));
}

/** Words before an outlet cited as a source ("told The Nation", "according to The Big Lead", "wrote in The Nation"). */
const CITED_AFTER = /\b(?:told|according\s+to|(?:wrote|writing|written|published|quoted|interview)\s+(?:in|with|by)|reported\s+by)\s+$/i;
/**
 * Last words of a newspaper's, a website's or a body's name that OUTLET_WORDS and ORG_WORDS leave out, as American
 * style prints them with a capital "The" ("The Des Moines Register", "The Boston Globe", "The Drudge Report").
 */
const PRESS_NOUNS = new Set('register globe report enquirer beacon pundit yorker caller ledger sentinel intelligencer advocate review blaze federalist partnership'.split(' '));
/** A plural verb or "their" after a name: a band or a team, not a work ("The Bravery are", "The Bravery played their first gig"). */
const GROUP_AFTER = /^['’]?\s+(?:are|were|have|(?:\p{Ll}+\s+)?their)\s/u;
/** A sentence ends right before (past spaces and opening quotes). */
const SENTENCE_END_BEFORE = /(?:^|[.!?:;…—–]["”’')\]]*)\s*["“‘(]*\s*$/;

/**
 * How the article writes the "the" before one mention: 'capital' for "The" inside a sentence ("who presents The
 * Weakest Link", "the trilogy - Northern Lights, The Subtle Knife"), as titles of works are printed; 'lower' for
 * "the", as a body's name runs in prose ("the Weakest Link Trust"); null for neither or a sentence's first word.
 */
function theBefore(text: string, m: Readonly<NameMention>): 'capital' | 'lower' | null {
  if (m.start > m.runStart && text.startsWith('The ', m.runStart)) {
    return SENTENCE_END_BEFORE.test(text.slice(Math.max(0, m.runStart - 6), m.runStart)) ? null : 'capital';
  }
  return text.slice(Math.max(0, m.runStart - 4), m.runStart) === 'the ' ? 'lower' : null;
}

/**
 * A name the article prints as a work's title: "The" capitalised inside a sentence before some mention and a
 * lower-case "the" before none, a singular last word (bands are mostly plural: "The Libertines"), no word for a body
 * or an outlet ("The Boston Globe"), never cited or speaking ("told The Nation", "The Big Lead reported"), nor
 * followed by a plural verb ("The Bravery are").
 */
function printedAsTitle(text: string, name: string, sample: readonly Readonly<NameMention>[]): boolean {
  const lowered = nameKey(name).split(' ');
  const last = lowered[lowered.length - 1] ?? '';
  if (PLURAL.test(last) || PRESS_NOUNS.has(last) || FIRM_NOUNS.has(last) || name.split(' ').some(isAcronym) || lowered.some((w) => ORG_WORDS.has(w) || ORG_HEADS.has(w) || ORG_SUFFIXES.has(w) || OUTLET_WORDS.has(w))) return false;
  let capital = false;
  for (const m of sample) {
    const the = theBefore(text, m);
    if (the === 'lower' || speaks(text, m) || orgEvidence(text, m) || CITED_AFTER.test(text.slice(Math.max(0, m.runStart - 30), m.runStart)) || GROUP_AFTER.test(text.slice(m.end, m.end + 30))) return false;
    if (the === 'capital') capital = true;
  }
  return capital;
}

/**
 * A lone word after "the" that ends a longer title the run finder broke at "of the" ("The Lord of the Rings",
 * "Planet of the Apes"): a fragment, not a name of its own.
 */
function fragment(text: string, m: Readonly<NameMention>): boolean {
  const before = text.slice(Math.max(0, m.runStart - 40), m.runStart);
  // Only "of the": after "with the" comes a team or a party as often ("James Collins with the Under-21s").
  const head = HEAD_OF_THE.exec(before);
  if (!head) return false;
  // Not a word opening a sentence ("But with the Tories", "All of the GOP candidates").
  const lead = before.slice(0, head.index).trimEnd();
  return lead !== '' && !CLAUSE_END.test(lead);
}

/**
 * The name without a participle or plural the run swept in before an inner "the": "Regarding the Clinton
 * Foundation" opens a sentence, "delivered Republicans the White House" joins an object to a name.
 */
function listedName(name: string): string {
  // "UK-based TCI Fund Management", "Privately-held Falic Group": where or how a body is run, said before its name.
  const described = DESCRIBED.exec(name);
  if (described) return name.slice(described[0].length);
  const at = name.indexOf(' the ');
  if (at < 0 || name.indexOf(' ') !== at) return name;
  const head = nameKey(name.slice(0, at));
  // Only a participle or a plural ("Regarding", "Republicans"): "Meet the Press", "Stop the War Coalition" are names.
  if (!PARTICIPLE_OR_PLURAL.test(head) || ORG_WORDS.has(head) || ORG_SUFFIXES.has(head) || KNOWN_ORGS.has(head) || !CAPITALISED.test(name.slice(at + 5))) return name;
  return name.slice(at + 5);
}

/** An acronym in brackets right after a name ("the World Trade Organisation (WTO)"). */
const BRACKETED_ACRONYM = /^\s*\(([\p{Lu}][\p{Lu}.&]{1,9})\)/u;
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&', 'de']);

/** The letters a name's words give its acronym: an initial per word, all of an acronym inside it ("UK Independence Party": UKIP). */
function initialsOf(name: string, withSmall: boolean): string {
  return name
    .split(' ')
    .filter((w) => withSmall || !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => (isAllCapsWord(w) ? w.replace(DOTS, '') : w.charAt(0)))
    .join('')
    .toUpperCase();
}
const ALL_CAPS_WORD = /^[\p{Lu}.]{2,}$/u;
const isAllCapsWord = (w: string): boolean => ALL_CAPS_WORD.test(w);

/**
 * Short forms the article defines for an organisation it lists ("the World Trade Organisation (WTO) … the WTO
 * said"): the acronym's key to the full name, when the acronym spells the name's initials (with or without "of",
 * "and": "Confederation of British Industry (CBI)", "Department of Energy (DoE)" is left alone). One entry, under the full name, for both.
 */
function shortForms(text: string, mentions: readonly Readonly<NameMention>[], verdict: ReadonlyMap<string, 'organization' | 'place' | null>): { short: Map<string, string>; bracketed: Set<number> } {
  const short = new Map<string, string>();
  const bracketed = new Set<number>();
  for (const m of mentions) {
    const name = listedName(m.name);
    if (!name.includes(' ') || verdict.get(nameKey(name)) !== 'organization') continue;
    const acronym = BRACKETED_ACRONYM.exec(text.slice(m.end, m.end + 16))?.[1];
    if (!acronym) continue;
    const letters = acronym.replace(DOTS, '');
    const key = nameKey(acronym);
    if (verdict.get(key) !== 'organization' || (short.get(key) ?? name) !== name) continue;
    if (letters === initialsOf(name, false) || letters === initialsOf(name, true)) {
      short.set(key, name);
      bracketed.add(text.indexOf(acronym, m.end));
    }
  }
  return { short, bracketed };
}

/** A capitalised word right after a name. */
const NEXT_CAPITALISED = /^ (\p{Lu}\p{L}*)/u;

/**
 * "USA TODAY", "USA Today": the run finder drops a calendar word that ends a run ("Trump Today"), and with it an
 * outlet's last word, leaving "USA" for a place. The outlet's name when the next word completes a known outlet.
 */
function outletWithNextWord(text: string, m: Readonly<NameMention>): string | null {
  const next = NEXT_CAPITALISED.exec(text.slice(m.end, m.end + 12))?.[1];
  return next && KNOWN_OUTLETS.has(nameKey(`${m.name} ${next}`)) ? text.slice(m.start, m.end + 1 + next.length) : null;
}

/** A capitalised word and " & " right before a name ("Shaw & Company Research", "Food & Agriculture Organisation"). */
const AMPERSAND_HEAD = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*) & $/u;

/**
 * Organisations whose name the run finder cut at an "&" (a capitalised run never crosses one): "Latham & Watkins
 * LLP" was listed as "Watkins LLP", "Food & Agriculture Organisation" as "Agriculture Organisation". The key of
 * each such name to the name with the word before the "&", for every mention of it.
 */
function ampersandNames(text: string, mentions: readonly Readonly<NameMention>[], verdict: ReadonlyMap<string, 'organization' | 'place' | null>): Map<string, string> {
  const joined = new Map<string, string>();
  for (const m of mentions) {
    if (m.start !== m.runStart || !m.name.includes(' ')) continue;
    const key = nameKey(m.name);
    if (joined.has(key) || verdict.get(key) !== 'organization') continue;
    const head = AMPERSAND_HEAD.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
    if (head) joined.set(key, `${head} & ${m.name}`);
  }
  return joined;
}

export interface KindLists {
  /** The People list less titles of works it took for names ("the film Mary Poppins"). */
  people: string[];
  organizations: string[];
  places: string[];
}

/**
 * Names the People list kept that the article shows to be works: a full mention in a work's context ("British
 * film Vera Drake", "role in Vera Drake"), no mention with a title ("actor …"), and never the surname alone, as
 * the article would call a person ("Staunton said").
 */
function worksNamedLikePeople(text: string, mentions: readonly Readonly<NameMention>[], resolved: ReadonlyMap<NameMention, string>, keptPeople: readonly string[]): Set<string> {
  const kept = new Set(keptPeople.map(nameKey));
  const full = new Map<string, Array<Readonly<NameMention>>>();
  const person = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const k = nameKey(resolved.get(m as NameMention) ?? m.name);
    if (!kept.has(k)) continue;
    if (m.title || nameKey(m.name) !== k) person.add(k);
    else {
      const list = full.get(k) ?? [];
      if (list.length < 12) list.push(m);
      full.set(k, list);
    }
  }
  const works = new Set<string>();
  for (const [k, ms] of full) if (!person.has(k) && k.includes(' ') && ms.some((m) => workContext(text, m))) works.add(k);
  return works;
}

/**
 * The Organisations and Places lists (one entry per mention, to be tallied). `keptPeople` are the names the
 * People list shows; person mentions outside it are the People list's rejects.
 */
export function kindLists(text: string, mentions: readonly Readonly<NameMention>[], resolved: ReadonlyMap<NameMention, string>, keptPeople: readonly string[]): KindLists {
  const kept = new Set(keptPeople.map(nameKey));
  // "Clinton" read as an organisation where the People list has "Hillary Clinton": a person, in neither list.
  const surnames = new Set(keptPeople.map((n) => nameKey(n.split(' ').pop() ?? n)));
  // Per name, whether any mention carries organisation or place evidence (asked of at most 12 mentions).
  const outlets = new Map<Readonly<NameMention>, string>();
  for (const m of mentions) {
    const outlet = outletWithNextWord(text, m);
    if (outlet) outlets.set(m, outlet);
  }
  const byName = new Map<string, Array<Readonly<NameMention>>>();
  for (const m of mentions) {
    if (outlets.has(m)) continue;
    if ((m.kind === 'person' || m.kind === 'unknown') && (kept.has(nameKey(resolved.get(m as NameMention) ?? m.name)) || surnames.has(nameKey(m.name.split(' ').pop() ?? '')))) continue;
    const k = nameKey(listedName(m.name));
    const list = byName.get(k) ?? [];
    list.push(m);
    byName.set(k, list);
  }
  const verdict = new Map<string, 'organization' | 'place' | null>();
  for (const [k, ms] of byName) {
    const first = ms[0] as Readonly<NameMention>;
    const sample = ms.slice(0, 12);
    const name = listedName(first.name);
    const lone = !name.includes(' ');
    // "the EU said", "EU ministers": a union of states that acts and speaks as one body, as "European Union" does.
    if (UNION_ACRONYMS.has(k)) {
      verdict.set(k, 'organization');
      continue;
    }
    if (sample.some((m) => placeContext(text, m))) {
      verdict.set(k, 'place');
      continue;
    }
    if (first.kind === 'place' || placeOfPlace(k.split(' '))) {
      verdict.set(k, 'place');
      continue;
    }
    const known = KNOWN_ORGS.has(k) || KNOWN_OUTLETS.has(k);
    const head = k.slice(k.lastIndexOf(' ') + 1);
    if (!lone && VENUE_HEADS.has(head) && sample.every((m) => inVenue(text, m, head)) && !sample.some((m) => speaks(text, m))) {
      verdict.set(k, 'place');
      continue;
    }
    if (!known && lone && name.length >= 4 && isAcronym(name) && sample.every((m) => label(text, m))) {
      verdict.set(k, null);
      continue;
    }
    if (kept.has(k) || (lone && surnames.has(k))) {
      verdict.set(k, null);
      continue;
    }
    if (!known && lone && personAsModifier(text, k, name, sample)) {
      verdict.set(k, null);
      continue;
    }
    if (!known && (k.length === 1 || NOT_ORG_ACRONYMS.has(k.replace(DOTS, '')) || BASED.test(k))) {
      verdict.set(k, null);
      continue;
    }
    // "Belgians", "Middle Eastern": nationalities, not organisations; "King Edward III": a person.
    const lowered = k.split(' ');
    const nationality = lowered.every((w) => QUANTIFIER.test(w) || DEMONYMS.has(w) || DEMONYMS.has(w.replace(FINAL_S, '')) || COMPASS.test(w) || (lone && NATIONALITY_ENDING.test(w) && !isAcronym(name)));
    const peer = PEERS.has(lowered[0] ?? '') && lowered.includes('of');
    const titled = !lone && (((HONORIFICS.has(lowered[0] ?? '') || ROYAL.has(lowered[0] ?? '') || peer) && !lowered.some((w) => ORG_WORDS.has(w))) || postOrHolder(name, lowered) || bodyThenPerson(name.split(' '), lowered));
    if (!known && (nationality || titled || sample.every((m) => quoted(text, m)))) {
      verdict.set(k, null);
      continue;
    }
    // People, not a body, whatever they say: "the Clintons" (a family the People list names), "many Muslims",
    // "many Democrats and Republicans" (some of a party's members, not the party).
    const plural = lone && !isAcronym(name) && FINAL_S.test(k);
    if (!known && plural && (PEOPLES.has(k) || surnames.has(k.slice(0, -1)) || (k.endsWith('es') && surnames.has(k.slice(0, -2))) || sample.every((m) => SOME_OF.test(text.slice(Math.max(0, m.runStart - 25), m.runStart))))) {
      verdict.set(k, null);
      continue;
    }
    // A competition, a ceremony, a product, a work or a broken title: not an organisation unless it speaks as one.
    if (!known && !ownerLike(name) && sample.some((m) => presentedTitle(text, m))) {
      verdict.set(k, null);
      continue;
    }
    const thing = known ? null : thingName(name);
    const notABody =
      thing === 'event' ||
      thing === 'product' ||
      thing === 'law' ||
      (thing === 'league' && sample.some((m) => playedIn(text, m))) ||
      THING_ACRONYMS.has(k) ||
      sample.every((m) => titleCased(m.name)) ||
      sample.some((m) => workContext(text, m)) ||
      (!ownerLike(name) && sample.every((m) => SHOW_AFTER.has(wordAfter(text, m.end)))) ||
      printedAsTitle(text, name, sample) ||
      (lone && !isAcronym(name) && sample.every((m) => fragment(text, m)));
    if (notABody && !sample.some((m) => speaks(text, m))) {
      verdict.set(k, null);
      continue;
    }
    if (first.kind === 'organization') {
      // A lone word after "the": an organisation only on evidence ("the Observer newspaper", "the Tories").
      // A plural ("the Tories", "the Whigs"), not a word that only ends in s ("Christmas", "Sans").
      const plain = lone && !known && !isAcronym(name) && !PLURAL_ENDING.test(name);
      verdict.set(k, plain && !sample.some((m) => orgEvidence(text, m)) ? null : 'organization');
      continue;
    }
    // A person mention the People list rejected.
    verdict.set(k, sample.some((m) => orgEvidence(text, m)) ? 'organization' : null);
  }
  const works = worksNamedLikePeople(text, mentions, resolved, keptPeople);
  const people = works.size === 0 ? [...keptPeople] : keptPeople.filter((n) => !works.has(nameKey(n)));
  const organizations: string[] = [];
  const places: string[] = [];
  const { short, bracketed } = shortForms(text, mentions, verdict);
  const joined = ampersandNames(text, mentions, verdict);
  for (const m of mentions) {
    const outlet = outlets.get(m);
    if (outlet) {
      organizations.push(outlet);
      continue;
    }
    const name = listedName(m.name);
    const v = verdict.get(nameKey(name));
    // The acronym in brackets after the full name is the same mention as the name, counted once.
    if (v === 'organization') {
      if (!bracketed.has(m.start)) organizations.push(short.get(nameKey(name)) ?? joined.get(nameKey(name)) ?? name);
    } else if (v === 'place') places.push(name);
  }
  return { people, organizations, places };
}
