/**
 * Sentence splitting over the cleaned article text. Returns trimmed spans (offsets into `text`), so every
 * later stage can point back to the exact characters it used.
 *
 * One linear scan over candidate terminators; each candidate is judged from a few characters around it
 * (abbreviations, initials, closing quotes, what the next word looks like). Newlines always end a sentence:
 * ingest has already joined wrapped lines, so a newline is a paragraph or a line of its own.
 */
import { HONORIFICS, PERSON_NOUNS, TITLE_WORDS } from './names.ts';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations after which a full stop never ends a sentence (titles, "No. 10", "vs."). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'brig', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'st', 'mt',
  'ft', 'vs', 'v', 'no', 'nos', 'art', 'fig', 'figs', 'vol', 'pp', 'approx', 'dept', 'est', 'e.g', 'i.e',
  'cf', 'ca', 'al', 'op', 'gov', 'atty', 'supt', 'rt', 'sr', 'jr',
]);

/** Abbreviations that usually sit mid-sentence but may end one ("Inc.", "Sept."): split only before a clear starter. */
const MAYBE_FINAL = new Set([
  'inc', 'ltd', 'co', 'corp', 'plc', 'bros', 'llc', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'n.y', 'l.a',
]);

/** Words that almost always open a sentence: after "U.S." or "Inc." they mean the sentence did end. */
const CLEAR_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this',
  'that', 'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'if', 'when', 'while', 'after',
  'before', 'as', 'for', 'however', 'meanwhile', 'mr', 'mrs', 'ms', 'dr', 'some', 'many', 'most', 'one',
  'last', 'earlier', 'later', 'now', 'so', 'yet', 'still', 'also', 'both', 'what', 'why', 'how', 'who',
]);

/** Without capitals, only words that can hardly continue a sentence after "p.m." or "u.s." count. */
const CASELESS_STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'this', 'there', 'however', 'meanwhile']);

/**
 * Longest word read as an abbreviation closing a bracket in lower-cased text ("(r-calif.)", "(i-vt.)") when the
 * bracket's opener is not found (when it is, `bracketOpener` decides by where it stands).
 */
const MAX_BRACKET_ABBREV = 5;

/** Farthest back a bracket's opener is looked for from the full stop that closes it. */
const MAX_BRACKET = 1000;

/**
 * Nouns that take a letter as a label ("plan B", "vitamin C", "type A", "exhibit A", "hepatitis B"): the letter
 * after one is no initial, so its full stop ends the sentence ("… moved to plan b. obama said …"). Nouns that are
 * also given names or surnames ("Ward", "Hall", "Wing") are left out: "ward j. smith" keeps its initial.
 */
const LABEL_NOUNS = new Set([
  'plan', 'vitamin', 'vitamins', 'hepatitis', 'exhibit', 'type', 'class', 'grade', 'category', 'section',
  'subsection', 'paragraph', 'schedule', 'appendix', 'annex', 'option', 'group', 'part', 'phase', 'tier',
  'level', 'stage', 'terminal', 'concourse', 'runway', 'zone', 'unit', 'building', 'room', 'floor', 'model',
  'size', 'series', 'version', 'variant', 'strain', 'division', 'league', 'generation', 'list', 'item',
  'question', 'round', 'wave', 'pot', 'letter', 'table', 'chart', 'platform', 'route',
]);

const CLOSERS = '"\'”’»)]';
const SPEECH_AFTER = /^(?:he|she|they|the(?:\s+[a-z'-]+){1,3})\s+(?:said|says|asked|asks|added|told|replied|shouted|wrote|insisted|explained|continued|recalled|noted)\b/;
const OPENERS = '"\'“‘«([`';

// Both are called for every character of an article: ASCII is decided from the char code, since
// toLowerCase/toUpperCase per character was the single most expensive line of extraction.
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';
}

/**
 * Text that arrives lower-cased (tokenised corpora, some feeds) has no capitals to mark a new sentence;
 * then a lower-case word after a full stop is accepted as a sentence start.
 */
export function looksCaseless(text: string, sample = 20_000): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    } else {
      const ch = text[i]!;
      if (isUpper(ch)) upper++;
      else if (isLower(ch)) lower++;
    }
  }
  return lower > 50 && upper / (upper + lower) < 0.005;
}

/** The word (letters and inner dots) ending just before position `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch === '.' || isUpper(ch) || isLower(ch)) i--;
    else break;
  }
  return text.slice(i + 1, dot).toLowerCase();
}

/** The next word starting at `from` (letters only), lower-cased. */
function wordAt(text: string, from: number): string {
  let i = from;
  while (i < text.length && (isUpper(text[i]!) || isLower(text[i]!))) i++;
  return text.slice(from, i).toLowerCase();
}

/**
 * Photo captions in one-line text (CNN/DailyMail as distributed: one line per story) carry no full stop, so a
 * caption runs into the sentence after it: "… training in Dortmund on Wednesday He said: …". In cased text the
 * seam shows as a word that cannot end a title or a name ("Wednesday", "ring", "(left)") followed by a capital
 * word that opens a sentence and, after it, a lower-case word ("He said", "The septum", "In many").
 */
const CAPTION_OPENERS = new Set([
  'The', 'He', 'She', 'They', 'It', 'We', 'In', 'But', 'This', 'His', 'Her', 'Their', 'There', 'After', 'When',
  'While', 'However', 'Meanwhile', 'Earlier', 'Last', 'Now',
]);

