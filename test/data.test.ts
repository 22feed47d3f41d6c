// The published data itself: valid with every rule, and source texts byte-identical to
// the corpus they came from (when ../shared is beside the repository, as in CI).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/validate/corpus.ts';
import { loadRules, runRules } from '../scripts/validate/run-rules.ts';
import { defaultDataDir, repoRoot } from '../scripts/shared/paths.ts';

const corpus = loadCorpus(defaultDataDir);
const sharedArticles = path.join(repoRoot, '..', 'shared', 'articles');

describe('data/', () => {
  it('has no validation errors', async () => {
    const errors = runRules(corpus, await loadRules()).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('has at least one checked record', () => {
    expect(corpus.articles.filter((a) => a.record?.review.status === 'checked').length).toBeGreaterThan(0);
  });

  it.runIf(fs.existsSync(sharedArticles))('keeps every source text byte-identical to the original article', () => {
    const originals = fs.readdirSync(sharedArticles).filter((f) => f.endsWith('.txt'));
    const hash = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    const copies = new Map([...corpus.sourceIds].map((id) => [hash(path.join(defaultDataDir, 'sources', id + '.txt')), id]));
    for (const name of originals) expect(copies.has(hash(path.join(sharedArticles, name))), `${name} has no byte-identical copy in data/sources/`).toBe(true);
    // A contributed article is not among the originals; those that are keep their bytes.
    for (const a of corpus.articles) {
      const original = a.record && path.join(sharedArticles, a.record.source.originalName);
      if (original && fs.existsSync(original)) expect(hash(original)).toBe(a.record!.source.sha256);
    }
  });
});
