// data/README.md is what `npm run fix` writes from the records now.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overview, overviewFile } from '../../scripts/publish/overview.ts';
import { loadCorpus } from '../../scripts/validate/corpus.ts';
import { defaultDataDir } from '../../scripts/shared/paths.ts';

describe('data/README.md', () => {
  it('is up to date with the records (run `npm run fix` if not)', () => {
    expect(fs.readFileSync(overviewFile, 'utf8')).toBe(overview(loadCorpus(defaultDataDir)));
  });

  it('lists every record with its counts', () => {
    const corpus = loadCorpus(defaultDataDir);
    const text = overview(corpus);
    for (const a of corpus.articles) {
      const r = a.record!;
      expect(text).toContain(`| \`${r.id}\` |`);
      expect(text).toContain(`| ${r.entities.length} | ${r.events.length} | ${r.quotes.length} | ${r.sourceIssues.length} | ${r.review.status} |`);
    }
  });
});
