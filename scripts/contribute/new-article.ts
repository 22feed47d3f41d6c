// npm run new -- <article.txt> [--id <id>] [--language <bcp47>] [--data <dir>]
// Adds an article: copies its text byte for byte into data/sources/<id>.txt, pins its
// sha256 and length in a draft record, lists every pair of quotation marks as an open
// item to classify, and prints the next steps. Nothing is guessed: unknown fields are
// null or empty, and validating the draft reports exactly the open items.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Canonicalizer } from '../validate/canonical.ts';
import { SourceText } from '../api/text.cts';
import { pairQuoteMarks } from './mark-pairs.ts';
import { dataLayout, defaultDataDir, displayPath } from '../shared/paths.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';

const USAGE = 'usage: npm run new -- <article.txt> [--id <id>] [--language <bcp47>] [--data <dir>]';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The convention for a new article's id: the publication date at the precision known
 * (2019, 2019-05 or 2019-05-16), then a few words, the first with a letter (so that
 * 2019-13-... is not read as a year and a word). */
const ARTICLE_ID = /^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?-[a-z0-9]*[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Why an id breaks the convention for a new article, or null when it follows it. */
export function articleIdProblem(id: string): string | null {
  if (!SLUG.test(id)) return `"${id}" is not a valid id (lower-case letters and digits joined by hyphens)`;
  if (!ARTICLE_ID.test(id)) return `"${id}" does not start with the publication date at the precision known (2019, 2019-05 or 2019-05-16) followed by a few words, as in 2019-05-16-us-adds-huawei-to-entity-list`;
  return null;
}

/** An id from a file name: lower case, runs of other characters turned into hyphens. */
export function idFromFileName(file: string): string {
  return path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export interface NewArticle {
  id: string;
  record: string;
  source: string;
  openItems: number;
}

export function newArticle(file: string, options: { id?: string; language?: string; dataDir: string; today?: string }): NewArticle {
  const id = options.id ?? idFromFileName(file);
  if (!SLUG.test(id)) throw new UsageError(`"${id}" is not a valid id (lower-case letters and digits joined by hyphens); give one with --id`);
  const language = options.language ?? 'en';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) throw new UsageError(`"${language}" is not a BCP 47 language tag such as en or en-GB`);
  const layout = dataLayout(options.dataDir);
  const record = path.join(layout.articles, `${id}.json`);
  const source = path.join(layout.sources, `${id}.txt`);
  for (const f of [record, source]) if (fs.existsSync(f)) throw new UsageError(`${displayPath(f)} already exists; choose another --id`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}; give the path of a UTF-8 text file`);
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid UTF-8; convert it to UTF-8 first (the text is kept byte for byte)`);
  }
  // Checked before anything is written, and after the text is known to be readable.
  const idProblem = articleIdProblem(id);
  if (idProblem) throw new UsageError(`${idProblem}; give one with --id`);
  const text = new SourceText(decoded);
  const originalName = path.basename(file);
  const unclassified = pairQuoteMarks(text).map(({ start, end }) => ({ start, end, exact: text.slice(start, end) }));
  const draft = {
    $schema: '../../schema/article.schema.json',
    id,
    source: {
      originalName: /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/.test(originalName) ? originalName : `${id}.txt`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      length: text.length,
      headline: null,
      publisher: { entity: null, note: 'Not yet identified: this is a draft written by npm run new.' },
      published: null,
      language,
    },
    entities: [],
    events: [],
    quotes: [],
    quoteMarks: { ignored: [], unclassified },
    sourceIssues: [],
    boilerplate: [],
    citations: [],
    review: { status: 'draft', history: [{ date: options.today ?? new Date().toISOString().slice(0, 10), change: `Draft written by npm run new from ${originalName}.` }] },
  };
  fs.mkdirSync(layout.sources, { recursive: true });
  fs.mkdirSync(layout.articles, { recursive: true });
  fs.writeFileSync(source, bytes);
  fs.writeFileSync(record, new Canonicalizer().text(draft, 'article'));
  return { id, record, source, openItems: unclassified.length };
}

async function main(): Promise<number> {
  const { values, positionals } = parse({
    allowPositionals: true,
    options: { id: { type: 'string' }, language: { type: 'string' }, data: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one article text file');
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const made = newArticle(positionals[0]!, { id: values.id, language: values.language, dataDir });
  console.log(`added ${displayPath(made.source)} (byte for byte) and the draft ${displayPath(made.record)}
${made.openItems} pair(s) of quotation marks are listed in quoteMarks.unclassified as open items.

Next steps (CONTRIBUTING.md has each one; docs/annotation-guide.md says how to decide):
  1. npm run validate -- ${displayPath(made.record)}   lists the open items
  2. classify each pair: a quote in "quotes", or quoteMarks.ignored with a reason
  3. fill in the headline, publisher and publication date (with its precision and a note)
  4. add the entities with every mention, the events, the source issues and the boilerplate;
     write each span with only its text: { "exact": "...", "prefix": "words before" }
  5. npm run fix: it fills in the offsets and ends with what is left; repeat 4 and 5
  6. npm run viewer, and read dist/site/article-${made.id}.html against the text
  7. have the record read again against the text, record that in review.history,
     and set review.status to "checked"`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('new', USAGE, main);
