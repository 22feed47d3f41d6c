// The committed types are what `npm run gen:types` produces from the schemas now.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, typesFile } from '../scripts/gen-types.ts';

describe('types/index.d.ts', () => {
  it('is up to date with the schemas (run `npm run gen:types` if not)', async () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toBe(await generateTypes());
  });

  it('carries the DO-NOT-EDIT banner naming the command', () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toMatch(/DO NOT EDIT: generated .* by `npm run gen:types`/);
  });
});
