/**
 * A figure whose verb has a pronoun subject ("he raised $5.7m") gets a bare verb as its context («raised»). The
 * pronoun is named when the sentences before it leave one reading: "he"/"she" the one person of that gender
 * named there (of a gender its first name or "Mr"/"Mrs" gives), "it"/"they" an organisation that opens the
 * sentence before. Anything less sure leaves the verb alone, since a wrong name is worse than none.
 */
import { paragraphOffsets } from '../article.ts';
import { DEMONYMS, FEMALE_WORDS, genderOfName, MALE_WORDS, ORG_WORDS, PARTY_ADJECTIVES, PARTY_WORDS, peopleIndex, type Gender } from './names.ts';
import { findNameMentions } from './entities.ts';
import { pairQuotes } from './quotes.ts';
import type { SentenceSpan } from './sentences.ts';
import type { QuoteSpan } from './speakers.ts';

export interface KnownNames {
  people: ReadonlyArray<{ name: string }>;
  organizations: ReadonlyArray<{ name: string }>;
  /** Countries and cities, which "it" may stand for ("South Korea will boost spending. It has earmarked …"). */
  places?: ReadonlyArray<{ name: string }>;
  /** The article's paired quotations (quotes.ts `pairQuotes`), in text order; paired here when not given. */
  quotes?: readonly QuoteSpan[];
}

/**
 * One article as the rules read it: its names, its quotations, and what is read of a word over the whole
 * article (a name's gender, whether a word is written capitalised mid-sentence), kept because a long text asks
 * about the same names for every figure.
 */
interface ArticleReading {
  text: string;
  sentences: readonly SentenceSpan[];
  names: KnownNames;
  quotes: readonly QuoteSpan[];
  mentions: ReturnType<typeof findNameMentions>;
  /** Where in the People list a name as written belongs ("Mr Grant" → "Peter Grant"). */
  toPeopleName: (name: string) => string;
  answers: Map<string, Gender | boolean>;
}

/**
 * The pronoun, the words of its verb group, the verb, and what follows up to the figure (no clause break).
 * A passive ("he was paid", "it would have been vetted") is left out by the group's words, read below.
 */
const PRONOUN_VERB =
  /(?:^|[^A-Za-z'’])(he|she|it|they)\s+((?:(?:has|have|had|was|were|is|are|will|would|could|can|may|might|should|also|already|just|only|then|now|still|recently|reportedly|later|previously|once|been)\s+)*)([a-z]+)([^,;:"“”‘’()]{0,40})$/i;
const BE_WORDS = /\b(?:was|were|is|are|been)\b/i;

/** How far back a person may be named for "he"/"she" to stand for them: this sentence and two before it. */
const SENTENCES_BACK = 2;

/** Where `needle` stands in `hay` as whole words (capitalised names, so a plain search is enough). */
function wordPositions(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length < 2) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if (!/[A-Za-z0-9-]/.test(before) && !/[A-Za-z0-9-]/.test(after)) out.push(at);
  }
  return out;
}

function memo<T extends Gender | boolean>(article: ArticleReading, key: string, read: () => T): T {
  if (!article.answers.has(key)) article.answers.set(key, read());
  return article.answers.get(key) as T;
}

/** The index of the first item for which `before` is false, in a list where it holds for a prefix (binary search). */
function firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the name mentions (in text order) that ends after `at`. */
function firstEndingAfter(mentions: ReturnType<typeof findNameMentions>, at: number): number {
  return firstNotBefore(mentions, (m) => m.end <= at);
}

/** A person's gender (names.ts `genderOfName`), the titles being the words written right before their surname ("Mr"). */
function genderOf(article: ArticleReading, name: string): Gender {
  return memo(article, `g:${name}`, () => genderOfName(name, titlesBefore(article.text, name.split(/\s+/).pop()!), LONE_WORD_AS_FIRST_NAME));
}

/** A name written alone ("Morgan", "Grant") is as often a surname as a first name: its gender is not read from it. */
const LONE_WORD_AS_FIRST_NAME = false;

const TITLE_BEFORE = /([A-Za-z]+)\.?\s+$/;

/** The word right before each place `surname` is written ("Mr", "Mrs", "Sir"), in text order. */
function titlesBefore(text: string, surname: string): string[] {
  return wordPositions(text, surname).map((at) => TITLE_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase() ?? '');
}

/** Whether `at` lies inside one of the article's quotations: a pronoun there is the speaker's, not the article's. */
function insideQuote(quotes: readonly QuoteSpan[], at: number): boolean {
  const q = quotes[firstNotBefore(quotes, (x) => x.open < at) - 1];
  return q !== undefined && at < (q.close >= 0 ? q.close : q.end);
}

