/**
 * Which capitalised runs the People list keeps. The mention finder (entities.ts) calls almost any two to four
 * capitalised words a person (not after in/at/near …: those it leaves 'unknown'), because the speaker rules
 * want every candidate; a reader of the People list
 * wants people. Here a name stays a person only on evidence the article gives: a known first name or an
 * initial, a title or honorific, a noun for a person right before it ("literary critic Harold Bloom"), an
 * age or a "who" apposition, a speech verb beside it, "he" or "she" soon after it, or a later mention by its
 * surname alone. A name after "the" ("the Trump Train") or a noun for a thing ("investment bank Merrill
 * Lynch"), inside quotation marks (a title of a work), described as a thing (", a company with"), or made of a
 * nationality, a party, a "-based" word or titles alone is not a person. Everything else is left out of the
 * list (not moved to organisations: most such runs are titles of works, events and products).
 *
 * Only the People list reads this: the mentions the speaker rules and the ranking use are unchanged. Pure
 * over the text and the shared mentions; each test looks at a bounded window and at most 12 mentions of a
 * name, so it stays linear.
 */
import type { NameMention } from './entities.ts';
import { afterLocative, DEMONYMS, HONORIFICS, isFirstName, nameKey, ORG_SUFFIXES, PARTY_ADJECTIVES, PARTY_WORDS, PERSON_NOUNS, PLACE_ACRONYMS, PLACES, SPEECH_VERBS, TITLE_WORDS, wordBefore, WORLD_FIRST_NAMES } from './names.ts';
import { PEOPLES } from './entity-kinds.ts';



/** "Coffee-loving", "Cash-strapped", "Moscow-based", "Editor-at-Large": a compound adjective or noun ("Ki-moon"
 *  has the same shape, but closes a name; callers ask about words that do not). */
const compound = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(w);


/** Occupations that open a run before the name ("Actor Keanu Reeves"); TITLE_WORDS are split off earlier. */
const OCCUPATIONS = new Set(
  'wing lock flanker hooker prop actor actress singer popstar songwriter comedian producer conductor composer rapper guitarist drummer bassist musician dancer novelist poet playwright filmmaker photographer artist painter sculptor designer model presenter broadcaster journalist writer author columnist goalkeeper keeper striker midfielder defender winger skipper referee frontman chef entrepreneur businessman businesswoman billionaire tycoon lawyer analyst economist scientist professor doctor detective superintendent inspector constable'.split(' '),
);

/** Nouns for a person of a nation that DEMONYMS (adjectives) lacks: "Briton Hayley Yelling", "Frenchman Arnaud
 *  Clement". */
const DEMONYM_NOUNS = new Set('briton britons frenchman frenchwoman englishman englishwoman scot scotsman scotswoman welshman welshwoman irishman irishwoman dutchman dutchwoman spaniard dane swede finn turk argentine kiwi aussie'.split(' '));

/** "Mr", "Sen.", "Dr": honorifics, less "St." (a saint's place: "St. Lucie County"). */
const isHonorific = (w: string): boolean => {
  const l = w.toLowerCase();
  return l !== 'st.' && l !== 'st' && (HONORIFICS.has(l) || HONORIFICS.has(`${l}.`));
};
/** "Eva-Maria", "Jean-Paul": first names joined by a hyphen. */
const hyphenatedFirstName = (w: string): boolean => {
  const at = w.indexOf('-');
  return at > 0 && isFirstName(w.slice(0, at)) && isFirstName(w.slice(at + 1));
};
/** Endings of adjectives and participles written before a name ("Unseeded", "Slovakian", "Veteran"). */
const ADJECTIVE_END = /(?:ed|ing|ian|ese|ish)$/;
/** Whether a sentence opens at `pos`: only spaces and quotation marks after a full stop, a ! or ? or a paragraph
 *  break (or the text's start) before it. */
const SENTENCE_GAP = /[\s"“‘'(]/;
const SENTENCE_END = /[.!?:]/;
function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && SENTENCE_GAP.test(text[i] as string)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || SENTENCE_END.test(text[i] as string);
}
/** "J.", "L", "F.": an initial, which only people's names carry. */
const isInitial = (w: string): boolean => /^\p{Lu}\.?$/u.test(w) || /^(?:\p{Lu}\.){2,3}$/u.test(w);

/**
 * The name without words before its first name that are not part of it: "Singer Sam Endicott" → "Sam
 * Endicott", "Beatle Sir Paul McCartney" → "Paul McCartney", "South Korean-born Monte Haines" → "Monte
 * Haines". A name that opens with a first name is left whole ("Mary Ann Evans"), and a first name must be
 * followed by at least a surname ("Boy George" stays).
 */
export function stripLeadingNonName(name: string): string {
  const at = name.indexOf(' ');
  if (at < 0 || at === name.lastIndexOf(' ')) return name; // fewer than three words
  const words = name.split(' ');
  if (isFirstName(words[0] ?? '')) return name;
  // "Actor Keanu Reeves", "Conductor Marcello Viotti": an occupation opening a sentence or a caption.
  // "Sprinters Kostas Kenteris and …": a plural one opens a list.
  const job = (words[0] ?? '').toLowerCase();
  const jobs = job.endsWith('s') && (OCCUPATIONS.has(job.slice(0, -1)) || ROLE_NOUNS.has(job.slice(0, -1))) && isFirstName(words[1] ?? '');
  if (OCCUPATIONS.has(job) || jobs) return stripLeadingNonName(words.slice(1).join(' '));
  // "Democrat Zephyr Teachout": a party, like a nationality, describes the person after it.
  let describedUpTo = compound(words[0] ?? '') || DEMONYMS.has((words[0] ?? '').toLowerCase()) || DEMONYM_NOUNS.has((words[0] ?? '').toLowerCase()) || PARTY_ADJECTIVES.has((words[0] ?? '').toLowerCase()) ? 0 : -1;
  for (let k = 1; k < words.length - 1 && k <= 3; k++) {
    const w = words[k] ?? '';
    // A name of the world list only after an adjective ("Unseeded Nicolas Almagro"): "Moner Mohammad Abusalha" and
    // "Monte Carlo Masters" name no one from their second word.
    if (isFirstName(w) && (!WORLD_FIRST_NAMES.has(w.toLowerCase()) || words.slice(0, k).every((b) => ADJECTIVE_END.test(b)))) return words.slice(k).join(' ');
    if (isInitial(w) || /^\p{Ll}/u.test(w)) break;
    if (compound(w) || DEMONYMS.has(w.toLowerCase()) || DEMONYM_NOUNS.has(w.toLowerCase())) describedUpTo = k;
  }
  // "South Korean-born Monte Haines", "Brazilian Flavio Saretta": a description ends at its compound adjective
  // or nationality.
  return describedUpTo >= 0 && words.length - describedUpTo > 2 ? words.slice(describedUpTo + 1).join(' ') : name;
}

