// docs/factsheet.schema.json is the published contract for readers of `<name>.json`. It is generated from the
// zod schema the pipeline validates with; this test fails when the two drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSheetJsonSchema, SCHEMA_VERSION } from '../functions/pipeline/factsheet.ts';

describe('docs/factsheet.schema.json', () => {
  it('is the JSON Schema generated from the validator', () => {
    const published = JSON.parse(readFileSync(new URL('../docs/factsheet.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(factSheetJsonSchema());
  });

  it('pins the schema version it documents', () => {
    const published = JSON.parse(readFileSync(new URL('../docs/factsheet.schema.json', import.meta.url), 'utf8'));
    expect(published.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
  });
});