/** Words after which a capitalised word is a title or a name ("in The Times", "called It", "told The Sun"). */
const TAKES_TITLE = new Set([
  // articles, determiners, prepositions, conjunctions
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every',
  'each', 'no', 'any', 'some', 'of', 'in', 'to', 'at', 'by', 'on', 'for', 'from', 'with', 'about', 'into', 'onto',
  'than', 'like', 'as', 'via', 'over', 'under', 'after', 'before', 'between', 'against', 'during', 'without',
  'within', 'through', 'across', 'behind', 'beyond', 'near', 'per', 'versus', 'vs', 'toward', 'towards', 'upon',
  'among', 'around', 'outside', 'inside', 'off', 'since', 'until', 'including', 'featuring', 'starring', 'and',
  'or', 'nor', 'but', 'so', 'if', 'whether', 'while', 'when', 'where', 'because', 'although', 'though', 'unless',
  'then', 'not', 'also', 'both', 'either', 'neither',
  // naming, saying, writing, reading, watching, joining: what follows may be a title, a name or an outlet
  'called', 'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'renamed', 'branded', 'labelled', 'labeled',
  'christened', 'known', 'spelled', 'spelt', 'marked', 'include', 'includes', 'included',
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'wrote', 'writes', 'write', 'writing', 'asked', 'asks',
  'added', 'adds', 'adding', 'telling', 'insisting', 'explaining', 'warning', 'chanting', 'singing', 'shouting',
  'yelling', 'asking', 'declaring', 'declared', 'tweeted', 'posted', 'reported', 'reports', 'shouted', 'sang', 'sings', 'sing',
  'read', 'reads', 'reading', 'watched', 'watch', 'watching', 'see', 'saw', 'seen', 'hear', 'heard', 'played',
  'plays', 'play', 'playing', 'starred', 'stars', 'star', 'hosts', 'hosted', 'host', 'hosting', 'presents',
  'presented', 'joined', 'joins', 'join', 'left', 'quit', 'won', 'wins', 'win', 'is', 'was', 'are', 'were', 'be',
  'been', 'being', 'became', 'become', 'becomes', 'reprised', 'recorded', 'released', 'directed', 'produced',
  'published', 'launched', 'visited', 'visit', 'covered', 'performed', 'perform', 'performing', 'love', 'loved',
  'loves', 'meet', 'met', 'beat', 'beats', 'defeat', 'defeated', 'interview', 'appeared', 'appears', 'appear',
  'appearing',
  // nouns that introduce a title or a name
  'film', 'movie', 'book', 'novel', 'song', 'single', 'album', 'show', 'series', 'programme', 'program', 'sitcom',
  'drama', 'magazine', 'newspaper', 'paper', 'column', 'musical', 'documentary', 'blog', 'website', 'brand',
  'band', 'group', 'hit', 'track', 'poem', 'game', 'channel', 'station', 'title', 'slogan', 'headline', 'word',
  'words', 'phrase', 'term', 'sign', 'banner', 'motto', 'hashtag', 'label', 'tabloid', 'daily', 'weekly', 'opera',
  'ballet', 'exhibition', 'comedy', 'thriller', 'classic', 'sequel', 'prequel', 'remake', 'franchise', 'trilogy',
  'anthem', 'ballad', 'chant', 'story', 'article', 'report', 'essay', 'letter', 'memoir', 'biography',
  'autobiography', 'podcast', 'app', 'episode', 'edition', 'issue', 'class', 'grade', 'type', 'category',
  'vitamin', 'plan', 'section', 'division', 'part', 'chapter', 'volume', 'act', 'scene', 'stage',
]);

/** Names ending a caption ("… in Dortmund on Wednesday"): days and months are never part of a title. */
const DAY_OR_MONTH = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** Bracketed words that end a caption: "(left)", "(pictured)", "(centre, with his wife)". */
const CAPTION_BRACKET = /\((?:pictured|picture|left|right|centre|center|top|bottom|above|below|inset|front|back|second|far|main|file)\b[^()]{0,40}\)$/i;

/** Letters only: the word that ends at `end` (exclusive). */
function letterWordBefore(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && (isLower(text[i]!) || isUpper(text[i]!))) i--;
  return text.slice(i + 1, end);
}

/** Letters only: the word that starts at `from`. */
function letterWordAt(text: string, from: number): string {
  let e = from;
  while (e < text.length && (isLower(text[e]!) || isUpper(text[e]!))) e++;
  return text.slice(from, e);
}

/**
 * A paragraph this long has lost its paragraph breaks (a one-line story): only there are the wider seams below
 * read, which on ordinary text would also cut titles, names and quotes. News paragraphs are far shorter (BBC and
 * PolNeAR: 73 of 52,000 lines are longer, and none gained a boundary from these rules); 248 of 250 one-line
 * CNN/DailyMail stories are.
 */
const RUN_ON_PARAGRAPH = 1500;

/** Letters in the longest opener ("Meanwhile"). */
const MAX_OPENER = 9;

/** Openers read only in a run-on paragraph: "… the vehicle was stolen An eight-year-old …". */
const RUN_ON_OPENERS = new Set(['A', 'An', 'Some', 'Many', 'One', 'Two', 'Police', 'With', 'Following', 'Despite', 'During', 'Since', 'Although', 'Speaking', 'According', 'Before', 'Once', 'Both', 'Three', 'Four', 'Five', 'Several', 'Officers', 'Witnesses', 'Experts', 'Researchers', 'Scientists']);
/** Pronouns read with a contracted verb ("It’s", "They’re") in a run-on paragraph. */
const CONTRACTED = new Set(['It', 'He', 'She', 'They', 'We', 'There', 'That', 'Here']);
/** Openers read before a day or month name in a run-on paragraph ("In January", "On Monday", "Last Friday"). */
const DATED_OPENERS = new Set(['In', 'On', 'Last', 'Earlier', 'Since', 'By', 'Until', 'During', 'Next', 'This']);
/** "Exhibit A and B", "letters A through I": a lone capital letter in a list, not an article. */
const AFTER_LETTER = new Set(['and', 'or', 'nor', 'through', 'to', 'plus', 'in', 'is', 'was', 'versus', 'vs']);
/** The first word of a quotation that opens a sentence after a caption ("… on Monday ‘I’m delighted …"). */
const QUOTE_OPENERS = new Set([
  'I', 'We', 'It', 'He', 'She', 'The', 'This', 'They', 'You', 'There', 'If', 'But', 'In', 'My', 'Our', 'What', 'When',
  'Although', 'Hopefully', 'Maybe', 'Perhaps', 'So', 'Their', 'His', 'Her', 'At', 'As', 'After', 'Obviously',
  'Unfortunately', 'Sadly', 'Honestly', 'Everyone', 'Everything', 'Nobody', 'Nothing', 'People', 'That', 'These',
]);
const OPENING_QUOTE = '‘“\'"';
const CLOSING_QUOTE = '’”\'"';

/**
 * Whether the text before the space at `at` can end a caption: a lower-case word that takes no title, a day or
 * month name, or a caption bracket; when `wide` (run-on paragraphs), also a quotation closed on a word
 * ("… described as ‘too hot’") and a capitalised word mid-sentence ("… the defeat at Old Trafford").
 */
function endsCaption(text: string, at: number, wide: boolean): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return false;
  if (prev === ')') return CAPTION_BRACKET.test(text.slice(Math.max(0, at - 60), at));
  if (wide && CLOSING_QUOTE.includes(prev) && at >= 2 && isLower(text[at - 2]!)) return true;
  if (wide && isDigit(prev)) {
    // "… involved in a car accident in 2010 The two women …": a year or a count ending a caption.
    let k = at - 1;
    while (k >= 0 && isDigit(text[k]!)) k--;
    return at - 1 - k >= 2 && text[k] === ' ' && k >= 1 && isLower(text[k - 1]!);
  }
  const word = letterWordBefore(text, at);
  if (word === '' || at - word.length < 1) return false;
  // A word glued to the one before ("Channel 4's", "U.S.-made", "e-mail") is read no further: leave it.
  const glue = text[at - word.length - 1]!;
  if (glue !== ' ') return false;
  if (DAY_OR_MONTH.has(word)) return true;
  if (!isLower(word[word.length - 1]!)) return false;
  if (isLower(word[0]!)) return !TAKES_TITLE.has(word);
  if (!wide) return false;
  // A name or place inside a sentence (after a lower-case word or a comma), not the first word of a title.
  const before = text[at - word.length - 2];
  if (before === undefined || !(isLower(before) || before === ',' || isDigit(before))) return false;
  return !TAKES_TITLE.has(word.toLowerCase()) && !namesWhoSpeaks(text, at - word.length - 1);
}

