/**
 * Figures: numbers that carry a unit (money, percentages, measures, counts of things), with what they
 * measure. "36 tons" → { value: 36, unit: "tons", context: "humanitarian aid" }; "$1.13bn" → value
 * 1.13e9, unit "USD"; "770 citizens … were evacuated" → context "citizens evacuated".
 *
 * Years, dates, times, ordinals and bare numbers without a unit are not figures. One regex pass finds
 * numbers; each is then judged from a short window around it, so the cost is linear in the text.
 */
import type { SentenceSpan } from './sentences.ts';
import { pronounSubjects, type KnownNames } from './figure-subjects.ts';

export interface FigureSpan {
  text: string;
  value: number | null;
  unit: string | null;
  context: string;
  start: number;
  end: number;
}

/**
 * Where the conversions merged into a figure start ("(£600m)" of "$1.13bn (£600m)"). The ranking's fact
 * density counts them as it did when each was a figure of its own, so merging them changes the figures list
 * and nothing else. A WeakMap keeps them off the sheet's JSON.
 */
const CONVERSION_STARTS = new WeakMap<FigureSpan, number[]>();

/** The figures as the ranking counts them: one mention per figure, plus one per conversion merged into it. */
export function figureMentions(figures: readonly FigureSpan[]): Array<{ start: number }> {
  const mentions = figures.flatMap((f) => (UNCOUNTED.has(f) ? [] : [{ start: f.start }, ...(CONVERSION_STARTS.get(f) ?? []).map((start) => ({ start }))]));
  const dropped = DROPPED_STARTS.get(figures);
  return dropped === undefined || dropped.length === 0 ? mentions : [...mentions, ...dropped.map((start) => ({ start }))].sort((a, b) => a.start - b.start);
}

/**
 * Where the numbers read once as figures and now left off the list start (a time frame, a number inside a name):
 * the ranking's fact density still counts them, so leaving them off changes the figures list and nothing else.
 * Keyed by the list extractFigures returned.
 */
const DROPPED_STARTS = new WeakMap<readonly FigureSpan[], number[]>();

/** Module-level patterns used inside callbacks (a literal there would be evaluated per call). */
const DIGIT_START = /^\d/;
const TRAILING_DASH = /\s*-$/;
const PASSIVE_PENALTY = /\b(?:was|were|been|be|is|are)\s+(?:each\s+)?(fined|ordered to pay)\s+$/i;
const HAS_DIGIT = /\d/;
const COUNT_COMPLEMENT = /^\s+(of|against)\s+(?:the\s+|their\s+|its\s+)?(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,4})/u;
const TO_ONLY = /^\s+to\s+$/i;
const CHANGED_BY = /\bby\s+$/i;
const PLURAL_CHANGE_AFTER = /^\s+(cuts|increases|rises|hikes|reductions|savings|credits|breaks|rebates)\b/i;
const OF_APPROX = /^(?:nearly|almost|about|around|roughly|some|over|more|approximately|under|just|only)$/i;
const COMPARED_NOUN = /^\s+(more|fewer|less)\s+(\p{Ll}[\p{L}-]+)(?!\s+(?:than|to|likely))/u;
const RAISED_TO =
  /\b(?:raise|raised|raises|raising|double|doubled|doubles|doubling|increase|increased|increases|increasing|boost|boosted|boosts|boosting|lift|lifted|lifts|lifting|push|pushed|pushes|pushing|bring|brought|brings|bringing|hike|hiked|hikes|hiking|(?:an?\s+)?(?:increase|rise|hike|cut|reduction)\s+in)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+to\s+$/iu;
const LOWER_WORD = /^\p{Ll}+$/u;
const LY_WORD = /^\w{3,}ly$/i;
const ING_END = /ing$/;
const RELATIVE_OR_OBJECT = /^(?:who|that|which|them|him|her|us|me)(?:['’]\p{L}+)?$/iu;
const WHICH_THAT = /^(?:which|that)$/i;
const THAT_WHICH_WHO = /^(?:that|which|who)$/i;
const GOVERNING_VERBS = /^(?:expects?|wants?|needs?|allows?|helps?|asks?|forces?|urges?|causes?|leaves?)$/i;
const TIMED_NOUNS = /^(?:quarter|season|weekend|term)$/i;
const QUESTION_WORDS = /^(?:what|how|why)$/i;
const OF_IN = /^(?:of|in)$/i;
const AND_BUT_OR = /^(?:and|but|or)$/i;
const NEW_SUBJECT = /^(?:the|a|an|its|their|his|her|it|they|he|she|we|i|then)$/i;
const UP_DOWN = /^(?:up|down)\b/i;
const DASH_AHEAD = /^[^-–—]{0,50}\s(?:-|--|–|—)\s/;
const MULTIPLE_STOP = /^(?:and|or|but|in|on|at|during|since|while|when|which|who|because)$/i;
const ARTICLE_WORD = /^(?:the|a|an)$/i;
const NOT_CHANGE_WORDS = /^(?:up|down|hit|be|been|become|became)$/i;
const SUPERLATIVE_NOUN = /^\S+est\s/i;
const CAPITAL_START = /^[A-Z]/;
const SENTENCE_OPENING = /(?:^|[.!?:"“”]\s*|\n)$/;

const NUMBER = /(?<![\p{L}\p{N}_.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)/gu;

/**
 * Figures read from a number spelt out ("five people were killed", "a two-year ban") or from a number joined to
 * its unit ("a 10-year deal"). The ranking's fact density counts the figures it counted before they were read,
 * so they are left out of figureMentions: reading them changes the figures list and nothing else.
 */
const UNCOUNTED = new WeakSet<FigureSpan>();

/** "two" to "ninety-nine", with "hundred": "one" is left out (a pronoun as often as a number). ASCII only, no \p{…}. */
const SPELLED =
  /(?<![A-Za-z0-9'’-])(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))(\s+hundred)?(?![A-Za-z0-9'’])/gi;
const SPELLED_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Before a spelt-out number, words that make it a reference to things already named ("the two companies"). */
const SPELLED_REFERENCE = /\b(?:the|these|those|its|their|his|her|our|my|your|both|all|of|first|last|next|every|each|whose|other|another|any|these|top|or|one|by|to|at)\s+$/i;
/** Plural nouns a spelt-out number counts without saying anything worth a figure ("two things", "three times"). */
const SPELLED_NOT_COUNTED = /^(?:times|ways|things|others|sides|reasons|words|kinds|types|parts|steps|pieces|occasions|halves|minutes?|seconds?|hours?|days?|weeks?|months?|years?|decades?)$/i;

const HYPHEN_PLURALS: Record<string, string> = { foot: 'feet', man: 'men', story: 'stories', storey: 'storeys', km: 'km', match: 'matches' };

const LEVEL_SINCE = /^(?:highs?|lows?|peaks?|bests?|worsts?)$/i;

/** "a 10-year deal" → { text: "10-year", unit: "years", context: "deal" }; null when no noun follows the unit. */
function joinedFigure(text: string, start: number, end: number, value: number, unit: string): FigureSpan | null {
  const after = text.slice(end, end + 60);
  if (!/^\s+[A-Za-z]/.test(after)) return null;
  // "a 10-day Dutch festival begins": two words at most, and the sentence's verb is not part of it.
  const words = phraseAfter(after, 2).split(' ');
  const verbAt = words.findIndex((w, i) => i > 0 && (isPastForm(w) || VERB_FORMS.has(w.toLowerCase())));
  const noun = words.slice(0, verbAt < 0 ? undefined : verbAt).join(' ');
  const first = noun.split(' ')[0] ?? '';
  // "a five-year high", "four-month lows": how long since the level was last seen, no measure of anything.
  if (!noun || isTimeWord(noun) || notAHead(first) || PREPOSITIONS.has(first.toLowerCase()) || LEVEL_SINCE.test(first)) return null;
  return { text: text.slice(start, end), value, unit: HYPHEN_PLURALS[unit] ?? `${unit}s`, context: noun, start, end };
}

interface NumberMatch {
  index: number;
  raw: string;
  value: number;
  spelled: boolean;
}

/** Numbers in digits and spelt out, in text order: one pass of each regex, merged. */
function* numbersIn(text: string): Generator<NumberMatch> {
  const digits = text.matchAll(NUMBER);
  const words = text.matchAll(SPELLED);
  let d = digits.next();
  let w = words.next();
  while (!d.done || !w.done) {
    if (!d.done && (w.done || d.value.index <= w.value.index)) {
      yield { index: d.value.index, raw: d.value[0], value: numberValue(d.value[0]), spelled: false };
      d = digits.next();
    } else if (!w.done) {
      const m = w.value;
      const base = m[1] !== undefined ? SPELLED_VALUES[m[1].toLowerCase()]! + (m[2] !== undefined ? SPELLED_VALUES[m[2].toLowerCase()]! : 0) : SPELLED_VALUES[m[3]!.toLowerCase()]!;
      yield { index: m.index, raw: m[0], value: m[4] !== undefined ? base * 100 : base, spelled: true };
      w = words.next();
    }
  }
}

/** A unit joined to its number by a hyphen, and the plural it reads as: "10-year deal" → years. */
const HYPHEN_UNIT =
  /^-(year|month|week|day|hour|minute|mile|metre|meter|kilometre|kilometer|km|foot|yard|acre|hectare|ton|tonne|point|seat|bed|storey|story|member|man|page|game|match)(?![\w-])/i;

const CURRENCY_PREFIX: Array<[RegExp, string]> = [
  [/(?:US|U\.S\.)\s?\$\s?$/i, 'USD'],
  [/A\$\s?$/, 'AUD'],
  [/C\$\s?$/, 'CAD'],
  [/HK\$\s?$/, 'HKD'],
  [/\$\s?$/, 'USD'],
  [/£\s?$/, 'GBP'],
  [/€\s?$/, 'EUR'],
  [/¥\s?$/, 'JPY'],
  [/₹\s?$/, 'INR'],
  [/₽\s?$/, 'RUB'],
  [/\b(?:Rs\.?|INR)\s?$/, 'INR'],
  [/\b(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|AUD|CAD)\s?$/, ''],
];

/** The currency a prefix written before a number names ("US$" → USD, "EUR" → EUR); null for none or no prefix. */
function currencyOfPrefix(prefix: string): string | null {
  if (prefix === '') return null;
  const code = CURRENCY_PREFIX.find(([re]) => re.test(prefix))?.[1];
  return code === undefined ? null : code || prefix.slice(0, 3).toUpperCase();
}

/** Plural nouns a number with "m" or "k" counts, where it cannot be metres ("1.7m people", not "100m hurdlers"). */
const COUNTED_IN_MILLIONS =
  /^(?:people|children|men|women|adults|households|homes|jobs|copies|units|shares|votes|visitors|passengers|residents|citizens|patients|pupils|students|[a-z]{2,}ers)$(?<!(?:meters|liters|hurdlers|sprinters|runners|swimmers|rowers|skaters|racers|footers))/;

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9,
  billions: 1e9, tn: 1e12, trillion: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rupee: 'INR', rupees: 'INR', yuan: 'CNY',
  yen: 'JPY', afghanis: 'AFN', francs: 'CHF', rupiah: 'IDR', rand: 'ZAR', pesos: 'MXN', reais: 'BRL', lira: 'TRY',
  zlotys: 'PLN', zloty: 'PLN', kronor: 'SEK', kroner: 'DKK', ringgit: 'MYR', baht: 'THB', shekels: 'ILS',
  naira: 'NGN', hryvnias: 'UAH', dirhams: 'AED', riyals: 'SAR', won: 'KRW',
};

const NAMED_CURRENCIES: Record<string, string> = {
  'swiss francs': 'CHF', 'hong kong dollars': 'HKD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD',
  'us dollars': 'USD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'egyptian pounds': 'EGP',
  'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'mexican pesos': 'MXN', 'swedish kronor': 'SEK',
  'swedish krona': 'SEK', 'danish kroner': 'DKK', 'norwegian kroner': 'NOK',
};

const MEASURES = new Set(
  `ton tons tonne tonnes t kg kilogram kilograms kilogramme kilogrammes g gram grams lb lbs ounce ounces km
  kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm ft foot feet inch
  inches yard yards hectare hectares ha acre acres litre litres liter liters gallon gallons barrel barrels bpd
  mph kph km/h knots degree degrees °c °f mw gw kw kwh mwh gwh tw twh gb tb mb kb mbps gbps sq square cubic
  year years month months week weeks day days hour hours minute minutes second seconds decade decades
  century centuries percentage points point points pts`.split(/\s+/),
);

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words that look plural but are not the thing counted. */
const NOT_COUNTED = new Set(
  `is was has his this its as us thus always perhaps across besides yes less unless news whereas plus minus
  series species since towards upwards afterwards its`.split(/\s+/),
);
const IRREGULAR_PLURALS = new Set(
  'people children men women police staff personnel cattle sheep fish aircraft troops personnel crew'.split(' '),
);

/**
 * "agreed to pay a total of $515m", "collected a combined $90m": words that only sum the figure stand between it
 * and the verb or noun that says what it is, and are passed over as "more than" is.
 */
const TOTAL_OF = /\b(?:a|an|the)\s+(?:(?:grand|combined)\s+)?(?:total|combined|sum)\s+(?:of\s+)?$/i;

const APPROX = /(?:\b(?:between|more than|less than|fewer than|over|under|about|around|almost|nearly|roughly|approximately|at least|at most|up to|some|just over|just under|as many as|as much as|as high as|as low as|an estimated|estimated)\s+)$/i;

/** Linking words after which the thing measured is named before the figure ("aid weighing 36 tons"). */
const BEFORE_LINKERS = new Set(
  'weighing worth totalling totaling costing valued amounting measuring numbering of at for to'.split(' '),
);
const CHANGE_VERBS =
  /^(?:rose|rise|rises|rising|risen|grown|cut|cuts|reduce|reduced|reduces|boost|boosted|lift|lifted|lower|lowered|raise|raises|extend|extended|jumped|jump|jumps|fell|fall|falls|falling|fallen|dropped|drop|drops|slumped|slump|slumps|grew|grow|grows|growing|increased|increase|increases|decreased|decrease|declined|decline|declines|climbed|climb|soared|soar|surged|surge|plunged|plunge|gained|gain|lost|lose|edged|slid|slide|slides|slipped|tumbled|tumble|sank|sink|sinks|sunk|dipped|dip|dips|rebounded|rebound|recovered|doubled|tripled|halved|shrank|shrunk|shrink|widened|narrowed|eased|expanded|contracted|advanced|retreated|rallied|spiked|plummeted|plummet|was|were|is|are|stood|reached|hit|totalled|totaled|posted|reported|raised|cut|up|down|be|been|become|became|remain|remains|remained)$/i;

const PREPOSITIONS = new Set(
  `of in on at for from to by with about against between into through during before after above below under
  over than as per via within without across among amid and or but that which who whose while when where the
  a an its their his her our this these those some any each every such no he she it they we i you said says
  saw see sees has have had is was were are be been will would could should can may might also though although
  even because if unless whether whereas despite once until due along around near beyond behind toward towards
  throughout upon onto`.split(/\s+/),
);

/**
 * Verbs whose object or subject is a count in news ("received 250,000 signatures", "23,000 people killed"),
 * as base[:participle[:past]]; a regular verb's participle is its -ed form. Every form (base, -s, past,
 * participle, -ing) maps to the participle, which is how the context names what happened to the things
 * counted: "signatures received".
 */
const VERB_TABLE = `employ hire fire:fired kill injure wound arrest detain evacuate rescue displace deport admit:admitted
  receive win:won:won lose:lost:lost sell:sold:sold buy:bought:bought make:made:made take:taken:took give:given:gave
  send:sent:sent build:built:built keep:kept:kept bring:brought:brought find:found:found pay:paid:paid
  spend:spent:spent hold:held:held draw:drawn:drew attract get:got:got target cover include involve affect serve
  house need add create cut:cut:cut shed:shed:shed axe interview survey poll visit host welcome treat test
  vaccinate infect contact reach destroy damage raise earn collect own operate sign register recruit enrol:enrolled
  enroll train produce deliver ship:shipped export import issue approve reject release free:freed capture seize
  recover expel offer lay:laid:laid save identify:identified deploy station order plan:planned carry:carried
  sentence convict charge fine:fined execute:executed jail imprison hurt:hurt:hurt shoot:shot:shot
  abduct kidnap:kidnapped strand trap:trapped flee:fled:fled die:died:died protest gather attend vote join return
  apply:applied back support oppose lead:led:led feed:fed:fed displace relocate resettle house shelter accept
  reveal list name sack suspend cancel:cancelled delay strike:struck:struck
  cast:cast:cast use represent sue see:seen:saw watch attend download play shut:shut:shut rack`;

/** The table's past tenses and participles: "house" and "orders" may be nouns, "housed" and "ordered" are verbs. */
const PAST_FORMS = new Set<string>();

const WHITESPACE = /\s+/;
const CONSONANT_Y_END = /[^aeiou]y$/;
const SIBILANT_END = /(?:s|sh|ch|x)$/;
const SHORT_CVC_VERB = /^[^aeiou]*[aeiou][bdgmnprt]$/;

const VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const entry of VERB_TABLE.split(WHITESPACE)) {
    const [base, part0, past0] = entry.split(':') as [string, string?, string?];
    const regular = base.endsWith('e') ? `${base}d` : CONSONANT_Y_END.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
    const part = part0 ?? regular;
    const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : part === `${base}${base.slice(-1)}ed` ? base + base.slice(-1) : base;
    const third = SIBILANT_END.test(base) ? `${base}es` : CONSONANT_Y_END.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
    // "cutting", "shutting": a short verb ending consonant-vowel-consonant doubles its last letter.
    const doubled = SHORT_CVC_VERB.test(base) ? `${base}${base.slice(-1)}ing` : `${stem}ing`;
    for (const f of [base, third, part, past0 ?? part, `${stem}ing`, doubled]) if (!forms.has(f)) forms.set(f, part);
    PAST_FORMS.add(part).add(past0 ?? part);
  }
  return forms;
})();

/** -ed words that are not verbs, or that read as adjectives before a count. */
const NOT_PARTICIPLES = /^(?:hundred|aged|sacred|naked|wicked|rugged|ragged|kindred|beloved|learned|need|seed|speed|bed|red|shed|fed|led|wed|bred|breed|creed|greed|embed|combined|estimated|so-called|proposed|expected|planned|projected|reported|alleged|unprecedented|unexpected|limited|unlimited|detailed|related|united|advanced|armed|skilled|unskilled|registered|qualified|retired|married|compared|based|according|given|following|regarding|concerning)$/i;

/** The participle a word stands for, when it is a verb form: "received" → "received", "sold" → "sold". */
function participleOf(word: string): string | null {
  const w = word.toLowerCase();
  const known = VERB_FORMS.get(w);
  if (known !== undefined) return known;
  if (/^\p{Lu}/u.test(word) || NOT_PARTICIPLES.test(w) || /eed$/.test(w)) return null;
  // Four letters will do ("sued", "owed", "used"): "need", "seed" and the like are excluded above.
  return w.length >= 4 && w.endsWith('ed') ? w : null;
}

/** A verb's past or participle ("sold", "housed"), not a form that may be a noun ("house", "orders"). */
function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  return participleOf(word) !== null && (PAST_FORMS.has(w) || w.endsWith('ed'));
}

/** Verbs whose participle takes a complement: "deemed classified", "found guilty". */
const COMPLEMENT_VERBS = /^(?:deemed|considered|found|declared|rated|listed|classed|judged|thought|believed|said|reported|described|named|ruled|certified|confirmed)$/i;

const AUXILIARIES = /^(?:were|was|are|is|be|been|being|have|has|had|got|get|gets|will|would|could|should|may|might|can|must|shall)$/i;
const MODALS = /^(?:will|would|could|should|may|might|can|must)$/i;
const ADVERB_WORDS = /^(?:not|also|now|still|already|reportedly|all|then|since|ever|never|just|only|later|eventually|each|apparently|allegedly|both)$/i;
/** -ly words that are nouns or adjectives ("the Ricketts family", "quarterly profits"), not adverbs. */
const LY_NOT_ADVERB =
  /^(?:family|italy|rally|supply|ally|assembly|monopoly|anomaly|belly|jelly|bully|reply|july|daily|weekly|monthly|quarterly|yearly|early|likely|unlikely|friendly|elderly|lovely|costly|ugly|silly|holy|fly|apply|multiply|comply|rely|deadly|lonely|lively|orderly|tally|hourly|nightly|kelly|emily|sally|molly|billy|jolly|gully|only)$/i;
