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
