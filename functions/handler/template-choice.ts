/**
 * Which template an upload asks for: object metadata `x-amz-meta-template`, else a key prefix
 * `incoming/<template>/…` naming a known template, else the configured default. A template named in
 * metadata that does not exist is the uploader's error (BAD_TEMPLATE), not a silent fallback.
 */
import { FactsheetError } from '../pipeline/errors.ts';
import { isTemplateName, TEMPLATE_NAMES } from '../pipeline/templates.ts';

export interface TemplateChoice {
  name: string;
  from: 'metadata' | 'prefix' | 'default';
}

export const TEMPLATE_METADATA_KEY = 'template';

export function chooseTemplate(
  metadata: Record<string, string>,
  relativePath: string,
  defaultTemplate: string,
): TemplateChoice {
  const asked = metadata[TEMPLATE_METADATA_KEY]?.trim();
  if (asked) {
    if (!isTemplateName(asked)) {
      throw new FactsheetError(
        'BAD_TEMPLATE',
        `unknown template "${asked}" in the object's x-amz-meta-template; known templates: ${TEMPLATE_NAMES.join(', ')}`,
      );
    }
    return { name: asked, from: 'metadata' };
  }
  const slash = relativePath.indexOf('/');
  if (slash > 0) {
    const first = relativePath.slice(0, slash);
    if (isTemplateName(first)) return { name: first, from: 'prefix' };
  }
  return { name: defaultTemplate, from: 'default' };
}
