// The overview data/README.md: a table of the articles with their publication dates and the
// counts of entities, events, quotes and source issues. `npm run fix` regenerates it, so it
// follows the data by itself; `npm run build` and a test fail when the committed copy is stale.
import path from 'node:path';
import fs from 'node:fs';
import { loadCorpus, validRecords, type Corpus } from '../validate/corpus.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { defaultDataDir } from '../shared/paths.ts';

export const overviewFile = path.join(defaultDataDir, 'README.md');

/** Rewrites the tree's overview README.md when it exists and is stale; true when it did. */
export function updateOverview(dataDir: string): boolean {
  const file = path.join(dataDir, 'README.md');
  if (!fs.existsSync(file)) return false;
  const fresh = overview(loadCorpus(dataDir));
  if (fs.readFileSync(file, 'utf8') === fresh) return false;
  writeFileAtomic(file, fresh);
  return true;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function overview(corpus: Corpus): string {
  const rows = validRecords(corpus.articles).map(({ record: r }) => {
    const publisher = r.source.publisher.entity === null ? 'unknown' : (corpus.registry.get(r.source.publisher.entity)?.record?.name ?? r.source.publisher.entity);
    const headline = r.source.headline?.exact ?? '(not in the text)';
    const p = r.source.published;
    const published = p === null ? 'not yet known' : `${p.value} (${p.precision}, ${p.resolution})`;
    return `| \`${r.id}\` | ${cell(headline)} | ${cell(publisher)} | ${published} | ${r.entities.length} | ${r.events.length} | ${r.quotes.length} | ${r.sourceIssues.length} | ${r.review.status} |`;
  });
  return [
    '<!-- DO NOT EDIT: generated from data/articles/ by `npm run fix`; `npm run build` and `npm test` fail when it is stale. -->',
    '',
    '# The articles',
    '',
    'Each article has a record in `articles/<id>.json` and its verbatim text in `sources/<id>.txt`. Publication dates are given at the precision the evidence supports; how each was inferred is in the record\'s `source.published.note`.',
    '',
    '| id | headline | publisher | published (precision, resolution) | entities | events | quotes | source issues | review |',
    '|---|---|---|---|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}