/**
 * The one person "he"/"she" can be, from the names written between `from` and `to`: every name that is not an
 * organisation or a place counts, in the People list or not ("Scott, 22, smashed …, where he" is not the Andy
 * Turner named before). Null when none or several may be meant, or when the one left is of unknown gender.
 */
function personFor(article: ArticleReading, from: number, to: number, want: Gender): string | null {
  const { text, mentions, names } = article;
  const lo = firstNotBefore(mentions, (m) => m.start < from);
  const fits = new Map<string, Gender>();
  let lastFit = -1;
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) {
    const m = mentions[i]!;
    if (m.kind === 'organization' || m.kind === 'place' || isOrganisation(m.name, names.organizations)) continue;
    const name = article.toPeopleName(m.name);
    const g = genderOf(article, name);
    // "Trump attacked Cruz. He raised": two people who may be meant leave the verb bare.
    if (g === null || g === want) {
      fits.set(name, g);
      lastFit = m.end;
    }
  }
  const [only] = fits.size === 1 ? [...fits] : [];
  if (!only || only[1] !== want || unlistedOpener(article, from, to)) return null;
  // "employed the wife of John Bryson, and that she earned": a person described after the one named may be meant.
  for (const w of text.slice(lastFit, to).toLowerCase().match(WORDS) ?? []) if (!PRONOUN_OR_TITLE.has(w) && (want === 'm' ? MALE_WORDS : FEMALE_WORDS).has(w)) return null;
  return only[0];
}

/**
 * A name the finder took for a person that the article's organisations hold, or that an organisation's word ends
 * ("Bridgepoint Capital", "Indepen Consulting Limited"): no one "he" could be.
 */
function isOrganisation(name: string, organizations: KnownNames['organizations']): boolean {
  const last = name.split(/\s+/).pop()!.toLowerCase();
  return ORG_WORDS.has(last) || /^(?:limited|capital|consulting|partners|ventures)$/.test(last) || organizations.some((o) => o.name === name);
}

const WORDS = /[a-z]+/g;
const PRONOUN_OR_TITLE = new Set('he him his himself she her hers herself mr mrs ms miss sir lord lady dame'.split(' '));

