/**
 * The embedded fonts (DejaVu, from npm `dejavu-fonts-ttf`): Unicode TTFs covering Latin, Cyrillic, Greek,
 * curly quotes and €£₹. The standard 14 PDF fonts are never used, so no text depends on a viewer's fonts.
 *
 * Bundling contract: the Lambda bundle copies exactly FONT_FILES into a `fonts/` folder beside the bundled
 * module; in the repository they are read from the npm package. Bytes are read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every font a template may name, plus the fallback. The bundler copies these files. */
export const FONT_FILES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
  'DejaVuSansCondensed-Oblique.ttf',
  'DejaVuSerif.ttf',
  'DejaVuSerif-Bold.ttf',
  'DejaVuSerif-Italic.ttf',
  'DejaVuSerifCondensed-Italic.ttf',
] as const;

export type FontFile = (typeof FONT_FILES)[number];

/** Drawn when the chosen font lacks a character: DejaVu Sans has the widest coverage of the family. */
export const FALLBACK_FONT: FontFile = 'DejaVuSans.ttf';

export function isFontFile(name: string): name is FontFile {
  return (FONT_FILES as readonly string[]).includes(name);
}

const cache = new Map<FontFile, Buffer>();

/** The TTF bytes of `name`, read on first use. Throws a clear error naming the places searched. */
export function fontBytes(name: FontFile): Buffer {
  const hit = cache.get(name);
  if (hit) return hit;
  const tried: string[] = [];
  for (const dir of fontDirs()) {
    const path = join(dir, name);
    tried.push(path);
    try {
      const bytes = readFileSync(path);
      cache.set(name, bytes);
      return bytes;
    } catch {
      // Not in this place; try the next.
    }
  }
  throw new Error(`font ${name} not found; looked in: ${tried.join(', ')}`);
}

/** The places to look, first the bundle's `fonts/` folder; the npm package is only resolved when needed. */
function* fontDirs(): Generator<string> {
  // import.meta.url can be empty or odd in some bundles; a missing place is simply skipped.
  try {
    yield fileURLToPath(new URL('./fonts/', import.meta.url));
  } catch {
    // No module URL: only the npm package remains.
  }
  const pkg = packageFontDir();
  if (pkg !== null) yield pkg;
}

// Resolved once: in the Lambda bundle the package is absent, and each failed resolution walks every
// node_modules folder up to the root (measurable in a cold start when it ran once per font).
let packageDir: string | null | undefined;
function packageFontDir(): string | null {
  if (packageDir === undefined) {
    try {
      packageDir = join(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
    } catch {
      // Package not installed (a bundle): the fonts/ folder must hold the files.
      packageDir = null;
    }
  }
  return packageDir;
}