/** "… BALL OF THE CENTURY Benaud was on hand …": a heading in capitals, at least three words, ends before a cased word. */
function afterCapsHeading(text: string, at: number): boolean {
  let i = at;
  let words = 0;
  let letters = 0;
  while (i > 0 && text[i] === ' ') {
    let j = i - 1;
    while (j >= 0 && isUpper(text[j]!)) j--;
    if (j === i - 1) break;
    // A capitals word glued to what precedes it ("U.S.", "McDONALD"): the heading, if any, ends here.
    if (j >= 0 && (isLower(text[j]!) || text[j] === '.' || text[j] === "'" || text[j] === '’')) break;
    words++;
    letters += i - 1 - j;
    i = j;
  }
  return words >= 3 && letters >= 10;
}

/** Verbs that name a speaker or an outlet after them: "… told the New York Post ‘She was …" is no seam. */
const SPEECH_BEFORE_NAME = new Set(['told', 'said', 'says', 'tells', 'telling', 'wrote', 'asked', 'added', 'reported', 'according', 'quoted', 'interviewed']);

/** Whether the capitalised words ending at `end` follow a speech verb (and "the"). */
function namesWhoSpeaks(text: string, end: number): boolean {
  let i = end;
  // Back over at most four capitalised words ("the New York Post").
  for (let k = 0; k < 4; k++) {
    const w = letterWordBefore(text, i);
    if (w === '' || text[i - w.length - 1] !== ' ') return false;
    i -= w.length + 1;
    if (isLower(w[0]!)) return SPEECH_BEFORE_NAME.has(w) || (w === 'the' && SPEECH_BEFORE_NAME.has(letterWordBefore(text, i)));
  }
  return false;
}

/** Every opener a seam is read before starts with an ASCII capital or a quotation mark: most spaces stop here. */
function mayOpenAfterCaption(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 39 || c === 34 || c === 0x2018 || c === 0x201c;
}

/**
 * Whether the space at `at` is the unpunctuated seam between a caption and the next sentence (cased text only;
 * `runOn` when the paragraph is a run-on one). Asked at every space: it reads a few characters around it.
 */
export function captionSeamAt(text: string, at: number, runOn = false): boolean {
  if (!mayOpenAfterCaption(text.charCodeAt(at + 1))) return false;
  const first = text[at + 1];
  if (first === undefined) return false;
  if (runOn && OPENING_QUOTE.includes(first)) {
    // "… the club’s training ground on Monday ‘He is a great coach …": a quotation opening a sentence.
    const w = letterWordAt(text, at + 2);
    if (!QUOTE_OPENERS.has(w)) return false;
    const c = text[at + 2 + w.length];
    const d = text[at + 3 + w.length];
    if (!(c === ' ' || c === "'" || c === '’') || d === undefined || !isLower(d)) return false;
    return endsCaption(text, at, true);
  }
  if (!isUpper(first)) return false;
  let e = at + 1;
  while (e < text.length && (isLower(text[e]!) || isUpper(text[e]!))) e++;
  // Openers are short words: a longer capitalised word is read only as a label.
  const opener = e - at - 1 <= MAX_OPENER ? text.slice(at + 1, e) : '';
  if (runOn && !CAPTION_OPENERS.has(opener) && isLower(text[e - 1]!)) {
    // A tabloid caption label: "… the main vehicle Poignant: Vegetables …", "… Fifties fashion: The doll …".
    let colon = e;
    while (colon < e + 40 && colon < text.length && text[colon] !== ':' && text[colon] !== '\n') colon++;
    if (text[colon] === ':') {
      let j = e;
      for (let k = 0; k < 3 && text[j] === ' ' && isLower(text[j + 1] ?? ''); k++) {
        j++;
        while (j < text.length && isLower(text[j]!)) j++;
      }
      if (j === colon && text[j + 1] === ' ' && isUpper(text[j + 2] ?? '') && endsCaption(text, at, false)) return true;
    }
  }
  if (runOn && isLower(text[at + 2] ?? '') && afterCapsHeading(text, at)) return true;
  // "… flee the country Clarkson, 55, said …": a sentence opening on a name (openers are read below).
  if (runOn && !CAPTION_OPENERS.has(opener) && !RUN_ON_OPENERS.has(opener) && nameSeamAt(text, at, e)) return true;
  if (opener === '') return false;
  if (runOn && CONTRACTED.has(opener) && (text[e] === '’' || text[e] === "'") && isLower(text[e + 1] ?? '')) {
    // "… growing the game It’s well-known …": a pronoun contracted with its verb.
    return endsCaption(text, at, false);
  }
  if (text[e] !== ' ') return false;
  const after = text[e + 1];
  if (after === undefined) return false;
  if (runOn && DATED_OPENERS.has(opener) && DAY_OR_MONTH.has(letterWordAt(text, e + 1))) {
    // "… his then wife Natasha In January, Giggs spoke …": a sentence opening on a date.
    return endsCaption(text, at, true);
  }
  if (CAPTION_OPENERS.has(opener)) {
    // "Gonna Fly Now", "Faking It": after a capitalised word these two end titles as often as they open sentences.
    if (isLower(after)) return endsCaption(text, at, runOn && opener !== 'It' && opener !== 'Now');
    // A figure after the opener: a title-case headline has "The 11 Words"; only the plain seam counts.
    return isDigit(after) && endsCaption(text, at, false);
  }
  if (!runOn || !RUN_ON_OPENERS.has(opener)) return false;
  if (opener === 'A') {
    if (!isLower(after) || AFTER_LETTER.has(letterWordAt(text, e + 1))) return false;
  } else if (!isLower(after) && !isDigit(after)) return false;
  return endsCaption(text, at, false);
}

/**
 * Words after which a capitalised word is a person's name in the same noun phrase ("his mother Lucy, 32,",
 * "Chelsea striker Costa said", "the younger Jordan said"): roles, kin, ranks and the adjectives put before a
 * name. Read only for the name seam below; a role word missing here is the seam's main way to cut a sentence.
 */