/** Words that open sentences without naming anyone; a capitalised opener outside this list may be a name. */
const OPENERS = new Set(
  `the a an but and or in on at he she it they we i you this that these those his her its their there when while after
  before as if although though however meanwhile still yet so now then last next earlier later for with by from of to
  even also both all some many most one two mr mrs ms dr sir should would could what who why how where not no since
  until despite among according during under over only our my your such each every another other more few nor`.split(/\s+/),
);
const OPENER = /(?:^|[.!?]["”’']?\s+)([A-Z][a-z]{2,})(?=,\s\d|\s[a-z])/g;
/** Parties that open a sentence as a party, besides names.ts's lists, which leave them out for "Damian Green". */
const OPENING_PARTIES = new Set(['green', 'socialist']);
const isParty = (lower: string): boolean => PARTY_WORDS.has(lower) || PARTY_ADJECTIVES.has(lower) || OPENING_PARTIES.has(lower);
/** The same with an age after it ("scott, 22, smashed"), in any case: lower-cased text has no capitals to go by. */
const AGED_OPENER = /(?:^|[.!?]["”’']?\s+)([a-z]{3,}),\s\d/gi;

/**
 * A lone surname that opens a sentence ("Scott, 22, smashed …", "Fraser became …") is missed by the name finder,
 * which cannot tell it from any capitalised opener: it counts as a person when an age follows it or the article
 * writes it capitalised mid-sentence too, and it is not part of a name found.
 */
function unlistedOpener(article: ArticleReading, from: number, to: number): boolean {
  const { text, mentions } = article;
  for (const m of text.slice(from, to).matchAll(AGED_OPENER)) if (!OPENERS.has(m[1]!.toLowerCase())) return true;
  for (const m of text.slice(from, to).matchAll(OPENER)) {
    const word = m[1]!;
    // "Democratic candidates", "British firms": a party or a nationality opens a sentence as often as a name.
    const lower = word.toLowerCase();
    if (OPENERS.has(lower) || DEMONYMS.has(lower) || isParty(lower)) continue;
    const at = from + m.index + m[0].length - word.length;
    const covering = mentions[firstEndingAfter(mentions, at)];
    if (covering && covering.start <= at) continue;
    if (text.startsWith(',', at + word.length) && /^,\s\d/.test(text.slice(at + word.length, at + word.length + 3))) return true;
    if (memo(article, `c:${word}`, () => wordPositions(text, word).some((pos) => /[a-z,]\s$/.test(text.slice(pos - 2, pos))))) return true;
  }
  return false;
}

/** The organisation that opens a sentence ("Acme Ltd said …", "The Red Cross has …"), if one does. */
function organisationOpening(sentence: string, organizations: KnownNames['organizations']): string | null {
  const opening = sentence.trimStart().replace(/^The\s+/, '');
  for (const o of organizations) {
    if (!opening.startsWith(o.name)) continue;
    // A plain subject: the name, then its verb ("Acme raised"), not "Acme's chief" or "Acme and Bolt".
    if (/^\s+(?:has\s+|had\s+|was\s+|is\s+|will\s+|also\s+)*[a-z]+/.test(opening.slice(o.name.length)) && !/^\s+(?:and|or|of|for|in|on|at|to|by|with)\s/.test(opening.slice(o.name.length))) return o.name;
  }
  return null;
}

/**
 * What a name says of itself right before the pronoun: "Marsh said last week it would pay", "Sociedad say they
 * will pay", "Indonesia said it expected". The one name that is the reporting verb's subject is who the pronoun
 * is. "it" takes an organisation or a place with a verb in the singular, "they" an organisation, or a place
 * whose verb is plural (a team: "Wales say they"). Not a name that is only part of the subject ("a spokesman for
 * Acme said", "Acme and Bolt said") nor one after a quotation's close.
 */
const REPORTING_TAIL =
  /\s+(has\s+|have\s+|had\s+)?(?:also\s+)?(said|says|say|indicated|claimed|announced|added|confirmed|insisted|warned|admitted|revealed|stated|expects|hopes)(?:\s+(?:on\s+[A-Z][a-z]+|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|all\s+along|yesterday|today|earlier))?(?:\s+that)?\s+$/;
const NOT_WHOLE_SUBJECT = /(?:\b(?:and|or|of|for|from|at|in|by|with|to|nor)|[&'’"”])\s*$/i;

function reportingSubject(lead: string, pronoun: string, names: KnownNames): string | null {
  const tail = REPORTING_TAIL.exec(lead);
  if (!tail) return null;
  const plural = tail[1] === 'have ' || tail[2] === 'say' || /^have\s/.test(tail[1] ?? '');
  const before = lead.slice(0, tail.index);
  const fits = (list: ReadonlyArray<{ name: string }> | undefined): string | null => {
    let best: string | null = null;
    for (const o of list ?? []) {
      if (!before.endsWith(o.name) || /[A-Za-z0-9-]/.test(before[before.length - o.name.length - 1] ?? ' ')) continue;
      if (!best || o.name.length > best.length) best = o.name;
    }
    return best;
  };
  const org = fits(names.organizations);
  const place = fits(names.places);
  const name = org && (!place || org.length >= place.length) ? org : place;
  if (!name || NOT_WHOLE_SUBJECT.test(before.slice(0, before.length - name.length).replace(/\s*\bthe\s*$/i, ' '))) return null;
  if (name === org) return pronoun === 'it' ? (plural ? null : name) : name;
  return (pronoun === 'it') !== plural ? name : null;
}

/**
 * The head of a sentence's subject written as "The <noun>" and followed by its verb ("The dollar has weakened",
 * "The lawsuit seeks"): a sentence opening "It" stands for it, as a reader takes the last subject for the
 * pronoun. One or two plain words, in the number the pronoun asks for ("it" a singular, "they" a plural); not an
 * owner ("The firm's chief"), nor a word that only counts or orders ("The number of", "The first").
 */
const NOUN_SUBJECT = /^[\s"“]*The\s+([a-z]+)(?:\s+([a-z]+))?\s+([a-z]+)/;
const SUBJECT_AUX = new Set('has have had is are was were will would could can may might should also already just now still then'.split(' '));
const NOT_A_HEAD = new Set('first second third last latest next other same former latter following rest best most number majority bulk amount total figure figures result results one two three'.split(' '));
const VERB_LIKE = /^(?:[a-z]+ed|[a-z]+[^s]s)$/;
/** Past forms that end in neither -ed nor -s, of the verbs a figure's subject most often opens with. */
const IRREGULAR_PAST = new Set('said told paid put cut hit set rose fell grew won lost made took sold bought spent'.split(' '));
const verbish = (w: string): boolean => SUBJECT_AUX.has(w) || VERB_LIKE.test(w) || IRREGULAR_PAST.has(w);

function nounSubject(sentence: string, pronoun: string): string | null {
  const m = NOUN_SUBJECT.exec(sentence);
  if (!m) return null;
  const [, first, second, third] = m as unknown as [string, string, string | undefined, string];
  let noun: string;
  if (second === undefined ? verbish(third) : verbish(second)) noun = first;
  else if (second !== undefined && !SUBJECT_AUX.has(first) && verbish(third)) noun = `${first} ${second}`;
  else return null;
  if (noun.split(' ').some((w) => NOT_A_HEAD.has(w) || SUBJECT_AUX.has(w) || w === 'of')) return null;
  const head = noun.split(' ').pop()!;
  const plural = /[^su]s$/.test(head);
  return plural === (pronoun === 'they') ? noun : null;
}

/**
 * "The dollar has weakened sharply since September when it traded …", "The company said it expected …": the
 * pronoun after a linking word or a reporting verb in the sentence whose subject is "The <noun>" is that noun,
 * when nothing else that it could stand for is written between (no other article, possessive or capitalised
 * word besides a month or a weekday).
 */
const CLAUSE_LINK = /\s(?:when|as|after|before|because|since|until|while|and|but|said|says|say|added|expects|expected|hopes|hoped|warned|that)\s+$/;
const OTHER_CANDIDATE = /\b(?:the|a|an|its|their|this|that|these|those|his|her)\s+(?!(?:when|as|after|said|it|they)\b)|[A-Z]|[,;:"“”()]/;
const CALENDAR_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

function sameSentenceSubject(lead: string, pronoun: string): string | null {
  if (!CLAUSE_LINK.test(lead)) return null;
  const noun = nounSubject(lead, pronoun);
  if (!noun) return null;
  const rest = lead.slice(lead.indexOf(noun) + noun.length).replace(CALENDAR_WORD, 'x').replace(/\s(?:that)\s+$/, ' ');
  return OTHER_CANDIDATE.test(rest) ? null : noun;
}

/** Names a figure's pronoun subject: (the figure's sentence index, where the figure starts, its context) → context. */
export type SubjectNamer = (sentenceIndex: number, start: number, context: string) => string;

/**
 * For one article, what names a figure's pronoun subject ("raised" → "Hillary Clinton raised", or the context
 * unchanged); without `names` every context stays as it is. `sentenceIndex` is the figure's sentence in
 * `sentences`; `start` where the figure (with "about", "from") starts.
 */
export function pronounSubjects(text: string, sentences: readonly SentenceSpan[], names: KnownNames | undefined): SubjectNamer {
  if (!names) return (_sentenceIndex, _start, context) => context;
  let article: ArticleReading | null = null;
  return (sentenceIndex, start, context) => {
    if (!/^[a-z]/.test(context)) return context;
    // Read lazily: most articles have no pronoun figure.
    article ??= { text, sentences, names, quotes: names.quotes ?? pairQuotes(text, paragraphOffsets(text.split('\n\n'))), mentions: findNameMentions(text), toPeopleName: peopleIndex(names.people, text), answers: new Map() };
    return namePronounSubject(article, sentenceIndex, start, context);
  };
}

function namePronounSubject(article: ArticleReading, sentenceIndex: number, start: number, context: string): string {
  const { text, sentences, names } = article;
  const sentence = sentences[sentenceIndex];
  if (!sentence || sentence.start > start) return context;
  const from = Math.max(sentence.start, start - 120);
  const m = PRONOUN_VERB.exec(text.slice(from, start));
  if (!m) return context;
  const [, pronoun, group, verb] = m as unknown as [string, string, string, string];
  if (verb.toLowerCase() !== context.split(' ')[0]) return context;
  // "he was paid", "it is back": a passive or a state says nothing of a doer. "she was earning" does.
  if (BE_WORDS.test(group) && !/ing$/.test(verb)) return context;
  const pronounAt = from + m.index + (m[0].startsWith(pronoun) ? 0 : 1);
  if (insideQuote(article.quotes, pronounAt)) return context;
  const lower = pronoun.toLowerCase();
  let who: string | null = null;
  if (lower === 'he' || lower === 'she') {
    const back = Math.max(sentences[Math.max(0, sentenceIndex - SENTENCES_BACK)]!.start, pronounAt - 1500);
    who = personFor(article, back, pronounAt, lower === 'he' ? 'm' : 'f');
  } else {
    // "it"/"they" only as the clause's first word after the sentence start, for the organisation that opened
    // the sentence before.
    const prev = sentences[sentenceIndex - 1];
    const lead = text.slice(sentence.start, pronounAt);
    if (prev && /^[\s"“]*$/.test(lead)) {
      const before = text.slice(prev.start, prev.end);
      who = organisationOpening(before, lower === 'it' ? [...names.organizations, ...(names.places ?? [])] : names.organizations) ?? nounSubject(before, lower);
    } else who = reportingSubject(lead, lower, names) ?? sameSentenceSubject(lead, lower);
  }
  return who ? `${who} ${context}` : context;
}
