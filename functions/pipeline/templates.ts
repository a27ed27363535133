/** Fact-sheet layouts as data (templates/*.json), validated at load. */
export interface Template {
  name: string;
}

/** A template by name, or an already-parsed one. Unknown or invalid: FactsheetError('BAD_TEMPLATE'). */
export function resolveTemplate(_template: string | Template): Template {
  throw new Error('templates: not implemented yet');
}