const BEFORE_NAME = new Set([
  // names.ts's words for a person, their titles and honorifics ("spokesman", "Foreign", "Mr")
  ...PERSON_NOUNS,
  ...TITLE_WORDS,
  ...[...HONORIFICS].map((h) => h.replace(/\.$/, '')),
  // kin and company
  'mum', 'mom', 'dad', 'brother', 'sister', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée',
  'friends', 'pal', 'mate', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter',
  'grandmother', 'grandfather', 'grandma', 'grandpa', 'gran', 'nan', 'granny', 'stepfather', 'stepmother',
  'stepson', 'stepdaughter', 'parents', 'sons', 'daughters', 'brothers', 'sisters', 'children', 'twin', 'twins',
  'sibling', 'baby', 'toddler', 'boy', 'girl', 'kid', 'widow', 'widower', 'bride', 'groom', 'lover', 'ex',
  'colleagues', 'flatmate', 'housemate', 'roommate', 'classmate', 'teammate', 'bandmate', 'rival', 'opponent',
  'compatriot', 'countryman', 'heir', 'heiress', 'dog', 'cat', 'puppy', 'pet', 'horse', 'lamb', 'pooch',
  // roles
  'cofounder', 'co-founder', 'staffer', 'specialist', 'lecturer', 'pupil', 'surgeon', 'solicitor', 'barrister',
  'detective', 'inspector', 'constable', 'superintendent', 'cop', 'trooper', 'marine', 'sailor', 'pilot',
  'driver', 'rider', 'jockey', 'trainer', 'skipper', 'forward', 'midfielder', 'winger', 'wideman', 'keeper',
  'goalkeeper', 'goalie', 'fullback', 'back', 'centre', 'prop', 'hooker', 'lock', 'batsman', 'bowler', 'opener',
  'wicketkeeper', 'quarterback', 'pitcher', 'golfer', 'boxer', 'fighter', 'cyclist', 'runner', 'sprinter',
  'swimmer', 'champion', 'winner', 'runner-up', 'legend', 'icon', 'rookie', 'youngster', 'international',
  'signing', 'target', 'hopeful', 'contender', 'favourite', 'favorite', 'rapper', 'musician', 'drummer',
  'guitarist', 'co-host', 'comedian', 'model', 'artist', 'novelist', 'poet', 'photographer', 'filmmaker',
  'campaigner', 'tourist', 'visitor', 'guest', 'survivor', 'suspect', 'defendant', 'accused', 'prisoner',
  'inmate', 'gunman', 'killer', 'murderer', 'robber', 'thief', 'tycoon', 'millionaire', 'promoter', 'operator',
  'subcontractor', 'contractor', 'astronaut', 'engineer', 'duke', 'duchess', 'major', 'archbishop', 'vicar',
  'mister', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'al', 'bin', 'ibn',
  'mac',
  // organisations named after their kind: "anti-virus firm Acme said", "the online bank Zeta admitted"
  'firm', 'company', 'bank', 'airline', 'carrier', 'retailer', 'giant', 'maker', 'manufacturer', 'chain',
  'insurer', 'lender', 'network', 'agency', 'club', 'side', 'team', 'charity', 'union', 'body', 'party', 'outlet',
  'publisher', 'startup', 'start-up', 'provider', 'developer', 'studio', 'store', 'supermarket', 'regulator',
  'watchdog', 'rivals', 'outfit', 'giants', 'champions', 'hosts', 'leaders', 'visitors',
  // adjectives before a name
  'younger', 'older', 'elder', 'eldest', 'youngest', 'late', 'little', 'young', 'old', 'big', 'poor', 'tragic',
  'brave', 'beloved', 'retired', 'disgraced', 'jailed', 'convicted', 'alleged', 'injured', 'tearful', 'emotional',
  'delighted', 'disappointed', 'dejected', 'frustrated', 'relieved', 'jubilant', 'beaming', 'smiling',
  'unemployed', 'pregnant', 'single', 'married', 'divorced', 'fellow', 'new', 'ex-wife', 'ex-husband', 'then',
  'current', 'incumbent', 'outgoing', 'caretaker', 'lead',
]);

/** Verbs and words whose object may be a clause opening on a name: "found Nigalidze had", "believe Smith said". */
const CLAUSE_BEFORE_NAME = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'know', 'knows', 'knew', 'found', 'find', 'finds',
  'hope', 'hopes', 'hoped', 'feel', 'feels', 'felt', 'guess', 'guessed', 'realise', 'realised', 'realize', 'realized',
  'prove', 'proves', 'proved', 'show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'mean',
  'means', 'meant', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'admit', 'admits', 'admitted',
  'reveal', 'reveals', 'revealed', 'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'doubt',
  'understand', 'understood', 'remember', 'remembered', 'notice', 'noticed', 'learn', 'learned', 'learnt',
  'recall', 'recalled', 'warn', 'warned', 'sure', 'certain', 'assume', 'assumed', 'ensure', 'ensured', 'suspect',
  'fear', 'feared', 'fears', 'explain', 'explained', 'argue', 'argued', 'argues', 'allege', 'alleged', 'expect',
  'expected', 'expects', 'imagine', 'imagined', 'wish', 'wished', 'how', 'why', 'what', 'who', 'whom', 'which',
  'whose', 'once', 'unless', 'say', 'fact', 'time', 'times', 'day', 'moment', 'only', 'even', 'just', 'today',
  'yesterday', 'tonight', 'here', 'now', 'instead', 'course', 'indeed', 'perhaps', 'maybe', 'later', 'then',
]);

/** Speech verbs that follow a name opening a sentence after a caption: "… flee the country Clarkson said …". */
const SPEECH_AFTER_NAME = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'admitted', 'revealed', 'insisted', 'claimed',
  'wrote', 'writes', 'tweeted', 'posted', 'replied', 'confirmed', 'stated', 'recalled', 'warned', 'continued',
]);

/** Titles that may stand before the name: "… pictured Mr Boase claimed …". */
const NAME_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Professor', 'Prof', 'Sir', 'Dame', 'Lady', 'Lord']);

/** A name part: a capital, then letters (an inner apostrophe or hyphen: "O’Toole"), ending lower-case. */
function namePartEnd(text: string, from: number): number {
  if (!isUpper(text[from] ?? '')) return from;
  let e = from + 1;
  while (e < text.length) {
    const ch = text[e]!;
    if (isLower(ch) || isUpper(ch)) e++;
    else if ((ch === '’' || ch === "'" || ch === '-') && isUpper(text[e + 1] ?? '')) e++;
    else break;
  }
  return isLower(text[e - 1]!) ? e : from;
}

/** Letters in the shortest and the longest speech verb after a name ("said", "explained", "responded"). */
const MIN_SPEECH_VERB = 4;
const MAX_SPEECH_VERB = 9;

/**
 * Where the lower-case word at `at` ends when it is one of `verbs`, else -1: the speech verb after a name, read by
 * both readers of a name and its verb below. Its length is compared before the word is cut out.
 */
function speechVerbEnd(text: string, at: number, verbs: ReadonlySet<string>): number {
  let v = at;
  while (v < text.length && isLower(text[v]!)) v++;
  if (v - at < MIN_SPEECH_VERB || v - at > MAX_SPEECH_VERB) return -1;
  return verbs.has(text.slice(at, v)) ? v : -1;
}