/** Words of a run that say it is not a person's name: a party, a nationality, "-based", an acronym. */
function notANameShape(name: string): boolean {
  // "for Constitutional Affairs": a lower-case first word opens no one's name.
  const c = name.charCodeAt(0);
  if (c >= 97 && c <= 122) return true;
  const lowered = name.toLowerCase().split(' ');
  const first = lowered[0] ?? '';
  const last = lowered[lowered.length - 1] ?? '';
  // "Detective Chief Superintendent", "Woodhill Prison": titles only, or a building.
  if (lowered.every((w) => TITLE_WORDS.has(w) || PERSON_NOUNS.has(w) || OCCUPATIONS.has(w) || isHonorific(w)) || (lowered.length > 1 && BUILDINGS.has(last))) return true;
  // "Human Rights Watch", "Ashcroft Holdings": a name that ends in an organisation's word is no one's name;
  // "French Open", "Grand Slam", "New Year", "Dundee United": nor one that ends in a competition's or a
  // season's word.
  if (lowered.length > 1 && (ORG_SUFFIXES.has(last) || ORG_ENDINGS.has(last) || EVENT_ENDINGS.has(last))) return true;
  // "Room With A View", "Colorado When John" (a full stop lost between two sentences): a function word
  // capitalised after the first word spells a title or opens a sentence; name particles ("de", "van") are not
  // function words.
  for (let i = 1; i < lowered.length; i++) if (FUNCTION_WORDS.has(lowered[i] as string) && name.split(' ')[i] !== lowered[i]) return true;
  // "Roman Catholics", "Salafist Muslim", "Coptic Christians": believers, not a person.
  if (PEOPLES.has(last) || PEOPLES.has(`${last}s`)) return true;
  // "N. Korea", "S. Africa": an abbreviated compass point before a place ("North Korea"); not "S Orlando".
  const compass = lowered.length > 1 ? COMPASS.get(first) : undefined;
  if (compass !== undefined && PLACES.has(`${compass} ${lowered.slice(1).join(' ')}`)) return true;
  // "All Blacks", "New Labour": a quantifying first word or a party word.
  if (QUANTIFIERS.has(first) || lowered.some((w) => PARTY_WORDS.has(w))) return true;
  // "Americans", "Sri Lankan", "North African": a nationality (or its plural) closes no one's name; "Mark
  // Cuban" opens with a first name and stays.
  const demonym = DEMONYMS.has(last) || (last.endsWith('s') && DEMONYMS.has(last.slice(0, -1))) || (lowered.length > 1 && DEMONYMS.has(lowered.slice(-2).join(' ')));
  if (demonym && !isFirstName(first)) return true;
  // Most names hold neither a hyphen nor two capitals in a row: nothing more to ask.
  if (!name.includes('-') && !/\p{Lu}\p{Lu}/u.test(name)) return false;
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // "Coffee-loving Curry", "New York-based", "World Cup-winning", "Editor-at-Large" alone: compound adjectives
    // and jobs.
    if (w.includes('-') && compound(w) && (words.length === 1 || i < words.length - 1 || /-(?:based|born|\p{Ll}+ing|\p{Ll}+ed)$/u.test(w))) return true;
    // "UK Coal", "DLF Builders", "Cash-strapped US": an acronym of three letters or a place's is not a name;
    // two capitals may be initials ("JM Barrie").
    if (w.length >= 2 && w === w.toUpperCase() && /^\p{Lu}+$/u.test(w) && (w.length >= 3 || PLACE_ACRONYMS.has(lowered[i] as string))) return true;
    // "MPs", "Women MPs", "PCs": the plural of an acronym counts people or things.
    if (PLURAL_ACRONYM.test(w)) return true;
  }
  return false;
}

/**
 * What a first name does not settle: a last word that ends buildings, events or bodies ("Mary Hospital", "Drew
 * Show", "Neal Street Productions"), a function word capitalised inside ("Freddy Vs Jason", "Natasha In January";
 * not an initial: "Charles A Blixt"), or, past a hyphen or two capitals in a row, the shapes notANameShape reads.
 */
function firstNameMisfit(name: string, words: readonly string[]): boolean {
  const last = nameKey(words[words.length - 1] ?? '');
  if (words.length > 1 && (BUILDINGS.has(last) || EVENT_ENDINGS.has(last) || ORG_ENDINGS.has(last) || ORG_SUFFIXES.has(last))) return true;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w.length > 1 && FUNCTION_WORDS.has(w.toLowerCase()) && w !== w.toLowerCase()) return true;
  }
  return /[-]|\p{Lu}\p{Lu}/u.test(name) && notANameShape(name);
}

/** Lower-case nouns for things that name them right before or after ("investment bank Merrill Lynch", "Mac
 *  Format magazine", "a Black Lives Matter protester" describes the protester). */
const THING_NOUNS = new Set('firm company group bank band film movie show series programme program magazine newspaper paper website site label brand chain giant retailer airline club team album single song novel book play musical comedy drama sitcom channel network agency party organisation organization charity campaign event festival tournament championship league fund index'.split(' '));
const KIN = new Set('sister brother wife husband son daughter mother father widow widower girlfriend boyfriend fiancee fiance children parents family grandson granddaughter nephew niece cousin uncle aunt grandfather grandmother stepson stepdaughter'.split(' '));
const BUILDINGS = new Set('prison jail hospital church cathedral mosque temple museum theatre theater hotel library station gallery hall tower castle palace'.split(' '));
/** Words that end organisations' and programmes' names and no surname (ORG_WORDS also holds House, Post,
 *  Church, Court …). */
const ORG_ENDINGS = new Set('ministry council committee commission department agency bureau university college association union federation league organization organisation alliance coalition movement party corporation company bank society authority policy programme program scheme productions research'.split(' '));
/** Last words of a competition's, a season's or a team's name ("French Open", "Grand Slam", "New Year",
 *  "Dundee United", "Roland Garros": the French Open's ground, named after an airman news never mentions), never
 *  of a person's. */
