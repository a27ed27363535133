/**
 * Line classifiers for web furniture that survives into scraped text: share and related-story lines,
 * lone site names and URLs, photo captions and credits, bylines. Each pattern is anchored and bounded.
 */

import { normaliseSpace } from './document.ts';

const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

/** A source credit on a line of its own: "[Lee Moran, HuffPost]". */
const LONE_CREDIT = /^\[([A-Z0-9][\w.,'’&/ |-]{0,60})\]$/;

const BOILERPLATE: RegExp[] = [
  /^(?:related|more|top|latest|trending|popular|recommended|most read|most viewed|editor'?s picks?)(?: stories| articles| news| content| posts| videos| topics| reading| links| coverage)?\s*[:.]?$/i,
  /^no (?:stories|articles|results|posts|comments|items) (?:found|available|yet)\.?$/i,
  /^no comments(?: yet)?\.?$/i,
  /^(?:read more|read also|also read|see also|also see|more from|you may also like|you might also like|recommended for you|don'?t miss|must read|watch|listen|watch video|read next|up next)\b.{0,120}$/i,
  /^(?:share|share this(?: article| story| page| post)?|share on \w+|share via \w+|tweet|email|e-mail|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|pinterest|copy link|link copied|comments?|\d+ comments?|advertisement|advertising|sponsored(?: content)?|subscribe(?: now)?|sign up|log ?in|sign in|register|menu|home|search|skip to (?:main )?content|back to top|loading\.{0,3}|close|next|previous|prev|play|follow us.{0,60}|click here.{0,80}|download (?:our|the) app.{0,60}|get the app|open in app|listen to this article.{0,40}|\d+ min(?:ute)?s? read)$/i,
  /^(?:(?:share|facebook|twitter|x|whatsapp|email|print|linkedin|telegram|reddit|copy(?: link)?|messenger)[\s|,·•/]*){2,}$/i,
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^.{0,150}all rights reserved\.?$/i,
  /^(?:tags?|topics?|filed under|categories)\s*:.{0,200}$/i,
  /^(?:read|see|view) the (?:rest|full story|full article|full report|original(?: article| story)?)(?: here| at .{1,60})?\.?$/i,
  /^(?:continue reading|click here to read more|read the full story)\b.{0,60}$/i,
  // The site turning to its reader: "For more, sign up for our newsletter.", "For more video news from X, check out …".
  /^for more(?:,| (?:on|from|of|video|news|stories|information|coverage|updates)\b).{0,120}\b(?:sign up|subscribe|check out|download|visit|go to|head to|click|follow)\b.{0,120}$/i,
  // An editor's note on the story itself: "This story has been updated to include …".
  /^(?:\(?(?:editor'?s|editors’|editor’s) note:.{0,300}|this (?:story|article|post|report|piece) (?:has been|was) (?:updated|corrected|revised|amended)\b.{0,300})$/i,
  LONE_CREDIT,
  // A wire service's credits: "(Reporting by A in Washington; Editing by B.)".
  /^\(\s*(?:additional )?(?:reporting|writing|editing|research|compiled) by\b[^()]{1,250}\)\.?$/i,
];

/** A lone URL or domain ("www.example.com", "https://…", "example.co.uk/news"). */
const LONE_URL = /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]{3,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}(?:\/\S*)?)$/i;

/** Nothing but symbols and at most one letter: "X", "|", "•", "»". */
const LONE_SYMBOL = /^[^\p{L}\p{N}]*\p{L}?[^\p{L}\p{N}]*$/u;

const AGENCIES =
  '(?:AP|AFP|Reuters|Getty|Getty Images|EPA|EPA-EFE|PTI|ANI|IANS|Xinhua|TASS|Sputnik|Bloomberg|Shutterstock|Alamy|PA|PA Media|dpa|Anadolu|Kyodo|Yonhap|UPI|NurPhoto|SOPA|Pool|Handout|Twitter|X|Instagram|Facebook|YouTube)';
const CAPTION: RegExp[] = [
  // "Russian Foreign Minister Sergey Lavrov (File | AP)", "(Photo | Reuters)".
  /\([^()|]{0,60}\|[^()]{0,60}\)\s*$/,
  new RegExp(`\\((?:(?:file|photo|image|pic|picture|representational|representative|archive)(?: photo| image| picture)?(?:\\s*[:/|,]\\s*${AGENCIES})?|${AGENCIES}(?: photo| images?| file)?(?:\\s*/\\s*[^()]{1,40})?)\\)\\s*$`, 'i'),
  /^(?:photo|image|picture|pic|file photo|caption|credit|photograph|illustration|video|graphic)s?\s*(?::|\||by\b|credit\b|source\b|courtesy\b)/i,
  /^(?:image|media|video) (?:source|caption|credit)\b/i,
  new RegExp(`(?:/|\\||©|photo:|credit:)\\s*${AGENCIES}(?:\\s+(?:photo|images?|file|via|/)[\\w\\s/]{0,40})?\\s*$`, 'i'),
];

/**
 * A markup tag left in text: `<tweet tweet-id="…">`, `</a>`, `<br/>`, `<b>`. A tag's attributes all carry values, so
 * prose with angle brackets ("if x <y and z> w") is no tag.
 */
const MARKUP_TAG = /<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))*\s*\/?>/g;
const SPENT_STOP = /([.!?…])\uE000+\./g;
const ONLY_PUNCTUATION = /^[\s.,;:|]*$/;

/**
 * The line without the markup tags an export left in it (embedded posts, links): what they wrap is kept
 * (`<a href="…">the report</a>` is "the report"); a line of tags alone becomes empty.
 */
export function stripMarkup(line: string): string {
  if (!line.includes('<')) return line;
  // A tag between a sentence's end and a full stop leaves one, not two: `…from June.</tweet>.`.
  const out = line.replace(MARKUP_TAG, '\uE000').replace(SPENT_STOP, '$1').replaceAll('\uE000', '');
  // What stands alone after the tags went is their punctuation: `<tweet …><tweet/>.` leaves ".".
  return ONLY_PUNCTUATION.test(out) ? '' : out;
}

/**
 * A source credit in brackets after a sentence, as news digests write them: "… on Sunday. [Lee Moran, HuffPost]",
 * "… points.” [538]". An editor's insertion goes on in lower case ("… to jail. [She] should have …") and stays.
 */
const BRACKET_CREDIT = /(?<=[.!?…]["“”’‘']?)\s*\[([A-Z0-9][\w.,'’&/ |-]{0,60})\](?=\s*$|\s*[A-Z"“‘])/g;

/** A tweet's embed links left in its text ("… speech. pic.twitter.com/mzvF… — Name (@name)"): a link, not words. */
const EMBED_LINK = /\s*(?:https?:\/\/t\.co|pic\.twitter\.com)\/\w+/g;
/** After a removed link, a space or punctuation needs nothing in its place; a word or dash needs a space. */
const SPACE_OR_STOP = /^(?:[\s.,;:!?]|$)/;

/** The same credits closing a paragraph: "… in the region. (Reporting by A; Editing by B.)". */
const WIRE_CREDIT_TAIL = /(?<=[.!?…]["”’']?)\s*\((?:additional )?(?:reporting|writing|editing|research|compiled) by\b[^()]{1,250}\)\.?$/i;

/**
 * A digest item's shouted headline run into its first sentence ("VOTERS HEAD TO THE POLLS Turnout was …"): three
 * or more words without a lower-case letter straight before a capitalised word. A dateline has a separator
 * ("MOSCOW —", "NEW YORK (AP)"), so it never matches; nor does a headline before a quotation, which would leave
 * the quotation opening the line as if it went on from the item above.
 */
const CAPS_HEADING = /^(?:[‘’'"“”$%&.,/-]*[A-Z0-9][A-Z0-9‘’'"“”$%&.,/-]* ){3,}(?=[A-Z][a-z])/;
const CAPITAL = /[A-Z]/g;

/**
 * What the bracketed credits of a line name, as written ("Lee Moran, HuffPost", "NYT.", "WSJ | Paywall"): the
 * outlets a digest cites, kept for the sheet's sources when the credits leave the text.
 */
export function bracketCredits(line: string): string[] {
  if (!line.includes('[')) return [];
  const alone = LONE_CREDIT.exec(line);
  return alone ? [alone[1] ?? ''] : [...line.matchAll(BRACKET_CREDIT)].map((m) => m[1] ?? '');
}

/**
 * The line without source credits (in brackets, or a wire's closing its paragraph), without a tweet's embed links,
 * and without a shouted headline run into its first sentence (the item under it restates it).
 */
export function stripCredits(line: string): string {
  let out = line.includes('[') ? line.replace(BRACKET_CREDIT, ' ') : line;
  if (out.endsWith(')') || out.endsWith(').')) out = out.replace(WIRE_CREDIT_TAIL, '');
  if (out.includes('t.co/') || out.includes('pic.twitter.com/')) out = out.replace(EMBED_LINK, (link: string, at: number, all: string) => (SPACE_OR_STOP.test(all.slice(at + link.length, at + link.length + 1)) ? '' : ' '));
  const heading = CAPS_HEADING.exec(out);
  // Enough capitals to be words ("A US" is not a headline), and not a place before its region ("SAN JOSE, Calif.").
  if (heading && (heading[0].match(CAPITAL)?.length ?? 0) >= 10 && !heading[0].endsWith(', ')) out = out.slice(heading[0].length);
  return out === line ? line : normaliseSpace(out);
}

/** Prose ends with sentence punctuation (or a closing quote); headlines, labels and captions do not. */
export function endsLikeProse(line: string): boolean {
  return /[.!?…:;"'”’»]\)?$/.test(line);
}

export function isBoilerplate(line: string): boolean {
  if (line.length > 400) return false;
  if (LONE_SYMBOL.test(line)) return true;
  if (LONE_URL.test(line)) return true;
  return BOILERPLATE.some((re) => re.test(line));
}

export function isCaption(line: string): boolean {
  if (line.length > 300 || wordCount(line) > 35) return false;
  // A caption credit sits at the end of a line that is not itself a finished sentence before the credit.
  return CAPTION.some((re) => re.test(line));
}

export function isRelatedHeader(line: string): boolean {
  return /^(?:related|more|recommended|trending|popular|latest|top)(?: stories| articles| news| content| posts| reading| links| coverage)?\s*:?$/i.test(line) ||
    /^(?:read more|also read|read also|you may also like|you might also like|more from .{1,60}|see also)\s*:?$/i.test(line);
}

/**
 * "By Jane Doe", "Reporting by A and B | Reuters", and the tabloid form "By . Press Association Reporter ." or
 * "By JANE DOE and TOM LEE for MailOnline". A headline that starts with "By" goes on in lower case
 * ("By the numbers: …").
 */
const BYLINE =
  /^(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ee]dited by|[Ww]ords by)\s*\.?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|for|\.)){0,10}(?:\s*[,|–—-].{0,80})?\s*\.?$/u;

export function isByline(line: string): boolean {
  return wordCount(line) <= 14 && BYLINE.test(line);
}

/** Not a sentence: short and without closing punctuation (headline, label, site name). */
export function isNonProse(line: string): boolean {
  return !endsLikeProse(line) && wordCount(line) <= 14;
}

export function isLoneUrl(line: string): boolean {
  return LONE_URL.test(line);
}

export { wordCount };