/**
 * Whether `from` opens "Name, 55," or "Name said" (one name, or a title and one or two); `end` is where the
 * letters of the first word end. Asked at many capitalised words of a run-on story: characters are compared
 * first, and a word is cut out only where it may be a title or a speech verb.
 *
 * `speechTagAt` below also reads a name and a speech verb, but not the same names: here a split is made inside a
 * caption's run of words, so only a lone name or one behind an undotted title counts ("the country Clarkson
 * said", not "Premier League Diego Costa said"), and an age stands for the verb; there the split is refused after
 * a quoted question, where any short name, dotted title or initial will do ("Sen. J. Roe asked"). One reader with
 * both sets of rules would take options at every step, so the two share only the verb (`speechVerbEnd`).
 */
function nameOpensClause(text: string, from: number, end: number): boolean {
  let e = end;
  if ((text[e] === '’' || text[e] === "'" || text[e] === '-') && isUpper(text[e + 1] ?? '')) e = namePartEnd(text, from);
  if (e === from || !isLower(text[e - 1]!)) return false;
  if (text[e] === ' ' && isUpper(text[e + 1] ?? '')) {
    // Only a title may stand before more of the name: "Mr Boase", "Professor Ann Cole".
    if (e - from > 9 || !NAME_TITLES.has(text.slice(from, e))) return false;
    const e2 = namePartEnd(text, e + 1);
    if (e2 === e + 1) return false;
    e = e2;
    if (text[e] === ' ') {
      const e3 = namePartEnd(text, e + 1);
      if (e3 > e + 1) e = e3;
    }
  }
  if (text[e] === ',') {
    if (text[e + 1] !== ' ') return false;
    let d = e + 2;
    while (d < text.length && isDigit(text[d]!)) d++;
    return d - e - 2 >= 1 && d - e - 2 <= 3 && text[d] === ',';
  }
  if (text[e] !== ' ') return false;
  const v = speechVerbEnd(text, e + 1, SPEECH_AFTER_NAME);
  const next = text[v];
  return v > 0 && (next === ' ' || next === ':' || next === ',');
}

/** Speech verbs that tag a question or an exclamation quoted before the speaker: `"Why me?" Trump asked.` */
const TAG_AFTER_QUESTION = new Set([...SPEECH_AFTER_NAME, 'asked', 'asks', 'responded', 'shouted', 'wondered', 'joked', 'quipped', 'exclaimed', 'demanded']);

/** Titles written with a full stop before a name in a speech tag: `"Why?" Sen. Ted Cruz asked.` */
const DOTTED_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Prof', 'Rev', 'Supt', 'Insp', 'Det']);

/**
 * Whether a name (a title, then one to three capitalised words or initials) and a speech verb open the text at
 * `from`: the tag of a question or an exclamation quoted just before (`"Why's he attacking me?" Trump said.`),
 * which belongs to that sentence, not one of its own ("Trump said.").
 */
function speechTagAt(text: string, from: number): boolean {
  let at = from;
  let parts = 0;
  for (let k = 0; k < 5 && parts < 4; k++) {
    const e = namePartEnd(text, at);
    if (e === at) {
      // An initial: "J. Smith".
      if (isUpper(text[at] ?? '') && text[at + 1] === '.' && text[at + 2] === ' ') {
        at += 3;
        parts++;
        continue;
      }
      break;
    }
    const word = text.slice(at, e);
    if (k === 0 && text[e] === '.' && DOTTED_TITLES.has(word)) {
      at = e + 1;
    } else {
      at = e;
      parts++;
    }
    if (text[at] !== ' ') return false;
    at++;
    if (parts > 0 && isLower(text[at] ?? '')) {
      const v = speechVerbEnd(text, at, TAG_AFTER_QUESTION);
      return parts <= 3 && v > 0 && !isUpper(text[v] ?? '');
    }
  }
  return false;
}

/** Words that open an adverbial phrase before a sentence's subject: "In its annual report the bank Acme said". */
const OPENS_ADVERBIAL = new Set([
  'In', 'On', 'At', 'And', 'But', 'Or', 'So', 'As', 'For', 'After', 'Before', 'During', 'With', 'Without', 'Since',
  'Until', 'When', 'While', 'If', 'Although', 'Though', 'Because', 'Unlike', 'Like', 'Despite', 'Following',
  'According', 'Asked', 'Under', 'Over', 'Within', 'From', 'By', 'Through', 'Among', 'Last', 'Earlier', 'This',
  'Next', 'Then', 'Now', 'Later', 'Yet', 'Still', 'Also', 'Once', 'Instead', 'Meanwhile', 'However', 'Of', 'To',
]);

/**
 * Whether the text from the last full stop (or line start) up to `at` reads as a caption before a name: four
 * words or more ("In court Mr Smith said" is one sentence), not opening on an adverbial ("In a report the firm
 * Acme said", a participle such as "Announcing the policy"). Reads back at most 400 characters.
 */
function captionBeforeName(text: string, at: number): boolean {
  let words = 1;
  let i = at - 1;
  const stop = Math.max(0, at - 400);
  for (; i > stop; i--) {
    const ch = text[i]!;
    if (ch === '\n') break;
    if (ch === ' ') {
      const p = text[i - 1];
      if (p === '.' || p === '!' || p === '?') break;
      words++;
    }
  }
  if (i <= stop) return true;
  const first = letterWordAt(text, i + 1);
  return words >= 4 && !OPENS_ADVERBIAL.has(first) && !first.endsWith('ing');
}

/**
 * "… during a training session in the country Clarkson, 55, said …": in a run-on story a caption also runs into
 * a sentence that opens on a name, known by an age (", 55,") or a speech verb after it. Only after a lower-case
 * word that puts no name after it (not "his mother Lucy, 32,", "striker Costa said", "found Smith had"), and only
 * when at least four words of caption stand before it ("In court Mr Smith said" opens a sentence).
 */
function nameSeamAt(text: string, at: number, end: number): boolean {
  if (!isLower(text[at - 1] ?? '') || !nameOpensClause(text, at + 1, end)) return false;
  const word = letterWordBefore(text, at);
  if (word === '' || !isLower(word[0]!) || !isLower(word[word.length - 1]!) || text[at - word.length - 1] !== ' ') return false;
  if (TAKES_TITLE.has(word) || BEFORE_NAME.has(word) || CLAUSE_BEFORE_NAME.has(word)) return false;
  return captionBeforeName(text, at);
}

/** Whether the closers between a terminator and `after` close a bracket: ")", "]", "-rrb-", "-rsb-". */
function closesBracket(text: string, termEnd: number, after: number): boolean {
  for (let k = termEnd; k < after; k++) {
    const ch = text[k]!;
    if (ch === ')' || ch === ']' || (ch === '-' && (text.startsWith('-rrb-', k) || text.startsWith('-rsb-', k)))) return true;
  }
  return false;
}

/**
 * Where the bracket closed after the terminator at `termStart` opens ("(", "[", PTB's "-lrb-", "-lsb-"); -1 when
 * no opener stands within MAX_BRACKET characters on the line, or another bracket closes first.
 */
