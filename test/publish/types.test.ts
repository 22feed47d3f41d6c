// The committed types are what `npm run gen:types` produces from the schemas now.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, typesFile } from '../../scripts/publish/gen-types.ts';

describe('types/index.d.ts', () => {
  it('is up to date with the schemas (run `npm run gen:types` if not)', async () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toBe(await generateTypes());
  });

  it('carries the DO-NOT-EDIT banner naming the command', () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toMatch(/DO NOT EDIT: generated .* by `npm run gen:types`/);
  });
});

describe('scripts/generated/validators.cjs', () => {
  it('is up to date with the schemas (run `npm run gen:validators` if not)', async () => {
    const { generateValidators, validatorsFile } = await import('../../scripts/publish/gen-validators.ts');
    expect(fs.readFileSync(validatorsFile, 'utf8')).toBe(generateValidators());
  });

  it('accepts and rejects exactly as the schemas compiled now do', async () => {
    const { compileSchemas, loadValidators } = await import('../../scripts/shared/schemas.ts');
    const { loadCorpus } = await import('../../scripts/validate/corpus.ts');
    const now = compileSchemas();
    const standalone = loadValidators();
    expect(standalone).not.toBe(now);
    const corpus = loadCorpus('data');
    for (const a of corpus.articles) {
      expect(standalone.article(a.value)).toBe(true);
      const broken = { ...(a.value as object), review: { status: 'finished' } };
      expect(standalone.article(broken)).toBe(now.article(broken));
      expect(standalone.article.errors?.map((e) => e.instancePath)).toEqual(now.article.errors?.map((e) => e.instancePath));
    }
  });
});
