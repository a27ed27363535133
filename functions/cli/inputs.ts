/**
 * From the paths on the command line to a plan: which files to read and where each one's outputs go.
 * Files named explicitly are always tried (an unsupported one fails with its reason); folders are walked
 * for the supported extensions and mirrored under --out.
 */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { stripExtension } from '../pipeline/keys.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export interface PlannedInput {
  /** The path as the user would recognise it (argument, or argument joined with the walked path). */
  path: string;
  /** Output path without extension: `.pdf` / `.json` are appended. */
  outBase: string;
}

export interface Plan {
  inputs: PlannedInput[];
  /** Arguments that could not be used at all (missing, empty folder), with the reason. */
  problems: { path: string; reason: string }[];
}

const isSupported = (name: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

async function walk(root: string, sub = ''): Promise<string[]> {
  const entries = await readdir(join(root, sub), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = sub === '' ? entry.name : join(sub, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(root, rel)));
    } else if (isSupported(entry.name)) {
      // Symbolic links to files count; links to folders are not followed (no cycles).
      const info = entry.isSymbolicLink() ? await stat(join(root, rel)).catch(() => null) : null;
      if (entry.isFile() || info?.isFile()) found.push(rel);
    }
  }
  return found;
}

export function fsReason(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EMFILE':
      return 'too many open files';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

export async function planInputs(args: string[], outDir: string | null): Promise<Plan> {
  const inputs: PlannedInput[] = [];
  const problems: Plan['problems'] = [];
  for (const arg of args) {
    let info: Stats;
    try {
      info = await stat(arg);
    } catch (err) {
      problems.push({ path: arg, reason: fsReason(err) });
      continue;
    }
    if (info.isDirectory()) {
      const files = await walk(arg).catch((err: unknown) => {
        problems.push({ path: arg, reason: fsReason(err) });
        return null;
      });
      if (files === null) continue;
      if (files.length === 0) {
        problems.push({ path: arg, reason: `no ${SUPPORTED_EXTENSIONS.join(', ')} files in this folder` });
        continue;
      }
      for (const rel of files) {
        inputs.push({ path: join(arg, rel), outBase: join(outDir ?? arg, stripExtension(rel)) });
      }
    } else {
      inputs.push({ path: arg, outBase: join(outDir ?? dirname(arg), stripExtension(basename(arg))) });
    }
  }
  return { inputs, problems };
}

/** Two inputs that would write the same outputs (a.txt and a.md side by side): the later one is refused. */
export function findCollisions(inputs: PlannedInput[]): Map<PlannedInput, PlannedInput> {
  const seen = new Map<string, PlannedInput>();
  const collisions = new Map<PlannedInput, PlannedInput>();
  for (const input of inputs) {
    const key = resolve(input.outBase);
    const first = seen.get(key);
    if (first) collisions.set(input, first);
    else seen.set(key, input);
  }
  return collisions;
}

export const displayPath = (path: string): string => {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' || rel.startsWith('..') ? path : rel;
};