function bracketOpener(text: string, termStart: number): number {
  const stop = Math.max(0, termStart - MAX_BRACKET);
  for (let k = termStart - 1; k >= stop; k--) {
    const ch = text[k]!;
    if (ch === '\n' || ch === ')' || ch === ']') return -1;
    if (ch === '(' || ch === '[') return k;
    if (ch === '-' && k >= 4 && text[k - 4] === '-') {
      if (text.startsWith('-lrb-', k - 4) || text.startsWith('-lsb-', k - 4)) return k - 4;
      if (text.startsWith('-rrb-', k - 4) || text.startsWith('-rsb-', k - 4)) return -1;
    }
  }
  return -1;
}

/** Words (runs holding a letter or digit) between `from` and `to`. */
function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (isSpace(ch)) inWord = false;
    else if (!inWord && (isUpper(ch) || isLower(ch) || isDigit(ch))) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/** Whether no letter or digit stands between a sentence's start and `at` (spaces and quotation marks may). */
function opensSentence(text: string, sentenceStart: number, at: number): boolean {
  for (let k = sentenceStart; k < at; k++) {
    const ch = text[k]!;
    if (isUpper(ch) || isLower(ch) || isDigit(ch)) return false;
  }
  return true;
}

/** Closing tokens of tokenised text that stand apart from the full stop they follow: "done . ''", "( d-vt . )". */
const SEPARATE_CLOSERS = ["''", ')', ']', '-rrb-', '-rsb-'];

/** Index past the closing token at `at`, if one stands there alone ("''", ")", "-rrb-"); else `at`. */
function pastSeparateCloser(text: string, at: number): number {
  const ch = text[at];
  if (ch !== "'" && ch !== ')' && ch !== ']' && ch !== '-') return at;
  for (const tok of SEPARATE_CLOSERS) {
    if (!text.startsWith(tok, at)) continue;
    const end = at + tok.length;
    if (end >= text.length || isSpace(text[end]!) || text[end] === '\n') return end;
  }
  return at;
}

interface Candidate {
  /** Where the sentence the terminator may end began. */
  start: number;
  /** Index just past the terminator and any closing quotes/brackets. */
  after: number;
  /** Index of the first non-space character after it (or text.length). */
  next: number;
}

/** Decides whether the sentence ends at a candidate terminator. */
function endsSentence(text: string, termStart: number, termEnd: number, c: Candidate, caseless: boolean): boolean {
  if (c.next >= text.length) return true;
  const nextCh = text[c.next]!;
  if (nextCh === '\n') return true;
  // No space after the terminator: "$1.13bn", "U.S.-led", "a.m.," or a URL; not a boundary.
  if (c.next === c.after) return false;
  const term = text.slice(termStart, termEnd);
  const closedByQuote = c.after > termEnd;
  let starterCh = nextCh;
  let starterAt = c.next;
  if (OPENERS.includes(nextCh) && c.next + 1 < text.length) {
    starterCh = text[c.next + 1]!;
    starterAt = c.next + 1;
  }
  const startsUpper = isUpper(starterCh) || isDigit(starterCh) || starterCh === '[' || starterCh === '…';
  const startsLower = isLower(starterCh);
  const nextWord = wordAt(text, starterAt);

  if (term === '.' && !closedByQuote) {
    const word = wordBefore(text, termStart);
    const bare = word.replace(/^\.+/, '');
    if (NEVER_FINAL.has(bare)) {
      // "No. 10" and "St. Petersburg" never split; "No." at a sentence end is rare enough to accept.
      return false;
    }
    // "plan B.", "vitamin c.": a letter naming a variant of the noun before it, not an initial ("Helen Q. Marsh").
    if (word.length === 1 && text[termStart - 2] === ' ' && LABEL_NOUNS.has(letterWordBefore(text, termStart - 2).toLowerCase())) {
      return startsUpper || (caseless && startsLower);
    }
    // A lone capital letter: an initial ("J. K. Rowling"), unless clearly followed by a new sentence.
    if (bare.length === 1 && isUpper(text[termStart - 1]!)) {
      return CLEAR_STARTERS.has(nextWord) && nextWord.length > 1 && isUpper(starterCh);
    }
    // Lower-cased, the same for a lone letter ("donald j. trump", "jason c. ervin"): only a clear starter ends it.
    if (caseless && bare.length === 1 && bare !== 'i' && startsLower) return CASELESS_STARTERS.has(nextWord);
    if (MAYBE_FINAL.has(bare) || /^([a-z]\.)+[a-z]$/.test(bare)) {
      if (isDigit(starterCh)) return false;
      if (isUpper(starterCh)) return CLEAR_STARTERS.has(nextWord);
      return caseless && startsLower && CASELESS_STARTERS.has(nextWord);
    }
  }
  // A terminator closing a bracket that opened mid-sentence is an aside's ("sen. jane roe (d-vt.) on monday",
  // "hoping (praying?) for", tokenised "( d-vt . ) said", "-lrb- d-vt . -rrb- said"): the sentence goes on unless a
  // capital says otherwise, or, lower-cased, a full stop closes a bracket of several words before a clear starter
  // ("… is not clear (he once said so.) there are rumours …"). A bracket that opens its sentence holds a sentence
  // of its own: "(she left.) then …".
  if (c.after > termEnd && (caseless || !startsUpper) && closesBracket(text, termEnd, c.after)) {
    const opener = bracketOpener(text, termStart);
    if (opener >= 0) {
      if (!opensSentence(text, c.start, opener)) {
        return caseless && term === '.' && startsLower && CASELESS_STARTERS.has(nextWord) && wordsBetween(text, opener + (text[opener] === '-' ? 5 : 1), termStart) > 1;
      }
    } else if (caseless && term === '.' && startsLower && !CASELESS_STARTERS.has(nextWord)) {
      // No opener in sight: a short word glued to the full stop reads as an abbreviation ("d-vt.)"); a full stop
      // the tokeniser set apart ("winning . )") had been read as a sentence's end.
      const word = wordBefore(text, termStart);
      if (word !== '' && word.length <= MAX_BRACKET_ABBREV) return false;
    }
  }
  // `"Why's he attacking me?" Trump said.`: the speaker's tag after a quoted question or exclamation is part of it.
  if (closedByQuote && term !== '.' && starterAt === c.next && startsUpper && speechTagAt(text, starterAt)) return false;
  // An ellipsis inside a sentence ("we will ... continue") is not an end unless a capital follows.
  if (startsUpper) return true;
  if (startsLower) {
    if (!caseless) return false;
    // Lower-cased text: `"...?" he asked` keeps going; "said" and friends right after a quote continue it.
    if (closedByQuote && /^(said|says|added|asked|told|noted|according|he|she|they|the)$/.test(nextWord)) {
      if (/^(said|says|added|asked|told|noted|according)$/.test(nextWord) || term === ',') return false;
      // `` are we done ? '' she asked . — a speech verb right after the pronoun (or "the minister") continues it.
      return !SPEECH_AFTER.test(text.slice(starterAt, starterAt + 60));
    }
    return true;
  }
  return OPENERS.includes(nextCh) || nextCh === '-' || nextCh === '—' || nextCh === '•';
}