const isLyAdverb = (w: string): boolean => LY_WORD.test(w) && !LY_NOT_ADVERB.test(w);
const ADVERBS = { test: (w: string): boolean => ADVERB_WORDS.test(w) || isLyAdverb(w) };
const STATE_AFTER =
  /^\s+(?:(?:are|is|were|was|will be|would be|remain|remained)\s+)?((?:still\s+)?(?:up for grabs|in play|on offer|on the table|on the ballot|in contention|undecided|uncommitted|unpledged|available|eligible|dead|injured|wounded|missing|homeless|unemployed|involved|affected|remaining|unaccounted for|at stake|on board|in custody|in hospital|behind bars|out of work|on strike|in attendance|in total))\b/i;

/** Words that open a clause of its own: no verb after them is the counted thing's verb. */
const CLAUSE_OPENERS = /^(?:that|which|who|whom|whose|where|when|because|if|while|although|though|than|but|so|unless|whether|as|after|before|until)$/i;

const OF_WORD = /\bof\s/i;
const CAPITALISED_LIST_ITEM = /^\s+(?:the\s+)?\p{Lu}/u;
const DELAYED_AUXILIARY = /^\s+(?:also\s+)?(?:were|was|are|is|have|has|had|will|would|could|should|may|might|can|must)\b/i;
const WHO_THAT_WHICH = /^(?:who|that|which)$/;
const WHO_THAT = /^(?:who|that)$/;
const BE_FORMS = /^(?:are|is|were|was)$/;
const S_OR_ING_END = /(?:s|ing)$/;
const DETERMINER_WORD = /^(?:a|an|the|their|its|his|her|our)$/i;
const INTRANSITIVE_VERBS = /^(?:benefit|go|lose|stay|face|remain|return|come|leave|work|live|die|say|think|believe|want|vote)$/;
const PLAIN_VERBS = /^(?:live|lives|work|works|remain|remains|say|says|think|believe|want|wanted|face|faced|use|came|went|left|arrived|remained|lived|worked|returned|voted)$/;
const ED_END = /ed$/i;
const PERFECT_AUXILIARIES = /^(?:have|has|had)$/;
const PREPOSITION_OBJECT = /^ (?:for|on|in|to|with|into|from|about|along|through|against)\b/;
const HAVE_OR_BE = /^(?:have|be)$/i;

/**
 * What happened to the things counted, read forwards from the count over a bounded number of words:
 * "23,000 people killed", "770 citizens of … were evacuated", "64 respondents out of 146 - among them 21
 * judges - believed", "18,000 students in the region will also benefit". Prepositional phrases and asides are
 * skipped; an -ed word right after a determiner or preposition is an adjective ("in affected areas").
 */
function verbAfter(after: string): string {
  // "12 handsets available", "384 delegates at stake", "20 people missing": a state named right after the count.
  const state = STATE_AFTER.exec(after);
  if (state) return state[1]!.toLowerCase();
  const main = after
    .replace(/\([^()]{0,200}\)/g, ' ')
    .replace(/\s(?:-|--|–|—)\s[^-–—]{0,120}?\s(?:-|--|–|—)\s/g, ' ')
    .replace(/,\s(?:including|who|which|that|such as|among them|mostly|many of them)\b[^,;]{0,150}(?=,)/gi, '')
    // ", the mayor said": an attribution closing the sentence says nothing of the count.
    .replace(/,\s[^,]{0,60}\b(?:said|says|told|added|reported|according to)\b[\s\S]*$/i, '')
    .split(/[;:"“”.!?]|\s(?:--|–|—|-)\s/)[0] ?? '';
  // A comma ends the count's clause ("70,000 mosques, it lists steps taken"), except inside a list of what
  // the count is of ("770 citizens of Russia, Belarus (…), Ukraine and Afghanistan were evacuated") or before
  // a verb the comma only delays ("18,000 students in the region, will also benefit").
  const segments = main.split(',');
  let clause = segments[0]!;
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k]!;
    const inList = OF_WORD.test(segments[0]!) && CAPITALISED_LIST_ITEM.test(seg);
    const delayed = DELAYED_AUXILIARY.test(seg);
    if (!inList && !delayed) break;
    clause += ` ${seg}`;
  }
  const ws = wordsOf(clause);
  let aux = '';
  let negated = false;
  let beTo = false;
  let rest = clause;
  for (let i = 0; i < ws.length && i < 14; i++) {
    const w = ws[i]!;
    const lw = w.toLowerCase();
    rest = rest.slice(rest.indexOf(w) + w.length);
    const next = ws[i + 1];
    // "28 people who are opposed": a relative clause right after the count still says what they did.
    if (i === 0 && WHO_THAT_WHICH.test(lw) && next !== undefined && AUXILIARIES.test(next)) continue;
    // "22 million Americans who own MP3 players", "22 emails that went through": its verb and what it acts on.
    if (i === 0 && WHO_THAT.test(lw) && next !== undefined && (VERB_FORMS.has(next.toLowerCase()) || isPastForm(next) || RELATIVE_VERBS.test(next))) {
      const tail = rest.slice(rest.indexOf(next) + next.length);
      return `${next.toLowerCase()}${objectAfter(tail) || placeAfter(tail)}`;
    }
    if (CLAUSE_OPENERS.test(lw)) return '';
    // "5,000 people and sells": a second predicate of the sentence's subject, not of the count.
    if ((lw === 'and' || lw === 'or') && next !== undefined && (participleOf(next) !== null || AUXILIARIES.test(next))) return '';
    if (AUXILIARIES.test(lw)) {
      aux = lw;
      continue;
    }
    // "30,000 jobs are to go": what is planned for them.
    if (lw === 'to' && BE_FORMS.test(aux) && next !== undefined) {
      beTo = true;
      aux = 'will';
      continue;
    }
    if (lw === 'not' || lw === 'never') negated = true;
    if (ADVERBS.test(lw) && i + 1 < ws.length) continue;
    const prev = (ws[i - 1] ?? '').toLowerCase();
    // "emails containing classified information": an -ing word without an auxiliary opens a modifier.
    if (aux === '' && ING_END.test(lw) && lw.length > 5) return '';
    // "to fight", "to be": a purpose, not what happened to the count; "to Moscow" is a place passed over.
    if (prev === 'to' && !aux && (VERB_FORMS.has(lw) || lw === 'be')) return '';
    const adjectival = ARTICLES.has(prev) || (PREPOSITIONS.has(prev) && !AUXILIARIES.test(prev));
    // Without an auxiliary only a past form is the count's verb: "54 seats for the lower house" has none.
    // "50 million people own a mobile": a present verb right after the count, with its object, says what they do.
    if (i === 0 && aux === '' && VERB_FORMS.get(lw) !== undefined && VERB_FORMS.get(lw) !== lw && !S_OR_ING_END.test(lw) && next !== undefined && DETERMINER_WORD.test(next)) {
      const object = wordsOf(rest).slice(1, 4);
      const stop = object.findIndex((o) => PREPOSITIONS.has(o.toLowerCase()) || DIGIT_START.test(o));
      return `${lw} ${next} ${object.slice(0, stop < 0 ? undefined : stop).join(' ')}`.trim();
    }
    const part = adjectival || (aux === '' && !isPastForm(w)) ? null : participleOf(w);
    const intransitive = INTRANSITIVE_VERBS.test(lw);
    const plain = !adjectival && PLAIN_VERBS.test(lw);
    if (part !== null || (aux !== '' && intransitive) || plain) {
      // "are not receiving": a progressive is kept as written, and a negation always.
      let verb = MODALS.test(aux) && !beTo ? `${aux} ${lw}` : beTo ? lw : aux !== '' && part !== null && !ING_END.test(lw) ? part : lw;
      if (negated && !MODALS.test(aux)) verb = `not ${verb}`;
      else if (negated) verb = `${aux} not ${lw}`;
      // "deemed classified": a second participle completes the first.
      if (next !== undefined && COMPLEMENT_VERBS.test(lw) && ED_END.test(next) && participleOf(next) !== null) verb += ` ${next.toLowerCase()}`;
      if (beTo) verb = `to ${verb}`;
      // "20 million people have seen the show": a perfect is active, and its object says what they did.
      const perfect = PERFECT_AUXILIARIES.test(aux);
      // "bought the set": an active past with a determined object says what they did to what.
      const active = aux === '' && !adjectival && DETERMINER_WORD.test(next ?? '');
      const object = (perfect || (MODALS.test(aux) && !beTo) || (aux !== '' && ING_END.test(lw)) || active) && !negated ? objectAfter(rest) : '';
      if (object && !PREPOSITION_OBJECT.test(object)) return `${perfect ? `${aux} ${lw}` : verb}${object}`;
      return verb + placeAfter(rest);
    }
    // "311,000 people were waiting for treatment": a progressive, with what it is for.
    if (aux !== '' && !MODALS.test(aux) && isVerbIng(lw)) return `${negated ? 'not ' : ''}${lw}${objectAfter(rest) || placeAfter(rest)}`;
    // "120,000 people are expected to attend the show": the verb after "expected to" is what they do.
    if (aux !== '' && RAISING.test(lw) && next?.toLowerCase() === 'to' && ws[i + 2] !== undefined) {
      const perfect = HAVE_OR_BE.test(ws[i + 2]!) && ws[i + 3] !== undefined;
      const verb = perfect ? `${ws[i + 2]!.toLowerCase()} ${ws[i + 3]!.toLowerCase()}` : ws[i + 2]!.toLowerCase();
      const tail = rest.slice(rest.indexOf(ws[perfect ? i + 3 : i + 2]!) + ws[perfect ? i + 3 : i + 2]!.length);
      return `${lw} to ${verb}${objectAfter(tail) || placeAfter(tail)}`;
    }
    if (aux !== '') return '';
  }
  return '';
}

/** A comparative after "N times": "more likely", "as much", "faster" (not "over", "never" or "other"). */
const MULTIPLE = /^\s+(?:(?:more|less|fewer)\s+[a-z]+|as\s+[a-z]+|(?!(?:under|over|after|ever|never|other|rather|together|either|whether|per|later|earlier)\b)[a-z]{3,}er)\b/;

/** Verbs that report a state of the count's subject and take "to" and another verb: "are expected to attend". */
const RAISING = /^(?:expected|estimated|set|due|likely|forecast|projected|predicted|thought|believed|said|reported|feared|known|understood|going|able|unable|about)$/i;
/** Present verbs a relative clause after a count often has, not in the verb table: "who own", "that contain". */
const RELATIVE_VERBS = /^(?:own|owns|have|has|had|live|lives|work|works|contain|contains|went|came|say|says|said|want|wants|rely|relies|use|uses)$/i;
/** Common irregular pasts the verb table does not list: the sentence's own verb, which ends an object before it. */
const IRREGULAR_PASTS = /^(?:left|went|came|said|told|became|began|stood|ran|fell|rose|grew|knew|thought|felt|met|sat|spoke|wrote|drove|broke|chose|understood)$/i;
/** -ing words that are nouns, not verbs: "20 people building" is rare, "the building" common. */
const ING_NOUNS = /^(?:building|buildings|meeting|meetings|funding|spending|housing|training|morning|evening|ceiling|thing|things|something|nothing|anything|everything|king|ring|spring|string|wing|during|including|according|following|regarding|concerning|pending|outstanding|remaining|bring)$/i;
const isVerbIng = (w: string): boolean => w.length > 5 && ING_END.test(w) && !ING_NOUNS.test(w) && !PREPOSITIONS.has(w);

/**
 * A short object or complement read after a verb: " the show" → " the show", " for treatment in Wales" →
 * " for treatment"; empty when what follows is a time, a number or another clause.
 */
