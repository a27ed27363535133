/**
 * People, organisations and places, rule-based: capitalised runs of words, classified by the words around
 * and inside them (titles, organisation words, a small gazetteer), then short forms merged into the full
 * name they stand for ("Lavrov" → "Sergey Lavrov", "Mr. Trump" → "Donald Trump").
 *
 * No model and no dependency: a Lambda-sized hand-written pass, linear in the text. Text that arrives
 * lower-cased is first given the capitals a newswire would print (recaseLowered): the gazetteer, and names the
 * text shows to be names (after a title or a known first name, alone in a speech slot).
 */
import type { Entity } from '../factsheet.ts';
import {
  afterLocative,
  AREA_WORDS,
  AUXILIARIES,
  DEMONYMS,
  firstNameGender,
  nameKey,
  HONORIFICS,
  GROUP_NOUNS,
  isFirstName,
  KNOWN_ORGS,
  KNOWN_OUTLETS,
  NON_NAME_WORDS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  PLACE_ACRONYMS,
  PLACES,
  PLURAL,
  ORG_HEADS,
  ORG_SUFFIXES,
  SPEECH_VERBS,
  STATE_ABBREVIATIONS,
  TITLE_WORDS,
  UNISEX_FIRST_NAMES,
} from './names.ts';
import { looksCaseless } from './sentences.ts';
import { keptPeople, occursAsWord } from './entity-evidence.ts';
import { kindLists } from './entity-kinds.ts';

export type EntityKind = 'person' | 'organization' | 'place';

/** One occurrence of a name in the text, before merging. */
export interface NameMention {
  /** 'unknown': a name the words around it say is no one's ("300 homes in County Durham") and nothing places
   *  yet; the Organisations and Places lists (entity-kinds.ts) decide it on the article's evidence. */
  kind: EntityKind | 'unknown';
  /** The name without titles ("Sergey Lavrov"). */
  name: string;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Offsets of the whole run including leading titles ("Russian Foreign Minister Sergey Lavrov"). */
  runStart: number;
  /** Title words that preceded the name, lower-cased ("russian foreign minister"). */
  title: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el', 'for', '&']);
/** Connectors that may sit inside a person's name; the others only inside organisation names. */
const NAME_CONNECTORS = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el']);

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'today', 'tonight']);

const NOT_NAMES = new Set(['act', 'acts', 'amendment', 'treaty', 'accord', 'accords', 'recession', 'depression', 'war', 'doctrine', 'initiative', 'reform', 'reforms', 'revolution', 'era', 'crisis', 'summit', 'games', 'olympics', 'cup', 'prize', 'award', 'awards', 'day', 'week', 'month', 'season', 'election', 'elections', 'primary', 'primaries', 'caucus', 'caucuses', 'debate', 'convention', 'rally']);

// A byte of a UTF-8 letter read as Latin-1 after "Ã" or "Â" ("FranÃ§ois" for "François") stays inside the word;
// a text encoded twice carries a C1 control inside the letter ("FranÃ\u0083Â§ois"). Not a no-break space: "Â "
// is a mojibake space between two words.
const C1_END = /[\u0080-\u009f]+$/;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.\-&]|(?<=[ÃÂ])[\u0080-\u009f\u00a1-\u00bf])*/gu;

/** Whether the trimming in tokenize could change the word: only an end in a quote, dot, dash, "&" or "'s" can. */
function mayTrim(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 115 /* s */) {
    const before = w.charCodeAt(w.length - 2);
    return before === 39 || before === 0x2019;
  }
  return last === 39 || last === 0x2019 || last === 46 || last === 45 || last === 38 || (last >= 0x80 && last <= 0x9f);
}

/**
 * A matched word as a token: trailing quotes, a possessive "'s", dashes and "&" dropped, and a trailing full
 * stop too unless the word is an abbreviation or an initial ("Mr.", "U.S.", "J."). May return ''.
 */
export function trimToken(w: string): string {
  // Most words end in a letter or digit: nothing to trim, and no regex to run on them.
  if (!mayTrim(w)) return w;
  // A C1 control left at the end of a word by a text encoded twice ("KÃ\u0083 rner") is no letter of it.
  let t = w.replace(C1_END, '').replace(/['’]+$/u, '');
  if (t.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(t) && !HONORIFICS.has(t.toLowerCase())) t = t.replace(/\.+$/, '');
  return t.replace(/['’]s$/u, '').replace(/['’\-&]+$/u, '');
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = trimToken(m[0]);
    if (t) out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  // ASCII by char code: every token of the article is asked.
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
const isAllCaps = (w: string): boolean => /^[\p{Lu}.&]{2,}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const lower = (w: string): string => w.toLowerCase();

/** True when only spaces separate two tokens (punctuation ends a capitalised run). */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end !== 1) return false;
  const gap = text.charCodeAt(a.end);
  return gap === 32 || gap === 0xa0;
}

/** True when the token opens a sentence, so its capital says nothing. */
function sentenceInitial(text: string, tok: Token): boolean {
  let i = tok.start - 1;
  while (i >= 0 && /[\s"“‘'([]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:;…—–-]/.test(text[i] ?? '');
}

const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'vs', 'via', 'is', 'be', 'it']);

const LETTER_RUN = /\p{L}{2,}/gu;

/** Paragraphs written in Title Case (headlines, menus) capitalise every word: names there mean nothing. */
function titleCaseLines(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // Headline case: every word capitalised but the small function words ("Examining the U.N.'s Record on …").
    // The first other lower-case word rules out a heading and a headline both: prose stops being read there.
    let words = 0;
    let caps = 0;
    let prose = false;
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(line); m !== null; m = LETTER_RUN.exec(line)) {
      words++;
      if (isCap(m[0])) caps++;
      else if (!HEADLINE_SMALL.has(m[0])) {
        prose = true;
        break;
      }
    }
    const heading = !prose && words > 0 && words <= 6 && caps === words;
    const headline = !prose && caps >= 3;
    if (heading || headline) spans.push([at, at + line.length]);
    else {
      // "Limited Tools to Fight Terrorism: The United Nations was …": an inline heading before a colon.
      const colon = line.indexOf(': ');
      const head = colon > 0 ? (line.slice(0, colon).match(/\p{L}{2,}/gu) ?? []) : [];
      if (head.length >= 2 && head.length <= 8 && head.filter(isCap).length / head.length > 0.7) spans.push([at, at + colon]);
    }
    at += line.length + 1;
  }
  return spans;
}

/** Splits a capitalised run into its leading title words and the name that follows them. */
function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let i = 0;
  let lastTitle = -1;
  while (i < words.length) {
    const w = lower(words[i] ?? '');
    // "Mr. King", "Ms. Bishop": the last word after an honorific is a surname, whatever else it means.
    if (i > 0 && i === words.length - 1 && HONORIFICS.has(lower(words[i - 1] ?? ''))) break;
    if (HONORIFICS.has(w) || TITLE_WORDS.has(w) || DEMONYMS.has(w) || (w === 'of' && i > 0) || ORG_WORDS.has(w) || PLACES.has(w)) {
      if (HONORIFICS.has(w) || TITLE_WORDS.has(w)) lastTitle = i;
      i++;
      continue;
    }
    break;
  }
  // Only a real title word right before the name makes the prefix a title ("Senate Majority Leader X").
  if (lastTitle < 0 || lastTitle !== i - 1) {
    // "Labor Secretary Thomas Perez", "Tory Treasurer Lord Ashcroft": a department or party word, then a title.
    for (let k = 1; k < words.length - 1 && k < 4; k++) {
      const w = lower(words[k] ?? '');
      const rest = words.slice(k + 1).map(lower);
      if (((TITLE_WORDS.has(w) && PERSON_NOUNS.has(w)) || HONORIFICS.has(w)) && rest.length <= 3 && !rest.some((r) => TITLE_WORDS.has(r) || ORG_WORDS.has(r) || HONORIFICS.has(r))) {
        return { title: words.slice(0, k + 1), name: words.slice(k + 1) };
      }
    }
    return innerTitle(words, 4) ?? { title: [], name: words };
  }
  return innerTitle(words, i) ?? { title: words.slice(0, i), name: words.slice(i) };
}