/**
 * Where the paragraph that starts at `from` begins to be read as a run-on one (its paragraph breaks lost, as in
 * one-line corpora): `from` itself when it is one, else the text's end.
 */
function runOnFromAt(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return (end === -1 ? text.length : end) - from > RUN_ON_PARAGRAPH ? from : text.length;
}

/**
 * Splits `text` into trimmed sentence spans; no span crosses a newline. `caseless` is `looksCaseless(text)`,
 * passed by a caller that reads it once for every extractor.
 */
export function splitSentences(text: string, caseless = looksCaseless(text)): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && (isSpace(text[s]!) || text[s] === '\n')) s++;
    while (e > s && (isSpace(text[e - 1]!) || text[e - 1] === '\n')) e--;
    if (e <= s) return;
    const prev = spans[spans.length - 1];
    // A fragment with no letters or digits ("[…]", a lone quote mark) belongs to the sentence before it.
    if (!/[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      if (prev && !text.slice(prev.end, s).includes('\n')) prev.end = e;
      return;
    }
    spans.push({ start: s, end: e });
  };
  const n = text.length;
  let runOnFrom = runOnFromAt(text, 0);
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '\n') {
      runOnFrom = runOnFromAt(text, i + 1);
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch === ' ' && !caseless && captionSeamAt(text, i, runOnFrom <= i)) {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      i++;
      continue;
    }
    const termStart = i;
    while (i < n && (text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === '…')) i++;
    const termEnd = i;
    let after = i;
    while (after < n && CLOSERS.includes(text[after]!)) after++;
    let next = after;
    while (next < n && isSpace(text[next]!)) next++;
    // Tokenised text closes a quotation or a bracket with a token of its own: "done . '' he said",
    // "( d-vt . ) said", "-lrb- it passed . -rrb- the house": the closers belong to the sentence they close.
    for (let k = 0; k < 3; k++) {
      const past = pastSeparateCloser(text, next);
      if (past === next) break;
      after = past;
      next = after;
      while (next < n && isSpace(text[next]!)) next++;
    }
    if (endsSentence(text, termStart, termEnd, { start, after, next }, caseless)) {
      push(start, after);
      start = after;
    }
    i = Math.max(after, termEnd);
  }
  push(start, n);
  return spans;
}

/**
 * Page furniture the splitter cuts into "sentences" that state nothing: the Daily Mail style header
 * ("By . Jane Doe . PUBLISHED: . 09:12 EST, 4 March 2013 . | . UPDATED: . …", "Last updated at 4:06 PM on
 * 5th October 2011 ."), as published or lower-cased and tokenised. Such a line must never be a key statement
 * or the lede, nor push the real lead down the article.
 */
