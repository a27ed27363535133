/**
 * Fact-sheet layouts as data (templates/*.json), validated at load. A template names its page, fonts,
 * sizes, colours and the sections to show, in order, with per-section limits. The JSON files are imported
 * as modules so they travel inside the Lambda bundle; the CLI may also hand over a parsed custom template.
 * The format is documented in templates/README.md.
 */
// A namespace import (not `{ z }`) lets esbuild leave zod's unused parts, its 40 locales among them, out of
// the Lambda bundle: 370 KB less code for every cold start to compile (infra/bundling.ts).
import * as z from 'zod';
import { FactsheetError } from './errors.ts';
import { FONT_FILES } from './fonts.ts';
import standard from '../../templates/standard.json' with { type: 'json' };
import brief from '../../templates/brief.json' with { type: 'json' };
import detailed from '../../templates/detailed.json' with { type: 'json' };

export const SECTION_TYPES = [
  'summary',
  'keyStatements',
  'quotes',
  'figures',
  'dates',
  'entities',
  'sources',
  'article',
] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

/** Page sizes in PDF points (1/72 inch), portrait. */
export const PAGE_SIZES = { A4: [595.28, 841.89], LETTER: [612, 792] } as const;

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is "#rrggbb"');
const font = z.enum(FONT_FILES);
const points = (max: number) => z.number().min(0).max(max);

const sectionSchema = z
  .object({
    type: z.enum(SECTION_TYPES),
    /** Heading printed above the section (and the bookmark title). */
    title: z.string().min(1).max(80),
    /** Most items shown (statements, quotes, rows, names per group...). Absent: all. */
    maxItems: z.number().int().positive().optional(),
    /** Longest text of one item (summary, statement, quote) before it is cut at a word with "…". */
    maxChars: z.number().int().min(40).optional(),
    /** keyStatements only: leave out statements the summary already prints word for word. */
    skipIfInSummary: z.boolean().optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a template name is lower-case letters, digits and "-"'),
    description: z.string().default(''),
    page: z
      .object({
        size: z.enum(Object.keys(PAGE_SIZES) as [keyof typeof PAGE_SIZES]),
        margins: z.object({ top: points(144), right: points(144), bottom: points(144), left: points(144) }).strict(),
        /** The sheet never grows beyond this: the least important items are dropped to fit. Absent: no limit. */
        maxPages: z.number().int().positive().optional(),
      })
      .strict(),
    fonts: z.object({ regular: font, bold: font, italic: font, quote: font }).strict(),
    sizes: z
      .object({
        title: z.number().min(8).max(40),
        heading: z.number().min(6).max(24),
        body: z.number().min(6).max(16),
        small: z.number().min(5).max(12),
        /** Extra space between lines, in points. */
        lineGap: z.number().min(0).max(12),
      })
      .strict(),
    colors: z
      .object({
        text: color,
        muted: color,
        accent: color,
        accentText: color,
        rule: color,
        panel: color,
      })
      .strict(),
    footer: z.object({ shaChars: z.number().int().min(8).max(64) }).strict(),
    sections: z
      .array(sectionSchema)
      .min(1)
      .refine((s) => new Set(s.map((x) => x.type)).size === s.length, 'each section type may appear once'),
  })
  .strict();

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = Template['sections'][number];

const BUILT_IN: Record<string, unknown> = { standard, brief, detailed };

/** Names of the templates shipped in templates/, in the order the help text lists them. */
export const TEMPLATE_NAMES: readonly string[] = Object.freeze(['standard', 'brief', 'detailed']);

export function isTemplateName(s: string): boolean {
  return TEMPLATE_NAMES.includes(s);
}

const parsed = new Map<string, Template>();

/**
 * A template by name (see TEMPLATE_NAMES), or a template object (parsed JSON from a custom file, checked
 * here). Unknown or invalid: FactsheetError('BAD_TEMPLATE') naming the problem and the known templates.
 */
export function resolveTemplate(nameOrTemplate: unknown): Template {
  if (typeof nameOrTemplate === 'string') {
    const name = nameOrTemplate.trim();
    const cached = parsed.get(name);
    if (cached) return cached;
    if (!isTemplateName(name)) {
      throw new FactsheetError(
        'BAD_TEMPLATE',
        `unknown template "${nameOrTemplate}"; known templates: ${TEMPLATE_NAMES.join(', ')}`,
      );
    }
    const template = validate(BUILT_IN[name], `template "${name}"`);
    parsed.set(name, template);
    return template;
  }
  return validate(nameOrTemplate, 'custom template');
}

function validate(raw: unknown, what: string): Template {
  const result = templateSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new FactsheetError(
      'BAD_TEMPLATE',
      `invalid ${what}: ${problems} (see templates/README.md; known templates: ${TEMPLATE_NAMES.join(', ')})`,
    );
  }
  return result.data;
}
