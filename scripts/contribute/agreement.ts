// npm run agreement -- <record.json> <record.json> [--json <file>]
// Compares two recordings of the same text layer by layer (compare-records.ts) and prints,
// for each layer, precision, recall and F1 with exact and with overlapping spans, then every
// disagreement with its place in the text (line and column where the text is beside the
// records). The first record is the reference. Exit 0 with a report; 2 on a usage error.
import fs from 'node:fs';
import path from 'node:path';
import { compareRecords, type LayerAgreement } from './compare-records.ts';
import { SourceText } from '../api/text.cts';
import { loadValidators } from '../shared/schemas.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';
import type { Article } from '../../types/index.d.ts';

const USAGE = 'usage: npm run agreement -- <first record.json> <second record.json> [--json <file>]';
const HELP = `Compares two records of the same article text, recorded by two readers independently.
For each layer (mentions with entity and form, quotes with speaker and kind, events with type,
factuality, registry link and dates, source issues, boilerplate and segments with their kind)
it prints precision, recall and F1, taking the first record as the reference: a match is an
item of each at the same span (exact) or at overlapping spans (overlap) with the same values.
Then it lists every disagreement with its place in the text.`;

function readRecord(file: string, schemas: ReturnType<typeof loadValidators>): Article {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${file} as JSON (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); name an article record`);
  }
  if (!schemas.article(value)) throw new UsageError(`${file} is not a valid article record; run \`npm run validate -- --data <its tree>\` on it first`);
  return value as Article;
}

/** The source text beside a record (<tree>/sources/<id>.txt), for lines and columns, if present. */
function textBeside(file: string, id: string): SourceText | undefined {
  const source = path.join(path.dirname(path.dirname(path.resolve(file))), 'sources', `${id}.txt`);
  return fs.existsSync(source) ? new SourceText(fs.readFileSync(source, 'utf8')) : undefined;
}

const pct = (x: number) => x.toFixed(2);

/** The table of figures, one row per layer. */
export function table(layers: LayerAgreement[]): string[] {
  return [
    '| layer | first | second | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...layers.map((l) => `| ${l.layer} | ${l.first} | ${l.second} | ${pct(l.exact.precision)} | ${pct(l.exact.recall)} | ${pct(l.exact.f1)} | ${pct(l.overlap.precision)} | ${pct(l.overlap.recall)} | ${pct(l.overlap.f1)} |`),
  ];
}

export function report(layers: LayerAgreement[], text?: SourceText): string {
  const all = layers.flatMap((l) => l.disagreements);
  const place = (s: { start: number; end: number }) => {
    const lc = text?.lineColumn(s.start);
    return `${lc ? `line ${lc.line}, column ${lc.column}, ` : ''}[${s.start}, ${s.end})`;
  };
  return [
    ...table(layers),
    '',
    `${all.length} disagreement(s), under overlap matching:`,
    ...all.map((d) => `${place(d.span)} ${d.layer}: first: ${d.first}; second: ${d.second}`),
  ].join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { json: { type: 'string' } } });
  if (positionals.length !== 2) throw new UsageError('name two article records');
  const schemas = loadValidators();
  const [first, second] = positionals.map((f) => readRecord(f, schemas)) as [Article, Article];
  if (first.source.sha256 !== second.source.sha256) throw new UsageError(`the two records are of different texts (sha256 ${first.source.sha256.slice(0, 12)}… and ${second.source.sha256.slice(0, 12)}…); compare two recordings of one text`);
  const layers = compareRecords(first, second);
  console.log(report(layers, textBeside(positionals[0]!, first.id)));
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ first: positionals[0], second: positionals[1], layers }, null, 2) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('agreement', USAGE, main, HELP);
