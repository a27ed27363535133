import type { FactSheet } from './factsheet.ts';
import type { Template } from './templates.ts';

/** What the renderer draws: sections in order, already trimmed to the template's limits. */
export interface LaidOutSheet {
  template: Template;
  sheet: FactSheet;
}

export function layout(sheet: FactSheet, template: Template): LaidOutSheet {
  return { template, sheet };
}