const STAMP_WORD = /^(?:published|updated|created|posted|last\s+(?:updated|modified))\b\s*(?:at|on|:)?/i;
const CLOCK = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4}\b)?\s*,?\s*(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[a-z]+\.?\s+\d{1,4}/i;
const BYLINE = /^by\s*[.:]?\s*$/i;
/** Lines addressed to the page's reader, not statements: "Scroll down for video", an editor's note, a disclaimer. */
const PAGE_LINE =
  /^(?:["“`']+\s*)?(?:scroll down for (?:video|more)|click (?:here|below)\b|read more\s*:|watch the video\b|editor\s*['’]?\s*s\s*note\s*:|follow (?:us|@|\S+ on twitter)|the (?:opinions|views) expressed in this (?:commentary|column|article|piece) are (?:solely )?(?:those|the author))/i;
const BY_NOT_NAME =
  /^by\s+(?:the|a|an|this|that|then|now|noon|midnight|dawn|nightfall|early|late|mid|far|all|contrast|comparison|law|way|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next|last|then|some|most|his|her|their|its|our|my)\b|\b(?:is|was|are|were|has|had|have|will|would|said|says|could|can)\b/i;

/** Words as a reader counts them: whitespace-separated tokens holding a letter or digit ("1,250" is one, "—" none). */
export function countWords(text: string): number {
  // One match per such token: from its first letter or digit, \S* runs to the token's end.
  return text.match(WORD_TOKEN)?.length ?? 0;
}

const WORD_TOKEN = /[\p{L}\p{N}]\S*/gu;

/** Content of a sentence without its end punctuation and tokenised separators (" . | ."). */
function bare(text: string): string {
  return text.replace(/(?:\s*[.|:]\s*)+$/, '').trim();
}

/**
 * A heading in capitals left on its own by the splitter ("BENAUD ON BOTHAM", "THE SAVE OF THE SEASON"): a label
 * for what follows, not a statement.
 */
function isCapsHeading(t: string): boolean {
  if (t.length > 80 || /[.!?…"”’']$/.test(t)) return false;
  let upper = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (isLower(ch)) return false;
    if (isUpper(ch)) upper++;
  }
  return upper >= 6;
}

/** For each sentence, whether it is page furniture rather than a statement (see above). */
export function furniture(texts: readonly string[]): boolean[] {
  const out = texts.map(() => false);
  for (let i = 0; i < texts.length; i++) {
    const t = bare(texts[i]!);
    // Counted only for the few lines a pattern below already picked out.
    const words = (): number => countWords(t);
    if (BYLINE.test(t)) {
      out[i] = true;
      // The author names after "By .": a short line ("Jane Doe and Tom Lee", "Daily Mail Reporter").
      const next = texts[i + 1] === undefined ? undefined : bare(texts[i + 1]!);
      if (next !== undefined && next.split(/\s+/).length <= 9 && !/[,;"“”`']/.test(next)) {
        out[i + 1] = true;
        // Then "for MailOnline .", "and Associated Press .", "In Washington .": short tails of the byline.
        let j = i + 2;
        while (j < texts.length && /^(?:and|&|for|in)\s/i.test(bare(texts[j]!)) && bare(texts[j]!).split(/\s+/).length <= 5) out[j++] = true;
        i = j - 1;
      }
      continue;
    }
    // "By Jane Doe, Political Editor": a short opening line naming someone, not "By noon it had sunk".
    if (i < 4 && /^by\s+\S/i.test(t) && words() <= 7 && !/\d/.test(t) && !BY_NOT_NAME.test(t)) {
      out[i] = true;
      continue;
    }
    if (PAGE_LINE.test(t) || isCapsHeading(texts[i]!.trim())) out[i] = true;
    else if (STAMP_WORD.test(t) && (words() <= 3 || CLOCK.test(t.replace(STAMP_WORD, '').trim()) || /\d{4}$/.test(t)) && words() <= 12) out[i] = true;
    else if (CLOCK.test(t) && words() <= 8) out[i] = true;
  }
  return out;
}

/** A photo caption's own marks: "(left)", "(pictured)", "(file photo …)", "pictured", "Above, …". */
const CAPTION_MARK =
  /\((?:pictured|picture|photo|left|right|centre|center|top|bottom|above|below|inset|front|back|second|far|main|file|stock|not pictured|not seen|seated|middle|from left|[lrc]|\d(?:st|nd|rd|th) [lr])\b[^()]{0,50}\)|\bpictured\b|, (?:far )?(?:left|right|centre|center|above|below|inset)(?:,|$)|^(?:Above|Below|Left|Right|Top|Bottom|Inset|Pictured|Here|Main|Clockwise)\b/i;
/** A tabloid caption label: one to four words and a colon ("Fighter ace: …", "Not the breadwinner: …"). */
const CAPTION_LABEL = /^[A-Z'‘"][^\s:]*(?: [^\s:]+){0,3}: /;
/** A colon after these words opens what was said or written, not a caption: "He said: …", "a banner reading: …". */
const SPEECH_COLON = new Set(['said', 'says', 'added', 'adds', 'told', 'reads', 'read', 'reading', 'wrote', 'writes', 'explained', 'tweeted', 'stated', 'declared', 'asked', 'warned', 'insisted', 'statement']);
/** Verbs a photo caption is written in: the present tense of what the picture shows ("Klopp chats with …"). */
const CAPTION_VERBS = new Set([
  'chats', 'poses', 'celebrates', 'smiles', 'waves', 'looks', 'sits', 'stands', 'walks', 'arrives', 'leaves',
  'reacts', 'shares', 'talks', 'speaks', 'watches', 'holds', 'wears', 'takes', 'gets', 'runs', 'jumps', 'trains',
  'warms', 'fires', 'hits', 'heads', 'kicks', 'enjoys', 'attends', 'greets', 'hugs', 'kisses', 'shakes', 'signs',
  'plays', 'performs', 'sings', 'dances', 'rides', 'drives', 'prepares', 'gestures', 'points', 'applauds',
  'embraces', 'lifts', 'sees', 'works', 'shows', 'helps', 'appears', 'stretches', 'battles', 'competes', 'goes',
  'puts', 'tries', 'clutches', 'lies', 'receives', 'carries', 'scores', 'leads', 'salutes', 'cuddles', 'curls',
  'fits', 'stares', 'laughs', 'cries', 'rests', 'sleeps', 'eats', 'drinks', 'climbs', 'swims', 'flies', 'crosses',
  'passes', 'shoots', 'saves', 'tackles', 'earns',
  // the same for a group ("Fans … display a banner", "Rescuers gather …")
  'pose', 'smile', 'celebrate', 'chat', 'sit', 'stand', 'wave', 'display', 'respond', 'gather', 'queue', 'arrive',
  'react', 'walk', 'line', 'hold', 'wear', 'leave',
]);
/** "is seen", "are shown": a caption's passive. */
const CAPTION_PASSIVE = new Set(['seen', 'shown', 'photographed', 'captured', 'mobbed']);
/** Words that open a clause, not a caption: "if Hale wins", "which runs the bar", "as Hale leaves". */
const OPENS_CLAUSE = new Set(['which', 'who', 'that', 'if', 'when', 'unless', 'until', 'once', 'whether', 'while', 'as']);
/** Words before a verb-like word that make it a noun or a clause's ("the stands", "three points", "if Hale wins"). */
const NOT_CAPTION_SUBJECT = new Set([
  ...OPENS_CLAUSE, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'our', 'my', 'your',
  'every', 'each', 'some', 'no', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'many',
  'all', 'both',
]);
/** A caption tells of the picture within its first words, or of a named person anywhere in a run of captions. */
const CAPTION_VERB_WITHIN = 8;
/** A caption left on its own this short is read as one whatever its verb ("Pictured is …", "With the new"). */
const SHORT_CAPTION = 8;

/** Whether a sentence cut off at a caption seam reads as a photo caption (see captionSentences). */
function readsAsCaption(t: string): boolean {
  if (CAPTION_MARK.test(t)) return true;
  if (CAPTION_LABEL.test(t)) {
    const head = t.slice(0, t.indexOf(':'));
    if (!SPEECH_COLON.has(letterWordBefore(head, head.length).toLowerCase())) return true;
  }
  const words = t.split(' ');
  if (words.length <= SHORT_CAPTION) return true;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const prev = words[k - 1]!;
    if (CAPTION_PASSIVE.has(w) && (prev === 'is' || prev === 'are')) {
      if (k < CAPTION_VERB_WITHIN || isUpper(words[k - 2]?.[0] ?? '')) return true;
      continue;
    }
    if (!CAPTION_VERBS.has(w) || NOT_CAPTION_SUBJECT.has(prev.toLowerCase())) continue;
    if (k >= 2 && OPENS_CLAUSE.has(words[k - 2]!.toLowerCase())) continue;
    // A named subject ("… Klopp chats with …", "… Bouchard (left) shows …") anywhere, any subject early on.
    if (isUpper(prev[0]!) || prev.endsWith(')') || k < CAPTION_VERB_WITHIN) return true;
  }
  return false;
}

/**
 * For each sentence, whether it is a photo caption: it ends at a caption seam (no full stop, the next sentence
 * on the same line: "… during training in Dortmund on Wednesday He said …") and reads as one (a caption's marks
 * or label, a present-tense picture verb, or very short). Like page furniture, such a line is no key statement.
 * Lower-cased text has no seams, and so no captions.
 */
export function captionSentences(text: string, spans: readonly SentenceSpan[], caseless = looksCaseless(text)): boolean[] {
  if (caseless) return spans.map(() => false);
  return spans.map((s) => {
    if (text[s.end] !== ' ') return false;
    let e = s.end;
    while (e > s.start && CLOSERS.includes(text[e - 1]!)) e--;
    const last = text[e - 1]!;
    if (last === '.' || last === '!' || last === '?' || last === '…') return false;
    return readsAsCaption(text.slice(s.start, s.end));
  });
}

const WIRE = /^(?:[\p{L}][\p{L} .,'’-]{0,48}?\s*)?(?:\(|-lrb-\s*)(?:cnn|cnnmoney|cnn student news|reuters|ap|afp|upi|ew\.com)\s*(?:\)|\s-rrb-)\s*(?:--|—|–|-|:)?\s*/iu;

/**
 * Length of a wire-service opening ("LONDON, England (CNN) -- ", "(Reuters) - ", "-lrb- cnn -rrb- -- "):
 * a dateline and credit ahead of the lead, which the statement need not repeat. 0 when there is none.
 */
export function wirePrefixLength(text: string): number {
  const m = WIRE.exec(text);
  if (!m) return 0;
  const before = m[0].slice(0, m[0].search(/\(|-lrb-/i)).trim();
  // A dateline is a few words ("LONDON, England") and the credit is followed by a dash; "Mr Smith (CNN) said" is a clause.
  if (before !== '' && (before.split(/\s+/).length > 5 || !/(?:--|—|–|-|:)\s*$/.test(m[0]))) return 0;
  return m[0].length < text.length ? m[0].length : 0;
}
