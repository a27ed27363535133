/**
 * Plain text: paragraphs are separated by blank lines. Inside a block, lines are separate paragraphs
 * (scraped pages put one paragraph, caption or link per line) unless the block looks hard-wrapped.
 * The title is the first line when it reads like a headline.
 */
import { isByline } from './boilerplate.ts';
import { emptyDocument, normaliseSpace, type ParsedDocument } from './document.ts';

const TERMINAL = /[.!?:;"'”’)\]…]$/;

/** A block of several lines that mostly stop mid-sentence, of similar width: wrapped prose. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  const open = body.filter((l) => !TERMINAL.test(l.trimEnd())).length;
  const maxLen = Math.max(...lines.map((l) => l.length));
  return open / body.length >= 0.6 && maxLen <= 120 && body.every((l) => l.trim().length >= 25);
}

export function splitTextBlocks(text: string): string[] {
  const blocks: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let group: string[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    if (isHardWrapped(group)) blocks.push(group.join(' '));
    else blocks.push(...group);
    group = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else group.push(line);
  }
  flush();
  return blocks;
}

const STARTS_WITH_LETTER = /^\p{L}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** A first line that reads like a headline rather than the article's opening paragraph. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(' ');
  if (line.length > 200 || words.length > 30) return false;
  // The author's line, not the story's headline.
  if (isByline(line)) return false;
  if (!(words.length >= 5 && /[.!]["”’)]?$/.test(line) && !/\b(?:[A-Z]\.){2,}$/.test(line))) return true;
  // It ends like a sentence: a headline only when written in Title Case ("Clinton Was Headed to ER."),
  // otherwise it is the lead paragraph ("Ten people were killed on Monday."), which must stay in the text.
  const significant = words.filter((w) => STARTS_WITH_LETTER.test(w) && !/^(?:a|an|the|of|to|in|on|at|for|and|or|but|by|with|from|as|is)$/i.test(w));
  const capitalised = significant.filter((w) => STARTS_UPPER.test(w)).length;
  return significant.length > 0 && capitalised / significant.length >= 0.75;
}

/** A lead says when ("on Monday", "yesterday"); a headline leaves that to the story (none of 2,391 corpus titles did). */
const LEAD_TIME =
  /\b(?:(?:on|last|this|next|late|early) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\b/i;
/** Ends in one full stop or exclamation mark, straight after a word: not an ellipsis, not a closing quotation. */
const STOPPED = /[^\s.!?][.!]$/;
/** A lead that opens on a quotation names its speaker ("'We will rebuild,' the mayor said."); a headline does not. */
const QUOTED_LEAD = /^["“‘'«`].*["”’'»],? (?:[\w.'’-]+ ){0,4}(?:said|says|told|tells|added|adds|according)\b/i;

/**
 * Words a lead's prose needs and headlinese drops: articles, the auxiliaries of the perfect and the progressive,
 * modals, possessive "its"/"their" ("Shares in UK Coal have fallen", "Microsoft is releasing tools").
 */
const PROSE_WORDS = /\b(?:the|a|an|has|have|had|was|were|is|are|been|will|would|could|may|might|its|their)\b/i;
/** A lead's closing attribution: "…, official figures show.", "…, say two reports.". */
const REPORTING_TAIL = /,? (?:[\w'’-]+ ){0,5}(?:says?|suggests?|claims?|shows?|reports?|warns?|believes?|argues?)\.$/i;
/** A kicker before the headline proper: "Poll: …", "The Latest: …". */
const KICKER = /^[^:]{1,30}: /;

/**
 * A headline that some sites end with a full stop ("Senator backs transit plan, rejects fare rise."): one
 * short line alone above a blank line and the body, not a quotation with its speaker, no time of day or week,
 * and written in headlinese. Without that last test a short lead of an untitled article ("Tony Blair has won a
 * third term.") was taken for its title: 686 of the 723 BBC leads of 3–20 words would have been, against 7 now,
 * while 242 of the 339 PolNeAR headlines that end in "." and are not in Title Case are still found.
 */
export function isStoppedHeadline(line: string): boolean {
  const words = line.split(' ').length;
  if (words < 3 || words > 20 || line.length > 150 || !STOPPED.test(line) || QUOTED_LEAD.test(line) || LEAD_TIME.test(line) || isByline(line)) return false;
  const body = line.replace(KICKER, '');
  return !PROSE_WORDS.test(body) && !REPORTING_TAIL.test(body);
}

const LINE_BREAK = /\r\n|\r|\n/;

/** The first non-blank line of the text is followed by a blank line (so it is a block of its own, not wrapped prose). */
function firstLineStandsAlone(text: string): boolean {
  const lines = text.split(LINE_BREAK, 64);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i + 1 < lines.length && lines[i + 1]!.trim() === '';
}

export function parseText(text: string): ParsedDocument {
  const doc = emptyDocument();
  const blocks = splitTextBlocks(text);
  const first = blocks[0] !== undefined ? normaliseSpace(blocks[0]) : '';
  // A file that is one finished sentence is a (very short) article, not a title with nothing under it.
  const onlySentence = blocks.length === 1 && /[.!?]["”’]?$/.test(first);
  const headline = looksLikeHeadline(first) || (blocks.length > 1 && isStoppedHeadline(first) && firstLineStandsAlone(text));
  if (first && headline && !onlySentence) {
    doc.title = first;
    doc.titleConsumed = true;
    blocks.shift();
  }
  doc.blocks = blocks;
  return doc;
}
