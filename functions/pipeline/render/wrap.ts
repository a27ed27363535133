/**
 * Greedy line wrapping against a width, with the text measured by a callback (the renderer passes the
 * font's advance widths). Wrapping here rather than inside pdfkit lets the renderer know every line's
 * position before drawing, so a paragraph can be split between pages and nothing can overflow its box.
 */
export type Measure = (text: string) => number;

/**
 * Lines of `text` no wider than `width`. Words wider than a line (URLs, hashes) are broken between
 * characters. Every line but the last keeps its trailing space: a tagged PDF must carry the spaces that
 * separate words even at line ends, and a trailing space never shows.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length === 0) return [];
  const lines: string[] = [];
  let line = '';
  const spaceWidth = measure(' ');
  let lineWidth = 0;
  // A word opens a new line; one wider than the line is broken, its last piece staying open.
  const startLine = (word: string, w: number): void => {
    if (w <= width) {
      line = word;
      lineWidth = w;
      return;
    }
    const pieces = breakWord(word, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
    lineWidth = measure(line);
  };
  for (const word of words) {
    const w = measure(word);
    if (line === '') {
      startLine(word, w);
    } else if (lineWidth + spaceWidth + w <= width) {
      line += ` ${word}`;
      lineWidth += spaceWidth + w;
    } else {
      lines.push(`${line} `);
      startLine(word, w);
    }
  }
  lines.push(line);
  return lines;
}

function breakWord(word: string, width: number, measure: Measure): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let piece = '';
  for (const ch of chars) {
    if (piece !== '' && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  pieces.push(piece);
  return pieces;
}

/**
 * The longest form of `text` that fits in `width`, cut in the middle with "…" (a path keeps its start
 * and its file name).
 */
export function fitMiddle(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  let keep = chars.length - 1;
  while (keep > 1) {
    const head = Math.ceil(keep / 2);
    const candidate = `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
    if (measure(candidate) <= width) return candidate;
    keep--;
  }
  return '…';
}

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** The first letter of a word: its direction is the word's (digits and punctuation have none). */
const FIRST_LETTER = /\p{L}/u;

/**
 * A line as it is drawn from left to right. The sheet is set left to right, and the font engine already turns
 * each Hebrew or Arabic word's letters around; what it cannot know is that a run of such words reads from the
 * right, so the words of each run are put in reverse order here ("שלום עולם" is drawn "עולם שלום"). Numbers and
 * punctuation between two right-to-left words belong to their run. A simplified bidi: enough for names,
 * phrases and whole lines in one of those scripts.
 */
export function visualWordOrder(line: string): string {
  if (!RTL_CHAR.test(line)) return line;
  const trailing = line.endsWith(' ') ? ' ' : '';
  const words = line.split(' ');
  if (trailing) words.pop();
  const direction = (w: string): 'rtl' | 'ltr' | null => {
    const letter = FIRST_LETTER.exec(w)?.[0];
    return letter === undefined ? null : RTL_CHAR.test(letter) ? 'rtl' : 'ltr';
  };
  const dirs = words.map(direction);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    if (dirs[i] !== 'rtl') {
      out.push(words[i++]!);
      continue;
    }
    // The run ends at its last right-to-left word before a left-to-right one (or the line's end).
    let end = i;
    for (let j = i + 1; j < words.length && dirs[j] !== 'ltr'; j++) if (dirs[j] === 'rtl') end = j;
    out.push(...words.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out.join(' ') + trailing;
}