/**
 * "Interim DNC Chairwoman Donna Brazile", "South Carolina Democratic Party Chairman Jaime Harrison": a long run
 * of an organisation, then a title word and a name that opens with a first name. The title is searched from
 * word `from` on (the words before it are already read), last first.
 */
function innerTitle(words: string[], from: number): { title: string[]; name: string[] } | null {
  for (let k = words.length - 3; k >= Math.max(1, from); k--) {
    const w = lower(words[k] ?? '');
    if (!((TITLE_WORDS.has(w) && PERSON_NOUNS.has(w)) || HONORIFICS.has(w))) continue;
    const rest = words.slice(k + 1);
    if (rest.length > 3 || !isFirstName(rest[0] ?? '') || rest.some((r) => TITLE_WORDS.has(lower(r)) || ORG_WORDS.has(lower(r)) || HONORIFICS.has(lower(r)))) continue;
    return { title: words.slice(0, k + 1), name: rest };
  }
  return null;
}

/**
 * `locative`: the run follows in/at/near … (the), and is not a possessive ("in Ayn Rand's novel" names her);
 * `inPlace`: a comma and a known place or a US state follow it ("in Cedar Rapids, Iowa", "Palo Alto, Calif.").
 */
function classifyRun(words: string[], prevWord: string, nextWord: string, locative = false, inPlace = false): { kind: NameMention['kind']; nameFrom: number } | null {
  const lowered = words.map(lower);
  const whole = lowered.join(' ');
  const noThe = lowered[0] === 'the' ? lowered.slice(1).join(' ') : whole;
  if (PLACES.has(whole) || PLACES.has(noThe)) return { kind: 'place', nameFrom: lowered[0] === 'the' && !PLACES.has(whole) ? 1 : 0 };
  if (KNOWN_OUTLETS.has(whole) || KNOWN_OUTLETS.has(noThe) || KNOWN_ORGS.has(whole) || KNOWN_ORGS.has(noThe)) return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
  // "IOWA POLLS NOT WRONG": a headline in capitals is not a name (a lone acronym such as "NATO" may be).
  if (words.length >= 2 && words.every(isAllCaps)) return null;
  // A run that a lower-case "and" joins is one body's name (joinNamedLists), whatever its last word.
  if (words.includes('and')) return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
  const lastWord = lowered[lowered.length - 1] ?? '';
  // Laws, events and eras ("Affordable Care Act", "Great Recession") are not names; nor are contractions ("I’m").
  if (NOT_NAMES.has(lastWord) || words.some((w) => /^(?:I|We|You|They|He|She|It)['’]/u.test(w))) return null;
  if (words.length > 1 && PLACE_WORDS.has(lastWord)) return { kind: 'place', nameFrom: lowered[0] === 'the' ? 1 : 0 };
  if (words.length > 1 && OUTLET_WORDS.has(lastWord)) return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
  const { title, name } = splitTitle(words);
  if (title.length > 0 && name.length > 0 && name.length <= 4 && !name.some((w) => ORG_WORDS.has(lower(w)) || isAllCaps(w))) {
    return { kind: 'person', nameFrom: title.length };
  }
  if (lowered.some((w) => ORG_WORDS.has(w))) {
    // "Ministry", "Party" on their own, or a lone title, are not names.
    if (words.length === 1 || lowered.every((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w) || DEMONYMS.has(w) || w === 'the' || w === 'of')) {
      // "Department of Health", "Office of the Deputy Prime Minister": a body's head and its field, however
      // much the field reads like a title.
      if (headedField(lowered) > 0) return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
      return words.length > 1 && lowered.some((w) => DEMONYMS.has(w) || PLACES.has(w)) ? { kind: 'organization', nameFrom: 0 } : null;
    }
    return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
  }
  if (words.length === 1) {
    const w = words[0] ?? '';
    if (isAllCaps(w)) return PLACE_ACRONYMS.has(lower(w)) ? { kind: 'place', nameFrom: 0 } : { kind: 'organization', nameFrom: 0 };
    const honorific = HONORIFICS.has(lower(prevWord)) || HONORIFICS.has(`${lower(prevWord)}.`);
    if (honorific && !HONORIFICS.has(lower(w))) return { kind: 'person', nameFrom: 0 }; // "Ms. Bishop"
    if (DEMONYMS.has(lower(w)) || TITLE_WORDS.has(lower(w)) || HONORIFICS.has(lower(w))) return null;
    if (GROUP_NOUNS.has(lower(w))) return null;
    if (SPEECH_VERBS.has(lower(nextWord)) || (SPEECH_VERBS.has(lower(prevWord)) && nextWord === '')) return { kind: 'person', nameFrom: 0 };
    // "the Bosphorus strait", "the Volga river": a lower-case place word after the name makes it a place.
    if (nextWord !== '' && nextWord === lower(nextWord) && PLACE_WORDS.has(nextWord)) return { kind: 'place', nameFrom: 0 };
    if (lower(prevWord) === 'the') return { kind: 'organization', nameFrom: 0 };
    return null; // decided later: a short form of a known person, or nothing
  }
  if (lowered.every((w) => TITLE_WORDS.has(w) || DEMONYMS.has(w) || HONORIFICS.has(w) || PLACES.has(w) || w === 'of' || w === 'the')) return null;

  // "Charlie King", "Carole Judge": a known first name makes the run a person even when it ends in a title word.
  const spoken = words.length <= 3 && (SPEECH_VERBS.has(lower(prevWord)) || SPEECH_VERBS.has(lower(nextWord)));
  const firstName = firstNameGender(lowered[0] ?? '') !== null || (spoken && !PLACES.has(lowered.slice(0, -1).join(' ')) && lowered.slice(0, -1).every((w) => !TITLE_WORDS.has(w) && !DEMONYMS.has(w) && !PLACES.has(w) && !HONORIFICS.has(w)));
  if ((TITLE_WORDS.has(lastWord) && !firstName) || lowered.includes('i')) return null;
  // "New York Democrat", "African Americans", "Black Women": a place, nationality or colour before a noun for
  // people describes them; it is not a name.
  const singular = lastWord.replace(/s$/, '');
  const peopleNoun = PERSON_NOUNS.has(lastWord) || PERSON_NOUNS.has(singular) || GROUP_NOUNS.has(lastWord) || DEMONYMS.has(singular) || lastWord === 'women' || lastWord === 'men';
  const describer = lowered.slice(0, -1);
  if (!firstName && peopleNoun && describer.length > 0 && (PLACES.has(describer.join(' ')) || describer.every((w) => DEMONYMS.has(w) || PLACES.has(w) || /^(?:black|white|brown|young|old|working|middle)$/.test(w)))) return null;
  if (words.length <= 4 && words.every((w) => !/\d/.test(w)) && !lowered.some((w) => CONNECTORS.has(w) && !NAME_CONNECTORS.has(w))) {
    // "in County Durham", "at Bear Stearns", "outside Craven Cottage": two to four unknown words after a
    // locative preposition name where, not who, unless a first name opens them ("jeered at Marco Rubio"). A
    // possessive never gets here ("in Ayn Rand's novel"); "brought in Velimir Zajec" is rescued by his other
    // mentions (findCasedMentions).
    if (locative && words.length > 1 && !firstName && !isFirstName(words[0] ?? '')) return { kind: inPlace ? 'place' : 'unknown', nameFrom: 0 };
    return { kind: 'person', nameFrom: 0 };
  }
  return { kind: 'organization', nameFrom: lowered[0] === 'the' ? 1 : 0 };
}

/** "the " or "The " right before a run (the run finder drops a sentence's opening "The"). */
const AFTER_THE = /(?:^|[^A-Za-z])[Tt]he\s$/;

/** "of Greece", "of New York", "of the Netherlands", "of Calif.": the words after "of" name a place and end the run. */
function placeTail(lowered: readonly string[]): boolean {
  const rest = lowered[0] === 'the' ? lowered.slice(1) : lowered;
  return rest.length > 0 && (PLACES.has(rest.join(' ')) || (rest.length === 1 && STATE_ABBREVIATIONS.has((rest[0] ?? '').replace(/\.$/, ''))));
}

/**
 * A run read as a body's name that is a person and where they are from: "Eleni Kostaki of Greece",
 * "Representative Jo Ames of New York", "House Speaker Paul D. Ryan of Wisconsin". The words before "of" must
 * read as a person's name on their own, with a title, a known first name, or as two words not after "the", neither
 * plural, nor an acronym, nor written in lower case elsewhere in the article ("the Communications Workers of
 * America", "SK Telecom of South Korea", "the Recording Industry of America" are bodies). 'none': a noun for a person before "of" ("Democrat of
 * California"), no name at all. The result's `nameFrom` and `end` index `words`.
 */
function personOfPlace(text: string, words: readonly string[], prevWord: string, afterThe: boolean): { nameFrom: number; end: number } | 'none' | null {
  const of = words.indexOf('of');
  if (of < 1 || !placeTail(words.slice(of + 1).map(lower))) return null;
  const head = words.slice(0, of);
  const headLow = head.map(lower);
  if (head.length === 1) return PERSON_NOUNS.has(headLow[0] ?? '') ? 'none' : null;
  // "Bank of Scotland", "Football Association of Montenegro", "Medog County of Tibet": a body's or a place's own name.
  const before = headLow[headLow.length - 1] ?? '';
  if (ORG_WORDS.has(before) || ORG_HEADS.has(before) || ORG_SUFFIXES.has(before) || PLACE_WORDS.has(before) || AREA_WORDS.has(before)) return null;
  const c = classifyRun(head, prevWord, 'of');
  if (c?.kind !== 'person') return null;
  const name = head.slice(c.nameFrom);
  if (name.length === 0 || name.length > 4) return null;
  const titled = c.nameFrom > 0;
  if (titled || isFirstName(name[0] ?? '')) return { nameFrom: c.nameFrom, end: of };
  // "the Recording Industry of America": no one is named after "the".
  const plain = name.length === 2 && !afterThe && !PLURAL.test(lower(name[1] ?? '')) && !name.some(isAllCaps) && !name.some((w) => PLACES.has(lower(w)) || DEMONYMS.has(lower(w)) || (lower(w) !== w.toUpperCase() && occursAsWord(text, lower(w))));
  return plain ? { nameFrom: c.nameFrom, end: of } : null;
}

interface RawRun {
  tokens: Token[];
  prevWord: string;
  nextWord: string;
  /** A locative preposition (with or without "the") stands before the run, which is no possessive. */
  locative: boolean;
  /** A comma and a known place or US state follow the run ("Cedar Rapids, Iowa"). */
  inPlace: boolean;
  /** Index of the run's first token and one past its last, in the article's tokens. */
  from: number;
  to: number;
}

const PLACE_AFTER_COMMA = /^,\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})/u;

/**
 * "…, Iowa", "…, Calif.", "…, New York,": a gazetteer place or a US state abbreviation right after a comma,
 * ending there. Not a list ("at West Ham, Cardiff and Preston") nor an apposition ("Borussia Dortmund,
 * Germany's only listed club").
 */
function placeAfterComma(text: string, end: number): boolean {
  if (text[end] !== ',') return false;
  const m = PLACE_AFTER_COMMA.exec(text.slice(end, end + 40));
  if (!m) return false;
  const words = (m[1] as string).split(' ');
  for (let k = words.length; k > 0; k--) {
    const place = words.slice(0, k).join(' ');
    const key = place.toLowerCase().replace(/\.$/, '');
    if (!(PLACES.has(key) || (k === 1 && STATE_ABBREVIATIONS.has(key)))) continue;
    const after = end + m[0].length - (m[1] as string).length + place.length;
    return !/^(?:['’]s\b|\s+(?:and|or|&)\s)/.test(text.slice(after, after + 6));
  }
  return false;
}

/** Lower-case nouns for one who speaks for a body, right after its name ("a Top of the Pops spokesperson"). */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople']);

/** Heads that name a spot as often before "of the" ("the Centre of the World"); "Centre for the …" is a body's. */
const SPOT_HEADS = new Set(['centre', 'center', 'centres', 'centers']);

/**
 * Whether "of the" / "for the" at token `j` continues the run opened at token `from`: after a noun that heads a
 * body's name, or inside such a name ("University of the West of England", "Office for the Coordination of …",
 * "Federal Office for the Protection of the Constitution"), or where the whole is followed by someone speaking
 * for it ("a Top of the Pops spokesperson"). Not after a title ("Speaker of the House"), nor in a work's name
 * ("Lord of the Rings"), which say nothing of a body.
 */
function ofTheJoins(text: string, tokens: readonly Token[], from: number, j: number): boolean {
  const t = tokens[j] as Token;
  if (t.text !== 'of' && t.text !== 'for') return false;
  const the = tokens[j + 1];
  const cap = tokens[j + 2];
  if (!the || !cap || the.text !== 'the' || !isCap(cap.text) || !adjacent(text, t, the) || !adjacent(text, the, cap)) return false;
  const before = lower(tokens[j - 1]?.text ?? '');
  if (ORG_HEADS.has(before) && !(t.text === 'of' && SPOT_HEADS.has(before))) return true;
  for (let k = from; k < j - 1; k++) {
    const w = tokens[k] as Token;
    const after = tokens[k + 1]?.text;
    if ((after === 'of' || after === 'for') && ORG_HEADS.has(lower(w.text)) && !(after === 'of' && SPOT_HEADS.has(lower(w.text)))) return true;
  }
  let k = j + 2;
  while (k < j + 6 && tokens[k + 1] && isCap((tokens[k + 1] as Token).text) && adjacent(text, tokens[k] as Token, tokens[k + 1] as Token)) k++;
  const after = tokens[k + 1];
  return after !== undefined && SPEAKS_FOR.has(after.text) && adjacent(text, tokens[k] as Token, after);
}

const runWords = (r: RawRun): string => r.tokens.map((t) => t.text).join(' ');
/** A word that makes a run stand for a person: an honorific or a title naming a person ("Secretary", "Mr"). */
const personTitle = (w: string): boolean => HONORIFICS.has(w) || (TITLE_WORDS.has(w) && PERSON_NOUNS.has(w));
const acronym = isAllCaps;
const DIGIT = /\d/;
/** What stands between the last item of a list and the part closing it. */
const AND_GAP = /^,? and $/;
const NBSP = /\u00a0/g;

/**
 * Where a run holds a noun heading a body followed by "of"/"for" and a field that is no place ("Department of
 * Health", "Centers for Disease Control", "Institute for the Study of Labour"): the index of the field's first
 * word after the last "of"/"for", or -1. "Bank of England", "University of Chicago": a place ends the name.
 */
function headedField(lowered: readonly string[]): number {
  const head = lowered.findIndex((w, k) => ORG_HEADS.has(w) && (lowered[k + 1] === 'of' || lowered[k + 1] === 'for'));
  if (head < 0) return -1;
  let field = head + 2;
  for (let k = field; k < lowered.length; k++) if ((lowered[k] === 'of' || lowered[k] === 'for') && k + 1 < lowered.length) field = k + 1;
  if (lowered[field] === 'the') field++;
  const rest = lowered.slice(field);
  if (rest.length === 0 || PLACES.has(rest.join(' ')) || PLACES.has(rest[0] ?? '') || STATE_ABBREVIATIONS.has(rest[0] ?? '')) return -1;
  return field;
}

/**
 * One part of a name joined by "and" or a comma: a few capitalised words, none naming a body, a place or a person.
 * `placeFirst`: a place may open a part of several words ("Texas Parks and Wildlife Department").
 */
function plainPart(words: readonly string[], max: number, placeFirst = false): boolean {
  const lowered = words.map(lower);
  return (
    words.length > 0 &&
    words.length <= max &&
    lowered[0] !== 'the' &&
    !words.some(acronym) &&
    !lowered.some((w) => ORG_WORDS.has(w) || ORG_HEADS.has(w) || personTitle(w) || DIGIT.test(w)) &&
    !PLACES.has(lowered.join(' ')) &&
    !(PLACES.has(lowered[0] ?? '') && !(placeFirst && words.length > 1)) &&
    !KNOWN_ORGS.has(lowered.join(' ')) &&
    !KNOWN_OUTLETS.has(lowered.join(' '))
  );
}

/**
 * How a chain of runs ("Bureau of Alcohol", ", Tobacco", ", Firearms", " and Explosives") reads as one name, if it
 * does: 'head' for a body's head and field before the list ("Department of Health and Human Services",
 * "Centers for Disease Control and Prevention"), 'tail' for a list closed by a word for a body ("Food and Drug
 * Administration", "House Oversight and Government Reform Committee", "Dagenham and Redbridge Football Club").
 * Two names side by side never qualify: a person, a place, an acronym or a body's name in its own right in the
 * list ("Clinton and Trump", "Britain and France", "Ofcom and the BBC Trust", "Senate and House of
 * Representatives", "Treasury and Bank of England").
 */
function joinedShape(parts: readonly RawRun[], oxfordComma: boolean): 'head' | 'tail' | null {
  const first = (parts[0] as RawRun).tokens.map((t) => t.text);
  const last = (parts[parts.length - 1] as RawRun).tokens.map((t) => t.text);
  const lastLow = last.map(lower);
  const items = parts.slice(1, -1).map((r) => r.tokens.map((t) => t.text));
  if (!items.every((w) => plainPart(w, 2))) return null;
  // The closing part is no one's name: not a first name, not a known body, not a body's name complete in itself.
  if (isFirstName(last[0] ?? '') && !(first.length === 1 && isFirstName(first[0] ?? ''))) return null;
  // A title word names a person's rank, unless a plural noun for members follows it inside a body's name
  // ("General Workers Union", "Chief Constables Council"; not "General Motors", a body of its own).
  const closing = lastLow[lastLow.length - 1] ?? '';
  const bodyClosed = ORG_WORDS.has(closing) || ORG_SUFFIXES.has(closing) || hallOfFame(lastLow);
  const members = (k: number): boolean => bodyClosed && k < lastLow.length - 2 && PLURAL.test(lastLow[k + 1] ?? '');
  if (lastLow.some((w, k) => HONORIFICS.has(w) || (personTitle(w) && !members(k))) || lastLow[0] === 'the' || (last.length === 1 && acronym(last[0] ?? ''))) return null;
  // Nor one that opens with a known body or a place, or holds a word for a place ("Google News", "Lancashire
  // County Cricket Club").
  if (ORG_HEADS.has(lastLow[0] ?? '') || PLACES.has(lastLow[0] ?? '') || KNOWN_ORGS.has(lastLow[0] ?? '') || KNOWN_OUTLETS.has(lastLow[0] ?? '') || KNOWN_ORGS.has(lastLow.join(' ')) || KNOWN_OUTLETS.has(lastLow.join(' '))) return null;
  if (lastLow.some((w) => AREA_WORDS.has(w) || PLACE_WORDS.has(w))) return null;
  const firstLow = first.map(lower);
  if (firstLow.some(personTitle)) return null;
  const field = headedField(firstLow);
  if (field >= 0) {
    // "Ministry of Defence and Foreign Office": a second head is a second body.
    if (last.length > 3 || lastLow.some((w) => ORG_HEADS.has(w)) || !plainPart(first.slice(field), 3)) return null;
    return 'head';
  }
  // A list closed by a word for a body is one name only after "the" ("the Health, Education, Labor and Pensions
  // Committee"), not "with Delta, Continental and American Airlines"; and never with a serial comma.
  if (oxfordComma || (items.length > 0 && lower((parts[0] as RawRun).prevWord) !== 'the')) return null;
  // A word for a body closes the list, and the part before "and" is one name's opening, not a name of its own:
  // only its first word may be a body's ("House Oversight and …"); "Bill and Melinda Gates Foundation" joins two
  // first names.
  // The word for a body alone is a second name ("Filthy Love and Channel 4", "the Punisher and House").
  if (!bodyClosed || last.length < 2 || last.length > 4) return null;
  const opening = first.length > 1 && ORG_WORDS.has(firstLow[0] ?? '') ? first.slice(1) : first;
  const firstNames = first.length === 1 && isFirstName(first[0] ?? '') && isFirstName(last[0] ?? '');
  if (!firstNames && (isFirstName(first[0] ?? '') || !plainPart(opening, 3, true))) return null;
  // Two names of one shape side by side: "Denver Broncos and Carolina Panthers".
  if (first.length > 1 && PLURAL.test(firstLow[firstLow.length - 1] ?? '') && PLURAL.test(closing)) return null;
  return 'tail';
}

/** "… Hall of Fame": an institution named like a building, closing a name as a word for a body does. */
function hallOfFame(lowered: readonly string[]): boolean {
  const n = lowered.length;
  return n >= 3 && lowered[n - 1] === 'fame' && lowered[n - 2] === 'of' && lowered[n - 3] === 'hall';
}

/** Only a comma and a space between two runs, no word: items of one list. */
function listGap(text: string, a: RawRun, b: RawRun): boolean {
  if (b.from !== a.to) return false;
  const gap = text.slice((a.tokens[a.tokens.length - 1] as Token).end, (b.tokens[0] as Token).start);
  return gap === ', ' || gap === ',\u00a0';
}

/**
 * Joins capitalised runs that "and" or a comma list closed by "and" cut out of one organisation's name (see
 * joinedShape). The article has the last word: a part it also uses as a name on its own ("Continental" beside
 * "Continental and American Airlines", "Warner Brothers" beside "Universal and Warner Brothers") keeps the runs
 * apart. A lone capitalised word opening a sentence is no such use unless it speaks ("Continental said").
 */
function joinNamedLists(text: string, tokens: readonly Token[], runs: RawRun[]): RawRun[] {
  /** `parts`: the runs that must not be names alone elsewhere; `others`: word groups that must not be runs at all. */
  type Chain = { at: number; end: number; parts: string[]; others: string[] };
  // "the Bill and Melinda Gates Foundation": a body named after two people; the first name alone elsewhere
  // ("Chelsea and Bill") is that person, no sign of a second body.
  const soloFirstName = (r: RawRun): boolean => r.tokens.length === 1 && isFirstName((r.tokens[0] as Token).text);
  const chains: Chain[] = [];
  for (let k = 0; k < runs.length - 1; k++) {
    // A list's later item opens no chain closed by a word for a body: "Paramount, Universal and Warner Brothers"
    // is a list whatever its end looks like ("…, American Congress of Obstetricians and Gynecologists" is one).
    const inList = k > 0 && listGap(text, runs[k - 1] as RawRun, runs[k] as RawRun);
    let m = k;
    let closed = false;
    let oxford = false;
    while (m < runs.length - 1 && m - k < 5) {
      const a = runs[m] as RawRun;
      const b = runs[m + 1] as RawRun;
      if (listGap(text, a, b)) {
        m++;
        continue;
      }
      const gap = text.slice((a.tokens[a.tokens.length - 1] as Token).end, (b.tokens[0] as Token).start);
      if (b.from === a.to + 1 && tokens[a.to]?.text === 'and' && AND_GAP.test(gap.replace(NBSP, ' '))) {
        closed = true;
        oxford = gap.startsWith(',');
        m++;
      }
      break;
    }
    if (!closed) continue;
    const parts = runs.slice(k, m + 1);
    const shape = joinedShape(parts, oxford);
    if (!shape || (inList && shape === 'tail')) continue;
    // In 'head' shape the opening ("Department of Health") may be a name alone as well; the rest may not. In
    // 'tail' shape neither may the opening's last word ("the Broncos" beside "Denver Broncos and Carolina
    // Panthers"), nor the opening with the closing word ("Continental Airlines").
    const opening = parts[0] as RawRun;
    const others: string[] = [];
    if (shape === 'tail') {
      if (opening.tokens.length > 1) others.push((opening.tokens.at(-1) as Token).text);
      others.push(`${runWords(opening)} ${((parts.at(-1) as RawRun).tokens.at(-1) as Token).text}`);
    }
    const named = parts.length === 2 && soloFirstName(opening) && isFirstName(((parts[1] as RawRun).tokens[0] as Token).text);
    chains.push({ at: k, end: m, parts: parts.slice(shape === 'head' || named ? 1 : 0).map(runWords), others });
    k = m - 1;
  }
  if (chains.length === 0) return runs;
  // How often each part stands as a name of its own, and how often inside a chain.
  const alone = new Map<string, number>();
  for (const r of runs) {
    if (r.tokens.length === 1 && sentenceInitial(text, r.tokens[0] as Token) && !SPEECH_VERBS.has(lower(r.nextWord))) continue;
    const key = runWords(r);
    alone.set(key, (alone.get(key) ?? 0) + 1);
  }
  const inChains = new Map<string, number>();
  for (const c of chains) for (const key of c.parts) inChains.set(key, (inChains.get(key) ?? 0) + 1);
  const out: RawRun[] = [];
  let next = 0;
  for (const c of chains) {
    if (c.parts.some((key) => (alone.get(key) ?? 0) > (inChains.get(key) ?? 0)) || c.others.some((key) => alone.has(key))) continue;
    for (; next < c.at; next++) out.push(runs[next] as RawRun);
    const a = runs[c.at] as RawRun;
    const b = runs[c.end] as RawRun;
    out.push({ tokens: tokens.slice(a.from, b.to), prevWord: a.prevWord, nextWord: b.nextWord, locative: a.locative, inPlace: b.inPlace, from: a.from, to: b.to });
    next = c.end + 1;
  }
  for (; next < runs.length; next++) out.push(runs[next] as RawRun);
  return out;
}

/**
 * Words for a body of members that a plural possessive opens ("Musicians' Union", "British Bankers' Association").
 * Not "league" or "congress": "the Blues' Celtic League match", "the Republicans' Congress" are owned, not named.
 */
const MEMBERS_BODIES = new Set('union association guild coalition federation alliance council society college school court corps club party'.split(' '));
const PLURAL_POSSESSIVE_GAP = /^['’][ \u00a0]$/;

/**
 * "General Workers' Union", "Reserve Officers' Training Corps": a capitalised plural, its apostrophe, then (after at
 * most two more capitalised words) a word for a body of members go on as one name, the token at `j` onwards. Not in a
 * person's name (the caller's test: "Sen. Bernie Sanders' College for All Act" is his).
 */
function membersBody(text: string, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1] as Token;
  const t = tokens[j] as Token;
  if (t.start - prev.end !== 2 || !PLURAL.test(prev.text) || !isCap(prev.text) || !PLURAL_POSSESSIVE_GAP.test(text.slice(prev.end, t.start))) return false;
  for (let k = j; k < j + 3; k++) {
    const w = tokens[k];
    if (!w || !isCap(w.text) || (k > j && !adjacent(text, tokens[k - 1] as Token, w))) return false;
    if (MEMBERS_BODIES.has(lower(w.text))) return true;
  }
  return false;
}

function capitalisedRuns(text: string, tokens: Token[]): RawRun[] {
  const skip = titleCaseLines(text);
  let skipAt = 0;
  const runs: RawRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    while (skipAt < skip.length && (skip[skipAt]?.[1] ?? 0) < tok.start) skipAt++;
    const inSkip = skipAt < skip.length && (skip[skipAt]?.[0] ?? Infinity) <= tok.start;
    if (inSkip || !isCap(tok.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      const prev = tokens[j - 1] as Token;
      if (!adjacent(text, prev, t)) {
        if (membersBody(text, tokens, j) && !tokens.slice(i, j - 1).some((w) => isFirstName(w.text) || HONORIFICS.has(lower(w.text)))) {
          j++;
          continue;
        }
        break;
      }
      if (isCap(t.text)) {
        j++;
        continue;
      }
      // A lower-case connector stays inside only when a capitalised word follows it ("Bank of America").
      const next = tokens[j + 1];
      if (CONNECTORS.has(t.text) && next && isCap(next.text) && adjacent(text, t, next)) {
        j += 2;
        continue;
      }
      if (ofTheJoins(text, tokens, i, j)) {
        j += 3;
        continue;
      }
      break;
    }
    let run = tokens.slice(i, j);
    let from = i;
    const before = tokens[i - 1];
    let prevWord = before && adjacent(text, before, tokens[i] as Token) ? before.text : '';
    // Sentence-initial function words ("The", "But", "According") are not part of a name.
    while (run.length > 0 && NON_NAME_WORDS.has(lower(run[0]?.text ?? '')) && !(lower(run[0]?.text ?? '') === 'the' && run.length > 1)) {
      prevWord = run[0]?.text ?? '';
      run = run.slice(1);
      from++;
    }
    if (run.length > 0 && sentenceInitial(text, run[0] as Token) && lower(run[0]?.text ?? '') === 'the') {
      run = run.slice(1);
      from++;
    }
    // Trailing connectors and calendar words ("Trump Wednesday", "Clinton on") are not part of a name.
    while (run.length > 0 && (CONNECTORS.has(lower(run[run.length - 1]?.text ?? '')) || (run.length > 1 && CALENDAR.has(lower(run[run.length - 1]?.text ?? ''))))) run = run.slice(0, -1);
    const after = tokens[j];
    const nextWord = after && run.length > 0 && adjacent(text, tokens[j - 1] as Token, after) ? after.text : '';
    if (run.length > 0) {
      const end = (run[run.length - 1] as Token).end;
      const possessive = (text[end] === "'" || text[end] === '’') && text[end + 1] === 's';
      const locative = !possessive && afterLocative(text, (run[0] as Token).start);
      runs.push({ tokens: run, prevWord, nextWord, locative, inPlace: locative && placeAfterComma(text, end), from, to: from + run.length });
    }
    i = j;
  }
  return joinNamedLists(text, tokens, runs);
}

/**
 * Every name occurrence in the text, classified, with titles split off (before short forms are merged).
 * Shared and read-only: entities, the sentence ranking and the speakers all ask for the same article's, so
 * the last article's answer is kept (keyed on its exact text, for cased and lower-cased articles alike).
 * `caseless`: `looksCaseless(text)`, when the caller has read it already.
 */
export function findNameMentions(text: string, caseless?: boolean): readonly Readonly<NameMention>[] {
  if (lastMentions?.text !== text) lastMentions = { text, mentions: nameMentions(text, caseless ?? looksCaseless(text)) };
  return lastMentions.mentions;
}

let lastMentions: { text: string; mentions: readonly Readonly<NameMention>[] } | null = null;

function nameMentions(text: string, caseless: boolean): NameMention[] {
  if (caseless) {
    // Read the names off a copy given newswire capitals; each keeps the article's own (lower-case) words.
    return findCasedMentions(recaseLowered(text)).map((m) => ({ ...m, name: text.slice(m.start, m.end) }));
  }
  return findCasedMentions(text);
}

function findCasedMentions(text: string): NameMention[] {
  const tokens = tokenize(text);
  const out: NameMention[] = [];
  const unknownSingles: RawRun[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const words = run.tokens.map((t) => t.text);
    const initial = sentenceInitial(text, run.tokens[0] as Token);
    const c = classifyRun(words, run.tokens.length === 1 && initial ? '' : run.prevWord, run.nextWord, run.locative, run.inPlace);
    if (!c) {
      if (words.length === 1) unknownSingles.push(run);
      continue;
    }
    let nameTokens = run.tokens.slice(c.nameFrom);
    let kind = c.kind;
    let nameFrom = c.nameFrom;
    // "Eleni Kostaki of Greece", "Representative Jo Ames of New York": a person and the place they are from,
    // which the run finder reads as one body's name ("of" joins none of a person's names).
    const from = kind === 'organization' ? personOfPlace(text, words.slice(c.nameFrom), run.prevWord, AFTER_THE.test(text.slice(Math.max(0, (run.tokens[0] as Token).start - 4), (run.tokens[0] as Token).start))) : null;
    if (from === 'none') continue;
    if (from) {
      nameTokens = run.tokens.slice(c.nameFrom + from.nameFrom, c.nameFrom + from.end);
      nameFrom = c.nameFrom + from.nameFrom;
      kind = 'person';
    }
    // "Bernie Sanders of Vermont", "Adelle Nazarian of Breitbart News": a person, then where they are from.
    const of = nameTokens.findIndex((t, k) => k > 0 && lower(t.text) === 'of');
    if (of > 0) {
      const head = nameTokens.slice(0, of).map((t) => t.text);
      const firstName = lower(head[0] ?? '');
      const personLike = head.length >= (kind === 'person' ? 1 : 2) && head.length <= 3 && (kind === 'person' || firstNameGender(firstName) !== null) && !head.some((w) => ORG_WORDS.has(lower(w)) || PLACES.has(lower(w)) || TITLE_WORDS.has(lower(w)));
      if (personLike) {
        nameTokens = nameTokens.slice(0, of);
        kind = 'person';
      }
    }
    if (nameTokens.length === 0) continue;
    const first = nameTokens[0] as Token;
    const last = nameTokens[nameTokens.length - 1] as Token;
    // A sentence-initial single word is only trusted when the gazetteer or a speech verb vouches for it.
    if (nameTokens.length === 1 && initial && nameFrom === 0 && kind === 'person' && !SPEECH_VERBS.has(lower(run.nextWord))) {
      unknownSingles.push(run);
      continue;
    }
    out.push({
      kind: kind,
      name: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      runStart: (run.tokens[0] as Token).start,
      title: run.tokens.slice(0, nameFrom).map((t) => lower(t.text)).join(' '),
    });
  }
  // A name read as a place after "in" is a person where the article names the same person elsewhere: in full,
  // or by the surname alone, not after such a preposition ("in Arjen Robben he has … the threat of Robben").
  const personNames = new Set<string>();
  for (const m of out) if (m.kind === 'person') personNames.add(nameKey(m.name));
  const surnames = new Set(personNames);
  for (const run of unknownSingles) if (!run.locative) surnames.add(nameKey((run.tokens[0] as Token).text));
  for (const m of out) {
    if (m.kind === 'unknown' && (personNames.has(nameKey(m.name)) || surnames.has(nameKey(m.name.slice(m.name.lastIndexOf(' ') + 1))))) m.kind = 'person';
  }
  // Single unknown words ("Lavrov" in "Lavrov noted") count when they are a known person's short form, and stay
  // unknown when they are part of an unknown name ("Telewest" of "at Telewest Broadband").
  const personParts = new Set<string>();
  const unknownParts = new Set<string>();
  for (const m of out) if (m.kind === 'person' || m.kind === 'unknown') for (const p of m.name.split(/\s+/)) (m.kind === 'person' ? personParts : unknownParts).add(p);
  for (const run of unknownSingles) {
    const t = run.tokens[0] as Token;
    const kind = personParts.has(t.text) ? 'person' : unknownParts.has(t.text) ? 'unknown' : null;
    if (kind !== null && !NON_NAME_WORDS.has(lower(t.text))) {
      out.push({ kind, name: t.text, start: t.start, end: t.end, runStart: t.start, title: '' });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}


/**
 * Maps each person mention to the full name it stands for: a short form ("Lavrov", "Mr. Trump") becomes
 * the closest earlier full name sharing that word, else the most frequent one.
 */
export function resolvePersonNames(mentions: readonly NameMention[]): ReadonlyMap<NameMention, string> {
  // Entities and speakers resolve the same (shared) mentions of an article.
  let out = resolvedNames.get(mentions);
  if (!out) resolvedNames.set(mentions, (out = resolve(mentions)));
  return out;
}

const resolvedNames = new WeakMap<readonly NameMention[], ReadonlyMap<NameMention, string>>();

function resolve(mentions: readonly NameMention[]): Map<NameMention, string> {
  const people = mentions.filter((m) => m.kind === 'person');
  const fullCounts = new Map<string, number>();
  for (const m of people) if (m.name.includes(' ')) fullCounts.set(m.name, (fullCounts.get(m.name) ?? 0) + 1);
  // Two-word names that are the ends of a longer one ("Hillary Clinton" ⊂ "Hillary Rodham Clinton") fold in.
  const fulls = [...fullCounts.keys()];
  const canonical = new Map<string, string>();
  // Grouped by surname so the search for a longer form stays small on long texts.
  const bySurname = new Map<string, Array<{ name: string; words: number }>>();
  for (const f of fulls) {
    const parts = f.split(/\s+/);
    const key = parts[parts.length - 1] ?? '';
    const list = bySurname.get(key) ?? [];
    list.push({ name: f, words: parts.length });
    bySurname.set(key, list);
  }
  for (const f of fulls) {
    const parts = f.split(/\s+/);
    const longer = (bySurname.get(parts[parts.length - 1] ?? '') ?? []).find((g) => g.name !== f && g.words > parts.length && g.name.startsWith(`${parts[0]} `));
    canonical.set(f, longer?.name ?? f);
  }
  // Spellings that differ only in case ("HIllary Clinton") fold into the most frequent one.
  const bySpelling = new Map<string, string>();
  for (const f of [...fulls].sort((a, b) => (fullCounts.get(b) ?? 0) - (fullCounts.get(a) ?? 0))) {
    const k = nameKey(f);
    if (!bySpelling.has(k)) bySpelling.set(k, f);
  }
  for (const [f, c] of canonical) canonical.set(f, bySpelling.get(nameKey(c)) ?? c);
  const byPart = new Map<string, string[]>();
  for (const f of fulls) {
    const parts = f.split(/\s+/).filter((p) => !/^\p{L}\.$/u.test(p));
    for (const p of parts) {
      const k = nameKey(p);
      const list = byPart.get(k) ?? [];
      list.push(canonical.get(f) ?? f);
      byPart.set(k, list);
    }
  }
  const out = new Map<NameMention, string>();
  // A bare surname is the principal person under it: named in full most often, then first (Ted Cruz, not his
  // wife named once later), unless an honorific says otherwise ("Mrs. Cruz").
  const firstFull = new Map<string, string>();
  const titled = new Set<string>();
  for (const m of people) if (m.title && m.name.includes(' ')) titled.add(canonical.get(m.name) ?? m.name);
  const genderOf = (full: string): 'm' | 'f' | null => firstNameGender(nameKey(full.split(/\s+/)[0] ?? ''));
  const principalOf = new Map<string, string | undefined>();
  // Where each full name is first written, in mentions.
  const firstAt = new Map<string, number>();
  people.forEach((m, i) => {
    if (!m.name.includes(' ')) return;
    const c = canonical.get(m.name) ?? m.name;
    if (!firstAt.has(c)) firstAt.set(c, i);
  });
  for (const m of people) {
    if (m.name.includes(' ')) {
      const c = canonical.get(m.name) ?? m.name;
      out.set(m, c);
      for (const p of m.name.split(/\s+/)) if (!firstFull.has(nameKey(p))) firstFull.set(nameKey(p), c);
      continue;
    }
    const k = nameKey(m.name);
    const want = /\b(?:mrs|ms|miss)\.?$/.test(m.title) ? 'f' : /\bmr\.?$/.test(m.title) ? 'm' : null;
    const byHonorific = want === null ? undefined : [...new Set(byPart.get(k) ?? [])].find((c) => genderOf(c) === want);
    // Ties go to a name that opens with a known first name ("Thomas Perez" over a headline's "Understated Perez").
    const known = (n: string): number => (titled.has(n) ? 2 : 0) + (genderOf(n) === null ? 0 : 1);
    // Computed once per surname: a long text names the same people thousands of times.
    let principal = principalOf.get(k);
    if (principal === undefined && !principalOf.has(k)) {
      // Of those named in full more than once, the one named first: the story's subject ("Clinton" in a piece
      // that names Hillary Clinton at the top and Bill Clinton three times further down is Hillary). A name
      // written in full once may be a run-on ("Malcolm X. Besides Dee"): then the most named in full.
      const named = [...new Set(byPart.get(k) ?? [])];
      const twice = named.filter((c) => (fullCounts.get(c) ?? 0) >= 2);
      principal =
        twice.length > 1
          ? twice.reduce((a, b) => ((firstAt.get(b) ?? 0) < (firstAt.get(a) ?? 0) ? b : a))
          : named.sort((a, b) => (fullCounts.get(b) ?? 0) - (fullCounts.get(a) ?? 0) || known(b) - known(a))[0];
      principalOf.set(k, principal);
    }
    const recent = byHonorific ?? principal ?? firstFull.get(k);
    if (recent) {
      out.set(m, recent);
      continue;
    }
    const candidates = byPart.get(k);
    if (candidates && candidates.length > 0) {
      const best = [...new Set(candidates)].sort((a, b) => (fullCounts.get(b) ?? 0) - (fullCounts.get(a) ?? 0))[0] as string;
      out.set(m, best);
    } else out.set(m, m.name);
  }
  return out;
}

function tally(names: string[]): Entity[] {
  const counts = new Map<string, { mentions: number; first: number; spellings: Map<string, number> }>();
  names.forEach((n, i) => {
    const k = nameKey(n);
    const e = counts.get(k) ?? { mentions: 0, first: i, spellings: new Map<string, number>() };
    e.mentions++;
    e.spellings.set(n, (e.spellings.get(n) ?? 0) + 1);
    counts.set(k, e);
  });
  // The spelling used most often wins ("Hillary Clinton" over a stray "HIllary Clinton").
  const best = (sp: Map<string, number>): string => [...sp].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return [...counts.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((e) => ({ name: best(e.spellings), mentions: e.mentions }));
}

/**
 * People, organisations and places with mention counts, each list sorted by mentions (most first, then
 * first appearance). `paragraphStarts` is accepted for symmetry with the other extractors; names do not
 * cross paragraphs because a capitalised run never spans a line break.
 */
export function extractEntities(text: string, _paragraphStarts: number[], caseless = looksCaseless(text)): { people: Entity[]; organizations: Entity[]; places: Entity[] } {
  const mentions = findNameMentions(text, caseless);
  const resolved = resolvePersonNames(mentions);
  // The People list keeps only names the article shows to be people (entity-evidence.ts); the recased copy of
  // lower-cased text capitalised only such names already.
  const people: string[] = caseless ? [] : keptPeople(text, mentions, resolved);
  if (caseless) for (const m of mentions) if (m.kind === 'person') people.push(resolved.get(m) ?? m.name);
  // Organisations and places on the article's evidence (entity-kinds.ts), the People list's rejects among them;
  // the People list itself less the titles of works named like people ("the film Vera Drake").
  const { people: shown, organizations, places } = kindLists(text, mentions, resolved, people);
  // A lone surname never seen with a first name stays, but only when it was used at least twice or spoke.
  return { people: tally(shown), organizations: tally(organizations), places: tally(places) };
}

// ---------------------------------------------------------------- lower-cased text

/** Words a lower-cased name slot may hold that are never names (function words, verbs, nouns for people). */
const COMMON_LOWER = new Set<string>([
  ...NON_NAME_WORDS, ...SPEECH_VERBS, ...AUXILIARIES, ...TITLE_WORDS, ...PERSON_NOUNS, ...GROUP_NOUNS, ...ORG_WORDS, ...OUTLET_WORDS, ...PLACE_WORDS,
  ...'it its it’s i’m we’re they’re he’s she’s there’s that’s let’s don’t also then just not never ever now out up down off away back again too very quite rather really so such than that which who whom whose what where when how why whether if though while because after before until since about above below into onto over under against between among through during without within along across behind beyond near per via plus minus around toward towards upon like unlike'.split(' '),
  ...'people person man woman men women child children family group crowd audience reporters reporter everyone someone anyone nobody somebody everybody one others other another some many most all both each few several any none no'.split(' '),
  ...'statement interview email letter tweet post video report speech ad ads poll polls survey study book article story news press conference show debate rally event meeting hearing campaign time times day days week weeks year years month months night morning evening'.split(' '),
  ...'data evidence information testimony research analysis findings figures estimates documents records'.split(' '),
  ...'later earlier recently previously repeatedly publicly privately reportedly again already still even only once twice first last next'.split(' '),
]);

const SLOT_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'wrote', 'writes', 'tweeted', 'noted', 'explained', 'argued', 'insisted', 'replied', 'responded', 'continued', 'recalled', 'warned', 'declared', 'stated', 'announced', 'claimed', 'acknowledged', 'admitted', 'joked', 'quipped', 'posted']);

let lastRecased: { input: string; output: string } | null = null;

/**
 * Lower-cased text given capitals where a newswire would print them, so the rules for names can run on it:
 * sentence starts, "I", dotted abbreviations (u.s.), gazetteer places, outlets, nationalities, months and
 * days, and names the text itself shows to be names: after an honorific or a title ("sen. bernie sanders",
 * "president obama"), after a known first name ("donald trump", "james a. baker"), alone in a speech slot ("…,”
 * trump said", "said trump."), set off by an apposition ("murphy, the head of …"), signing a quote after a dash,
 * and named by "according to" or "as X put it". A learned name is capitalised wherever it recurs, with the
 * title words right before it. Same length as the input, so offsets carry over.
 */
export function recaseLowered(text: string): string {
  // Entities and quotes both read the same article: the last result is kept for the second caller.
  if (lastRecased && lastRecased.input === text) return lastRecased.output;
  const output = recase(text);
  lastRecased = { input: text, output };
  return output;
}

function recase(text: string): string {
  const chars = text.split('');
  const tokens: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\p{L}+(?:['’.-]\p{L}+)*\.?/gu)) {
    let w = m[0];
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !HONORIFICS.has(w)) w = w.slice(0, -1);
    tokens.push({ w: w.replace(/['’]s?$/u, ''), start: m.index, end: m.index + w.length });
  }
  const upper = (i: number): void => {
    const c = chars[i];
    if (c !== undefined) {
      const u = c.toUpperCase();
      if (u.length === 1) chars[i] = u;
    }
  };
  // A word of six letters or more in -ly is far likelier an adverb than a name ("gov. maggie hassan awkwardly
  // trying"), but not in -elly, -illy, -olly (Kelly, Reilly, Connolly); a few surnames (Scully) are lost.
  const likeCache = new Map<string, boolean>();
  const nameLike = (w: string | undefined): boolean => {
    if (!w) return false;
    let like = likeCache.get(w);
    if (like === undefined) {
      like = w.length >= 2 && /^\p{L}[\p{L}'’-]*$/u.test(w) && !COMMON_LOWER.has(w) && !DEMONYMS.has(w) && !PLACES.has(w) && !/^(?:\p{L}{2,}[au]l|\p{L}{3,}[^l])ly$/u.test(w);
      likeCache.set(w, like);
    }
    return like;
  };
  const learned = new Set<string>();
  /** Single-letter initials inside a learned name ("james a. baker"), capitalised where they stand. */
  const initials = new Set<number>();
  const isInitial = (k: number): boolean => /^\p{L}\.$/u.test(tokens[k]?.w ?? '');
  // Not isFirstName: MORE_FIRST_NAMES holds words that are common in lower case ("guy", "rush", "grace").
  const firstName = (w: string): boolean => (firstNameGender(w) !== null || UNISEX_FIRST_NAMES.has(w)) && !COMMON_LOWER.has(w);
  const gap = (a: number, b: number): string => text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? 0);
  // Per token, computed once (the rules below ask about the same neighbours many times): only spaces up to
  // the next token; a clause boundary right before it (punctuation or a line break, then spaces).
  const spaced: boolean[] = [];
  const boundary: boolean[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = tokens[k]?.end ?? 0;
    const nextStart = tokens[k + 1]?.start ?? end;
    let only = nextStart > end;
    for (let c = end; only && c < nextStart; c++) only = text[c] === ' ' || text[c] === '\u00a0';
    spaced.push(only);
    let c = (tokens[k]?.start ?? 0) - 1;
    const lo = k === 0 ? -1 : (tokens[k - 1]?.end ?? 0) - 1;
    let newline = false;
    for (; c > lo && /\s/.test(text[c] as string); c--) if (text[c] === '\n') newline = true;
    boundary.push(k === 0 || newline || c === lo || /[,;:.!?—–"“”'‘’(]/u.test(text[c] as string));
  }
  const spaceOnly = (a: number, b: number): boolean => b === a + 1 && spaced[a] === true;
  const boundaryBefore = (k: number): boolean => boundary[k] === true;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.w ?? '';
    const next = tokens[i + 1]?.w;
    // "sen. bernie sanders", "president obama", "foreign minister sergey lavrov": the name after a title.
    if ((HONORIFICS.has(w) || (TITLE_WORDS.has(w) && PERSON_NOUNS.has(w))) && nameLike(next) && spaceOnly(i, i + 1)) {
      learned.add(next as string);
      if (nameLike(tokens[i + 2]?.w) && spaceOnly(i + 1, i + 2)) learned.add(tokens[i + 2]?.w as string);
    }
    // "donald trump", "hillary clinton": a known first name and the word after it; "james a. baker", "j. gerald
    // hebert": initials around them are part of the name.
    if (firstName(w)) {
      let k = i + 1;
      while (k < i + 3 && isInitial(k) && spaceOnly(k - 1, k)) k++;
      // "charlie king, a democrat": a surname that is also a title word, when punctuation closes the name.
      const titleSurname = TITLE_WORDS.has(tokens[k]?.w ?? '') && !HONORIFICS.has(tokens[k]?.w ?? '') && /^\s?[,.;:)]/.test(text.slice(tokens[k]?.end ?? 0, (tokens[k]?.end ?? 0) + 2));
      if ((nameLike(tokens[k]?.w) || titleSurname) && spaceOnly(k - 1, k)) {
        learned.add(w);
        learned.add(tokens[k]?.w as string);
        for (let x = i + 1; x < k; x++) initials.add(x);
        if (i > 0 && isInitial(i - 1) && spaceOnly(i - 1, i)) initials.add(i - 1);
      }
    }
    // "…,” trump said" / "…, trump says": one word alone before a speech verb, after a clause boundary.
    if (SLOT_VERBS.has(next ?? '') && nameLike(w) && spaceOnly(i, i + 1) && boundaryBefore(i)) learned.add(w);
    // "… . dianne bystrom agreed": two unknown words opening a clause before a speech verb.
    if (SLOT_VERBS.has(tokens[i + 2]?.w ?? '') && nameLike(w) && nameLike(next) && spaceOnly(i, i + 1) && spaceOnly(i + 1, i + 2) && boundaryBefore(i)) {
      learned.add(w);
      learned.add(next as string);
    }
    // "murphy, the head of …", "jo soerens, an adviser to …", "kyi, 70, said", "vera lund, who runs …": one or
    // two words opening a clause, set off by an apposition describing a person (or by an age).
    if (nameLike(w) && boundaryBefore(i)) {
      const e = nameLike(next) && spaceOnly(i, i + 1) ? i + 1 : i;
      const after = text.slice(tokens[e]?.end ?? 0, (tokens[e]?.end ?? 0) + 8);
      const a = tokens[e + 1]?.w ?? '';
      let described = /^\s*,\s*\d{1,3}\s*,/.test(after) || (e > i && /^\s*,/.test(after) && a === 'who');
      if (!described && /^\s*,\s*$/.test(gap(e, e + 1))) {
        // "the head of", "an adviser to", "vice chairman of": a determiner or title words, then a noun for a person.
        // After a determiner any modifiers may come ("the united nations high commissioner"); without one, only titles.
        const det = /^(?:a|an|the)$/.test(a);
        const lead = det ? e + 2 : TITLE_WORDS.has(a) ? e + 1 : -1;
        for (let k = lead; lead > 0 && k < tokens.length && k <= lead + 3; k++) {
          if (PERSON_NOUNS.has(tokens[k]?.w ?? '')) described = true;
          if (described || !spaceOnly(k, k + 1) || (!det && !(TITLE_WORDS.has(tokens[k]?.w ?? '') || DEMONYMS.has(tokens[k]?.w ?? '')))) break;
        }
      }
      if (described) for (let x = i; x <= e; x++) learned.add(tokens[x]?.w as string);
    }
    // "said trump." / "said sen. marco rubio,", "…,” wrote kevin d. williamson.": the name after an inverted speech
    // verb, closed by punctuation. Beyond "said" and "says" the verb must follow a quote or a comma ("asked questions.").
    if ((w === 'said' || w === 'says' || (SLOT_VERBS.has(w) && i > 0 && /[,"”'’]\s*$/.test(gap(i - 1, i)))) && i + 1 < tokens.length) {
      let k = i + 1;
      while (k < tokens.length && k < i + 4 && (TITLE_WORDS.has(tokens[k]?.w ?? '') || HONORIFICS.has(tokens[k]?.w ?? '') || DEMONYMS.has(tokens[k]?.w ?? '')) && spaceOnly(k - 1, k)) k++;
      let e = k;
      while (e < tokens.length && e < k + 4 && (nameLike(tokens[e]?.w) || (e > k && isInitial(e))) && spaceOnly(e - 1, e)) e++;
      while (e > k && isInitial(e - 1)) e--;
      if (e > k && /^\s*(?:[.,;:!?)]|$)/.test(text.slice(tokens[e - 1]?.end ?? 0, (tokens[e - 1]?.end ?? 0) + 2))) {
        for (let x = k; x < e; x++) {
          if (isInitial(x)) initials.add(x);
          else learned.add(tokens[x]?.w as string);
        }
      }
    }
    // "“…” ― sonya herridge", "… — jo lund (@jolund)": a name signing the quote it follows, after a dash.
    if (i > 0 && nameLike(w) && /(?:["”]|'')\s*(?:[―—–]|--)\s*$/.test(gap(i - 1, i))) {
      let e = i + 1;
      while (e < tokens.length && e < i + 4 && (nameLike(tokens[e]?.w) || isInitial(e)) && spaceOnly(e - 1, e)) e++;
      if (/^\s*(?:["“(,.]|\n|$)/.test(text.slice(tokens[e - 1]?.end ?? 0, (tokens[e - 1]?.end ?? 0) + 2))) {
        for (let x = i; x < e; x++) {
          if (isInitial(x)) initials.add(x);
          else learned.add(tokens[x]?.w as string);
        }
      }
    }
    // "according to the federalist,", "as vulture put it": the source named in a fixed attribution phrase.
    // Plural nouns are left out ("according to estimates,"): most are not names.
    const source = w === 'according' && next === 'to' ? i + 2 : w === 'as' ? i + 1 : -1;
    if (source > 0) {
      const from = tokens[source]?.w === 'the' ? source + 1 : source;
      let e = from;
      while (e < tokens.length && e < from + 3 && nameLike(tokens[e]?.w) && !/^puts?$/.test(tokens[e]?.w ?? '') && spaceOnly(e - 1, e)) e++;
      const closes = w === 'as' ? /^puts?$/.test(tokens[e]?.w ?? '') && tokens[e + 1]?.w === 'it' : /^\s*(?:[.,;:]|$)/.test(text.slice(tokens[e - 1]?.end ?? 0, (tokens[e - 1]?.end ?? 0) + 2));
      const plural = e > from && from === source && /s$/.test(tokens[e - 1]?.w ?? '');
      if (e > from && closes && !plural) for (let x = from; x < e; x++) learned.add(tokens[x]?.w as string);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as { w: string; start: number; end: number };
    const w = t.w;
    if (/^(?:\p{L}\.){2,}$/u.test(w) || initials.has(i)) {
      for (let c = t.start; c < t.end; c++) upper(c);
      continue;
    }
    const two = i + 1 < tokens.length && spaceOnly(i, i + 1) ? `${w} ${tokens[i + 1]?.w}` : '';
    if (two && (PLACES.has(two) || KNOWN_OUTLETS.has(two) || KNOWN_ORGS.has(two))) {
      upper(t.start);
      upper(tokens[i + 1]?.start ?? 0);
      i++;
      continue;
    }
    if (learned.has(w)) {
      upper(t.start);
      // The title words right before a name are part of how a newswire prints it ("Foreign Minister Sergey Lavrov").
      for (let k = i - 1; k >= 0 && i - k <= 4 && spaceOnly(k, k + 1); k--) {
        const b = tokens[k]?.w ?? '';
        if (!(TITLE_WORDS.has(b) || HONORIFICS.has(b) || DEMONYMS.has(b) || learned.has(b))) break;
        upper(tokens[k]?.start ?? 0);
      }
    } else if (w === 'i' || DEMONYMS.has(w) || PLACES.has(w) || (KNOWN_OUTLETS.has(w) && (w.length > 3 || !/[aeiouy]/.test(w))) || KNOWN_ORGS.has(w) || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)$/.test(w)) {
      upper(t.start);
    }
  }
  // Sentence starts: after a paragraph break or a full stop, question or exclamation mark (past quotes and brackets).
  // But in `“…?” said murphy`, `“…?” the senator asked` and `rep. jo ames (d-ore.) said` the sentence goes on
  // after a quoted question or exclamation, or a bracket closed on an abbreviation: no capital there.
  for (const m of text.matchAll(/(?:^|\n|([.!?]["”’')\]]*)[ \t]+)["“‘'([`]*(\p{L})/gu)) {
    if (m[1] !== undefined && /^(?:[?!]["”’']+|\.\))$/.test(m[1]) && m[0].length - m[1].length > 1 && /^[ \t]+\p{L}$/u.test(m[0].slice(m[1].length))) continue;
    upper(m.index + m[0].length - 1);
  }
  return chars.join('');
}
