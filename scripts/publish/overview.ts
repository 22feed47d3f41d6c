// The overviews of the data: data/README.md, a table of the articles with their publication
// dates and counts, and the summary on the front page (README.md beside data/) of what the
// dataset holds. `npm run fix` regenerates both, so they follow the data by themselves;
// `npm run build` and a test fail when a committed copy is stale.
import path from 'node:path';
import fs from 'node:fs';
import { loadCorpus, validRecords, type Corpus } from '../validate/corpus.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { defaultDataDir } from '../shared/paths.ts';

export const overviewFile = path.join(defaultDataDir, 'README.md');

/** The generated overviews a tree keeps, each with its fresh text: the tree's README.md, and
 * the front page beside the tree where it carries the summary's markers. */
export function overviews(dataDir: string, corpus: Corpus = loadCorpus(dataDir)): { file: string; fresh: string }[] {
  const out: { file: string; fresh: string }[] = [];
  const table = path.join(dataDir, 'README.md');
  if (fs.existsSync(table)) out.push({ file: table, fresh: overview(corpus) });
  const front = path.join(path.dirname(dataDir), 'README.md');
  const text = fs.existsSync(front) ? fs.readFileSync(front, 'utf8') : '';
  const fresh = withSummary(text, corpus);
  if (fresh !== null) out.push({ file: front, fresh });
  return out;
}

/** The overviews that differ from their fresh text. */
export function staleOverviews(dataDir: string, corpus?: Corpus): { file: string; fresh: string }[] {
  return overviews(dataDir, corpus).filter(({ file, fresh }) => fs.readFileSync(file, 'utf8') !== fresh);
}

/** Rewrites the tree's stale overviews; returns the files it rewrote. */
export function updateOverview(dataDir: string): string[] {
  const stale = staleOverviews(dataDir);
  for (const { file, fresh } of stale) writeFileAtomic(file, fresh);
  return stale.map(({ file }) => file);
}

export const SUMMARY_BEGIN = '<!-- BEGIN generated summary: DO NOT EDIT down to END; `npm run fix` writes it from data/, and `npm run build` and `npm test` fail when it is stale. -->';
export const SUMMARY_END = '<!-- END generated summary -->';

/** A front page with its summary block written anew; null when it has no block. */
export function withSummary(text: string, corpus: Corpus): string | null {
  const begin = text.indexOf(SUMMARY_BEGIN);
  const end = text.indexOf(SUMMARY_END, begin);
  if (begin === -1 || end === -1) return null;
  return `${text.slice(0, begin)}${SUMMARY_BEGIN}\n${summary(corpus)}\n${text.slice(end)}`;
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What the dataset holds now, in one paragraph: articles, outlets, years and counts. */
export function summary(corpus: Corpus): string {
  const records = validRecords(corpus.articles).map(({ record }) => record);
  const outlets: string[] = [];
  let unknown = 0;
  const years: number[] = [];
  for (const r of records) {
    const id = r.source.publisher.entity;
    const name = id === null ? null : (corpus.registry.get(id)?.record?.name ?? id);
    if (name === null) unknown++;
    else if (!outlets.includes(name)) outlets.push(name);
    for (const y of r.source.published?.value.match(/\d{4}/g) ?? []) years.push(Number(y));
  }
  const sum = (f: (r: (typeof records)[number]) => number) => records.reduce((n, r) => n + f(r), 0);
  const span = years.length === 0 ? 'with publication dates not yet known' : Math.min(...years) === Math.max(...years) ? `published in ${years[0]}` : `published ${Math.min(...years)}-${Math.max(...years)}`;
  const by = outlets.length === 0 ? '' : ` by ${listOf(outlets)}`;
  const unknownNote = unknown === 0 ? '' : ` (${unknown === 1 ? 'one publisher' : `${unknown} publishers`} not established)`;
  return [
    `**It holds ${records.length} article${records.length === 1 ? '' : 's'}**, ${span}${by}${unknownNote}:`,
    `${sum((r) => r.events.length)} events, ${sum((r) => r.quotes.length)} quotes and ${sum((r) => r.sourceIssues.length)} source issues, with ${corpus.registry.size} entities`,
    `and ${corpus.events.length} real-world events in the shared registries. Every article is listed in [data/README.md](data/README.md).`,
  ].join('\n');
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
