import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchemas } from '../../src/engine';

describe('published JSON Schema', () => {
  it('docs/decisions.schema.json is up to date (regenerate: npm run sim -- --schema)', () => {
    const onDisk = JSON.parse(readFileSync('docs/decisions.schema.json', 'utf8')) as unknown;
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(exportJsonSchemas())));
  });
});
