// data/README.md and the front page's summary are what `npm run fix` writes from the records now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overview, overviewFile, overviews, staleOverviews, summary, SUMMARY_BEGIN, SUMMARY_END, withSummary } from '../../scripts/publish/overview.ts';
import { loadCorpus } from '../../scripts/validate/corpus.ts';
import { defaultDataDir, repoRoot } from '../../scripts/shared/paths.ts';
import { validFixture } from '../helpers.ts';

const corpus = loadCorpus(defaultDataDir);

describe('data/README.md', () => {
  it('is up to date with the records (run `npm run fix` if not)', () => {
    expect(fs.readFileSync(overviewFile, 'utf8')).toBe(overview(corpus));
  });

  it('lists every record with its counts', () => {
    const text = overview(corpus);
    for (const a of corpus.articles) {
      const r = a.record!;
      expect(text).toContain(`| \`${r.id}\` |`);
      expect(text).toContain(`| ${r.entities.length} | ${r.events.length} | ${r.quotes.length} | ${r.sourceIssues.length} | ${r.review.status} |`);
    }
  });
});

describe("the front page's summary", () => {
  it('is up to date with the records (run `npm run fix` if not)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain(SUMMARY_BEGIN);
    expect(readme).toBe(withSummary(readme, corpus));
  });

  it("counts the articles, events, quotes, source issues and entities, and names every known publisher", () => {
    const records = corpus.articles.map((a) => a.record!);
    const text = summary(corpus);
    const total = (f: (r: (typeof records)[number]) => number) => records.reduce((n, r) => n + f(r), 0);
    expect(text).toContain(`${records.length} article`);
    expect(text).toContain(`${total((r) => r.events.length)} events, ${total((r) => r.quotes.length)} quotes and ${total((r) => r.sourceIssues.length)} source issues, with ${corpus.registry.size} entities`);
    for (const r of records) {
      const id = r.source.publisher.entity;
      if (id !== null) expect(text).toContain(corpus.registry.get(id)!.record!.name);
    }
  });

  it('is rewritten between its markers only, and a stale one is found', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-front-'));
    try {
      const data = path.join(root, 'data');
      fs.cpSync(validFixture, data, { recursive: true });
      const before = `# Title\n\n${SUMMARY_BEGIN}\nold words\n${SUMMARY_END}\n\nThe rest.\n`;
      fs.writeFileSync(path.join(root, 'README.md'), before);
      const [stale] = staleOverviews(data).filter((o) => o.file === path.join(root, 'README.md'));
      expect(stale).toBeDefined();
      expect(stale!.fresh.startsWith(`# Title\n\n${SUMMARY_BEGIN}\n`)).toBe(true);
      expect(stale!.fresh.endsWith(`\n${SUMMARY_END}\n\nThe rest.\n`)).toBe(true);
      expect(stale!.fresh).not.toContain('old words');
      fs.writeFileSync(path.join(root, 'README.md'), 'A front page without the markers.\n');
      expect(overviews(data).some((o) => o.file === path.join(root, 'README.md'))).toBe(false);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