const EVENT_ENDINGS = new Set('open cup championship championships slam prix bowl festival awards marathon marathons olympiad olympics olympic games trophy tournament globe globes year united show garros'.split(' '));
/** Function words: capitalised inside a run they spell a title or open a sentence ("Drive My Car"). */
const FUNCTION_WORDS = new Set("vs v a an the and but or nor with without to is are was were be been my your you her his its our their it me we he she they in on at into onto from by of off up out when that this if not now here there what who can't don't won't".split(' '));
const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;
const CAPITAL = /^\p{Lu}/u;
/** "the Washington Post's ", "Labour's ": a capitalised owner right before a name. */
const OWNED_BEFORE = /\p{Lu}[\p{L}.&-]*['’]s?\s+$/u;
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling']);
const COMPASS = new Map([['n', 'north'], ['n.', 'north'], ['s', 'south'], ['s.', 'south'], ['e', 'east'], ['e.', 'east'], ['w', 'west'], ['w.', 'west']]);
/** ", its chief executive Jean Fourtou": a name, then its own boss named (not ", its new chairman," describing it). */
const ITS_APPOSITION = /^,\s+its\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}\p{Ll}/u;
/** What follows a name ("Martin Luther King Jnr"), never one on its own. */
const SUFFIXES = new Set('jr jr. jnr snr sr sr. ii iii iv'.split(' '));
/** A quotation closed on a comma, "?" or "!", then a space: the attribution follows. */
const QUOTE_CLOSED = /[,!?]["”]\s+$/;
/** " chief executive John": up to three lower-case words, the last a noun for a person, then a capitalised word. */
const EMPLOYS = /^ ((?:[a-z][a-z-]* ){0,2})([a-z][a-z-]*) ([A-Z][a-z]+)/;
/** A capitalised word of lower-case letters ("Door"), the shape of a common word at a sentence start. */
const CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const QUANTIFIERS = new Set('all some many most other others several both every each few no any another this that these those such'.split(' '));
/** Words after which a name is an object, not the subject a following "he" would refer to. */
const PREPOSITIONS = new Set('of at for from in on with by to about into over under after before than and or as like'.split(' '));

/** Possessive determiners: what they own is no person named ("his Jack Russell"; "her husband John" has the noun). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'its']);
/** "Fergus Crane, a story about a boy": a work described by an apposition (not before a name: "the famous story
 *  John F. Kennedy told"). */
const TALES = new Set(['story', 'tale', 'fable']);
/** Thing nouns that are verbs as often ("will next play Roger Federer", "polls show Clinton", "book Tom Jones"). */
const VERB_NOUNS = new Set(['play', 'show', 'book']);
/** Words before a noun that make it one ("the play", "his new film", "hit single"); anything else reads it as a verb. */
const NOUN_MARKERS = new Set('the a an his her their its our my your new latest hit debut stage radio tv television comedy first second third last next-door'.split(' '));

/** "next play Roger Federer", "to book Tom Jones": a thing noun that is a verb here (a lower-case word before it
 *  that is no determiner or adjective; "the West End show Mary Poppins" has a name before it). */
function verbBefore(text: string, runStart: number, prev: string): boolean {
  if (!VERB_NOUNS.has(prev)) return false;
  const before = wordBefore(text, runStart - prev.length - 1);
  return before !== '' && !CAPITAL.test(before) && !NOUN_MARKERS.has(before);
}

/** The run stands after "the" ("the Trump Train") or a noun for a thing, describes a noun after it, or stands
 *  alone inside quotation marks (“Celebrity Apprentice”). */
function negativeContext(text: string, m: NameMention): boolean {
  // "the Trump Train", "a Grand Slam", "investment bank Merrill Lynch".
  const prev = m.title ? '' : wordBefore(text, m.runStart);
  // "The Lib Dems say" opens a sentence with "The" as much as "the" inside one.
  // "his Jack Russell", "their Land Rover": a possessive owns a thing or a pet, not a person it names.
  if (prev === 'the' || prev === 'The' || prev === 'a' || prev === 'an' || POSSESSIVES.has(prev) || (THING_NOUNS.has(prev) && !verbBefore(text, m.runStart, prev))) return true;
  const next = text[m.end] === ' ' ? (/^\s(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 20))?.[1] ?? '') : '';
  if (next && (THING_NOUNS.has(next) || ((PERSON_NOUNS.has(next) || PERSON_NOUNS.has(next.replace(/s$/, ''))) && !/^(?:said|says)$/.test(next)))) return true;
  const open = text[m.runStart - 1] ?? '';
  if (!/["“‘']/.test(open)) return false;
  const close = /^[,.!?]?(["”’'])/.exec(text.slice(m.end, m.end + 2));
  return close !== null && (open === '"' || open === "'" ? close[1] === open : true);
}

/** "United Technologies, a company with …", "Sophos, the anti-virus firm": an apposition calls it a thing. */
function thingAppositive(text: string, m: NameMention): boolean {
  if (text[m.end] !== ',') return false;
  // "Vivendi, its chief executive Jean-Rene Fourtou": what has "its" boss is a body.
  if (ITS_APPOSITION.test(text.slice(m.end, m.end + 60))) return true;
  const appos = /^,\s+(?:a|an|the|its)\s+((?:[\p{L}\p{N}'’,-]+\s+){0,6}[\p{L}\p{N}'’-]+)/u.exec(text.slice(m.end, m.end + 90));
  // The head of the description decides: "a campaign spokesman" is a person, "a company with …" a thing.
  let thing = false;
  for (const w of (appos?.[1] ?? '').split(/\s+/)) {
    const l = w.toLowerCase().replace(/[,.;:]+$/, '');
    if (PREPOSITIONS.has(l)) break;
    if (PERSON_NOUNS.has(l) || PERSON_NOUNS.has(l.replace(/s$/, ''))) return false;
    if (THING_NOUNS.has(l) || TALES.has(l)) thing = true;
    if (/[,.;:]$/.test(w)) break;
  }
  return thing;
}

/**
 * What the words around one mention say: 'strong' when they describe a person (a title, a noun for a person,
 * an age, an apposition, a signature), 'weak' when a speech verb stands beside it (companies speak too).
 */
function contextEvidence(text: string, m: NameMention): 'strong' | 'weak' | 'spoke' | null {
  if (m.title) return 'strong';
  // "said Ken Mayland", "chairman Mukesh Ambani", "Gartner's principal analyst Kobita Desai", "Mr Blunkett".
  // "Her campaign manager, Robby Mook,": the noun may stand before a comma.
  const prev = wordBefore(text, m.runStart, true, true);
  const pl = prev.toLowerCase();
  // An honorific is capitalised: "forced him to miss Wimbledon" has a verb before the name.
  // "his nephew Michery el Soheil": kin are people.
  if (prev && ((isHonorific(prev) && CAPITAL.test(prev)) || PERSON_NOUNS.has(pl) || KIN.has(pl))) return 'strong';
  // "winger Stewart Downing", "world champion Jaouad Gharib", "Mrs Quinn's nanny, Leoncia Casalme": a job or a
  // role in a contest that only people hold. "strikers Jimmy Floyd Hasselbaink and …", "actors Selma Blair and
  // …": the plural of a job opens a list of them (not of analysts and economists, which are firms as often:
  // "analysts Jupiter Research"; nor the roles, whose plurals are verbs too: "It champions Planned Parenthood").
  const role = OCCUPATIONS.has(pl) || ROLE_NOUNS.has(pl) || (pl.endsWith('s') && !PLURAL_FOR_FIRMS.has(pl) && OCCUPATIONS.has(pl.slice(0, -1)));
  // A club named after its town is a champion too ("European champion Borussia Dortmund").
  if (role && !m.name.split(' ').some((w) => PLACES.has(nameKey(w)))) return 'strong';
  // "Compatriots Mulugeta Wondimu, …", "team-mates Ana Ivanovic and …": a plural role opening a list of people (not
  // "It champions …": the roles whose plurals are verbs are left out).
  if (pl.endsWith('s') && ROLE_NOUNS.has(pl.slice(0, -1)) && !VERB_PLURALS.has(pl)) return 'strong';
  // "a biopic starring Cuba Gooding Jr.", "co-starring Ana Lund": the cast of a work are people.
  if (STARRING.has(pl)) return 'strong';
  // "another Ethiopian, Berhane Adera,": a nationality set before the name by a comma stands for a person.
  if (text[m.runStart - 2] === ',' && DEMONYMS.has(pl) && m.name.includes(' ')) return 'strong';
  // "the suspect's name, Syed Farook", "his online name, Morquendi": the name given as someone's name.
  if (NAME_GIVEN.test(text.slice(Math.max(0, m.runStart - 16), m.runStart))) return 'strong';
  const after = text.slice(m.end, m.end + 60);
  // "Ray Charles died", "Farina Elia was born", "Khan married": what only people do.
  if (PERSON_VERB_AFTER.test(after)) return 'strong';
  // "Ken Mayland, 54,", "Vera Lund (47)", "Bill Armstrong, a retail analyst", "Jeff Zucker, President of",
  // ", who runs", "Lavrov said", "Lavrov, speaking": appositions and verbs that only people take.
  if (/^(?:['’]s)?\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*[,.)]|\(\d{1,3}\))/.test(after)) return 'strong';
  if (/^,\s*who\b/.test(after)) return 'strong';
  // "Lleyton Hewitt's sister": only people have kin (firms have spokesmen and founders too); "Martyn Wood's
  // injury", "Dudley Moore's funeral": nor a body, a life or a death.
  const owned = /^['’]s\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  if (KIN.has(owned) || PERSONAL_NOUNS.has(owned)) return 'strong';
  // "Sherrod Brown (D-Ohio)", "Jo Ames (R)": a US lawmaker's party and state.
  if (PARTY_STATE.test(after)) return 'strong';
  // "Daniela Hantuchova defeated Michaella Krajicek 6-4 6-2": scores by sets are a player's.
  if (SET_SCORES.test(after)) return 'strong';
  // "Betsey Wright, a close aide", "Lesley Deutch, a senior vice president", "Guy Cecil, the group's chief
  // strategist": a noun for a person within a few words of an apposition.
  // After "in" or "at" the name is a place: "In Tulsa, an unarmed man …" describes someone else. "from" is no
  // locative (it names people elsewhere), but here it brings a place or firm of origin as often as a person:
  // counting "from La Manga, …" and "from Yukos, …" as appositions put both in People, and nobody else.
  const appos = afterLocative(text, m.runStart) || pl === 'from' ? null : /^,\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+)/u.exec(text.slice(m.end, m.end + 80));
  if (appos) {
    for (const w of (appos[1] ?? '').split(/\s+/)) {
      const l = w.toLowerCase();
      if (PERSON_NOUNS.has(l) || PERSON_NOUNS.has(l.replace(/s$/, ''))) return 'strong';
      if (/^(?:of|at|for|in|from|with|and|who|which|said|says)$/.test(l)) break;
    }
  }
  // "“…” ― Sonya Herridge": a name signing the quote before it.
  if (/["”]\s*[―—–-]\s*$/.test(text.slice(Math.max(0, m.runStart - 6), m.runStart))) return 'strong';
  // "said Ken Mayland", "Lavrov told", "Norvell Rose, reporting for".
  const next = /^(?:\s*,)?\s+([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
  // "“… I don't buy that,” Clinton said": the speaker's slot right after a quotation; a firm speaks there rarely
  // (it "said in a statement").
  if (SPEECH_VERBS.has(next) && !/^\s*,/.test(after) && QUOTE_CLOSED.test(text.slice(Math.max(0, m.runStart - 4), m.runStart))) return 'strong';
  // "said Iron Maiden's Bruce Dickinson": the name owns who spoke.
  if (/^['’]s?\s/.test(after)) return null;
  // "said Ken Mayland": a speech verb before the name, which people follow far more often than firms do; not
  // "told Five Live", where the name is the listener (often an outlet).
  if (SPEECH_VERBS.has(pl) && !LISTENER_VERBS.has(pl)) return 'weak';
  // "Lavrov told", "Norvell Rose, reporting for": the name speaks, as "Time Warner said" and "Age Concern says" do;
  // but "MSNBC's Ayman Mohyeldin reported": a body's own speaker is a person.
  // "Norvell Rose, reporting for …": a participle set off by a comma describes a person at work.
  if (SPEECH_VERBS.has(next) && /^\s*,/.test(after) && next.endsWith('ing')) return 'weak';
  if (SPEECH_VERBS.has(next) && !/^\s*,/.test(after)) return OWNED_BEFORE.test(text.slice(Math.max(0, m.runStart - 30), m.runStart)) ? 'weak' : 'spoke';
  return null;
}

/** Roles in a contest or a household that only people take, beyond PERSON_NOUNS and OCCUPATIONS ("number
 *  eight", "arch-rival" and "qualifier" also name teams and matches: left out). */
const ROLE_NOUNS = new Set('champion seed flanker prop hooker fly-half scrum-half full-back sprinter hurdler vaulter swimmer cyclist golfer boxer jockey batsman bowler teammate team-mate compatriot countryman countrywoman housemate contestant finalist nanny suspect gunman rocker ace counterpart medallist medalist runner-up dj deejay'.split(' '));
/** Plurals of ROLE_NOUNS that are verbs as often ("It champions …", "she seeds …", "aces", "suspects"), or that
 *  teams are as often as players ("quarter-finalists Porto, coached by …"). */
const VERB_PLURALS = new Set(['champions', 'seeds', 'props', 'aces', 'suspects', 'locks', 'wings', 'counterparts', 'finalists', 'medallists', 'medalists', 'contestants']);
/** Words before a name that make it one of a work's cast. */
const STARRING = new Set(['starring', 'co-starring', 'co-stars', 'starred']);
/** What a name's possessive owns that only a person has: a body, a life, a death. */
const PERSONAL_NOUNS = new Set('injury injuries death funeral birthday retirement biography autobiography memoir memoirs illness murder assassination killing burial grave knee knees ankle hamstring thigh groin wedding childhood girlfriend boyfriend fiancée widow ex-wife ex-husband'.split(' '));
/** " (D-Ohio)", " (R-Fla.)": a US politician's party and state after the name. */
const PARTY_STATE = /^\s*\((?:[DRI]|Dem|Rep)[-–]\s?[A-Z][\w.]*(?: [A-Z][\w.]*)?\)/;
/** " 6-4 6-2", " 7-6 (7-5), 6-3": two scores by sets or more, right after the name. */
const SET_SCORES = /^\s+[0-7]-[0-7](?:\s*\(\d+-\d+\))?,?\s+[0-7]-[0-7]\b/;
/** Plural jobs that name firms as often as people. */
const PLURAL_FOR_FIRMS = new Set(['analysts', 'economists', 'scientists', 'lawyers', 'designers', 'producers', 'models', 'artists', 'authors', 'writers']);
/** "'s name, ", "name is ", "real name was ": the words before a name given as a person's own. */
const NAME_GIVEN = /\bname(?:,| is| was)\s+$/;
/** " died", " was born", " married": verbs right after a name that only a person is the subject of. */
const PERSON_VERB_AFTER = /^\s+(?:died|was born|married|divorced)\b/;
/** "He", "she", "his", "her" as a word. */
const PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/;

/** Where each name mention of the article starts, in text order, with its last word: who else is named where. */
interface NameIndex {
  sorted: NameMention[];
  starts: number[];
  lastWords: string[];
}

function nameIndex(text: string, mentions: readonly NameMention[]): NameIndex {
  const sorted = [...mentions].sort((a, b) => a.runStart - b.runStart);
  // Only a name that may be someone's takes "he" or "she" from it ("Zeynep Akar told CNN that … her home"), and
  // not after in/at/near, where a name says where ("Manny Gomez said police at Pride were welcome. He …").
  const who = sorted.filter((m) => m.kind === 'person' && !afterLocative(text, m.runStart));
  return { sorted: who, starts: who.map((m) => m.runStart), lastWords: who.map((m) => nameKey(m.name.slice(m.name.lastIndexOf(' ') + 1))) };
}

/** The index of the first mention that starts at or after `pos`. */
function firstFrom(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A comma, "and" or "&" between two items of a list ("Roy Orbison, Elvis Presley and …"). */
const LIST_GAP = /^(?:\s*,\s*|,?\s+(?:and|&)\s+)$/;

/** The person mention right before `m` in a list of names ("A, B and C"), if any. */
function listBefore(text: string, index: NameIndex, m: NameMention): NameMention | undefined {
  const { sorted, starts } = index;
  const before = sorted[firstFrom(starts, m.runStart) - 1];
  return before && before.end <= m.runStart && m.runStart - before.end <= 6 && LIST_GAP.test(text.slice(before.end, m.runStart)) ? before : undefined;
}

/** The person mention right after `m` in a list of names, if any. */
function listAfter(text: string, index: NameIndex, m: NameMention): NameMention | undefined {
  const { sorted, starts } = index;
  let k = firstFrom(starts, m.runStart);
  while (k < sorted.length && (sorted[k] as NameMention).runStart < m.end) k++;
  const after = sorted[k];
  return after && after.runStart >= m.end && after.runStart - m.end <= 6 && LIST_GAP.test(text.slice(m.end, after.runStart)) ? after : undefined;
}

/** "and" or "&" between two items: a list has it once, before its last item. */
const AND_GAP = /\s(?:and|&)\s/;

/**
 * The other members of the list of names `m` stands in ("Roy Orbison, Elvis Presley and Buddy Holly"), up to
 * eight each way: a long list names people as often as it names clubs or shops, so its members vouch together.
 * "and" closes a list: in "Jude Law and Julia Roberts, Finding Neverland, …" the film is in no list with them.
 */
function listMembers(text: string, index: NameIndex, m: NameMention): NameMention[] {
  const out: NameMention[] = [];
  let cur = m;
  // Back to the list's first item: an "and" before an earlier item closed a list that `m` is not in.
  for (let n = listBefore(text, index, cur), i = 0; n && i < 8; n = listBefore(text, index, cur), i++) {
    if (cur !== m && AND_GAP.test(text.slice(n.end, cur.runStart))) {
      out.length = 0;
      break;
    }
    out.push(n);
    cur = n;
  }
  // On to its last item, the one after "and"; `m` after "and" is the last itself.
  const first = listBefore(text, index, m);
  if (first && AND_GAP.test(text.slice(first.end, m.runStart))) return out;
  cur = m;
  for (let n = listAfter(text, index, cur), i = 0; n && i < 8; n = listAfter(text, index, cur), i++) {
    out.push(n);
    if (AND_GAP.test(text.slice(cur.end, n.runStart))) break;
    cur = n;
  }
  return out;
}

/** Whether a name other than `m`'s (by its last word) starts in [from, to). */
function otherNameIn(index: NameIndex, m: NameMention, from: number, to: number): boolean {
  const { starts, lastWords } = index;
  const lo = firstFrom(starts, from);
  const own = nameKey(m.name.slice(m.name.lastIndexOf(' ') + 1));
  for (let i = lo; i < starts.length && (starts[i] as number) < to; i++) {
    if ((starts[i] as number) >= m.runStart && (starts[i] as number) < m.end) continue; // the mention itself
    if (lastWords[i] !== own) return true;
  }
  return false;
}

/**
 * "He" or "she" in the rest of the sentence or the next one: someone, not something, was named. Only when the
 * name is the one the pronoun most likely points back to: no other name stands between them ("Plaid Cymru's
 * spokesman Dai Lloyd called … He said", "Arsenal, Real Madrid and Paris St Germain, and he"), and the sentence
 * did not already name someone, or speak of "he" or "she", before it ("Kelly Sotherton completed Team GB's
 * medal haul … her", "He lifted the Lit Idol prize … his"): then the name is an object, not who the pronoun
 * continues with.
 */
function pronounAfter(text: string, m: NameMention, names: NameIndex): boolean {
  const prev = wordBefore(text, m.runStart).toLowerCase();
  const window = text.slice(m.end, m.end + 220);
  // "as Hedrick Smith reported in his book": "as" before a speech verb attributes, it is no preposition.
  if (PREPOSITIONS.has(prev) && !(prev === 'as' && SPEECH_VERBS.has(/^\s+(\p{L}+)/u.exec(window)?.[1] ?? ''))) return false;
  // Stop after the second sentence end.
  let ends = 0;
  let stop = window.length;
  for (let i = 0; i < window.length; i++) {
    const c = window[i];
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && ++ends === 2) {
      stop = i;
      break;
    }
  }
  const hit = PRONOUN.exec(window.slice(0, stop));
  if (!hit || otherNameIn(names, m, m.end, m.end + hit.index)) return false;
  // The sentence so far, back to its start (bounded).
  let from = m.runStart - 1;
  while (from >= 0 && m.runStart - from < 200 && !/[.!?\n]/.test(text[from] as string)) from--;
  // A clause reported after "that" has its own subject: "McFadden added that Guccifer told her he …".
  const that = text.lastIndexOf(' that ', m.runStart);
  if (that > from && SPEECH_VERBS.has(wordBefore(text, that + 1).toLowerCase())) from = that + 5;
  const head = text.slice(from + 1, m.runStart);
  return !PRONOUN.test(head) && !otherNameIn(names, m, from + 1, m.runStart);
}

/** A letter, digit, apostrophe or hyphen: what a word boundary may not touch. */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127 || c === 39 || c === 45;
}

/** Whether `word` (lower case) stands in the text as a whole word, spelt in lower case ("the industry"). */
export function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!wordChar(text.charCodeAt(at - 1)) && !wordChar(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** Words that open a sentence and are glued onto the name after them ("Whether Cruz", "Given Obama"); the
 *  run finder drops the commoner ones (NON_NAME_WORDS) itself. */
const LEAD_WORDS = new Set('whether whatever whoever given besides beyond absent everything certainly'.split(' '));

/**
 * The name a run stands for when its first word is a sentence's first word glued onto a name: a lead word
 * ("Whether Cruz" → "Ted Cruz"), or a participle ("Regarding Trump", "Watching McLean") when the article names
 * someone else in full with that last word; a participle alone says nothing ("Channing Tatum").
 */
function unglue(name: string, fullByLast: ReadonlyMap<string, readonly string[]>): string {
  const at = name.indexOf(' ');
  if (at < 0) return name;
  const lead = nameKey(name.slice(0, at));
  const participle = lead.length > 5 && lead.endsWith('ing') && !isFirstName(lead) && !PLACES.has(lead);
  if (!participle && !LEAD_WORDS.has(lead)) return name;
  const rest = name.slice(at + 1);
  const full = (fullByLast.get(nameKey(rest.slice(rest.lastIndexOf(' ') + 1))) ?? []).find((f) => nameKey(f.slice(0, f.indexOf(' '))) !== lead);
  return full ?? (participle ? name : rest);
}

interface Group {
  name: string;
  /** A nationality or a compound adjective stood before the name ("Brazilian Flavio Saretta"). */
  described: boolean;
  full: NameMention[];
  short: NameMention[];
  /** The full name a lone word's mentions were resolved to when it opens that name ("Ban" → "Ban Ki-moon"). */
  opens?: string;
}

/**
 * One resolved name per person mention the People list keeps (in text order), given the mentions and the
 * names resolvePersonNames gave them. Names without evidence are left out; a short form whose full name was
 * left out stands on its own, or joins a kept person with that surname.
 */
export function keptPeople(text: string, mentions: readonly NameMention[], resolved: ReadonlyMap<NameMention, string>): string[] {
  const people = mentions.filter((m) => m.kind === 'person');
  const groups = new Map<string, Group>();
  const groupOf: Group[] = []; // by index in `people`
  // A long article names the same people hundreds of times: each (mention, resolved name) pair is read once.
  const seen = new Map<string, Map<string, Group>>();
  // Full names by their last word, for the names a sentence's first word was glued onto ("Regarding Trump").
  const fullByLast = new Map<string, string[]>();
  for (const m of people) {
    const at = m.name.lastIndexOf(' ');
    if (at < 0) continue;
    const list = fullByLast.get(nameKey(m.name.slice(at + 1))) ?? [];
    const full = resolved.get(m) ?? m.name;
    if (list.length < 4 && !list.includes(full)) list.push(full);
    fullByLast.set(nameKey(m.name.slice(at + 1)), list);
  }
  // Mentions read as a short form of the name after a glued first word.
  const glued = new Set<string>();
  for (const m of people) {
    const original = resolved.get(m) ?? m.name;
    let byName = seen.get(original);
    if (byName === undefined) seen.set(original, (byName = new Map()));
    let g = byName.get(m.name);
    if (g === undefined) {
      const unglued = unglue(original, fullByLast);
      if (unglued !== original) glued.add(m.name);
      let target = stripLeadingNonName(unglued);
      let opens: string | undefined;
      const described = target !== unglued && !isFirstName(target.slice(0, target.indexOf(' ')));
      if (!m.name.includes(' ') && target !== m.name) {
        // A short form joins a full name by its surname, or by its first word when that is a first name:
        // "Trump" is not short for "Trump Train".
        const own = nameKey(m.name);
        const first = target.slice(0, target.indexOf(' '));
        const last = target.slice(target.lastIndexOf(' ') + 1);
        if (own !== nameKey(last) && !(own === nameKey(first) && isFirstName(m.name))) {
          opens = own === nameKey(first) ? nameKey(target) : undefined;
          target = m.name;
        }
      }
      const k = nameKey(target);
      g = groups.get(k);
      if (!g) groups.set(k, (g = { name: target, described: false, full: [], short: [] }));
      if (opens !== undefined) g.opens = opens;
      if (described) g.described = true;
      byName.set(m.name, g);
    }
    (m.name.includes(' ') && !glued.has(m.name) ? g.full : g.short).push(m);
    groupOf.push(g);
  }
  // "DNC Chair Debbie Wasserman Schultz" read as one organisation run: the word before a tail of a longer run
  // ("Chair", "Debbie") vouches for the tail ("Wasserman Schultz") as a person's name.
  const tailAfter = new Map<string, string>();
  // Last words of names introduced with a title inside a longer run ("Research Director Raj Shah" → "shah").
  const titledSurnames = new Set<string>();
  const longNames = new Set<string>();
  for (const m of mentions) if (m.name.indexOf(' ') !== m.name.lastIndexOf(' ')) longNames.add(m.name); // three words or more
  for (const name of longNames) {
    const m = { name };
    const words = m.name.split(/\s+/);
    for (let k = 1; k < words.length - 1 && words.length <= 8; k++) {
      tailAfter.set(nameKey(words.slice(k).join(' ')), words[k - 1] ?? '');
      const prev = (words[k - 1] ?? '').toLowerCase();
      if (TITLE_WORDS.has(prev) && PERSON_NOUNS.has(prev)) titledSurnames.add(nameKey(words[words.length - 1] ?? ''));
    }
  }
  const titledTail = (name: string): boolean => {
    const prev = tailAfter.get(nameKey(name));
    return prev !== undefined && (isFirstName(prev) || isHonorific(prev) || TITLE_WORDS.has(prev.toLowerCase()));
  };
  // "M Tait" in a team list: an initial and a surname vouch for the "Mathew Tait" the article names in full.
  const initialForms = new Set<string>();
  for (const g of groups.values()) {
    const initial = /^(\p{Lu})\.? (\S+)$/u.exec(g.name);
    if (initial) initialForms.add(`${initial[1]} ${nameKey(initial[2] ?? '')}`);
  }
  // The context tests read only the first mentions of a name: what the article says of someone it says early,
  // and the cost stays bounded however often the name recurs.
  const SAMPLE = 12;
  const negative = new Map<NameMention, boolean>();
  const isNegative = (m: NameMention): boolean => {
    let v = negative.get(m);
    if (v === undefined) negative.set(m, (v = negativeContext(text, m)));
    return v;
  };
  // Words the article also writes in lower case ("summer", "doctors"), asked of a few names only.
  const lowerSeen = new Map<string, boolean>();
  const inLowerCase = (w: string): boolean => {
    const l = w.toLowerCase();
    let v = lowerSeen.get(l);
    if (v === undefined) lowerSeen.set(l, (v = occursAsWord(text, l) || (l.length > 3 && l.endsWith('s') && occursAsWord(text, l.slice(0, -1)))));
    return v;
  };
  // "Wells Fargo CEO John Stumpf", "Real Madrid coach Wanderley Luxemburgo": the words before a title in front of
  // a name are who employs the person, a body. Two words at least, not opening with a first name ("Hillary
  // Clinton campaign chairman John Podesta" names her).
  const employers = new Set<string>();
  for (const m of people) {
    if (!m.title.includes(' ')) continue;
    const t = m.title.split(' ');
    const at = t.findIndex((w) => PERSON_NOUNS.has(w) || isHonorific(w));
    if (at >= 2 && !isFirstName(t[0] as string)) employers.add(t.slice(0, at).join(' '));
  }
  // "Wells Fargo chief executive John Stumpf": the same in lower case, after a name of two words or more.
  for (const m of people) {
    const sp = m.name.indexOf(' ');
    if (sp < 0 || text[m.end] !== ' ' || isFirstName(m.name.slice(0, sp))) continue;
    const x = EMPLOYS.exec(text.slice(m.end, m.end + 60));
    // Only title words before the noun: "Philippe Sella believes coach Bernard Laporte" is a sentence.
    const before = (x?.[1] ?? '').split(' ').filter(Boolean);
    if (x && PERSON_NOUNS.has(x[2] as string) && TITLE_WORDS.has(x[2] as string) && before.every((w) => TITLE_WORDS.has(w)) && isFirstName(x[3] as string)) employers.add(nameKey(m.name));
  }
  const names = nameIndex(text, mentions);
  const kept = new Set<Group>();
  /** Names without evidence of their own that a list beside kept people may vouch for. */
  const listed: Group[] = [];
  for (const g of groups.values()) {
    const words = g.name.split(' ');
    if (words.length > 1) {
      // A known first name needs fewer looks: three mentions all after "the" or in quotation marks still say
      // it is no one's name ("the Mary Rose").
      const firstName = isFirstName(words[0] ?? '') || hyphenatedFirstName(words[0] ?? '');
      const full = g.full.slice(0, firstName ? 3 : SAMPLE);
      const good = full.filter((m) => !isNegative(m));
      // "the David Blunkett controversy", "a Bernie Sanders rally": a first name and a surname used as a modifier
      // every time in full, but the surname alone is someone's elsewhere ("Mr Blunkett", "…,” Sanders said").
      const surnameVouches = (): boolean =>
        firstName && g.short.slice(0, 4 * SAMPLE).some((m) => nameKey(m.name) === nameKey(words[words.length - 1] ?? '') && !isNegative(m) && contextEvidence(text, m) === 'strong');
      // A name opening with a first name is asked only what a first name does not settle ("Mary Hospital").
      const shape = firstName ? firstNameMisfit(g.name, words) : notANameShape(g.name);
      if (shape || (full.length > 0 && good.length === 0 && !surnameVouches()) || full.some((m) => thingAppositive(text, m)) || employers.has(nameKey(g.name))) continue;
      // "Trap Door", "Secondhand Clothes", "Five Children": every word is one the article writes in lower case.
      if (!firstName && !g.described && words.every((w) => CAPITALISED_WORD.test(w) && inLowerCase(w))) continue;
      const surname = nameKey(words[words.length - 1] ?? '');
      const evidence =
        firstName ||
        words.some(isInitial) ||
        g.described ||
        (words.length === 2 && initialForms.has(`${g.name.charAt(0)} ${nameKey(words[1] ?? '')}`)) ||
        titledTail(g.name) ||
        g.short.some((m) => nameKey(m.name) === surname) ||
        // A name of two words or more that only speaks ("Krispy Kreme said") needs a "he" or "she" too.
        [...good, ...g.short.slice(0, SAMPLE)].some((m) => {
          const said = contextEvidence(text, m);
          return said === 'strong' || said === 'weak';
        }) ||
        good.slice(0, 3).some((m) => pronounAfter(text, m, names));
      if (evidence) kept.add(g);
      // Not "Old Trafford", "Strong Medicine", "Nazi Germany": a listed name holds no word the article writes in
      // lower case and no place.
      else if (good.length > 0 && !words.some((w) => inLowerCase(w) || PLACES.has(nameKey(w)))) listed.push(g);
    } else {
      // A lone word never seen with a first name: a title, an honorific or an apposition must vouch for it,
      // or a speech verb with "he"/"she" soon after ("Netcraft said" alone is a company).
      if (notANameShape(g.name)) continue;
      const ok = g.short.slice(0, SAMPLE).filter((m) => !isNegative(m));
      if (ok.some((m) => thingAppositive(text, m))) continue;
      // "Summer", "Doctors", "Colleagues": a word the article also writes in lower case is a common word
      // capitalised at a sentence start, unless an honorific stands before it ("Mr Brown").
      // A title is not enough: "Transport and General Workers", "Head Start", "Executive Session" split a title
      // word off a body's or a programme's name.
      if (g.name.length < 2 || SUFFIXES.has(nameKey(g.name))) continue;
      if (inLowerCase(g.name) && !ok.some((m) => m.title.split(' ').some(isHonorific) || isHonorific(wordBefore(text, m.runStart, false, true)))) continue;
      let strong = titledSurnames.has(nameKey(g.name));
      let weak = false;
      for (let i = 0; i < ok.length && !strong; i++) {
        const m = ok[i] as NameMention;
        // "Republican Establishment", "U.S. Reps": only a noun for a person or an honorific vouches for a lone word.
        const titled = m.title && !m.title.split(/\s+/).some((t) => (PERSON_NOUNS.has(t) && !PARTY_ADJECTIVES.has(t)) || isHonorific(t)) ? { ...m, title: '' } : m;
        const said = contextEvidence(text, titled);
        if (said === 'strong') strong = true;
        else if (said !== null) weak = true;
      }
      if (strong || (weak && ok.slice(0, 3).some((m) => pronounAfter(text, m, names)))) kept.add(g);
    }
  }
  // "Roy Orbison, Elvis Presley and Buddy Holly": a name listed beside people kept on their own evidence is one
  // too (a list of retailers or clubs holds no one kept). Read after the loop, so the neighbours are settled.
  if (listed.length > 0) {
    const groupOfMention = new Map<NameMention, Group>();
    for (let i = 0; i < people.length; i++) groupOfMention.set(people[i] as NameMention, groupOf[i] as Group);
    // Two full names at least ("Mark Lewis-Francis, X and Jason Gardener"): one person beside a title of a work or
    // a club is common ("Julia Roberts, Finding Neverland"), and a short form says less ("Trump and Squawk Box").
    const vouched = listed.filter((g) => {
      let people = 0;
      for (const m of g.full.slice(0, SAMPLE)) {
        if (isNegative(m)) continue;
        for (const n of listMembers(text, names, m)) if (n.name.includes(' ') && kept.has(groupOfMention.get(n) as Group)) people++;
      }
      return people >= 2;
    });
    for (const g of vouched) kept.add(g);
  }
  // Surnames of the people kept, for the short forms whose full name was left out.
  const bySurname = new Map<string, Group>();
  for (const g of [...kept].sort((a, b) => b.full.length + b.short.length - (a.full.length + a.short.length))) {
    const at = g.name.lastIndexOf(' ');
    if (at < 0) continue;
    const s = nameKey(g.name.slice(at + 1));
    if (!bySurname.has(s)) bySurname.set(s, g);
  }
  // "M Tait" in a team list is the "Mathew Tait" the article named in full.
  const shownAs = new Map<Group, string>();
  for (const g of kept) {
    const initial = /^(\p{Lu})\.? (\S+)$/u.exec(g.name);
    const full = initial ? bySurname.get(nameKey(initial[2] ?? '')) : undefined;
    shownAs.set(g, full && full !== g && full.name.startsWith(initial?.[1] ?? '') ? full.name : g.name);
  }
  // "El Guerrouj", "Van Nistelrooy" after "Hicham El Guerrouj", "Ruud van Nistelrooy": a surname with a particle
  // groups apart from the full name (it is two words), but it is that person, not a second one. The longer name
  // is shown ("Marine Le Pen", "Aung San Suu Kyi") unless its first word is one glued on: a noun for a person or a
  // job ("Resident Louisa Irving", "Sister Gertrud …"), a word the article writes in lower case, or any word
  // opening a sentence every time the long form is written, twice or more ("Unpopular Bubba Watson."); then the
  // two-word name is shown for both. Written once, at a sentence start, is how a full name is usually introduced
  // ("Aung San Suu Kyi met …").
  const byLastTwo = new Map<string, Group>();
  for (const g of kept) {
    const words = g.name.split(' ');
    if (words.length > 2) byLastTwo.set(nameKey(words.slice(-2).join(' ')), g);
  }
  for (const g of kept) {
    const words = g.name.split(' ');
    const home = words.length === 2 && !isFirstName(words[0] as string) ? byLastTwo.get(nameKey(g.name)) : undefined;
    if (!home) continue;
    const opener = home.name.slice(0, home.name.indexOf(' '));
    const o = opener.toLowerCase();
    const glued =
      !isFirstName(opener) &&
      !hyphenatedFirstName(opener) &&
      (opener.includes('-') || isHonorific(opener) || PERSON_NOUNS.has(o) || OCCUPATIONS.has(o) || ROLE_NOUNS.has(o) || KIN.has(o) || TITLE_WORDS.has(o) || inLowerCase(opener) || (home.full.length > 1 && home.full.every((m) => opensSentence(text, m.start))));
    if (glued) shownAs.set(home, g.name);
    else shownAs.set(g, home.name);
  }
  // "“…,” Ban said" after "Ban Ki-moon": a lone word kept on its own that opens a kept full name, which the
  // article's mentions resolve it to, is that person (a family name written first), not a second one.
  for (const g of kept) {
    const home = g.opens === undefined ? undefined : groups.get(g.opens);
    if (home && home !== g && kept.has(home)) shownAs.set(g, home.name);
  }
  const out: string[] = [];
  for (let i = 0; i < people.length; i++) {
    const m = people[i] as NameMention;
    const g = groupOf[i] as Group;
    const shown = shownAs.get(g);
    if (shown !== undefined) {
      out.push(shown);
      continue;
    }
    // A short form of a name left out joins a kept person by surname only.
    if (m.name.includes(' ') && !glued.has(m.name)) continue;
    const home = bySurname.get(nameKey(m.name.slice(m.name.lastIndexOf(' ') + 1)));
    if (home && !isNegative(m)) out.push(home.name);
  }
  return out;
}
