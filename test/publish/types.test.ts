// The committed types are what `npm run gen:types` produces from the schemas now.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { generateTypes, typesFile } from '../../scripts/publish/gen-types.ts';
import { finishDocs } from '../../scripts/publish/type-docs.ts';

/** Every interface property of a declaration file that has no doc comment of its own. */
function undocumented(text: string): string[] {
  const file = ts.createSourceFile('index.d.ts', text, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  file.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    for (const m of node.members) if (ts.isPropertySignature(m) && ts.getJSDocCommentsAndTags(m).length === 0) missing.push(`${node.name.text}.${m.name.getText(file)}`);
  });
  return missing;
}

describe('types/index.d.ts', () => {
  it('is up to date with the schemas (run `npm run gen:types` if not)', async () => {
    expect(fs.readFileSync(typesFile, 'utf8')).toBe(await generateTypes());
  });

  it('documents every property on hover, named types included, without the generator\'s reference lines', () => {
    const text = fs.readFileSync(typesFile, 'utf8');
    expect(undocumented(text)).toEqual([]);
    expect(text).not.toMatch(/was referenced by/);
  });

  it('would find an undocumented property, and takes the property\'s description from the schema', () => {
    const bare = 'export interface Quote {\n  speaker: Speaker;\n}\n';
    expect(undocumented(bare)).toEqual(['Quote.speaker']);
    const docs = new Map([['Quote', new Map([['speaker', 'Who said it.']])]]);
    expect(undocumented(finishDocs(bare, docs))).toEqual([]);
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
