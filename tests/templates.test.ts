import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FactsheetError } from '../functions/pipeline/errors.ts';
import { FONT_FILES, fontBytes } from '../functions/pipeline/fonts.ts';
import { isTemplateName, resolveTemplate, SECTION_TYPES, TEMPLATE_NAMES, type Template } from '../functions/pipeline/templates.ts';

const templatesDir = new URL('../templates/', import.meta.url);

function badTemplate(input: unknown): FactsheetError {
  try {
    resolveTemplate(input);
  } catch (err) {
    expect(err).toBeInstanceOf(FactsheetError);
    return err as FactsheetError;
  }
  throw new Error('expected BAD_TEMPLATE');
}

describe('templates', () => {
  it('ships exactly the templates it names, each valid and named like its file', () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect([...TEMPLATE_NAMES].sort()).toEqual(files.sort());
    for (const name of TEMPLATE_NAMES) {
      expect(isTemplateName(name)).toBe(true);
      expect(resolveTemplate(name).name).toBe(name);
    }
  });

  it('documents every shipped template and every section type in templates/README.md', () => {
    const readme = readFileSync(new URL('README.md', templatesDir), 'utf8');
    for (const name of TEMPLATE_NAMES) expect(readme).toContain(`\`${name}\``);
    for (const type of SECTION_TYPES) expect(readme).toContain(`\`${type}\``);
  });

  it('differ as described: brief is one page of summary, statements and quotes; detailed has everything', () => {
    const brief = resolveTemplate('brief');
    expect(brief.page.maxPages).toBe(1);
    expect(brief.sections.map((s) => s.type)).toEqual(['summary', 'keyStatements', 'quotes']);
    const standard = resolveTemplate('standard');
    expect(standard.page.maxPages).toBe(2);
    expect(standard.sections.map((s) => s.type)).toEqual(['summary', 'keyStatements', 'quotes', 'figures', 'dates', 'entities', 'sources']);
    const detailed = resolveTemplate('detailed');
    expect(detailed.page.maxPages).toBeUndefined();
    expect(detailed.sections.map((s) => s.type).sort()).toEqual([...SECTION_TYPES].sort());
    expect(detailed.sections.every((s) => s.maxItems === undefined)).toBe(true);
  });

  it('rejects an unknown name with BAD_TEMPLATE listing the known ones', () => {
    const err = badTemplate('fancy');
    expect(err.code).toBe('BAD_TEMPLATE');
    expect(err.message).toContain('"fancy"');
    for (const name of TEMPLATE_NAMES) expect(err.message).toContain(name);
    expect(isTemplateName('fancy')).toBe(false);
    expect(badTemplate('').code).toBe('BAD_TEMPLATE');
    // Names are not paths.
    expect(badTemplate('../package').code).toBe('BAD_TEMPLATE');
  });

  it('accepts a valid custom template object', () => {
    const custom: Template = {
      ...resolveTemplate('standard'),
      name: 'wire-desk',
      sections: [{ type: 'quotes', title: 'Who said what', maxItems: 10 }],
    };
    const t = resolveTemplate(JSON.parse(JSON.stringify(custom)));
    expect(t.name).toBe('wire-desk');
    expect(t.sections).toEqual([{ type: 'quotes', title: 'Who said what', maxItems: 10 }]);
  });

  it.each([
    ['a colour that is not #rrggbb', (t: Record<string, unknown>) => ({ ...t, colors: { ...(t.colors as object), accent: 'navy' } }), 'colors.accent'],
    ['an unknown section type', (t: Record<string, unknown>) => ({ ...t, sections: [{ type: 'horoscope', title: 'Stars' }] }), 'sections.0.type'],
    ['a section type twice', (t: Record<string, unknown>) => ({ ...t, sections: [{ type: 'summary', title: 'A' }, { type: 'summary', title: 'B' }] }), 'sections'],
    ['no sections', (t: Record<string, unknown>) => ({ ...t, sections: [] }), 'sections'],
    ['a font that is not embedded', (t: Record<string, unknown>) => ({ ...t, fonts: { ...(t.fonts as object), regular: 'Helvetica' } }), 'fonts.regular'],
    ['an unknown page size', (t: Record<string, unknown>) => ({ ...t, page: { ...(t.page as object), size: 'B5' } }), 'page.size'],
    ['an unknown field (a typo)', (t: Record<string, unknown>) => ({ ...t, colour: {} }), 'colour'],
    ['a name with a slash', (t: Record<string, unknown>) => ({ ...t, name: 'a/b' }), 'name'],
  ])('rejects %s with a message naming the field', (_what, edit, field) => {
    const base = JSON.parse(readFileSync(new URL('standard.json', templatesDir), 'utf8')) as Record<string, unknown>;
    const err = badTemplate(edit(base));
    expect(err.code).toBe('BAD_TEMPLATE');
    expect(err.message).toContain(field);
    expect(err.message).toContain('templates/README.md');
  });

  it('rejects something that is not a template at all', () => {
    for (const junk of [null, 42, [], { name: 'x' }]) expect(badTemplate(junk).code).toBe('BAD_TEMPLATE');
  });

  it('only names fonts that are embedded, and every embedded font file is there', () => {
    for (const name of TEMPLATE_NAMES) {
      for (const file of Object.values(resolveTemplate(name).fonts)) expect(FONT_FILES).toContain(file);
    }
    for (const file of FONT_FILES) expect(fontBytes(file).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });
});