function objectAfter(rest: string): string {
  const ws = wordsOf(rest.split(/[,;:()"“”.!?]|\s(?:--|–|—|-)\s/)[0] ?? '');
  const out: string[] = [];
  let i = 0;
  // "who sign up": a particle completes the verb.
  const particle = ws[i] !== undefined && PARTICLES.test(ws[i]!) ? ws[i++]!.toLowerCase() : '';
  if (ws[i] !== undefined && /^(?:for|on|in|to|with|into|from|about|along|through|against)$/i.test(ws[i]!)) out.push(ws[i++]!.toLowerCase());
  if (ws[i] !== undefined && /^(?:the|a|an|their|its|his|her|our|this|these|those)$/i.test(ws[i]!)) out.push(ws[i++]!.toLowerCase());
  const lead = out.length;
  for (; i < ws.length && out.length - lead < 3; i++) {
    const w = ws[i]!;
    // "countries sharing the euro grew": the sentence's own verb ends the object.
    if (PREPOSITIONS.has(w.toLowerCase()) || DIGIT_START.test(w) || AUXILIARIES.test(w) || CLAUSE_OPENERS.test(w) || isLyAdverb(w) || isTimeWord(w) || CHANGE_VERBS.test(w) || (out.length > lead && (isPastForm(w) || IRREGULAR_PASTS.test(w)))) break;
    out.push(w);
  }
  // "along" alone ("singing along") is complete; a determiner or other preposition needs its noun.
  if (out.length === lead && !(lead === 1 && out[0] === 'along')) return particle ? ` ${particle}` : '';
  return ` ${particle ? `${particle} ` : ''}${out.join(' ')}`;
}

/**
 * "1.7m people needing care", "16 states holding contests": an -ing verb right after the count, with its
 * object, says what the things counted do.
 */
function modifierAfter(after: string): string {
  const m = /^\s+(\p{Ll}+)\b/u.exec(after.replace(/^\s*\([^()]{0,60}\)/, ''));
  if (!m || !isVerbIng(m[1]!)) return '';
  const rest = after.slice(after.indexOf(m[1]!) + m[1]!.length);
  return `${m[1]}${objectAfter(rest) || placeAfter(rest)}`;
}

/** The words before a clause's first verb: "Exports were flat" → "Exports". */
function clauseSubject(clause: string): string {
  const ws = wordsOf(clause.split(/[;:()"“”—–]|,\s/).pop() ?? '');
  // The first word is the subject's even when it could be a verb ("Exports were flat").
  const verbAt = ws.findIndex((w, i) => i > 0 && (AUXILIARIES.test(w) || CHANGE_VERBS.test(w) || participleOf(w) !== null));
  return verbAt > 0 ? subjectPhrase(ws.slice(0, verbAt).join(' ')) : '';
}

/**
 * " in San Bernardino", " in the Maldives": a named place where the things counted are. Not " in the Ohio" of
 * "in the Ohio primary": a name followed by a common noun is that noun's modifier, not a place.
 */
function whereCounted(after: string): string {
  const place = placeAfter(after);
  if (!/^ (?:in|at|across)\s/.test(place)) return '';
  const next = /^\s+(\p{Ll}+)/u.exec(after.slice(place.length));
  return next && !PREPOSITIONS.has(next[1]!) ? '' : place;
}

/** " in Asia", " to Moscow": a named place right after a verb or noun, kept with it. */
function placeAfter(after: string): string {
  const place = /^\s+((?:in|to|from|at|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(after);
  return place && !isTimeWord(place[1]!.replace(/^\S+\s+(?:the\s+)?/, '')) ? ` ${place[1]}` : '';
}

/**
 * A verb right before a count makes the count its object: "received 250,000 signatures" → "signatures
 * received"; with a place after the noun, it stays: "sold 95,000 cars in Asia" → "cars sold in Asia".
 */
function objectVerb(beforeWords: readonly string[], noun: string, after: string): string {
  const ws = beforeWords.slice(-6);
  // "reached a record 563,000 signatures", "add another 34 servers": a word that only ranks or totals the
  // count stands between the verb and its object.
  while (ws.length > 1 && COUNT_FILLERS.test(ws[ws.length - 1]!)) ws.pop();
  if (ws.length > 2 && /^of$/i.test(ws[ws.length - 1]!) && /^total$/i.test(ws[ws.length - 2]!)) ws.splice(-2);
  if (ws.length > 1 && /^(?:a|an)$/i.test(ws[ws.length - 1]!)) ws.pop();
  // "laid off 200 staffers", "shut down 700 websites", "took home 11 Oscars": a verb with its particle.
  const particle = ws.length > 1 && PARTICLES.test(ws[ws.length - 1]!) && participleOf(ws[ws.length - 2]!) !== null ? ws.pop()!.toLowerCase() : '';
  const last = ws[ws.length - 1];
  if (last === undefined) return '';
  const prev = (ws[ws.length - 2] ?? '').toLowerCase();
  // "a combined 300 staff", "the injured 20": after a determiner the -ed word describes the count.
  // "attacks that killed 125 people": "that" before a verb of the table is a relative pronoun, not a determiner.
  if (ARTICLES.has(prev) || /^(?:some|every|each|this|these|those)$/.test(prev) || (prev === 'that' && !VERB_FORMS.has(last.toLowerCase()))) return '';
  const part = participleOf(last);
  const toDo = MODALS.test(prev) || prev === 'to';
  // "plans to acquire 36 planes": after "to" or a modal a plain lower-case word is a verb, listed or not.
  const unlisted = part === null && toDo && /^\p{Ll}{3,}$/u.test(last) && !/ing$/.test(last) && !PREPOSITIONS.has(last) && !notAHead(last) && !QUANTIFIERS.test(last);
  if ((part === null && !unlisted) || (REPORTING.test(last) && particle === '')) return '';
  const verb = particle ? `${last.toLowerCase()} ${particle}` : last.toLowerCase();
  // "must win 1,237 delegates", "plans to cut 500 jobs": still to be done, so not "won".
  if (toDo) return `${noun} to ${verb}${placeAfter(after)}`;
  return `${noun} ${particle ? `${part} ${particle}` : part}${placeAfter(after)}`;
}

const RATE_BASE = /\b(?:for every|for each|per every|per|in every|out of every)\s+$/i;
const QUANTIFIERS = /^(?:all|both|each|every|some|any|many|most|more|less|fewer|those|these|only|just|nearly|almost)$/i;
/** Words before "to", "with" or "in" that make the count a ratio or a comparison, not a thing's: "one in 10 pupils". */
const NOT_GOVERNING =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|close|closer|next|due|thanks|prior|equivalent|equal|compared|comparison|according|based|relative|contrast|addition|up|down|nearly|almost|just|only)$/i;

/** Words between a verb and the count it acts on that only rank or total it: "a record", "another", "a total of". */
const COUNT_FILLERS = /^(?:another|further|extra|additional|record|whopping|staggering)$/i;
const PARTICLES = /^(?:up|down|off|out|home|away|back)$/i;

/** Prepositions whose object a count can be, after the phrase it belongs to ("a speech to 3,000 people"). */
const COUNT_PREPS = /(?<![\p{L}'’-])(to|with|for|by|among|across|in|into|at|on)\s+$/iu;
const TRUE_PREPS = new Set('of in on at for from to by with into among across under over than per via within after before during'.split(' '));

const TO_WORD = /^to$/i;

/**
 * The phrase a count is the object of a preposition in: "a campaign speech to 3,000 people" → "campaign speech
 * to", "Trump leads with 221 delegates" → "Trump leads with", "operations in 14 countries" → "operations in";
 * a bare participle takes its subject ("the browser is used by" → "browser used by"). Empty when the phrase is
 * itself inside another prepositional phrase ("at stake in 11 states"), follows a number ("38 languages in 40
 * countries"), or says when.
 */
function governingPhrase(before: string): string {
  const prep = COUNT_PREPS.exec(before);
  if (!prep) return '';
  const clause = before.slice(0, prep.index).split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  const phrase = phraseBefore(clause, 2).split(' ').filter((w) => w !== '');
  if (phrase.length === 0) return '';
  const outside = (ws[ws.length - phrase.length - 1] ?? '').toLowerCase();
  // "a 67 percentage point margin across": a phrase right after a number is that number's.
  if (TRUE_PREPS.has(outside) || DIGIT_START.test(outside) || DIGIT_START.test(ws[ws.length - phrase.length - 2] ?? '') || SCALE_WORDS.test(phrase[0]!) || CURRENCY_WORDS[phrase[0]!.toLowerCase()] !== undefined) return '';
  const np = phrase.join(' ');
  // "he’s hauled in 81 delegates", "who's called for": a pronoun is no phrase of the count's.
  if (phrase.some((w) => PRONOUNS.test(w) || RELATIVE_OR_OBJECT.test(w) || w.length < 2) || NOT_GOVERNING.test(phrase[phrase.length - 1]!)) return '';
  if (isTimeWord(np) || weakHead(np) || PRONOUNS.test(np) || notAHead(phrase[phrase.length - 1]!) || AUXILIARIES.test(phrase[0]!)) return '';
  const p = prep[1]!.toLowerCase();
  if (phrase.length === 1 && isPastForm(phrase[0]!)) {
    let k = ws.length - 1;
    // "the dinner is expected to be attended by": back over the verb group to its subject.
    while (k > 0 && (AUXILIARIES.test(ws[k - 1]!) || ADVERBS.test(ws[k - 1]!.toLowerCase()) || RAISING.test(ws[k - 1]!) || TO_WORD.test(ws[k - 1]!))) k--;
    const subject = k > 0 && k < ws.length - 1 ? subjectPhrase(ws.slice(0, k).join(' ')) : '';
    if (subject && !PRONOUNS.test(subject)) return `${subject} ${np.toLowerCase()} ${p}`;
  }
  return `${np} ${p}`;
}

/** "showed 64 respondents", "includes 64 emails": these verbs report the count, they do not act on it. */
const REPORTING = /^(?:take|takes|took|sees|seeing|show|shows|showed|shown|reveal|reveals|revealed|suggest|suggests|suggested|indicate|indicates|indicated|find|finds|found|say|says|said|estimate|estimates|estimated|include|includes|included|including|mean|means|meant|list|lists|listed|put|puts|see|saw|seen|count|counted|number|numbered|total|totalled|totaled)$/i;

function wordsOf(s: string): string[] {
  return s.match(/\d[\d,.]*\d[\p{L}\p{N}'’-]*|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

const CHANGE_NOUN_WORDS = /^(?:cuts|rises|falls|increases|gains|losses|drops|declines|jumps|hikes|reductions)$/i;
const CAPITAL_INITIAL = /^[A-Z]/u;
const CAPITALISED_WORD = /^[A-Z][a-z]/u;
const WHEN_ADVERBS = /^(?:already|now|still|even|then|yet|never|ever|again|however)$/i;
const FAR_WORD = /^far$/i;
const SO_WORD = /^so$/i;
const LOWER_INITIAL = /^\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** A short noun phrase read backwards from the end of `before`, stopping at function words or punctuation. */
function phraseBefore(before: string, maxWords = 3, throughVerbs = false, changeNoun = false): string {
  const clause = before.split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < maxWords; i--) {
    const w = ws[i]!;
    // "tax cuts worth 6.8bn rand": before a linker a plural change word is the noun measured.
    const nounChange = changeNoun && out.length === 0 && CHANGE_NOUN_WORDS.test(w);
    // "Bank of America subsidiaries": "of" between two capitalised words is inside a name.
    if (w === 'of' && out.length > 0 && CAPITAL_INITIAL.test(out[0]!) && CAPITALISED_WORD.test(ws[i - 1] ?? '') && !MONTHS.test(out[0]!)) {
      out.unshift(ws[i - 1]!, w);
      i--;
      continue;
    }
    if (PREPOSITIONS.has(w.toLowerCase()) || (CHANGE_VERBS.test(w) && !nounChange) || DIGIT_START.test(w)) break;
    // "announced net profits of": the verb is not part of what is measured.
    // "The site has so far received": "so far" says when, as "already" does.
    if (WHEN_ADVERBS.test(w) || (out.length === 0 && FAR_WORD.test(w) && SO_WORD.test(ws[i - 1] ?? '')) || (out.length === 0 && LOWER_INITIAL.test(w) && isLyAdverb(w)) || (!throughVerbs && out.length > 0 && !UPPER_INITIAL.test(w) && isPastForm(w))) break;
    out.unshift(w);
  }
  return out.join(' ');
}

const NUMBER_WORD = /^\d[\d,.]*$/;
const PHRASE_AFTER_STOPS = /^(?:were|was|is|are|have|has|had|will|would|which|who|that|out|off|away|back|ago|each|apiece|per|so)$/i;

/** A short noun phrase read forwards from the start of `after` (leading articles skipped). */
function phraseAfter(after: string, maxWords = 4, numbers = false): string {
  const clause = after.split(/(?<!\d)[,.]|[,.](?!\d)|[;:()"“”—–!?]|\s-\s/)[0] ?? '';
  const ws = wordsOf(clause);
  const out: string[] = [];
  let i = 0;
  // "of that money": after "of", this and that point at the thing measured; elsewhere they start a clause.
  const determiners = numbers ? /^(?:the|a|an|its|their|his|her|our|both|all|each|either|these|those|this|that)$/i : /^(?:the|a|an|its|their|his|her|our|both|all|each|either|these|those)$/i;
  while (i < ws.length && determiners.test(ws[i]!)) i++;
  for (; i < ws.length && out.length < maxWords; i++) {
    const w = ws[i]!;
    // "of the 55,000 staff": a number inside the phrase counts its noun.
    if (PREPOSITIONS.has(w.toLowerCase()) || CHANGE_VERBS.test(w) || (DIGIT_START.test(w) && (!numbers || out.length > 0 || !NUMBER_WORD.test(w) || i + 1 >= ws.length || PREPOSITIONS.has(ws[i + 1]!.toLowerCase())))) break;
    if (PHRASE_AFTER_STOPS.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

function isPluralNoun(w: string): boolean {
  const lw = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(lw)) return true;
  if (NOT_COUNTED.has(lw) || lw.length < 3) return false;
  // "fishermen", "servicewomen": the -men plurals, not "specimen" or "abdomen".
  if (/\p{L}{2}men$/u.test(lw) && !/(?:specimen|abdomen|regimen|stamen|acumen|hymen|omen)$/.test(lw)) return true;
  return /[^s'’]s$/.test(lw) || /(?:ies|ses|xes|ches|shes)$/.test(lw);
}

function numberValue(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

interface Parsed {
  end: number;
  value: number;
  unit: string | null;
  kind: 'money' | 'percent' | 'measure' | 'count';
  /** The counted or measured noun(s) when the unit is a plain noun ("citizens"). */
  noun: string | null;
}

/** Reads scale, unit and range after a number that starts at `at` and ends at `numEnd`. */
function readAfter(text: string, numStart: number, numEnd: number, value: number, currency: string | null): Parsed | null {
  let pos = numEnd;
  let v = value;
  const rest = (): string => text.slice(pos, pos + 60);
  // Range: "5-10", "5 to 10", "between 5 and 10": the second number shares the unit.
  const range = /^(?:\s?[-–]\s?|\s+to\s+|\s+and\s+)(?:[$£€]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(rest());
  if (range && (!/^\s+and\s/.test(range[0]) || /\bbetween\s+\S*$/i.test(text.slice(Math.max(0, numStart - 20), numStart)))) {
    pos += range[0].length;
  }
  const scale = /^\s?(k|m|mn|mln|bn|b|tn)\b|^\s?(thousand|millions?|billions?|trillion|crores?|lakhs?)\b/i.exec(rest());
  if (scale) {
    const word = (scale[1] ?? scale[2])!.toLowerCase();
    // "10m" is ten million after a currency or before one ("500m euros"), ten metres otherwise.
    const currencyAfter = /^\s([\p{L}]+)/u.exec(text.slice(pos + scale[0].length, pos + scale[0].length + 12))?.[1]?.toLowerCase();
    // "1.7m people", "20m viewers": before a noun no length is measured in, "m" is millions too.
    if (currency !== null || word.length > 2 || word === 'bn' || word === 'mn' || word === 'tn' || word === 'mln' || (currencyAfter !== undefined && (CURRENCY_WORDS[currencyAfter] !== undefined || COUNTED_IN_MILLIONS.test(currencyAfter)))) {
      v *= SCALES[word] ?? 1;
      pos += scale[0].length;
    }
  }
  if (currency !== null) return { end: pos, value: v, unit: currency || null, kind: 'money', noun: null };
  const pct = /^\s?(%|per cent\b|percent\b|pc\b|percentage points?\b)/i.exec(rest());
  if (pct) {
    const unit = /points?/i.test(pct[1]!) ? 'percentage points' : '%';
    return { end: pos + pct[0].length, value: v, unit, kind: 'percent', noun: null };
  }
  const attached = /^(km|kg|cm|mm|m|g|t|ft|mph|kph|mw|gw|kw|kwh|gb|tb|mb|°c|°f)\b/i.exec(rest());
  // "2G", "3T": a capital letter alone is a name, not grams or tonnes.
  if (attached && !/^[MGT]$/.test(attached[1]!)) return { end: pos + attached[0].length, value: v, unit: attached[1]!.toLowerCase(), kind: 'measure', noun: null };
  const next = /^\s(?:([\p{Lu}\p{Ll}][\p{L}-]*)\s)?([\p{L}][\p{L}/°-]*)/u.exec(rest());
  if (!next) return null;
  const first = next[1];
  const second = next[2]!;
  const single = /^\s([\p{L}][\p{L}/°-]*)/u.exec(rest())![1]!;
  const lsingle = single.toLowerCase();
  // "won" is the Korean currency only after a scale ("1.2bn won"); "5 won" is a score.
  if (CURRENCY_WORDS[lsingle] && (lsingle !== 'won' || v !== value)) {
    return { end: pos + 1 + single.length, value: v, unit: CURRENCY_WORDS[lsingle]!, kind: 'money', noun: null };
  }
  // "21 Grams", "3 Days of the Condor": a capitalised unit inside a sentence is a title, not a measure.
  if (MEASURES.has(lsingle) && /^\p{Lu}\p{Ll}/u.test(single)) return null;
  if (MEASURES.has(lsingle)) {
    let end = pos + 1 + single.length;
    let unit = lsingle;
    const scale = /^\s(Fahrenheit|Celsius|centigrade)\b/i.exec(text.slice(end, end + 12));
    // "3 minutes 32 seconds", "2 hours and 15 minutes": one duration, in the larger unit.
    const smaller = /^\s(?:and\s)?(\d{1,2})\s(minutes?|seconds?)\b/i.exec(text.slice(end, end + 20));
    if (smaller && /^(?:hours?|minutes?)$/.test(lsingle) && smaller[2]!.toLowerCase().startsWith(lsingle.startsWith('hour') ? 'minute' : 'second')) {
      return { end: end + smaller[0].length, value: v + Number(smaller[1]) / 60, unit: lsingle, kind: 'measure', noun: null };
    }
    if (/^degrees?$/.test(lsingle) && scale) return { end: end + scale[0].length, value: v, unit: /^f/i.test(scale[1]!) ? '°F' : '°C', kind: 'measure', noun: null };
    const sq = /^\s(kilometres|kilometers|km|miles|metres|meters|feet|points?)\b/i.exec(text.slice(end, end + 20));
    if ((lsingle === 'square' || lsingle === 'cubic' || lsingle === 'percentage' || lsingle === 'sq') && sq) {
      end += sq[0].length;
      unit = `${lsingle} ${sq[1]!.toLowerCase()}`;
    }
    return { end, value: v, unit, kind: 'measure', noun: null };
  }
  // "57.85 Swiss francs", "40 Hong Kong dollars": a currency named with its country.
  const named$ = /^\s((?:\p{Lu}[\p{L}]*\s){1,2})(francs|dollars|pounds|rupees|pesos|krona|kronor|kroner|dinars)\b/u.exec(rest());
  if (named$) {
    const code = NAMED_CURRENCIES[`${named$[1]!.trim()} ${named$[2]}`.toLowerCase()] ?? CURRENCY_WORDS[named$[2]!] ?? named$[2]!;
    return { end: pos + named$[0].length, value: v, unit: code, kind: 'money', noun: null };
  }
  // "30 Airbus A320 planes": a capitalised name before the noun counted is part of it.
  const named = /^\s(\p{Lu}[\p{L}\p{N}-]*(?:\s\p{Lu}?[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*|\s\p{Lu}[\p{L}\p{N}-]*)?)\s(\p{Ll}[\p{L}-]*)/u.exec(rest());
  if (named && isPluralNoun(named[2]!) && !PREPOSITIONS.has(named[2]!)) {
    return { end: pos + named[0].length, value: v, unit: named[2]!, kind: 'count', noun: `${named[1]} ${named[2]}` };
  }
  if (isPluralNoun(single)) return { end: pos + 1 + single.length, value: v, unit: single, kind: 'count', noun: single };
  // One adjective between number and noun: "36 Russian citizens", "200 armed men".
  if (first !== undefined && isPluralNoun(second) && !PREPOSITIONS.has(first.toLowerCase()) && !CHANGE_VERBS.test(first)) {
    return { end: pos + 1 + first.length + 1 + second.length, value: v, unit: second, kind: 'count', noun: `${first} ${second}` };
  }
  return null;
}

const SO_OR_FAR = /^(?:so|far)$/i;
const SO_FAR = /^so far$/i;
const INTENT_WORDS = /^(?:to|plans?|planned|wants?|wanted|hopes?|hoped|aims?|aimed|expects?|expected|managed|agreed|decided|supposed|set|due|likely|able|offers?|offered|planning|trying|tries|tried|seeking|seeks|sought|hoping|promised|pledged|vowed|threatened|refused|intends?|intended|going|needs?|needed|ready|willing)$/i;

/**
 * A context that is only the verb right before the figure ("could get $10,000", "which owes $12bn") says what
 * was done, not by whom: the verb's subject is put before it, read back past auxiliaries, "plans to" and a
 * relative pronoun ("the firm, which owes" → "firm owes"). A pronoun subject adds nothing and is left out.
 */
function whoDid(text: string, sentence: SentenceSpan, start: number, verb: string, strict = false): string {
  const near = text.slice(Math.max(sentence.start, start - 160), start).replace(TOTAL_OF, '').replace(APPROX, '').replace(/\b(?:just|only|a mere|mere)\s+$/i, '');
  if (!(EARNING_VERBS.test(verb) || VERB_FORMS.has(verb) || CHANGE_VERBS.test(verb) || isVerbBefore(text, sentence, start, verb))) return '';
  // "expects the Mac mini to sell for £339": a linker between the verb and the figure stays with the verb.
  const linker = /\s(for)\s+$/i.exec(near);
  const before = linker ? near.slice(0, linker.index + 1) : near;
  const done = linker ? `${verb} ${linker[1]!.toLowerCase()}` : verb;
  // The words before the figure end with the verb and a space (compared as text: a RegExp built per figure
  // cost more than the rest of the figure's reading).
  const trimmed = before.replace(/\s+$/, '');
  const headEnd = trimmed.length - verb.length;
  if (trimmed.length === before.length || headEnd < 0 || trimmed.slice(headEnd).toLowerCase() !== verb.toLowerCase()) return '';
  if (headEnd > 0 && /\p{L}/u.test(trimmed[headEnd - 1]!)) return '';
  // "The games machine, which features a touch screen, will retail for": an aside between subject and verb.
  const head = trimmed.slice(0, headEnd).replace(RELATIVE_ASIDE, ' ');
  const clauseWords = wordsOf(head.split(/[;:()"“”—–]|\s-\s/).pop() ?? '');
  // "Previously, passengers could claim": a clause after a comma that holds a subject of its own is read alone;
  // "the firm, which owes" is not (the relative pronoun stands for the phrase before the comma).
  const afterComma = wordsOf(head.split(',').pop() ?? '');
  const ownSubject = afterComma.length < clauseWords.length && afterComma.some((w) => !AUXILIARIES.test(w) && !ADVERBS.test(w.toLowerCase())) && !/^(?:which|who|that|and|or|but|he|she|it|they|we|i)$/i.test(afterComma[0] ?? '');
  const words = ownSubject ? afterComma : clauseWords;
  // "a fine of", "the cut": after a determiner the word is a noun, and it names the thing itself.
  if (words.length === 0 || ARTICLES.has(words[words.length - 1]!.toLowerCase())) return '';
  let k = words.length;
  let infinitive = false;
  while (k > 0 && (AUXILIARIES.test(words[k - 1]!) || ADVERBS.test(words[k - 1]!.toLowerCase()) || (SO_OR_FAR.test(words[k - 1]!) && (SO_FAR.test(words.slice(k - 2, k).join(' ')) || SO_FAR.test(words.slice(k - 1, k + 1).join(' ')))) || INTENT_WORDS.test(words[k - 1]!))) {
    if (TO_WORD.test(words[k - 1]!)) infinitive = true;
    k--;
  }
  // "proposals which the Tories say would save": the relative pronoun is the reported verb's subject.
  if (k > 2 && (SAY_VERBS.test(words[k - 1]!) || /^(?:think|thinks|believe|believes)$/i.test(words[k - 1]!))) {
    const from = Math.max(0, k - 5);
    const j = words.slice(from, k - 1).findLastIndex((w) => WHICH_THAT.test(w));
    if (j >= 0) k = from + j + 1;
  }
  // "the firm, which owes": the relative pronoun's noun is the last phrase before it.
  const relative = k > 0 && /^(?:which|who|that)$/i.test(words[k - 1]!);
  if (relative) k--;
  // "expects the Mac mini to sell": before "to" the subject is the noun phrase, not the clause that holds it.
  // "Toshiba expects sales of HD-DVDs to reach": after a verb that takes an object and "to", that object.
  const governor = infinitive ? words.slice(0, k).findLastIndex((w) => SAY_VERBS.test(w) || GOVERNING_VERBS.test(w)) : -1;
  let subject = k === 0 ? '' : relative || (infinitive && governor < 0) ? phraseBefore(words.slice(0, k).join(' '), 3) : subjectPhrase(words.slice(governor + 1, k).join(' '));
  // "the company said it planned to spend", "Sanders announced that he had raised": a pronoun after a reporting
  // verb stands for that verb's subject.
  const resolved = k > 1 && /^(?:he|she|it|they)$/i.test(words[k - 1]!);
  if (resolved) {
    let r = k - 2;
    if (r >= 0 && /^that$/i.test(words[r]!)) r--;
    const say = r >= 0 && SAY_VERBS.test(words[r]!) ? head.lastIndexOf(words[r]!, head.lastIndexOf(words[k - 1]!)) : -1;
    // Read from the text, whose commas end the phrase ("On Sunday, Sanders announced").
    const teller = say > 0 ? head.slice(0, say).replace(/(?:\s+(?:also|now|still|already|then|later|again|has|have|had|was|is|will|would))+\s*$/i, ' ') : '';
    subject = teller ? phraseBefore(teller, 3) : '';
    // "the car maker Rover, which it sold for £10": after "which" the pronoun is the seller, and the noun before
    // "which" is what was sold.
    // Not "that", which as often opens what was told ("told the agency that it was seeking").
    if (!teller && k > 2 && /^which$/i.test(words[k - 2]!) && !SAY_VERBS.test(words[k - 3]!) && participleOf(words[k - 3]!) === null) {
      const thing = phraseBefore(head.slice(0, head.lastIndexOf(words[k - 2]!, head.lastIndexOf(words[k - 1]!))), 3);
      if (thing && !PRONOUNS.test(thing) && !isTimeWord(thing) && !/\d/.test(thing)) return `${thing} ${done}`;
    }
  }
  subject = subject.replace(/^(?:including|such as|like|among them)\s+/i, '');
  if (!subject || PRONOUNS.test(subject) || /^(?:those|these|all|some|many|most|each|one)$/i.test(subject) || isTimeWord(subject)) return '';
  // Read across "to", "for" or a pronoun, a subject too far back ("USA the super PAC supporting Jeb Bush",
  // "last spring costs") is no subject.
  const subjectWords = subject.split(' ');
  if ((strict || infinitive || linker || resolved) && (subjectWords.length > 5 || subjectWords.slice(1).some((w) => isVerbIng(w.toLowerCase())) || subjectWords.some((w) => TIME_WORD.test(w)) || isTimeWord(subjectWords.slice(0, 2).join(' ')))) return '';
  return `${subject} ${done}`;
}

/**
 * Whether a one-word context is the verb whose object the figure is: a listed verb, or any word after a modal or
 * "to" ("will share £42m", "can rotate 180 degrees").
 */
function isVerbBefore(text: string, sentence: SentenceSpan, start: number, word: string): boolean {
  const near = text.slice(Math.max(sentence.start, start - 60), start).replace(TOTAL_OF, '').replace(APPROX, '').replace(/\b(?:just|only|a mere|mere)\s+$/i, '');
  const words = wordsOf(near);
  if (words[words.length - 1]?.toLowerCase() !== word || /^including$/i.test(word)) return false;
  if (EARNING_VERBS.test(word) || VERB_FORMS.has(word) || CHANGE_VERBS.test(word)) return true;
  const before = words[words.length - 2] ?? '';
  // "it was seeking $6.5m", "she sought £5,000": after a subject pronoun or an auxiliary a lower-case word is a verb.
  if (/^[a-z]{3,}$/u.test(word) && !PREPOSITIONS.has(word) && !notAHead(word) && (/^(?:he|she|it|they|we|i|you)$/i.test(before) || (AUXILIARIES.test(before) && /(?:ed|ing)$/.test(word)))) return true;
  return MODALS.test(before) || (/^to$/i.test(before) && PLANS_TO.test(words[words.length - 3] ?? ''));
}
/** Verbs of intent before "to": "wanted to provide $10bn" (not "on their way to pass"). */
const PLANS_TO = /^(?:wants?|wanted|plans?|planned|hopes?|hoped|aims?|aimed|intends?|intended|agreed|decided|managed|expects?|expected|able|set|due|likely|going)$/i;

/** "was spent", "will be paid", "has been used": a passive right after a sum, with its verb. */
const SUM_PASSIVE = /^\s+(?:was|were|is|are|will be|would be|could be|can be|(?:has|have|had)\s+(?:already\s+|now\s+|also\s+|so far\s+|just\s+)?been|is being|was being|is to be|are to be)\s+(?:[a-z]+ly\s+)?([a-z]+)\b/u;
const IRREGULAR_PASSIVES = /^(?:spent|paid|lost|given|sold|won|made|cut|set|put|sent|lent|kept|held|taken|raised|used)$/i;

/** Words after a sum that say nothing of what it is: "$5m in total", "$20m combined", "£8m so far". */
const SUM_FILLER = /^\s+(?:in total|in all|combined|altogether|so far|each|apiece)\b/i;
const SUM_PREP = /^\s+(on|into|to|for|from|in|towards?|with|at)\s+/i;

/**
 * What a sum went on or to, read after it: " on ads in Iowa" → " on ads", " to the Clintons" → " to Clintons",
 * " to buy the old shuttle" → " to buy the old shuttle"; empty for a time, a place after "in" or "at", or nothing.
 */
function sumComplement(after: string): string {
  const rest = after.replace(/^\s*\([^()]{0,60}\)/, '').replace(SUM_FILLER, '').replace(/^\s+[a-z]{3,}ly(?=\s)/u, (w) => (isLyAdverb(w.trim()) ? '' : w));
  const prep = SUM_PREP.exec(rest);
  if (!prep) return '';
  const p = prep[1]!.toLowerCase();
  const tail = rest.slice(prep[0].length - 1);
  const first = /^\s+([A-Za-z'’-]+)/u.exec(tail)?.[1] ?? '';
  // "to buy the shuttle": a purpose, its verb and what it acts on.
  if (p === 'to' && /^[a-z]+$/u.test(first) && (VERB_FORMS.has(first) || /^\s+[a-z]+\s+(?:the|a|an|their|its|his|her|our)\s/u.test(tail)) && !PREPOSITIONS.has(first) && !ARTICLES.has(first)) {
    return ` to ${first}${objectAfter(tail.slice(tail.indexOf(first) + first.length))}`;
  }
  // "into two Texas bank accounts": a number opens the phrase it counts.
  const counted = SPELLED_VALUES[first.toLowerCase()] !== undefined;
  const words = (counted ? `${first} ${phraseAfter(tail.slice(tail.indexOf(first) + first.length), 3)}` : phraseAfter(tail, 3)).split(' ');
  // "to candidates since retiring", "in the polls he’d": the phrase ends where a clause or a time starts.
  const cut = words.findIndex((w, i) => i > 0 && (notAHead(w) || PRONOUNS.test(w) || isPastForm(w)));
  const np = words.slice(0, cut < 0 ? undefined : cut).join(' ');
  const head = words[0]!;
  const timed = words.some((w, i) => TIME_UNITS.test(w.toLowerCase()) || TIMED_NOUNS.test(w) || (i > 0 && SPELLED_VALUES[w.toLowerCase()] !== undefined));
  if (!np || timed || isTimeWord(np) || /^behalf$/i.test(head) || (notAHead(head) && !counted) || DIGIT_START.test(head) || PRONOUNS.test(head) || ((p === 'in' || p === 'at' || p === 'from') && /^[A-Z]/u.test(head))) return '';
  return ` ${p} ${np}`;
}

const GIVEN_TO =
  /\b(fined|paid|awarded|granted|gave|given|offered|owed|lent|loaned|charged|ordered|cost|costs|billed|sued|donated|handed)\s+((?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,2}?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u;

/** Verbs of GIVEN_TO whose name is the one given to (or charged), by the participle said of the sum. */
const GIVEN_TO_WHOM: Readonly<Record<string, string>> = {
  gave: 'given', given: 'given', lent: 'lent', loaned: 'loaned', donated: 'donated', handed: 'handed', offered: 'offered',
  owed: 'owed', awarded: 'awarded', granted: 'granted', cost: 'cost', costs: 'cost',
};

/** Asides between a subject and its verb: ", offering ways to …,", ", a category that includes …,". */
const SUBJECT_ASIDE = /,\s(?:[a-z]+ing\s|which\s|who\s|(?:a|an)\s[^,;:()]{1,40}?\s(?:that|which|who)\s)[^,;:()]{1,80},/gu;
const BRACKETED = /\s?\([^()]{0,120}\)/g;

/** ", which features a touch screen," ", who runs the firm,": a relative clause set off by commas. */
const RELATIVE_ASIDE = /,\s(?:which|who)\s[^,;:()"“”]{1,80},\s/g;

/** "proposals which the Tories say (would save)": a reporting clause after a relative pronoun, passed over to its noun. */
const RELATIVE_SAYS = /\s(?:which|that)\s+(?:the\s+)?[A-Za-z'’ -]{1,40}?\s(?:say|says|said|think|thinks|believe|believes|estimates?|claims?)\s*$/u;

/** Verbs that report what their subject says or plans; a pronoun after them is that subject. */
const SAY_VERBS = /^(?:said|says|say|announced|announces|added|adds|claims|claimed|expects|expected|hopes|hoped|believes|believed|reported|reports|insisted|insists|stated|states|confirmed|confirms|revealed|reveals|estimates|estimated|predicted|predicts|warned|warns)$/i;

/** "39 percent for Trump", "68 percent for presumptive nominee Hillary Clinton": a share given to a named side. */
const SHARE_FOR =
  /^\s+for\s+(?!(?:the|a|an|this|that|next|more|only|those|these|every|each|all|his|her|its|their|our|example|instance)\b)((?:[A-Za-z]+\s+){0,3}?)([A-Z][A-Za-z'’-]*\.?(?:\s[A-Z][A-Za-z'’-]+){0,2})(?=[,;:!?)]|\.(?:\s|$)|\s+(?:and|in|among|while|with|to|compared|versus|according)\b|\s*$)/u;
/** "shows Sanders with 47 percent": the named side a share is given with. */
const SHARE_WITH = /(?<![A-Za-z'’])([A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,2})\s+with\s+(?:just\s+|only\s+)?$/u;

/** The named side of a poll share, when the words around it give one. */
function shareSide(text: string, sentence: SentenceSpan, start: number, parsed: Parsed): string {
  const forSide = SHARE_FOR.exec(text.slice(parsed.end, Math.min(sentence.end, parsed.end + 80)));
  if (forSide && forSide[1]!.split(' ').every((w) => w === '' || !PREPOSITIONS.has(w.toLowerCase()))) return forSide[2]!.replace(/(?<=[a-z]{2})\.$/u, '');
  // Not "trailed Clinton with 94 percent of precincts reporting", "follows Trump with 16 percent", "in the Granite
  // State with 22%": the side is named by "by", "for" or a poll that shows it, and the share is not of something.
  const withSide = /^\s+of\s/.test(text.slice(parsed.end, parsed.end + 4)) ? null : SHARE_WITH.exec(text.slice(Math.max(sentence.start, start - 60), start));
  const side = withSide?.[1] ?? '';
  const lead = withSide ? wordsOf(text.slice(Math.max(sentence.start, start - 80), start - withSide[0].length)).pop() ?? '' : '';
  return side && /^(?:by|for|shows|showed|show|finds|found|puts|put|has|had|gives|gave)$/i.test(lead) && !MONTHS.test(side) && !isTimeWord(side) && !/^(?:With|The|But|And|In|On|At|Now)$/.test(side.split(' ')[0]!) ? side : '';
}

const POLL_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})`;
const POLL_TAIL = String.raw`\s+(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+)?$`;
/**
 * A poll's side named before its share: "Marco Rubio comes in third with 13 percent", "Ted Cruz follows Trump with
 * 16 percent", "Clinton, who has 44 percent", "John Kasich, 9 percent." (a list line that opens the sentence).
 */
const POLL_SIDES: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<![\p{L}'’])${POLL_NAME}\s+(?:(?:now|still|also|then)\s+)?(?:comes?|came|coming|finished|finishes|finishing|placed|places)\s+(?:in\s+)?(?:(?:a\s+)?(?:distant\s+|close\s+|strong\s+)?(?:first|second|third|fourth|fifth|sixth|last)(?:\s+place)?\s+)?(?:with|at)${POLL_TAIL}`,
    'u',
  ),
  new RegExp(String.raw`(?<![\p{L}'’])${POLL_NAME}\s+(?:follows|followed|trails|trailed)\s+\p{Lu}[\p{L}'’-]+\s+(?:with|at)${POLL_TAIL}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}'’])${POLL_NAME},\s+who\s+(?:has|had|got|gets|won|wins|received|receives|garnered|polled|polls|drew|draws)${POLL_TAIL}`, 'u'),
  new RegExp(String.raw`^\W*${POLL_NAME},${POLL_TAIL}`, 'u'),
];

/** The side a share was polled for, when it is a person the article names (not "Unemployment comes in at"). */
function pollSide(text: string, sentence: SentenceSpan, start: number, people: KnownNames['people']): string {
  const before = text.slice(Math.max(sentence.start, start - 100), start);
  for (const re of POLL_SIDES) {
    const m = re.exec(re === POLL_SIDES[POLL_SIDES.length - 1] ? text.slice(sentence.start, start) : before);
    if (!m) continue;
    const side = m[1]!;
    const last = side.split(' ').pop()!;
    if (people.some((p) => p.name === side || p.name.endsWith(` ${last}`))) return side;
  }
  return '';
}

/** Words of a verb group before its verb: auxiliaries and intent ("plans to", "is to", "agreed to", "was planning to"). */
const GROUP_WORDS =
  /^(?:has|have|had|is|was|were|are|been|be|being|will|would|could|should|may|might|can|must|did|does|do|to|plans?|planned|planning|wants?|wanted|hopes?|hoped|aims?|aimed|agreed|decided|intends?|intended|expects?|expected|set|due|likely|able|going|trying|seeking|promised|pledged|not|also|now|still|already|reportedly|just|only|so|far|steadily|sharply)$/i;
/** Verbs a subject's sum is done with ("Yahoo earned", "Marsh agreed to pay"): the earning verbs without "has"/"had"/"got". */
const SUBJECT_SUM_VERBS = /^(?:costs?|earned|earns?|made|makes?|generated|generates?|grossed|grosses|spent|spends?|paid|pays?|repaid|raised|raises?|raise|received|receives?|collected|collects?|netted|invested|invests?|borrowed|borrows?|owed|owes?|sold|sells?|bought|buys?|won|wins?|taken|took|takes|lost|loses?|saved|saves?|gave|gives?|given|donated|donates?|awarded|granted|lent|loaned|pledged|promised|offered|allocated|allocates?|earmarked|committed)$/i;
/** A change a subject underwent, with "by" or "to" before a share or count: "the JSE had risen by", "Consumption has jumped to". */
const SUBJECT_CHANGE_VERBS = /^(?:rose|risen|rises?|grew|grown|grows?|fell|fallen|falls?|dropped|drops?|jumped|jumps?|climbed|climbs?|soared|surged|plunged|plummeted|slumped|slid|slipped|tumbled|sank|dipped|gained|gains?|lost|loses?|increased|increases?|decreased|declined|reduced|cut|doubled|tripled|halved|shrank|shrunk|widened|narrowed|eased|expanded|contracted|rallied)$/i;
const ARTICLE_BEFORE = /\b(?:the|a|an)\s*$/i;
const NAME_AFTER_PART = /(?:[A-Za-z]['’]s?|(?<![,;]\s?)\b(?:and|or)|\b(?:of|from|in|on|at|for|with|by|to|into|including|like|than))\s*$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.&-]*|of|and|&|the)$/u;

/**
 * A context that is only a name, with the name's own verb between it and the figure ("Nasdaq Stock Market plans
 * to raise $100m", "Yahoo earned $187m", "the Nasdaq lost 1.3%"): the name alone says who, not what; the verb
 * group after it says what the figure is. Only a plain verb group (auxiliaries, intent, one verb, "by"/"to"
 * after a change) is read: an object, a clause or a comma between them is left as it was.
 */
function subjectWithVerb(text: string, sentence: SentenceSpan, start: number, parsed: Parsed, context: string): string {
  const words = context.split(' ');
  if (words.length > 5 || !/^\p{Lu}/u.test(context) || PRONOUNS.test(words[0]!) || !words.every((w) => NAME_WORD.test(w))) return '';
  const near = text.slice(Math.max(sentence.start, start - 120), start).replace(TOTAL_OF, '').replace(APPROX, '');
  const at = near.lastIndexOf(context);
  if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(near[at - 1]!))) return '';
  // "imports from China and the United States grew", "Russia's OAO Mobile Telesystems raised": a name after a
  // preposition, "and" or an owner is not the verb's whole subject.
  // A clause after ", and" or "; and" has a subject of its own ("…; and Trump Restaurants LLC was paid").
  const lead = near.slice(Math.max(0, at - 40), at).replace(ARTICLE_BEFORE, '');
  if (NAME_AFTER_PART.test(lead)) return '';
  const between = near.slice(at + context.length).replace(BRACKETED, '');
  if (!/^\s+[a-z][a-z\s]*\s$/.test(between)) return '';
  const group = wordsOf(between);
  // "a proposal with the IMF to borrow": a verb after a bare "to" has another subject.
  if (group.length === 0 || group.length > 5 || group[0] === 'to') return '';
  let verb = group.length - 1;
  const changeBy = parsed.kind !== 'money' && /^(?:by|to)$/.test(group[verb]!);
  if (changeBy) verb--;
  if (verb < 0 || !(changeBy ? SUBJECT_CHANGE_VERBS : SUBJECT_SUM_VERBS).test(group[verb]!)) return '';
  // A share "won" or "had" by a side is that side's ("The Greens won 14 percent" → "Greens"): only a change is added.
  if (!changeBy && parsed.kind !== 'money' && !SUBJECT_CHANGE_VERBS.test(group[verb]!)) return '';
  if (!group.slice(0, verb).every((w) => GROUP_WORDS.test(w) || isLyAdverb(w))) return '';
  return `${context} ${group.join(' ')}`;
}

/** Sums a subject takes in, spends or reaches, in the -ing form an "after" clause gives them. */
const DOING_SUM = /^(?:taking|raising|earning|making|collecting|generating|grossing|spending|paying|reaching|losing|winning|receiving|selling|borrowing|investing)$/;
const SENTENCE_STOPS = /[.!?]["”’]?\s+/g;
const OPENING_BREAK = /,\s|\s(?:-|--|–|—)\s|[;:()"“”]/;
const AFTER_DOING = /\s(?:after|before|while)\s+$|,\s+$/;
const COMMA_DOING = /,\s+$/;
const SECOND_CLAUSES = /\s(?:while|whereas|but)\s|;\s*|,\s(?:and|but)\s/g;
/** ", taking $36.5m": a sum verb in -ing that closes its sentence after a comma, right before the figure. */
const TRAILING_DOING = /,\s+([a-z]+ing)\s+$/;
/** The first verb of a sentence's main clause, after its subject: an auxiliary, a change or a past form. */
const MAIN_VERB_STOP = /^(?:ended|moved|became|has|have|had|is|was|were|are|will|would|hit|rose|fell|took|made|finished|climbed|slipped|dropped)$/i;

/**
 * "The Aviator, starring X, ended up third after taking $11.2m": a sum in an "after …ing" clause is taken by the
 * sentence's subject, read from its start up to an aside or the main verb ("Aviator taking"). Only a subject
 * that opens the sentence as a noun phrase (no pronoun, no opening adverbial clause) is read. So is a sum in a
 * closing ", taking …" clause ("Robots has opened at the top of the chart, taking $36.5m").
 */
function whoAfterDoing(text: string, sentence: SentenceSpan, start: number, verb: string): string {
  if (!DOING_SUM.test(verb)) return '';
  const before = text.slice(sentence.start, start).replace(APPROX, '');
  const at = before.length - verb.length - 1;
  if (at <= 0 || before.slice(at).trim() !== verb || !AFTER_DOING.test(before.slice(0, at))) return '';
  // The sentence may hold the end of a quotation before it ("… we had hoped.” Meanwhile, Hitch has become").
  let ownStart = 0;
  for (const m of before.matchAll(SENTENCE_STOPS)) ownStart = m.index + m[0].length;
  let own = before.slice(ownStart).replace(/^\W+/, '');
  // "X slipped to second, while Coach Carter fell two places, taking $8m": a second clause has a subject of its own,
  // read from where it opens.
  if (COMMA_DOING.test(before.slice(0, at))) {
    let clauseStart = 0;
    for (const m of own.matchAll(SECOND_CLAUSES)) clauseStart = m.index + m[0].length;
    own = own.slice(clauseStart);
  }
  const parts = own.split(OPENING_BREAK);
  // "Meanwhile, …", "However, …": a lone opening word before a comma is not the subject.
  const opening = (parts.length > 1 && wordsOf(parts[0]!).length === 1 && own.startsWith(`${parts[0]!}, `) ? parts[1] : parts[0]) ?? '';
  const ws = wordsOf(opening);
  const stop = ws.findIndex((w, i) => i > 0 && (MAIN_VERB_STOP.test(w) || AUXILIARIES.test(w)));
  const subject = ws.slice(0, stop < 0 ? ws.length : stop);
  while (subject.length > 0 && ARTICLE_WORD.test(subject[0]!)) subject.shift();
  // With no verb found, the subject must be cut off by an aside ("The Aviator, starring X, ended up").
  if (subject.length === 0 || subject.length > 6 || (stop < 0 && parts.length === 1)) return '';
  // "China Daily said the market was …, making": the subject of a reported clause is not read past the report.
  if (PRONOUNS.test(subject[0]!) || CLAUSE_OPENERS.test(subject[0]!) || TRUE_PREPS.has(subject[0]!.toLowerCase()) || subject.some((w) => DIGIT_START.test(w) || isTimeWord(w) || SAY_VERBS.test(w))) return '';
  return `${subject.join(' ')} ${verb}`;
}

function contextFor(text: string, sentence: SentenceSpan, start: number, parsed: Parsed, prevContext: string): string {
  // "…opened at the top of the chart, taking $36.5m": the subject of the sentence took it, whatever is nearer.
  const doing = parsed.kind === 'money' ? TRAILING_DOING.exec(text.slice(sentence.start, start).replace(APPROX, '')) : null;
  const taker = doing ? whoAfterDoing(text, sentence, start, doing[1]!) : '';
  if (taker) return taker;
  const raw = contextOf(text, sentence, start, parsed, prevContext);
  const context = (raw !== '' && subjectWithVerb(text, sentence, start, parsed, raw)) || raw;
  // "Liam Gallagher has been fined 50,000 euros": who was fined says whose the sum is, the verb what it is.
  if (parsed.kind === 'money' && context !== '' && !context.includes(' fined')) {
    const penalty = PASSIVE_PENALTY.exec(text.slice(Math.max(sentence.start, start - 40), start).replace(APPROX, ''));
    if (penalty && !PRONOUNS.test(context) && !LOWER_WORD.test(context)) return `${context} ${penalty[1]!.toLowerCase()}`;
  }
  // "fined coach Sam Reid £2,000", "paid the Ellis family $40,000": a name between a verb and the money is whom
  // it was done to, and the verb says what the money is.
  if (parsed.kind === 'money' && /^\p{Lu}/u.test(context.split(' ').pop() ?? '')) {
    const given = GIVEN_TO.exec(text.slice(Math.max(sentence.start, start - 80), start).replace(TOTAL_OF, '').replace(APPROX, ''));
    if (given && given[2]!.trim().endsWith(context.split(' ').pop()!)) {
      const whom = given[2]!.trim().replace(/^(?:the|a|an)\s+/i, '');
      // "who gave Ayotte $1,200", "could cost the UK £1bn": the name receives or bears the sum, so "Ayotte gave"
      // would read backwards; "given to Ayotte", "cost to UK".
      const toWhom = GIVEN_TO_WHOM[given[1]!];
      return toWhom ? `${toWhom} to ${whom}` : `${whom} ${given[1]!.toLowerCase()}`;
    }
  }
  if (parsed.kind !== 'count' && /^\p{Ll}+$/u.test(context)) {
    const who = whoDid(text, sentence, start, context) || (parsed.kind === 'money' ? whoAfterDoing(text, sentence, start, context) : '');
    if (who) return who;
    // "he spent $5m on ads", "paying $365m to buy the shuttle": with no subject to name, what the verb's sum went
    // on or to says what it is.
    return isVerbBefore(text, sentence, start, context) ? `${context}${sumComplement(text.slice(parsed.end, Math.min(sentence.end, parsed.end + 160)))}` : context;
  }
  // "spend on new plants": the bare verb with where the money went still wants its subject.
  const verbFirst = parsed.kind !== 'count' ? /^(\p{Ll}+) (?:to|from|for|on) /u.exec(context) : null;
  if (verbFirst) {
    const who = whoDid(text, sentence, start, verbFirst[1]!, true);
    if (who) return `${who}${context.slice(verbFirst[1]!.length)}`;
  }
  if (context !== '' || parsed.kind === 'count') return context;
  // "the majority of people surveyed (52%)": a figure alone in brackets measures the phrase before them.
  const bracketed = /(?:^|[^(])\(\s*$/.test(text.slice(Math.max(sentence.start, start - 2), start).replace(APPROX, '')) && /^\s*\)/.test(text.slice(parsed.end, parsed.end + 3));
  if (bracketed) {
    const words = phraseBefore(text.slice(Math.max(sentence.start, start - 80), start).replace(/\s*\(\s*(?:about|around|some|nearly|almost|roughly|more than|less than|over|under|up to)?\s*$/i, ''), 3).split(' ');
    // "include iron ingots ($5)": a verb before the noun phrase is not part of it.
    if (words.length > 2 && VERB_FORMS.has(words[0]!.toLowerCase())) words.shift();
    const np = words.join(' ');
    // A name in front of the brackets ("Minnesota (around $240,000)") is where or who, not what is measured.
    // "Clinton's support (57 percent)": a name that owns the noun phrase is part of it.
    if (np && /^\p{Ll}/u.test(words[words.length - 1]!) && (!/^\p{Lu}/u.test(np) || (words.length > 1 && /[A-Za-z]['’]s?$/u.test(words[0]!))) && !weakHead(np) && !/^(?:half|third|quarter|majority|most|all|some)$/i.test(np) && !isTimeWord(np)) return np;
  }
  // "the film led the box office with $11.8m", "its biggest shareholder with 25%": when nothing else names what
  // the figure measures, the subject of its clause has it.
  const before = text.slice(Math.max(sentence.start, start - 160), start);
  const withAt = before.search(/\bwith\s+$/i);
  if (withAt < 0) return '';
  const subject = clauseSubject(before.slice(0, withAt));
  return subject && !isTimeWord(subject) ? subject : '';
}

const STATE_LASTED =
  /^\s+((?:at the helm|in office|in charge|in power|in the job|in the post|in post|in the role|in prison|in jail|behind bars|on the run|in custody|at the top|in the top job|on strike|on loan|out of work|in exile|in hospital|in detention|in captivity)\b)/i;
/** "For 24 hours, …", "Over the past 12 years, …": a duration that opens its sentence. */
const FRONTED_DURATION = /^\W*(?:for|over|during|in)\s+(?:the\s+)?(?:(?:last|past|first|next|previous|nearly|almost|about|more than|over)\s+)?$/i;

/**
 * The start of a main clause, up to six words, without a pronoun subject or auxiliaries: " he drove voters to
 * the polls" → "drove voters"; " I have seen a lot of things happen" → "seen a lot of things happen"; empty when
 * under two words are left or a clause of its own opens it ("he had what is described as").
 */
function mainClause(clause: string): string {
  const ws = wordsOf(clause.split(/[,;:.!?"“”()]|\s(?:-|--|–|—)\s/)[0] ?? '').slice(0, 8);
  while (ws.length > 0 && (PRONOUNS.test(ws[0]!) || AUXILIARIES.test(ws[0]!) || ADVERB_WORDS.test(ws[0]!) || ARTICLES.has(ws[0]!.toLowerCase()))) ws.shift();
  ws.splice(6);
  const stop = ws.findIndex((w, i) => i > 0 && (CLAUSE_OPENERS.test(w) || QUESTION_WORDS.test(w) || (TRUE_PREPS.has(w.toLowerCase()) && !OF_IN.test(w))));
  const words = ws.slice(0, stop < 0 ? undefined : stop);
  while (words.length > 0 && (PREPOSITIONS.has(words[words.length - 1]!.toLowerCase()) || AUXILIARIES.test(words[words.length - 1]!))) words.pop();
  return words.length >= 2 && !CLAUSE_OPENERS.test(words[0]!) && !QUESTION_WORDS.test(words[0]!) ? words.join(' ') : '';
}

/** ", its contribution would": a clause with a subject of its own. */
const OWN_CLAUSE = /,\s+[A-Za-z]+(?:['’]s)?\s+[a-z]+\s+(?:would|will|could|is|was|has|had)\b/u;

/** Between two items of a list: ", ", " and ", " while " with at most a preposition after. */
const LIST_JOINT = /^[^;:.!?()]{0,50}(?:,|\band|\bor|\bwhile|\bversus|\bvs\.?)\s+(?:(?:by|to|at|of|from|in)\s+)?$/i;
/** "by 4.7% and in 2002/03 by 8.6%": a list item that names its own year or period before the preposition. */
const LIST_JOINT_WHEN = /^\s*(?:,\s*)?(?:and|or|while|but)\s+(?:in|for)\s+(?:the\s+)?(?:\d{4}(?:\/\d{2,4})?|[A-Z][a-z]+(?:\s\d{4})?)\s*,?\s+(?:by|to|at|of)\s+$/u;

/** "every 72 minutes", "once every two years": the figure is how often, not how long. */
const EVERY = /\b(?:once\s+)?every\s+$/i;
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries)$/;
/** "for", "over the past", "in the last", "during the first", "within": the figure after it is a duration. */
const DURATION_FRAME =
  /\b(?:for|over|during|within|in|throughout)\s+(?:(?:the|a|an)\s+)?(?:(?:last|past|next|first|previous|coming|final|following|same|nearly|almost|about|around|some)\s+)?$/i;
const PRONOUNS = /^(?:i|we|you|he|she|it|they|this|that|there)(?:['’](?:ve|s|re|d|ll|m))?$/i;
const SCALE_WORDS = /^(?:thousand|million|billion|trillion|hundred|m|bn|k)$/i;

/**
 * What lasted, read back from a duration's time preposition: the words of its clause after the last number,
 * aside or clause opener, without a leading preposition, article, auxiliary or pronoun: "who has been wooing
 * the club" → "wooing the club"; "which are at their lowest level" → "lowest level". A phrase that starts
 * right after a number is that number's unit ("a loss of 68m euros in the 12 months") and says nothing; "the
 * second time", "any time" name no event.
 */
function whatLasted(before: string, verbAlone = false): string {
  const clause = before.replace(/["“”‘’'\s]+$/, '').replace(/\([^()]{0,80}\)/g, ' ').split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  let k = ws.length;
  // "… on Friday and the process would continue over the next 10 days": "and" before a new subject opens a clause.
  const opensClause = (i: number): boolean => AND_BUT_OR.test(ws[i]!) && NEW_SUBJECT.test(ws[i + 1] ?? '');
  while (k > 0 && ws.length - k < 8 && !DIGIT_START.test(ws[k - 1]!) && !CLAUSE_OPENERS.test(ws[k - 1]!) && !opensClause(k - 1)) k--;
  const afterNumber = k > 0 && DIGIT_START.test(ws[k - 1]!);
  // "talks with Russia have been taking place" → "talks with Russia taking place": the verb group without its auxiliaries.
  const phrase = ws.slice(k).filter((w, i, all) => i === 0 || !AUXILIARIES.test(w) || MODALS.test(w) || MODALS.test(all[i - 1]!));
  // "Trump said Fox executives were calling every 15 minutes": what is reported, not who reports it.
  const said = verbAlone ? phrase.findLastIndex((w) => SAY_VERBS.test(w)) : -1;
  if (said >= 0) phrase.splice(0, said + 1);
  if (afterNumber) {
    while (phrase.length > 0 && SCALE_WORDS.test(phrase[0]!)) phrase.shift();
    if (phrase.length > 0 && !PREPOSITIONS.has(phrase[0]!.toLowerCase())) return '';
  }
  // "took $2m in Bergen alone over the next 3 years": a preposition before a name says where, not what lasted.
  if (phrase.length > 1 && PREPOSITIONS.has(phrase[0]!.toLowerCase()) && /^\p{Lu}/u.test(phrase[phrase[1] === 'the' ? 2 : 1] ?? '')) return '';
  while (phrase.length > 0 && (PREPOSITIONS.has(phrase[0]!.toLowerCase()) || ARTICLES.has(phrase[0]!.toLowerCase()) || ADVERB_WORDS.test(phrase[0]!) || AUXILIARIES.test(phrase[0]!) || PRONOUNS.test(phrase[0]!) || SCALE_WORDS.test(phrase[0]!))) phrase.shift();
  while (phrase.length > 0 && ADVERBS.test(phrase[phrase.length - 1]!.toLowerCase())) phrase.pop();
  const head = phrase[phrase.length - 1]?.toLowerCase() ?? '';
  // A verb alone ("has risen continuously over the last 8 months") does not say what rose.
  if (phrase.length === 0 || phrase.some((w) => TIME_UNITS.test(w.toLowerCase())) || (phrase.length === 1 && !verbAlone && (participleOf(phrase[0]!) !== null || CHANGE_VERBS.test(phrase[0]!))) || /^(?:time|times)$/.test(head) || isTimeWord(phrase.join(' ')) || (phrase.length === 1 && weakHead(phrase[0]!))) return '';
  return phrase.join(' ');
}

/** What a group whose share is given says or does, after the group and its qualifiers ("of voters in a poll said …"). */
const GROUP_DOES =
  /^(?:[^,;:.!?"“”()]|[,.](?=\d)){0,80}?\s((?:said|say|says|think|thinks|believe|believes|want|wants|agree|agreed|disagree|disagreed|would|will|voted|feel|felt|backed|supported|oppose|opposed|favoured|favored|approve|approved|disapprove|disapproved|prefer|preferred|expect|expected)\b[^,;:.!?"“”()]{0,60})/i;

const SCORE_NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})`;
const SCORE_LEAD = new RegExp(String.raw`${SCORE_NAME}\s+(?:leads|lead|leading|led|beat|beats|beating|tops|topped|trails|trail|trailing|trailed)\s+${SCORE_NAME}`, 'u');

/**
 * "Clinton leading Sanders among likely voters, 46 percent to 44 percent": in a score the first share is the
 * leader's, the second the trailer's, named around the leading verb earlier in the sentence.
 */
function scoreOwner(text: string, sentence: SentenceSpan, start: number, parsed: Parsed): string {
  const first = /^\s+to\s+\d/.test(text.slice(parsed.end, parsed.end + 8));
  const second = /\d\s?(?:%|percent|per cent)\s+to\s+$/i.test(text.slice(Math.max(sentence.start, start - 16), start));
  if (!first && !second) return '';
  const lead = SCORE_LEAD.exec(text.slice(Math.max(sentence.start, start - 200), start));
  if (!lead) return '';
  // "Sanders trails Clinton": the first share is still the subject's.
  const owner = first ? lead[1]! : lead[2]!;
  return /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)$/.test(owner) ? '' : owner;
}

/** A named holder right before a count: "Ted Cruz has", "Clinton now holds", "Sanders had won". */
const HOLDER =
  /(?<![\p{L}'’])(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:(?:now|still|already|also|then)\s+)?(?:has|had|have|holds|held|had won|has won|won)\s+$/u;

const LAST_WORD = /([\p{L}'’-]+)\s*$/u;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their)\s*$/i;
const AT_FOR_TO = /^(?:at|for|to)$/;
const LEVEL_VERB_WORDS = /^(?:however|stood|stands|stand|standing|running|hovering|sitting|stuck|stay|stays|stayed|high|low|higher|lower|steady|stable|unchanged|flat|strong|weak)$/i;
const INTENT_TO_END = /\s+(?:plans?|planned|wants?|wanted|aims?|aimed|hopes?|hoped|intends?|intended|agreed|decided|managed|tried|tries|needs?|needed|expects?|planning|hoping|aiming|wanting|expecting|trying|seeking|voting|voted|promised|pledged|offered|refused|threatened|proposed|vowed|sought|asked|ordered|is set|are set|was set|were set)\s+to\s*$/i;
const IN_END = /\s+in\s*$/i;
const PLACE_PREPOSITION_END = /\b(?:in|at|from|on)\s+(?:the\s+)?$/i;
const HAVE_TAKE_MAKE = /^(?:had|has|have|got|gets|took|takes|made|makes)$/i;

function contextOf(text: string, sentence: SentenceSpan, start: number, parsed: Parsed, prevContext: string): string {
  // "took just $239,850": a weak adverb before the figure says how much, not what.
  const before = text
    .slice(Math.max(sentence.start, start - 160), start)
    .replace(TOTAL_OF, '')
    .replace(APPROX, '')
    .replace(/\b(?:just|only|a mere|mere)\s+$/i, '')
    // "approvals - loans approved but not yet made - were £2bn": an aside between the subject and its verb
    // (not "- up £10m", a change stated after a dash, nor a figure that is itself inside an aside).
    .replace(/\s(?:-|--|–|—)\s[^-–—]{1,80}?\s(?:-|--|–|—)\s+((?:[\p{L}'’]+\s+){0,2})$/u, (aside, words: string) =>
      UP_DOWN.test(words) || DASH_AHEAD.test(text.slice(parsed.end, parsed.end + 60)) ? aside : ` ${words}`);
  let after = text.slice(parsed.end, Math.min(sentence.end, parsed.end + 200));
  // "Ted Cruz (who has 231 delegates) must win": a figure inside brackets ends with them.
  const closing = after.indexOf(')');
  if (closing >= 0 && !after.slice(0, closing).includes('(') && /\([^()]*$/.test(text.slice(Math.max(sentence.start, start - 120), start))) after = after.slice(0, closing);
  const beforeWords = wordsOf(before.split(/[,;:()"“”—–]/).pop() ?? '');
  const prev = beforeWords[beforeWords.length - 1]?.toLowerCase() ?? '';
  // "5.65bn euros ($7.4bn; £3.9bn) of purchases": a conversion in brackets sits between the figure and its "of".
  const unbracketed = after.replace(/^\s*\([^()]{0,60}\)/, '');
  const ofRead = /^\s+of\s/i.test(unbracketed) ? phraseAfter(unbracketed.replace(/^\s+of\s+/i, ''), 4, true) : '';
  // "11 percent of the nearly $238 million": an approximation before another figure names nothing.
  const ofPhrase = OF_APPROX.test(ofRead) ? '' : ofRead;
  // "36 years old": an age.
  if (parsed.kind === 'measure' && /^years?$/.test(parsed.unit ?? '') && /^[\s-]+old\b/i.test(after)) return 'age';
  // "profits accumulated over the past 50 years", "talks have been taking place for 10 years": a duration
  // after a time preposition measures how long what comes before it lasted.
  if (parsed.kind === 'measure' && TIME_UNITS.test(parsed.unit ?? '')) {
    // "2 months at the helm", "5 years in prison": a state named right after the duration is what lasted.
    const state = STATE_LASTED.exec(after);
    if (state) return state[1]!.toLowerCase();
    // "a veteran commits suicide every 72 minutes": a frequency measures how often what comes before it happens.
    const every = EVERY.exec(before);
    if (every) {
      const often = whatLasted(before.slice(0, every.index), true);
      if (often) return often;
    }
    // "For 39 hours, seven senators spoke": a duration that opens the sentence lasts as long as its main clause.
    if (FRONTED_DURATION.test(text.slice(sentence.start, start)) && /^,\s/.test(after)) {
      const main = mainClause(after.slice(after.indexOf(',') + 1));
      if (main) return main;
    }
    // "took the lead on 59 minutes": a match minute dates what happened, as a duration says what lasted.
    const frame = DURATION_FRAME.exec(before) ?? (/^minutes?$/.test(parsed.unit ?? '') ? /\b(?:on|after)\s+(?:(?:the|just|only)\s+)?$/i.exec(before) : null);
    const lasted = frame ? whatLasted(before.slice(0, frame.index)) : '';
    if (lasted) return lasted;
  }

  if (parsed.kind === 'count') {
    // What happened to the things counted: the verb they are the object of ("received 250,000 signatures"),
    // else the verb after them ("23,000 people killed", "770 citizens of … were evacuated").
    const noun = parsed.noun ?? parsed.unit ?? '';
    // "10 times faster than 3G services", "1.9 times more likely to be stopped": what the multiple compares.
    const multiple = parsed.unit === 'times' ? MULTIPLE.exec(after) : null;
    if (multiple) {
      const words = wordsOf(after.slice(0, multiple[0].length + 60).split(/[,;:.!?()"“”]|\s(?:-|--|–|—)\s/)[0]!).slice(0, 7);
      // "10 times better than Joss Stone and both", "more likely in the previous year": the comparison ends there.
      const stop = words.findIndex((w, i) => i > 1 && MULTIPLE_STOP.test(w));
      if (stop > 0) words.splice(stop);
      while (words.length > 1 && (PREPOSITIONS.has(words[words.length - 1]!.toLowerCase()) || AUXILIARIES.test(words[words.length - 1]!))) words.pop();
      return words.join(' ');
    }
    const verb = verbAfter(after);
    if (verb) return `${noun} ${verb}`;
    // "process 55,000 pages of the archive": the of-phrase stays with what the verb acts on.
    const object = objectVerb(beforeWords, ofPhrase ? `${noun} of ${ofPhrase}` : noun, after);
    if (object) return object;
    const modifier = modifierAfter(after);
    if (modifier) return `${noun} ${modifier}`;
    // "5 incidents of violent crime for every 1,000 residents", "users per 100 people": the base of a rate.
    const base = RATE_BASE.exec(before);
    const rated = base ? phraseBefore(before.slice(0, base.index), 3) : '';
    if (rated && !DIGIT_START.test(rated) && !weakHead(rated)) return `${rated} per ${noun}`;
    // "It takes 2,383 delegates to win": what the count is needed for.
    const purpose = /^\s+to\s+([\p{Ll}]+)\b/u.exec(after);
    if (purpose && /^(?:takes|took|take|needs|needed|need|requires|required|require)$/i.test(beforeWords[beforeWords.length - 1] ?? '')) {
      return `${noun} needed to ${purpose[1]}`;
    }
    // "an audience of 20 million people", "endorsements from 88 generals": the noun the count belongs to.
    const owner = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)\s+(of|from)\s+$/u.exec(before);
    if (owner && !PREPOSITIONS.has(owner[1]!.toLowerCase()) && !GENERIC_HEADS.has(owner[1]!.toLowerCase()) && !/^(?:out|total|majority|most|many|some|all|none|one|each|both|any|few|several|half|third|quarter|group|number|share|lot|lots|dozens|hundreds|thousands|millions)$/i.test(owner[1]!)) {
      return `${owner[1]} ${owner[2]} ${noun}`;
    }
    // "the 44,000 doctors in the NHS": where the things counted are, when nothing else is said of them.
    if (ofPhrase) return `${noun} of ${ofPhrase}`;
    const where = whereCounted(after);
    // "the first wave in a total of 600 layoffs": the phrase before a total is not what it totals.
    const governed = TOTAL_OF.test(text.slice(Math.max(sentence.start, start - 30), start)) ? '' : governingPhrase(before);
    if (governed) return `${governed} ${noun}${where}`;
    // "Ted Cruz has 11 delegates", "Clinton now holds 503 delegates": with nothing else said, whose they are.
    const holder = where ? '' : (HOLDER.exec(before)?.[1] ?? '').replace(/^(?:The|Now|Still|Also|Today|Currently|Overall|So|But|And|Yet)\s+(?=\p{Lu})/u, '');
    if (holder && !PREPOSITIONS.has(holder.split(' ')[0]!.toLowerCase()) && !MONTHS.test(holder) && !isTimeWord(holder)) {
      return `${holder}${/s$/.test(holder) ? '’' : '’s'} ${noun}`;
    }
    // "906 attacks against asylum seeker homes", "the 12 cases of suspected fraud": what the counted are of or against.
    const complement = where ? null : COUNT_COMPLEMENT.exec(after);
    if (complement) {
      const words = wordsOf(complement[2]!).slice(0, 4);
      const cut = words.findIndex((w, k) => PREPOSITIONS.has(w.toLowerCase()) || (k > 0 && (isVerbIng(w) || isPastForm(w))));
      const phrase = words.slice(0, cut < 0 ? undefined : cut);
      if (phrase.length > 0 && !isTimeWord(phrase.join(' ')) && !notAHead(phrase[phrase.length - 1]!)) return `${noun} ${complement[1]!.toLowerCase()} ${phrase.join(' ')}`;
    }
    return `${noun}${where}`;
  }
  // "78 percent of voters in a recent poll said they think …": the share of a group that says or does something.
  if (ofPhrase && parsed.kind === 'percent') {
    const does = GROUP_DOES.exec(unbracketed.replace(/^\s+of\s+/i, ' '));
    const doesWords = does ? wordsOf(does[1]!.split(/\s(?:--|-|–|—)\s|\s(?:including|while|but|whereas|compared)\s/)[0]!).slice(0, 5) : [];
    // "will grow to 29 percent": the phrase ends before another figure.
    const digit = doesWords.findIndex((w) => DIGIT_START.test(w));
    if (digit >= 0) doesWords.splice(digit);
    while (doesWords.length > 1 && PREPOSITIONS.has(doesWords[doesWords.length - 1]!.toLowerCase())) doesWords.pop();
    // The of-phrase may already hold the verb ("voters say"): the group is what comes before it.
    const groupWords = wordsOf(ofPhrase);
    const verbAt = doesWords.length > 0 ? groupWords.findIndex((w) => w.toLowerCase() === doesWords[0]!.toLowerCase()) : -1;
    const group = (verbAt >= 0 ? groupWords.slice(0, verbAt) : groupWords).join(' ');
    if (doesWords.length > 0 && group) return `${group} ${doesWords.join(' ')}`;
  }
  if (ofPhrase) return ofPhrase;
  // "$1bn worth of contracts": what the sum is worth in.
  const worthOf = /^\s+worth\s+of\s+/i.exec(after.replace(/^\s*\([^()]{0,60}\)/, ''));
  if (worthOf) {
    const thing = phraseAfter(after.replace(/^\s*\([^()]{0,60}\)/, '').slice(worthOf[0].length - 1), 4, true);
    if (thing) return thing;
  }
  // "shipped 12,000 barrels to Norway", "worked 60 hours": a measure as the object of its verb.
  if (parsed.kind === 'measure' && parsed.unit !== null && VERB_FORMS.has((beforeWords[beforeWords.length - 1] ?? '').toLowerCase())) {
    const object = objectVerb(beforeWords, parsed.unit, after);
    if (object) return object;
  }
  const plainAfter = after.replace(/^\s*\([^()]{0,60}\)/, '');
  // "a 3.3% fall in car sales", "a 2% price drop", "a +12 point jump from November": the change it sizes.
  const change = CHANGE_NOUN.exec(plainAfter);
  if (change) {
    const modifier = change[1] !== undefined && !PREPOSITIONS.has(change[1].toLowerCase()) && !ADVERBS.test(change[1]) ? `${change[1]} ` : '';
    // The complement ends where the sentence's own verb starts: "a 4% drop in bus fares surprised riders".
    const complementWords = change[3] !== undefined ? phraseAfter(change[4]!, 4).split(' ') : [];
    const verbAt = complementWords.findIndex((w) => participleOf(w) !== null);
    const complement = complementWords.slice(0, verbAt < 0 ? undefined : verbAt).join(' ');
    return `${modifier}${change[2]!.toLowerCase()}${complement ? ` ${change[3]!.toLowerCase()} ${complement}` : ''}`;
  }
  // "BMW sold 95,000 cars in Asia, up 2.6% on 2003": a change stated after the figure it changes.
  const upDown = /(?:^|[,;(]\s*|\s(?:-|--|–|—)\s+|\band\s+)(up|down)\s+$/i.exec(before);
  if (upDown) {
    const base = /^\s+(on|from|against|compared with)\s+((?:the\s+)?(?:[\p{L}\p{N}'’ $£€-]|[.,](?=\d)){1,30}?)(?=\s*(?:[,.](?!\d)|[;:!?()]|$|\s(?:and|but|while|to|as|in)\s))/iu.exec(plainAfter);
    const subject = prevContext || clauseSubject(before.slice(0, upDown.index));
    // "up nearly $3bn from 2003 - while …": a dash after the base ends it.
    const change = `${upDown[1]!.toLowerCase()}${base ? ` ${base[1]!.toLowerCase()} ${base[2]!.trim().replace(TRAILING_DASH, '')}` : ''}`;
    return subject ? `${subject} ${change}` : change;
  }
  // "Another 7% said they would not vote", "independents, 33%, say they feel that way": a share of people.
  if (parsed.kind === 'percent') {
    const vp = SHARE_VERB.exec(plainAfter);
    if (vp) {
      // The phrase ends where another clause or aside starts: "33% would be scared -- including 60% of …".
      const phrase = wordsOf(vp[1]!.split(/\s(?:--|-|–|—)\s|\s(?:including|while|but|whereas|compared)\s/)[0]!).slice(0, 7).join(' ');
      // "A third of independents, 33%, say": the group named before the figure ("secretary of State" is no group).
      const group = /\b(?:[Oo]f|[Aa]mong)\s+(?:the\s+)?(\p{Ll}[\p{L}-]*),\s*$/u.exec(before);
      const aside = group ? group[1]! : '';
      return aside ? `${aside} ${phrase}` : phrase;
    }
  }
  // "cut insurance claims by 30%", "extend the line by 4 kilometres": what changes by that much.
  if (prev === 'by') {
    // "Clinton led Sanders by 20 points": the whole clause is what the margin measures.
    const np = phraseBefore(before.slice(0, before.toLowerCase().lastIndexOf('by')), 3, true);
    if (np) return np;
  }
  // "£4.2m was spent on worldwide sales", "the remaining $36m will be paid by insurers": a sum as the subject of a
  // passive says what it is by what was done with it, when that names what it went on, to or by whom.
  // Not "fines of up to £2,500 would be levied": a noun linked before the sum already names it.
  if (parsed.kind === 'money' && !BEFORE_LINKERS.has(prev)) {
    const passive = SUM_PASSIVE.exec(plainAfter);
    const done = passive ? participleOf(passive[1]!) ?? (IRREGULAR_PASSIVES.test(passive[1]!) ? passive[1]!.toLowerCase() : null) : null;
    const tail = passive ? plainAfter.slice(passive[0].length) : '';
    const by = done !== null ? /^\s+by\s+((?:the\s+)?[A-Za-z'’-]+(?:\s+[A-Za-z'’-]+){0,2})/u.exec(tail) : null;
    const byWho = by ? phraseAfter(` ${by[1]}`, 3) : '';
    const complement = done !== null ? (byWho && !PRONOUNS.test(byWho) && !isTimeWord(byWho) ? ` by ${byWho}` : sumComplement(tail)) : '';
    if (complement) return `${done}${complement}`;
  }
  // The figure as a modifier: "a $900m (£479m) loan", "a similar $540m repayment demand", "$280bn in profits".
  if (/^\s+(?:in\s+)?[\p{L}]/u.test(plainAfter)) {
    const viaIn = /^\s+in\s+/i.test(plainAfter);
    const np = phraseAfter(plainAfter.replace(/^\s+in\s+/i, ' '), 3);
    // "$280bn in profits" names what is counted; "40% in February", "5% in Mumbai" say when and where.
    // "rose from 10% to 15% in the county": after "in", a determiner opens a place or a time, not the thing.
    const placeIn = viaIn && /^\s+in\s+(?:the|a|an|this|that|its|their|his|her|our)\s/i.test(plainAfter);
    if (np && !placeIn && !(viaIn && /^\p{Lu}/u.test(np)) && !isTimeWord(np) && !notAHead(np.split(' ')[0]!) && !isPastForm(np.split(' ')[0]!)) {
      // "a 26% stake in Wembley", "a $5bn loan to Greece": a head that relates to something keeps what it relates to.
      const tail = RELATIONAL_HEADS.test(np.split(' ').pop()!) && !viaIn ? RELATED_TO.exec(plainAfter.slice(plainAfter.indexOf(np) + np.length)) : null;
      const relatedWords = tail ? phraseAfter(tail[2]!, 3).split(' ') : [];
      const cut = relatedWords.findIndex((w, i) => i > 0 && (notAHead(w) || isTimeWord(w) || isPastForm(w)));
      const related = relatedWords.slice(0, cut < 0 ? undefined : cut).join(' ');
      if (related && !isTimeWord(related) && !notAHead(related.split(' ')[0]!)) return `${np} ${tail![1]!.toLowerCase()} ${related}`;
      // "£50bn in spending cuts", "$660 billion in tax increases": the change the noun modifies is the thing.
      const changed = viaIn && !np.includes(' ') ? PLURAL_CHANGE_AFTER.exec(plainAfter.slice(plainAfter.indexOf(np) + np.length)) : null;
      return changed ? `${np} ${changed[1]!.toLowerCase()}` : np;
    }
  }
  // "44 percent fewer supporters", "20% more jobs": the comparison the share sizes.
  if (parsed.kind === 'percent') {
    const compared = COMPARED_NOUN.exec(plainAfter);
    if (compared && isPluralNoun(compared[2]!)) return `${compared[1]!.toLowerCase()} ${compared[2]}`;
  }
  // "raise the federal minimum wage to $15 an hour", "pushed total spending for the month to $349bn": what the
  // verb brings to that sum.
  if (parsed.kind === 'money' && prev === 'to') {
    const raised = RAISED_TO.exec(before);
    // The whole object when short ("spending on primary education"), else its head.
    const object = raised ? wordsOf(raised[1]!) : [];
    // "bring debt down to": the particle is the verb's.
    if (object.length > 1 && PARTICLES.test(object[object.length - 1]!)) object.pop();
    const np =
      object.length === 0 || object.some((w) => PRONOUNS.test(w))
        ? ''
        : object.length <= 5 && !PREPOSITIONS.has(object[object.length - 1]!.toLowerCase())
          ? object.join(' ')
          : subjectPhrase(object.join(' '));
    if (np && !isTimeWord(np) && !weakHead(np) && !HAS_DIGIT.test(np)) return np;
  }
  // "Clinton’s 46 percent", "Labour's £1.7m": the name that owns the figure.
  const owner = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})['’]s?\s+$/u.exec(before);
  if (owner && !MONTHS.test(owner[1]!) && !isTimeWord(owner[1]!)) return owner[1]!;
  // "raise rates to 5%": what reaches that level; "live to 81 years" is left to the rules below.
  if (BEFORE_LINKERS.has(prev) && (prev !== 'to' || parsed.kind === 'percent')) {
    // "unemployment is currently stuck at about 10%", "the unit was sold for $9.4bn": the verb group before
    // the linker is passed over to its subject; a participle before "for" says what was done to it.
    let head = before.slice(0, before.toLowerCase().lastIndexOf(prev));
    let done = '';
    for (let m = LAST_WORD.exec(head); m; m = LAST_WORD.exec(head)) {
      const w = m[1]!;
      // "an increase of £750": after an article the change word is a noun, and it is the thing.
      if (DETERMINER_BEFORE.test(head.slice(0, m.index))) break;
      // "tax cuts worth 6.8bn rand": before worth, valued, of … the word is the noun itself.
      if (!AT_FOR_TO.test(prev)) break;
      const verbal = AUXILIARIES.test(w) || ADVERBS.test(w) || CHANGE_VERBS.test(w) || LEVEL_VERB_WORDS.test(w) || isPastForm(w);
      if (!verbal) break;
      if (done === '' && isPastForm(w) && (prev === 'for' || prev === 'at')) done = participleOf(w)!;
      head = head.slice(0, m.index);
    }
    // "that's an increase of £750": the change noun the figure sizes.
    const changeNoun = /\b(?:a|an|the|its|their)\s+([\p{L}-]+)\s*$/u.exec(head);
    if (prev === 'of' && changeNoun && CHANGE_NOUN.test(` ${changeNoun[1]}`)) return changeNoun[1]!.toLowerCase();
    // "contracts for three projects, valued at $500m": a participle after a comma describes the noun before it.
    // Not "still low, at just 0.22 litres" nor "Park City, Utah, for 11 days": only a participle or "worth" links.
    const linked = done !== '' || /^(?:worth|totalling|totaling|costing|valued|amounting|numbering|weighing|measuring)$/.test(prev);
    const np = phraseBefore(head, 3, false, true) || (linked && /,\s*$/.test(head) ? phraseBefore(head.replace(/,\s*$/, ''), 3) : '');
    // "57 percent to 22 percent": the words before "to" are the other figure's unit.
    const afterFigure = !np.includes(' ') && /\d\S*\s+$/.test(head.slice(0, head.lastIndexOf(np)));
    if (np && !afterFigure) return done && prev === 'for' ? `${np} ${done}` : np;
  }
  // "furniture stores performed well, rising 2.2%": a change in -ing after a comma is said of the subject of the
  // clause before it.
  const trailing = TRAILING_CHANGE.exec(before);
  if (trailing && CHANGE_ING.test(trailing[2]!)) {
    const words = wordsOf(trailing[1]!.split(/[;:()"“”—–]|,\s/).pop() ?? '');
    const verbAt = words.findIndex((w, k) => k > 0 && (AUXILIARIES.test(w) || CHANGE_VERBS.test(w) || participleOf(w) !== null || IRREGULAR_PASTS.test(w)));
    const head = verbAt > 0 ? words.slice(0, verbAt) : [];
    while (head.length > 1 && ADVERBS.test(head[head.length - 1]!)) head.pop();
    // "However crude prices have rebounded": a sentence adverb is not part of the subject.
    while (head.length > 1 && SENTENCE_ADVERB.test(head[0]!)) head.shift();
    const subject = head.length > 0 ? subjectPhrase(head.join(' ')) : '';
    if (subject && !PRONOUNS.test(subject) && !isTimeWord(subject) && !weakHead(subject)) return subject;
  }
  // "profits at US media giant TimeWarner jumped 76%": the head of the subject of the change verb.
  let bareVerb = '';
  for (let i = beforeWords.length - 1; i >= Math.max(0, beforeWords.length - 5); i--) {
    // "Shark Tale has raked in $80m", "Yahoo earned $187m": what earned or spent it.
    const earned = EARNING_VERBS.test(beforeWords[i]!) && i >= beforeWords.length - 3;
    if (CHANGE_VERBS.test(beforeWords[i]!) || earned) {
      const subject = before
        .slice(0, before.lastIndexOf(beforeWords[i]!))
        .replace(INTENT_TO_END, ' ')
        // "the economy is now expected to grow": an adverb in the verb group is not the subject's (not for an earning
        // verb, whose subject is read short: "Rovers have reportedly offered" keeps its verb below).
        .replace(earned ? VERB_GROUP_TAIL : VERB_GROUP_TAIL_ADVERBS, ' ');
      // An earning verb's subject is read short: its clause is often a reported one ("reports the party repaid").
      // "Scam mails, offering ways to make money, have declined", "economies (Argentina, Brazil) grew": an aside
      // between the subject and its verb is passed over.
      let np = earned ? phraseBefore(subject.replace(IN_END, '').replace(RELATIVE_SAYS, ' '), 3) : subjectPhrase(subject.replace(BRACKETED, ' ').replace(SUBJECT_ASIDE, ' '));
      // "Supporters of the software in the US managed to raise": "US" is where, the supporters raised it.
      if (earned && np && PLACE_PREPOSITION_END.test(subject.slice(0, subject.lastIndexOf(np)))) np = subjectPhrase(subject) || np;
      // "the movie, which took $31.8m": the relative pronoun stands for the phrase before its comma, and the verb
      // says what that did with the sum.
      // Only for the verbs left out of the bare-verb rule below, which names the subject of the others itself.
      if (earned && !np && RELATIVE_SUBJECT.test(subject) && TOOK_MADE.test(beforeWords[i]!)) {
        const antecedent = subjectPhrase(subject);
        if (antecedent && !PRONOUNS.test(antecedent) && !isTimeWord(antecedent) && !weakHead(antecedent)) return `${antecedent} ${beforeWords[i]!.toLowerCase()}`;
      }
      if (np) return np;
      // "he had raised $20m", "which owes $12bn": with no named subject the verb says what the sum is.
      // It is kept for last: "spends $15bn on defense" says more in what follows.
      if (earned && !HAVE_TAKE_MAKE.test(beforeWords[i]!)) bareVerb = beforeWords[i]!.toLowerCase();
      break;
    }
  }
  let np = phraseBefore(before);
  if (EARNING_VERBS.test(np.split(' ').pop() ?? '')) np = '';
  const placeOrTime = isTimeWord(np) || (/^\p{Lu}/u.test(np) && /\b(?:in|to|from|at|on)\s+$/i.test(before.slice(0, before.lastIndexOf(np))));
  // "if it's £50m": a pronoun says nothing of what the figure is.
  if (PRONOUNS.test(np)) np = '';
  if (np && !weakHead(np) && !placeOrTime) return np;
  // "raised about $900m from OPIC", "give $75,000 to the convention": the verb and who gave or got it.
  if (bareVerb) {
    const complement = /^\s+(to|from|for|on)\s+/i.exec(plainAfter);
    const who = complement ? phraseAfter(plainAfter.slice(complement[0].length - 1), 3) : '';
    return who && !isTimeWord(who) && !notAHead(who.split(' ')[0]!) ? `${bareVerb} ${complement![1]!.toLowerCase()} ${who}` : bareVerb;
  }
  const ahead = phraseAfter(plainAfter.replace(/^\s+(?:to|at|in|on|for|from)\s+/i, ' '));
  const aheadIsPlace = /^\s+(?:to|at|in|on|from)\s+\p{Lu}/u.test(plainAfter);
  if (ahead && !isTimeWord(ahead) && !aheadIsPlace && !notAHead(ahead.split(' ')[0]!)) return ahead;
  return placeOrTime || weakHead(np) ? '' : np;
}

/** "…, rising 2.2%": a change in -ing that opens a trailing clause. */
const TRAILING_CHANGE = /^(.*\S),\s+(\p{Ll}+ing)\s+(?:(?:by|to)\s+)?$/su;
const SENTENCE_ADVERB = /^(?:however|but|and|so|yet|meanwhile|still|also|now|then|instead|overall|elsewhere)$/i;
const CHANGE_ING =
  /^(?:rising|falling|growing|dropping|jumping|climbing|slipping|sliding|gaining|losing|declining|increasing|decreasing|soaring|surging|plunging|tumbling|sinking|dipping|edging|easing|shrinking|expanding|rebounding|advancing|slumping|rallying)$/i;

const RELATIONAL_HEADS =
  /^(?:stake|stakes|holding|interest|deal|contract|loan|loans|investment|bid|offer|order|settlement|fine|award|package|fund|grant|debt|lawsuit|takeover|acquisition|budget|subsidy|subsidies|bailout|bond|bonds|levy|cap|limit|claim|payment|payout|compensation)$/i;
const RELATED_TO = /^\s+(in|of|for|on|with|to|from|against)\s+(?!return\b|turn\b|part\b|total\b|all\b)([^,;:.!?()]{1,60})/i;

/** Words after a figure that cannot head what it measures ("5% since the weekend", "2% later in 2005"). */
const NOT_A_HEAD =
  /^(?:a|an|the|and|or|but|to|on|at|for|from|by|with|as|than|last|this|next|each|per|year|years|month|months|week|weeks|day|days|since|later|earlier|annually|alone|apiece|overall|respectively|already|yet|now|then|so|too|higher|lower|more|less|fewer|below|above|ahead|behind|back|down|up|off|out|over|under|again|also|only|just|even|still|ever|never|together|away|ago|before|after|while|when|if|because|that|these|those|it|they|he|she|we|you|his|her|their|our|several|many|few|two|three|four|five)$/i;

const notAHead = (w: string): boolean => NOT_A_HEAD.test(w) || isLyAdverb(w);

/** A change the figure sizes, named after it: "a 3.3% fall in car sales", "a 2% price drop". */
const CHANGE_NOUN =
  /^\s+(?:(\p{L}[\p{L}-]*)\s+)??(fall|falls|rise|rises|jump|jumps|increase|increases|decrease|decreases|drop|drops|decline|declines|gain|gains|cut|cuts|hike|hikes|rebound|slump|surge|growth|reduction|boost|climb|dip|slide|loss|losses|swing|shift|lead)\b(?:\s+(in|of|from|on|for|among)\s+([^,;:.!?()]{1,60}))?/iu;

/** "7% said they would not vote": a verb right after a percentage makes it a share of people who do so. */
const SHARE_VERB =
  /^,?\s+((?:said|say|says|think|thinks|thought|believe|believes|believed|want|wants|wanted|agree|agrees|agreed|disagree|disagreed|would|will|are|were|did|do|does|voted|feel|felt|described|(?:back|backed|backs|support|supports|supported|oppose|opposes|opposed|favour|favor|favours|favors|favoured|favored|approve|approves|approved|disapprove|disapproved|prefer|prefers|preferred|plan|plans|planned|expect|expects|expected|vote)(?=\s+(?:the|a|an|his|her|their|its|it|him|them|this|that|these|those)\b))\b[^,;:.!?"“”()]{0,60})/iu;

const TIME_WORD = /^(?:(?:the\s+)?(?:first|second|third|last|next|past|same|previous|coming|final)\s+(?:week|month|year|quarter|half|day|weekend|decade)s?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|noon|midday|midnight|dawn|dusk|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|weekend|year|month|week|day|quarter)(?:\s+\d{1,4}|\s+(?:morning|afternoon|evening|night))?$/i;
const isTimeWord = (np: string): boolean => TIME_WORD.test(np.trim());

/** Heads that say how something is measured, not what: their complement is the thing ("cost of insuring a ship"). */
const GENERIC_HEADS = new Set(
  `cost costs price prices rate rates value values number numbers amount amounts share shares level levels volume
  volumes size total sum proportion percentage index fee fees fare fares bill charge charges premium premiums`.split(/\s+/),
);
const LINK_PREPS = new Set(['of', 'at', 'in', 'for', 'from', 'to', 'on']);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** "Pre-tax profit for 2004 (was)", "debt for a graduate in 2015 (was)": a period closing the subject says when, not what. */
const TRAILING_PERIOD =
  /\s+(?:for|in|during)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar|full|whole|first|second|third|fourth|final|last|past)\s+)*(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|(?:year|quarter|half)(?:\s+(?:19|20)\d{2})?)\s*$/i;

/**
 * The subject of a change verb, read back from the verb over a bounded number of words: "the cost of
 * insuring a cargo ship rose" → "cost of insuring a cargo ship"; "freight rates from Odesa to Mumbai
 * reached" → all of it; "quarterly profits at the media group jumped" → "quarterly profits" (a specific head
 * stands alone, a generic one like "cost" or "rates" keeps its complement).
 */
function subjectPhrase(subject: string): string {
  const clauses = subject.replace(TRAILING_PERIOD, '').split(/[,;:()"“”—–]|\s-\s/);
  const clause = clauses.pop() ?? '';
  // "the German economy, which shrank 0.2%": the relative pronoun stands for the phrase before its comma.
  if (/^\s*(?:which|who|that)\s*$/i.test(clause) && clauses.length > 0) return phraseBefore(clauses.pop()!, 3);
  // "a boost to shares which have advanced 4%": without a comma the pronoun still stands for the phrase before it.
  const relative = /^(.*\S)\s+(?:which|who|that)\s*$/is.exec(clause);
  if (relative) {
    // "hid four donations that totaled": a number word ends the phrase as a digit would.
    const words = phraseBefore(relative[1]!, 3).split(' ');
    const number = words.findLastIndex((w) => SPELLED_VALUES[w.toLowerCase()] !== undefined);
    return words.slice(number + 1).join(' ');
  }
  const ws = wordsOf(clause);
  // "The amount of data that can be stored has grown": a relative clause inside the subject is passed over.
  const rel = ws.findLastIndex((w, i) => i > 0 && i < ws.length - 1 && THAT_WHICH_WHO.test(w));
  // Not "a move which caused the firm's earnings (to slide)" nor "claimed that crime (has gone down)": the clause
  // must end in its own verb, after a noun.
  const relEnd = ws[ws.length - 1] ?? '';
  if (rel > 0 && (isPastForm(relEnd) || IRREGULAR_PASTS.test(relEnd)) && participleOf(ws[rel - 1]!) === null && !SAY_VERBS.test(ws[rel - 1]!) && !VERB_FORMS.has(ws[rel - 1]!.toLowerCase())) return subjectPhrase(ws.slice(0, rel).join(' '));
  // "the average closed down 1.6%": the verb before the change word is not the subject's.
  while (ws.length > 1 && isPastForm(ws[ws.length - 1]!) && !UPPER_INITIAL.test(ws[ws.length - 1]!)) ws.pop();
  let k = ws.length;
  while (k > 0 && ws.length - k < 10) {
    const w = ws[k - 1]!;
    const lw = w.toLowerCase();
    const link = LINK_PREPS.has(lw) || ARTICLES.has(lw);
    if (!link && (PREPOSITIONS.has(lw) || CHANGE_VERBS.test(w) || DIGIT_START.test(w) || (!UPPER_INITIAL.test(w) && isPastForm(w)))) break;
    k--;
  }
  let phrase = ws.slice(k);
  // "In early afternoon trade in London the company share price": an article right after a noun, with no
  // preposition between, opens the subject; what comes before it is a fronted phrase of time or place.
  const opens = phrase.findLastIndex((w, i) => i > 0 && ARTICLE_WORD.test(w) && !LINK_PREPS.has(phrase[i - 1]!.toLowerCase()) && !ARTICLES.has(phrase[i - 1]!.toLowerCase()) && !DIGIT_START.test(phrase[i - 1]!));
  if (opens > 0 && /^in$/i.test(phrase[0]!) && opens < phrase.length - 1) phrase = phrase.slice(opens);
  while (phrase.length > 0 && (LINK_PREPS.has(phrase[0]!.toLowerCase()) || ARTICLES.has(phrase[0]!.toLowerCase()))) phrase.shift();
  if (phrase.length === 0) return '';
  const firstLink = phrase.findIndex((w) => LINK_PREPS.has(w.toLowerCase()));
  if (firstLink < 0) return phrase.join(' ');
  const head = phrase.slice(0, firstLink);
  const last = phrase[phrase.length - 1]!.toLowerCase();
  if (head.length === 0) return '';
  // A route ("fares from Dover to Calais") is part of what is priced.
  const route = phrase[firstLink]!.toLowerCase() === 'from' && phrase.some((w, i) => i > firstLink + 1 && w.toLowerCase() === 'to');
  if ((GENERIC_HEADS.has(head[head.length - 1]!.toLowerCase()) || route) && !LINK_PREPS.has(last) && !ARTICLES.has(last)) return phrase.join(' ');
  return head.join(' ');
}

const EARNING_VERBS = /^(?:costs|cost|raked|took|takes|take|earned|earns|earn|made|makes|make|generated|generates|generate|grossed|grosses|spent|spends|spend|paid|pays|pay|repaid|raised|raises|raise|received|receives|receive|collected|collects|collect|netted|invested|invests|invest|borrowed|borrow|owed|owes|owe|sold|sells|sell|bought|buys|buy|absorbed|exceeding|exceeded|topped|hovering|had|has|have|won|wins|win|got|gets|snagged|secured|secures|garnered|polled|polls|scored|scores|leads|led|trails|trailed|contributed|contributes|contribute|saved|saves|save|lost|loses|gave|give|gives|donated|donates|donate|awarded|granted|lent|loaned|pledged|promised|offered)$/i;

/** ", which (took)": a relative clause whose subject is the thing before the comma. */
const RELATIVE_SUBJECT = /,\s*which\s*$/i;
const TOOK_MADE = /^(?:took|takes|made|makes)$/i;

const weakHead = (np: string): boolean => WEAK_HEADS.test(np) || isLyAdverb(np);

/** The end of a verb group before its verb: "has been", "is expected to"; with adverbs: "is now expected to". */
const VERB_GROUP_TAIL = /(?:\s+(?:has|have|had|is|was|were|are|been|be|will|would|could|should|may|might|did|do|does|expected|forecast|set|likely|due|predicted|projected|to))+\s*$/i;
const VERB_GROUP_TAIL_ADVERBS =
  /(?:\s+(?:has|have|had|is|was|were|are|been|be|will|would|could|should|may|might|did|do|does|expected|forecast|set|likely|due|predicted|projected|to|so far|already|also|still|now|just|recently|reportedly|previously))+\s*$/i;

/** Words that sit before a figure without saying what it measures ("a similar $540m", "just 5%"). */
const WEAK_HEADS = /^(?:similar|just|only|another|further|additional|extra|some|nearly|almost|about|around|roughly|past|next|last|first|top|both|all|each|until|earlier|later|old|two|three|several|many|few|previously \w+|\w+er)$/i;

/**
 * Where a range that starts with the figure just read ends: "£190m and £265m" after "between", "10% to 15%",
 * "£5m-£6m". The second figure must carry the same unit, or it is another figure ("jumped 76% to $1.13bn").
 * "5-10%" and "5 to 10 people" are read in readAfter, where the unit comes only after the second number.
 */
function rangeEnd(text: string, start: number, parsed: Parsed): number | null {
  const joint = /^(?:\s?[-–]\s?|\s+to\s+|\s+and\s+)/.exec(text.slice(parsed.end, parsed.end + 6));
  if (!joint) return null;
  if (/and/.test(joint[0]) && !/\bbetween\s+(?:\S+\s+){0,1}$/i.test(text.slice(Math.max(0, start - 20), start))) return null;
  const at = parsed.end + joint[0].length;
  const second = /^(?:(?:US|U\.S\.|A|C|HK)?\s?[$£€¥₹₽]\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,]\d)/.exec(text.slice(at, at + 24));
  if (!second) return null;
  const numStart = at + second[0].length - second[1]!.length;
  const prefix = text.slice(at, numStart).trim();
  const currency = currencyOfPrefix(prefix);
  // "£190m and £265m" has its currency before each end, "150 euros and 300 euros" after; readAfter reads the latter.
  if (currency !== null && parsed.kind !== 'money') return null;
  const next = readAfter(text, at, numStart + second[1]!.length, numberValue(second[1]!), currency);
  if (!next || next.unit !== parsed.unit || next.kind !== parsed.kind) return null;
  // "leads by 8 points, 49% to 41%": without "from" or "between", a falling pair is a score, not a range.
  if (/to/.test(joint[0]) && next.value <= parsed.value && !/\b(?:from|between)\s+(?:\S+\s+){0,1}$/i.test(text.slice(Math.max(0, start - 20), start))) return null;
  return next.end;
}

const CONVERSION_ITEM = /^(?:(?:about|around|some|roughly|nearly|almost)\s)?((?:US|U\.S\.|A|C|HK)?\s?[$£€¥₹₽]\s?)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,]\d)/;

/**
 * Where a conversion in brackets right after a figure ends: "$1.13bn (£600m)", "5 miles (8km)", "7.5bn euros
 * ($9.7bn; £5.4bn)". Each part must read as a figure of the same kind, so "£5m (a record)" or "40% (12 seats)"
 * stay as they are. The conversion is part of the figure's text, not a figure of its own.
 */
function conversionEnd(text: string, parsed: Parsed): { end: number; starts: number[] } | null {
  if (parsed.kind !== 'money' && parsed.kind !== 'measure') return null;
  const open = /^\s?\(\s?/.exec(text.slice(parsed.end, parsed.end + 4));
  if (!open) return null;
  const from = parsed.end + open[0].length;
  const close = text.slice(from, from + 60).indexOf(')');
  if (close <= 0) return null;
  const inside = text.slice(from, from + close);
  const parts = /^[^;]*$|^[^;]*;[^;]*$/.test(inside) ? inside.split(';') : [];
  let at = from;
  const starts: number[] = [];
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    const item = CONVERSION_ITEM.exec(part.trimStart());
    if (!item) return null;
    const prefix = (item[1] ?? '').trim();
    const numStart = at + lead + item[0].length - item[2]!.length;
    const read = readAfter(text, numStart, numStart + item[2]!.length, numberValue(item[2]!), currencyOfPrefix(prefix));
    // "$3.8m to $4.9m (£2m to £2.6m)": a range converts into a range.
    const readEnd = read ? (rangeEnd(text, at + lead, read) ?? read.end) : 0;
    if (!read || read.kind !== parsed.kind || text.slice(readEnd, at + part.length).trim() !== '') return null;
    starts.push(at + lead);
    at += part.length + 1;
  }
  return parts.length > 0 ? { end: from + close + 1, starts } : null;
}

/** Words of a verb group that come before its verb: "is forecast to fall", "had been cut". */
const VERB_GROUP = /^(?:forecast|expected|set|likely|due|predicted|projected|going|to|not)$/i;

const OBJECT_DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that)$/i;

/**
 * What changed, for a figure that is a change "from X to Y": the subject with its verb group as written when the
 * verb comes right before "from" ("the tax rate rose", "bonus rates were cut", "output is forecast to fall"), or
 * the verb's object and participle when it comes between ("raised the limit for investment from" → "limit for
 * investment raised", "cut its holding from" → "holding cut"). Empty when no verb is found close before.
 */
function changeContext(text: string, sentence: SentenceSpan, start: number): string {
  const clause = text.slice(Math.max(sentence.start, start - 160), start).split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  // "its holding", "the cut": after a determiner the word is a noun.
  const isVerb = (w: string, i: number): boolean => !ARTICLES.has((ws[i - 1] ?? '').toLowerCase()) && !AUXILIARIES.test(w) && !NOT_CHANGE_WORDS.test(w) && (CHANGE_VERBS.test(w) || participleOf(w) !== null);
  let j = ws.length - 1;
  while (j >= 0 && ws.length - j <= 10 && !isVerb(ws[j]!, j)) j--;
  if (j < 0 || ws.length - j > 10 || ws.slice(j + 1).some((w) => DIGIT_START.test(w) || CLAUSE_OPENERS.test(w))) return '';
  if (j === ws.length - 1) {
    let k = j;
    while (k > 0 && (AUXILIARIES.test(ws[k - 1]!) || VERB_GROUP.test(ws[k - 1]!) || ADVERBS.test(ws[k - 1]!.toLowerCase()))) k--;
    const subject = k > 0 ? subjectPhrase(ws.slice(0, k).join(' ')) : '';
    return subject && !/^(?:it|they|he|she|this|that|which|we)$/i.test(subject) ? `${subject} ${ws.slice(k, j + 1).join(' ')}` : '';
  }
  const object = ws.slice(j + 1);
  while (object.length > 0 && OBJECT_DETERMINER.test(object[0]!)) object.shift();
  if (object.length === 0 || object.length > 8) return '';
  return `${object.join(' ')} ${participleOf(ws[j]!) ?? ws[j]!.toLowerCase()}`;
}

const PER_UNIT =
  /^\s(?:a|an|per|each)\s(barrel|hour|day|week|month|year|annum|share|head|person|tonne|ton|litre|liter|gallon|night|kilo|kilogram|pound|ounce|unit|seat|ticket|passenger|pupil|student|patient|household|employee|worker|visitor|user|subscriber|vote)\b(?!\s+(?:ago|earlier|before|previously|later|back)\b)/i;

const PER_ANNUM = /^annum$/i;

function isYear(raw: string, value: number): boolean {
  return /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100;
}

function sentenceAt(sentences: readonly SentenceSpan[], at: number, hint: { i: number }): SentenceSpan {
  while (hint.i + 1 < sentences.length && sentences[hint.i]!.end <= at) hint.i++;
  return sentences[hint.i] ?? { start: 0, end: at };
}

/**
 * A duration that bounds or dates what its sentence says, rather than measuring anything: "the last 25 years",
 * "the first 10 minutes", "the 12 months to June", "at their lowest for 17 years". When nothing (or one word, the
 * frame's own "opening" or "coming") is found that lasted, it is a time frame, as a date is, and no figure.
 */
const FRAME_WORD = '(?:last|past|next|first|previous|coming|final|following|same|opening|closing|remaining|initial|early|late)';
/** "his 22 years in Parliament", "despite her 69 years": a possessive with no frame word is a tenure or an age, kept. */
const DEFINITE_FRAME = new RegExp(
  `\\b(?:(?:the|this|these|those)\\s+(?:${FRAME_WORD}\\s+)?|(?:its|his|her|their|our|my|your)\\s+${FRAME_WORD}\\s+)$`,
  'i',
);
const DECIMAL = /\.\d/;
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|my|our|your)\s+$/i;
/** "over the past 18 months", "in the first 100 days": a definite window opened by a preposition other than "for". */
const WINDOW_FRAME = new RegExp(
  `\\b(?:in|over|during|within|throughout)\\s+(?:the|its|his|her|their|our|this)\\s+${FRAME_WORD}\\s+(?:(?:nearly|almost|about|around|some|more than|over)\\s+)?$`,
  'i',
);
/** "she spent the past 23 years as a fundraiser": what was spent or served is a measure, not a frame. */
const SPENT_BEFORE = /\b(?:spent|spend|spends|spending|served|serve|serves|serving)\s+(?:\S+\s+){1,2}$/i;
const SUPERLATIVE_FRAME = /\b(?:the|its|his|her|their|our|a)\s+(?:[A-Za-z-]+\s+)?(?:[A-Za-z-]+est|most|least|best|worst)(?:\s+[A-Za-z-]+)?\s+(?:in|for)\s+$/i;
/** "for the first time in 30 years", "at any time in 17 months": how long since, said of no thing. A match minute ("on 62 minutes") dates a goal. */
const SINCE_FRAME = /\btime\s+in\s+$/i;
/** "the highest level in 12 years", "the slowest pace in more than 50 years": how long since, said of no thing that lasted. */
const SUPERLATIVE_SINCE =
  /(?<![\p{L}'’-])(?:first|best|worst|most|least|\p{L}+iest|(?:high|low|big|larg|small|fast|slow|strong|weak|deep|sharp|steep|long|short|great|fin|cheap|dear|hott|cold|warm|wett|dri)est)(?:\s+[\p{L}'’-]+){0,5}\s+(?:in|for)\s+$/iu;
const CLAUSE_STOP = /[,;:()"“”—–]/;
const LONG_SPAN_UNITS = /^(?:weeks?|months?|years?|decades?)$/;
const BARE_SUPERLATIVE = /^(?:\p{L}+est|best|worst|first|most|least)(?:\s+(?:level|point|pace|ever))?$/iu;
const MATCH_MINUTE = /\bon\s+$/i;

/** Whether a duration read with `context` is a time frame (see DEFINITE_FRAME), to be left off the figures. */
function isTimeFrame(text: string, sentence: SentenceSpan, start: number, parsed: Parsed, context: string): boolean {
  if (parsed.kind !== 'measure' || !TIME_UNITS.test(parsed.unit ?? '')) return false;
  const before = text.slice(Math.max(sentence.start, start - 60), start);
  if (SINCE_FRAME.test(before) || (/^minutes?$/.test(parsed.unit!) && MATCH_MINUTE.test(before))) return true;
  // Only when nothing but the superlative is said ("at their lowest level in 24 years"): "Hotel bookings at their
  // highest level", "lowest mortgage rates" say what was so high or low for so long, and stay. Not "stormed to his
  // first title in 21.01 seconds": how long it took.
  if (LONG_SPAN_UNITS.test(parsed.unit!) && BARE_SUPERLATIVE.test(context) && SUPERLATIVE_SINCE.test(before.split(CLAUSE_STOP).pop() ?? '')) return true;
  // "within 18 months", "after 17 years" with nothing said of what lasted: a duration alone tells the table nothing
  // (a timing with decimals, "45.91 seconds", is a result and stays).
  // "his 14 years as mayor", "despite her 69 years" are a tenure and an age, kept.
  if (context === '' && !DECIMAL.test(text.slice(start, parsed.end)) && !POSSESSIVE_BEFORE.test(before)) return true;
  // "release new machines in the next 18 months": a window in which something happens, not how long anything
  // lasted ("wooing the club for the last 12 months" is). Kept: "Rents collected over the past 15 years", where
  // the participle right before the window is what it measures, and "Over the last 8 years, I have seen …", a
  // window that opens the sentence and frames its main clause.
  const window = WINDOW_FRAME.exec(before);
  if (window && !FRONTED_DURATION.test(text.slice(sentence.start, start))) {
    const lastWord = context.split(' ').pop() ?? '';
    const lead = wordsOf(before.slice(0, window.index)).slice(-2);
    // A reduced relative ("Rents collected"), not a finite verb group ("fares have soared").
    const doneRightBefore = lastWord !== '' && isPastForm(lastWord) && lead[1] === lastWord && lead[0] !== undefined && !AUXILIARIES.test(lead[0]) && !ADVERBS.test(lead[0].toLowerCase());
    if (!doneRightBefore) return true;
  }
  // "the 15 year embargo", "the 95 minute rant": a singular unit makes the number part of a noun's modifier.
  if (!/s$/.test(parsed.unit!) || context === 'age' || SPENT_BEFORE.test(before) || !(DEFINITE_FRAME.test(before) || SUPERLATIVE_FRAME.test(before))) return false;
  // "the 100 days of slaughter": one word is what lasted only when it is what the duration is of.
  return context === '' || isTimeWord(context) || (!context.includes(' ') && !/^\s+of\s/i.test(text.slice(parsed.end, parsed.end + 5)));
}

/**
 * "Radio 2 listeners", "FTSE 100 companies", "RBS 6 Nations", "the Olympic 800m": a number right after a capitalised
 * word inside a sentence is part of a name, not a count or a distance. Not "About 40 people" (the sentence's first
 * word) nor "Ohio, 66 delegates" (a comma between).
 */
const NAME_BEFORE_NUMBER = /(?<![A-Za-z0-9'’.-])([A-Z][A-Za-z0-9&-]*) $/;
function numberInName(text: string, sentence: SentenceSpan, numStart: number, parsed: Parsed): boolean {
  if (parsed.kind !== 'count' && !(parsed.kind === 'measure' && /^(?:m|metres|meters)$/.test(parsed.unit ?? ''))) return false;
  const lead = text.slice(Math.max(sentence.start, numStart - 40), numStart);
  const name = NAME_BEFORE_NUMBER.exec(lead);
  // "Earlier on Friday 15 protesters", "shooting Laquan McDonald 16 times": a day, or how often someone was acted on.
  if (!name || MONTHS.test(name[1]!) || isTimeWord(name[1]!) || /^(?:I|A)$/.test(name[1]!) || parsed.unit === 'times') return false;
  const wordStart = numStart - lead.length + name.index;
  // "MEDALS: Played 133 Tests": after a colon or an opening quote the capital starts a clause, and a past verb is no name.
  if (/^[A-Z][a-z]+ed$/.test(name[1]!) || /[:"“‘(]\s*$/.test(text.slice(sentence.start, wordStart))) return false;
  return /[A-Za-z0-9]/.test(text.slice(sentence.start, wordStart));
}

/**
 * "eight of 10 voters", "one in 100 pupils", "nine out of 10 separations": the base of a proportion, which says how
 * many of the ten or hundred, not how many voters there are.
 */
const PROPORTION_BASE = /\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+(?:out\s+of|of|in)\s+$/i;
/** "one in 13 pupils", "1 in 4 residents": after "one in" any number is the base of a rate ("one of 20 students" is a count). */
const ONE_IN_BASE = /(?<![\p{L}\p{N}])(?:one|1)\s+in\s+$/iu;
const isProportionBase = (text: string, sentence: SentenceSpan, numStart: number, parsed: Parsed): boolean => {
  if (parsed.kind !== 'count') return false;
  const lead = text.slice(Math.max(sentence.start, numStart - 24), numStart);
  return ([10, 100, 1000].includes(parsed.value) && PROPORTION_BASE.test(lead)) || ONE_IN_BASE.test(lead);
};

/** "the 757 does not", "his age drives him", "Half-Life 2 feels like": a verb read as the counted noun. */
const VERB_NOT_NOUN = /^\s+(?:not|him|her|them|me|us|itself|himself|herself|themselves)\b/i;

/**
 * "40,000 farms are yet to be inspected", "12,500 jobs had gone", "23 million Britons will miss out on it": when no
 * verb the tables know follows a count, the predicate its auxiliary opens says what is counted, kept as written.
 * Not inside a phrase ("13 of the 659 MPs are from …" is said of the 13, "100 goals in 158 appearances should be …" of
 * the goals).
 */
const PREDICATE_AFTER = /^\s+((?:are|were|is|was|have|has|had|will|would|may|might|could|can|must|should)(?:\s+(?:not|still|now|also|already|all))?\s+[^,;:.!?()"“”—–]+)/i;
const PREDICATE_STOP = /^(?:and|or|but|while|whereas|which|who|whom|that|because|when|where|as|than|if|since|after|before|until|unless|although|though|so|per|with)$/i;
const PHRASE_BEFORE =
  /\b(?:of|in|from|with|by|for|on|at|to|among|amongst|between|into|than|after|before|over|under|per|across|through|within|without|like|including)\s+(?:(?:the|their|its|his|her|our|your|these|those|all|just|only|nearly|almost|some|about|around|roughly|another|further|\S+['’]s)\s+)*$/i;
const TO_OR_NOT = /^(?:to|not)$/i;

function predicateAfter(text: string, sentence: SentenceSpan, start: number, end: number): string {
  if (PHRASE_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) return '';
  const m = PREDICATE_AFTER.exec(text.slice(end, Math.min(sentence.end, end + 120)));
  if (!m) return '';
  const words = wordsOf(m[1]!).slice(0, 7);
  const stop = words.findIndex((w, i) => i > 0 && (PREDICATE_STOP.test(w) || DIGIT_START.test(w)));
  if (stop > 0) words.splice(stop);
  while (words.length > 0 && (PREPOSITIONS.has(words[words.length - 1]!.toLowerCase()) || ARTICLES.has(words[words.length - 1]!.toLowerCase()) || AUXILIARIES.test(words[words.length - 1]!) || TO_OR_NOT.test(words[words.length - 1]!))) words.pop();
  // An auxiliary alone ("are", "have been") says nothing.
  return words.length > 1 ? words.join(' ') : '';
}

const OLD_AFTER = /^-?old\b/i;
const AGO_AFTER = /^\s+(?:ago|later|earlier)\b/i;
const ONE_IN_BEFORE = /\b(?:one|two|three|four|five|\d+)\s+in\s+$/i;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const CLOCK_COLON = /^:\d/;
const REFERENCE_NUMBER_BEFORE = /\b(?:no|nos|number|article|section|chapter|page|room|flight|route|level|grade|windows|version|v)\.?\s?$/i;
const WORD_BEFORE = /([\p{L}.]+)\s?$/u;
const WORD_AFTER = /^\s?([\p{L}.]+)/u;
const UNIT_AFTER_YEAR_LIKE = /^\s?(?:%|per ?cent|tons?|tonnes?|km|kg|people)/i;
const TIME_SPAN_UNITS = /^(?:years?|months?|weeks?|days?|hours?|decades?)$/;
const POINT_IN_TIME_AFTER = /^\s+(?:ago|later|earlier|before|after)\b/i;
const AGO_WORD_AFTER = /^\s+ago\b/i;
const NUMBER_TO_NUMBER = /\d\s+to\s+\D{0,2}\d/;
const FROM_END = /\bfrom\s+$/i;
const UNDER_OR_OVER = /^(?:under|over)\s/i;
const AGE_GROUP_UNITS = /^(?:boys|girls|players|sides|teams|squads|men|women|internationals|s)$/i;
const METRE_UNITS = /^(?:m|metres|meters)$/;
const THE_OR_POSSESSIVE_END = /(?:\bthe|'s|’s)\s$/i;
const RACE_WORD_AFTER = /^\s(?:title|final|race|relay|hurdles|freestyle|breaststroke|backstroke|butterfly|medley|sprint|event|heats?|semi-finals?|gold|silver|bronze|champion|world record|indoor)\b/i;
const RESTATING_JOINT = /^(?:\s*\(|\s*;\s*|\s+(?:from|to|versus|vs\.?|compared with|against)\s+)$/i;
const WORDS_BEFORE_COMPARISON = /^[^(]*?(?=\s+(?:from|to|versus|vs\.?|compared with|against)\s+$)/i;
const OPEN_BRACKET_ONLY = /^\s*\(\s*$/;
const CLAUSE_PUNCTUATION = /[,;:()"“”—–]/;
const COMMA_OR = /^,\s+or\s+$/i;
const S_END = /s$/;

/** Whole distances in metres that name a track event rather than measure anything. */
const TRACK_EVENTS = new Set([60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000]);
const DECIMAL_RAW = /\./;
const LENGTH_WORD_AFTER = /^\s*-?(?:long|high|wide|deep|tall|away|across|below|above|from|of)\b/i;
const FIRST_WORD = /^\s+([\p{L}]+)/u;
const nextWordAfter = (text: string, at: number): string => FIRST_WORD.exec(text.slice(at, at + 20))?.[1]?.toLowerCase() ?? '';

/** "5-1", "19-13", "2-2": a hyphenated pair whose second number is not the larger, which no range is written as. */
const HYPHEN_PAIR = /^(\d+)\s?[-–]\s?(\d+)(?![\d.,]\d)/;
function isScore(figureText: string): boolean {
  const pair = HYPHEN_PAIR.exec(figureText);
  return pair !== null && Number(pair[2]) <= Number(pair[1]);
}

/** `names` (the sheet's people and organisations) lets a pronoun subject be named: "he raised" → "Ann Lee raised". */
export function extractFigures(text: string, sentences: readonly SentenceSpan[], names?: KnownNames): FigureSpan[] {
  const out: FigureSpan[] = [];
  const nameSubject = pronounSubjects(text, sentences, names);
  const dropped: number[] = [];
  DROPPED_STARTS.set(out, dropped);
  const hint = { i: 0 };
  let consumedTo = 0;
  for (const m of numbersIn(text)) {
    const numStart = m.index;
    if (numStart < consumedTo) continue;
    const raw = m.raw;
    const numEnd = numStart + raw.length;
    const value = m.value;
    const before = text.slice(Math.max(0, numStart - 12), numStart);
    // "a 10-year deal", "a two-year ban": the hyphenated unit is the measure, the noun after it what it measures.
    const joined = HYPHEN_UNIT.exec(text.slice(numEnd, numEnd + 14));
    if (joined) {
      if (OLD_AFTER.test(text.slice(numEnd + joined[0].length, numEnd + joined[0].length + 5)) || AGO_AFTER.test(text.slice(numEnd + joined[0].length, numEnd + joined[0].length + 10))) continue;
      const figure = joinedFigure(text, numStart, numEnd + joined[0].length, value, joined[1]!.toLowerCase());
      if (figure) {
        UNCOUNTED.add(figure);
        out.push(figure);
        consumedTo = figure.end;
      }
      continue;
    }
    // "one in four voters" is a share, which the spelt-out form does not yet read.
    if (m.spelled && (SPELLED_REFERENCE.test(text.slice(Math.max(0, numStart - 12), numStart)) || ONE_IN_BEFORE.test(text.slice(Math.max(0, numStart - 12), numStart)))) continue;
    // Dates and times belong to the dates extractor; ordinals and "No. 10" are not quantities.
    if (ORDINAL_SUFFIX.test(text.slice(numEnd, numEnd + 3)) || CLOCK_COLON.test(text.slice(numEnd, numEnd + 2))) continue;
    if (REFERENCE_NUMBER_BEFORE.test(before)) continue;
    const prevWord = WORD_BEFORE.exec(before)?.[1] ?? '';
    const nextWord = WORD_AFTER.exec(text.slice(numEnd, numEnd + 12))?.[1] ?? '';
    if ((MONTHS.test(prevWord) || MONTHS.test(nextWord)) && value <= 31) continue;

    let currency: string | null = null;
    let start = numStart;
    for (const [re, code] of CURRENCY_PREFIX) {
      const c = re.exec(before);
      if (c) {
        currency = code || c[0].trim().slice(0, 3).toUpperCase();
        start = numStart - c[0].length;
        break;
      }
    }
    if (currency === null && isYear(raw, value) && !UNIT_AFTER_YEAR_LIKE.test(text.slice(numEnd, numEnd + 10))) continue;
    const parsed = readAfter(text, start, numEnd, value, currency);
    if (!parsed) continue;
    // "beat Celtic 5-1 Champions League", "the 19-13 Six Nations win": a falling pair is a score, no range of a count.
    if (parsed.kind === 'count' && isScore(text.slice(numStart, parsed.end))) {
      dropped.push(start);
      consumedTo = parsed.end;
      continue;
    }
    // "two things", "three years": a spelt-out number before these names no fact worth the table.
    if (m.spelled && parsed.kind !== 'money' && parsed.kind !== 'percent' && SPELLED_NOT_COUNTED.test(parsed.unit ?? '')) continue;
    // "12 years ago", "two weeks later": a point in time, which the dates extractor reads.
    // Not "for 3 years before he left": after a time preposition it is a duration.
    if (TIME_SPAN_UNITS.test(parsed.unit ?? '') && POINT_IN_TIME_AFTER.test(text.slice(parsed.end, parsed.end + 10)) && (AGO_WORD_AFTER.test(text.slice(parsed.end, parsed.end + 6)) || !DURATION_FRAME.test(text.slice(Math.max(0, start - 40), start).replace(APPROX, '')))) continue;
    // "between £190m and £265m", "from 10% to 15%": one figure, valued at its low end, its text the whole range.
    const upper = rangeEnd(text, start, parsed);
    if (upper !== null) parsed.end = upper;
    const opener = upper !== null || NUMBER_TO_NUMBER.test(text.slice(numStart, parsed.end)) ? FROM_END.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (opener) start -= opener[0].length;
    const approx = opener ? null : APPROX.exec(text.slice(Math.max(0, start - 30), start));
    // "under 14 boys", "over 50 players": an age group, not a count.
    if (approx && UNDER_OR_OVER.test(approx[0]) && AGE_GROUP_UNITS.test(parsed.unit ?? '')) continue;
    // "the 60m", "the 400m title": a race, not a distance.
    if (METRE_UNITS.test(parsed.unit ?? '') && (THE_OR_POSSESSIVE_END.test(before) || RACE_WORD_AFTER.test(text.slice(parsed.end, parsed.end + 16)))) continue;
    // "10,000m hope Cathal Lombard", "her world 100m and 200m titles": a whole track distance names its event; a
    // length said of something ("a 400m long tunnel") or a mark with decimals ("6.63m") is measured.
    // Not "110m tons", where "m" is millions of the measure after it.
    if (METRE_UNITS.test(parsed.unit ?? '') && TRACK_EVENTS.has(value) && !DECIMAL_RAW.test(raw) && !LENGTH_WORD_AFTER.test(text.slice(parsed.end, parsed.end + 12)) && !MEASURES.has(nextWordAfter(text, parsed.end))) {
      dropped.push(start);
      consumedTo = parsed.end;
      continue;
    }
    if (approx) start -= approx[0].length;
    let converted = conversionEnd(text, parsed);
    if (converted !== null) parsed.end = converted.end;
    // "$53 a barrel", "£5.60 an hour": a price per unit is part of the figure and its unit, not the thing measured.
    const rate = parsed.kind === 'money' ? PER_UNIT.exec(text.slice(parsed.end, parsed.end + 24)) : null;
    if (rate) {
      parsed.end += rate[0].length;
      parsed.unit = `${parsed.unit ?? ''} per ${PER_ANNUM.test(rate[1]!) ? 'year' : rate[1]!.toLowerCase()}`.trim();
      // "$10 billion per annum (£5.5bn)": the conversion may follow the rate.
      if (converted === null) {
        converted = conversionEnd(text, parsed);
        if (converted !== null) parsed.end = converted.end;
      }
    }
    const sentence = sentenceAt(sentences, numStart, hint);
    const figText = text.slice(start, parsed.end).trim();
    const prev = out[out.length - 1];
    const prevInSentence = prev && prev.end > sentence.start ? prev : undefined;
    let context = contextFor(text, sentence, start, parsed, prevInSentence?.context ?? '');
    // "rose from 10% to 15%": a change, both values in the text, and the context says what changed and how.
    if (opener) context = changeContext(text, sentence, start) || context;
    // "$1.13bn (£600m)", "… from $639m": a conversion or comparison measures what the figure before it did.
    if (prev && prev.end > sentence.start && parsed.kind !== 'count' && RESTATING_JOINT.test(text.slice(prev.end, start).replace(WORDS_BEFORE_COMPARISON, (skipped) => (context !== '' && (OWN_CLAUSE.test(skipped) || RAISED_TO.test(`${skipped} to `)) ? skipped : '')))) {
      // "…, its contribution would rise from 5bn euros": a clause with its own subject between them ends the link
      // when the figure has a context of its own.
      // "rose 15 cents, to $20.07": a context that only repeated the unit before is no measure of this one.
      const unitOnly = prev.context.toLowerCase() === (prev.unit ?? '').toLowerCase();
      context = (unitOnly ? '' : prev.context) || context;
    }
    // "received 18.2 percent (95,509 votes)": a count in brackets restates the figure before it, and is the
    // object of the same verb.
    if (parsed.kind === 'count' && prevInSentence && context.toLowerCase() === (parsed.unit ?? '').toLowerCase() && OPEN_BRACKET_ONLY.test(text.slice(prevInSentence.end, start))) {
      const prevBefore = text.slice(Math.max(sentence.start, prevInSentence.start - 80), prevInSentence.start).split(CLAUSE_PUNCTUATION).pop() ?? '';
      context = objectVerb(wordsOf(prevBefore), parsed.noun ?? parsed.unit ?? '', '') || context;
    }
    // "growth of 1.5% in Germany and 2.2% in France": a list item with nothing of its own measures what the
    // item before it, in the same unit, measured.
    const between = prevInSentence ? text.slice(prevInSentence.end, start) : '';
    const unmeasured = context === '' || context.toLowerCase() === (parsed.unit ?? '').toLowerCase();
    if (prevInSentence && prevInSentence.unit === parsed.unit && prevInSentence.context !== '' && unmeasured && (LIST_JOINT.test(between) || LIST_JOINT_WHEN.test(between))) {
      // "rose by 8% globally and by 24% in China": the preposition repeated before the second item is no new head.
      context = prevInSentence.context;
    }
    // "raised its capacity by 12.6% to 440,700 megawatts": the level a change reached measures what changed.
    if (prevInSentence && unmeasured && context !== '' && TO_ONLY.test(between) && prevInSentence.context !== '' && prevInSentence.context.toLowerCase() !== (prevInSentence.unit ?? '').toLowerCase() && CHANGED_BY.test(text.slice(Math.max(sentence.start, prevInSentence.start - 4), prevInSentence.start))) context = prevInSentence.context;
    // "jumped $25.50, or 3.3 percent": after ", or" the figure restates the one before in another unit.
    if (prevInSentence && prevInSentence.context !== '' && unmeasured && parsed.kind !== 'count' && COMMA_OR.test(between)) context = prevInSentence.context;
    // "versus 39 percent for Trump": a share named for its side is that side's, whatever the share before measured.
    if (parsed.kind === 'percent') context = shareSide(text, sentence, start, parsed) || context;
    if (parsed.kind === 'percent' && names && (context === '' || LOWER_WORD.test(context))) context = pollSide(text, sentence, start, names.people) || context;
    // A score's second share ("46 percent to 44 percent") is the trailer's, not what the first measured.
    if (parsed.kind === 'percent' && (context === '' || context === prev?.context)) context = scoreOwner(text, sentence, start, parsed) || context;
    // A spelt-out count is kept only when the context says something of it: "two sons", "the two biggest
    // polluters" and "Four Seasons" name things, they do not state a figure.
    if (m.spelled && (context === '' || [parsed.unit, parsed.noun].some((u) => (u ?? '').toLowerCase() === context.toLowerCase()) || SUPERLATIVE_NOUN.test(parsed.noun ?? '') || (CAPITAL_START.test(raw) && !SENTENCE_OPENING.test(text.slice(Math.max(0, numStart - 3), numStart))))) continue;
    // "he raised $5.7m": the verb alone says what was done, the pronoun's person says by whom.
    context = nameSubject(hint.i, start, context);
    // A time frame, a number inside a name, a verb read as a noun: no figure, though the ranking counts it as before.
    const wordCount = parsed.kind === 'count' && S_END.test(parsed.unit ?? '') && !IRREGULAR_PLURALS.has((parsed.unit ?? '').toLowerCase());
    if (isTimeFrame(text, sentence, start, parsed, context) || (!m.spelled && currency === null && numberInName(text, sentence, numStart, parsed)) || isProportionBase(text, sentence, numStart, parsed) || (wordCount && parsed.noun === parsed.unit && VERB_NOT_NOUN.test(text.slice(parsed.end, parsed.end + 12)))) {
      if (!m.spelled) dropped.push(start, ...(converted?.starts ?? []));
      consumedTo = parsed.end;
      continue;
    }
    if (!m.spelled && parsed.kind === 'count' && context !== '' && context.toLowerCase() === (parsed.noun ?? parsed.unit ?? '').toLowerCase()) {
      const predicate = predicateAfter(text, sentence, start, parsed.end);
      if (predicate) context = `${context} ${predicate}`;
    }
    const figure: FigureSpan = {
      text: figText,
      value: Number.isFinite(parsed.value) ? Number(parsed.value.toPrecision(12)) : null,
      unit: parsed.unit,
      context,
      start,
      end: start + figText.length,
    };
    if (converted !== null) CONVERSION_STARTS.set(figure, converted.starts);
    if (m.spelled) UNCOUNTED.add(figure);
    out.push(figure);
    consumedTo = parsed.end;
  }
  return out;
}
