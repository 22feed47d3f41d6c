// npm run fix -- [--data <dir>] [file or folder ...]
// The one command a contributor runs after editing: it places every selector from its text
// (fills in start and end from `exact`, narrowed by `prefix`/`suffix`; re-anchors drifted
// offsets; trims quotation marks from a quote's words), rewrites records and entities in
// canonical form, regenerates the overview data/README.md, and then reports exactly what
// `npm run validate` reports. Nothing ambiguous is guessed, and a record whose source text
// no longer matches its pinned hash is never touched.
// Exit 0 when no error is left, 1 when something needs a person, 2 on a usage error.
import path from 'node:path';
import { jsonFiles, loadCorpus, loadSource, type Corpus, type RecordFile } from '../validate/corpus.ts';
import type { SourceText } from '../api/text.cts';
import { Canonicalizer } from '../validate/canonical.ts';
import { fixRecord, type Unplaced } from './fix-record.ts';
import { duplicateKeys } from '../validate/duplicate-keys.ts';
import { dataLayout, defaultDataDir, displayPath } from '../shared/paths.ts';
import { expandTargets, parse, runMain } from '../shared/cli.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { updateOverview } from '../publish/overview.ts';
import { validate } from '../validate/validate.ts';
import { formatProblems } from '../shared/problems.ts';

const USAGE = 'usage: npm run fix -- [--data <dir>] [file or folder ...]';

/** Why a record's source text cannot be used, or undefined when it matches its pin. */
function sourceMismatch(file: RecordFile<unknown>, corpus: Corpus): string | undefined {
  const src = corpus.sources.get(file.name);
  const pinned = (file.value as { source?: { sha256?: unknown; length?: unknown } } | undefined)?.source;
  if (!src?.text) return `${src?.problem ?? 'its source text cannot be read'}; nothing was written`;
  if (pinned?.sha256 === src.sha256 && pinned?.length === src.text.length) return undefined;
  return (
    `${src.display} does not match the sha256 and length pinned in this record (pinned: ${String(pinned?.sha256)}, ${String(pinned?.length)} code points; ` +
    `the file: ${src.sha256}, ${src.text.length} code points). Source texts are never edited, so nothing was written: restore the original text ` +
    `(git checkout -- ${src.display} once it is committed, or copy the original file back); if the text is the original and the pin is wrong, correct source.sha256 and source.length`
  );
}

/** The text of the article a basis names: from the corpus, or read from the tree when only
 * some files were named (an entity's basis can point into any article). */
function basisSource(id: string, corpus: Corpus, dataDir: string): SourceText | undefined {
  if (corpus.sources.has(id)) return corpus.sources.get(id)?.text;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const src = loadSource(path.join(dataLayout(dataDir).sources, `${id}.txt`));
  corpus.sources.set(id, src);
  return src.text;
}

function printUnplaced(display: string, u: Unplaced): void {
  console.log(`${display}: not placed: ${u.pointer}: ${u.reason}`);
  for (const c of u.candidates) {
    const hint = c.prefix === undefined ? '' : `   choose it with "prefix": ${JSON.stringify(c.prefix)}`;
    console.log(`    source line ${c.line}, column ${c.column}, [${c.start}, ${c.end}): ${c.context}${hint}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { data: { type: 'string' } } });
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const files = expandTargets(positionals, dataDir);
  const corpus = loadCorpus(dataDir, { files });

  // A record anchored to a text that changed would be re-anchored to the wrong text.
  const refused = corpus.articles.filter((f) => f.syntaxErrors.length === 0).map((f) => [f, sourceMismatch(f, corpus)] as const).filter(([, why]) => why !== undefined);
  if (refused.length > 0) {
    for (const [f, why] of refused) console.log(`${f.display}: not fixed: ${why}`);
    console.error(`fix: ${refused.length} record(s) have a source text that does not match their pin; no file was written`);
    return 1;
  }

  const canonicalizer = new Canonicalizer();
  let rewritten = 0;
  for (const file of jsonFiles(corpus)) {
    // The validator's report below says what is wrong with these; fix leaves them alone.
    const why = file.syntaxErrors.length > 0 ? 'it is not valid JSON' : file.unsafe.length > 0 ? 'it has unsafe keys or values' : duplicateKeys(file).length > 0 ? 'it has duplicate keys' : undefined;
    if (why) {
      console.log(`${file.display}: not fixed: ${why}, which only a person can resolve; the report below says where`);
      continue;
    }
    const source = file.kind === 'article' ? corpus.sources.get(file.name)?.text : undefined;
    const result = fixRecord(file.value, file.kind, canonicalizer, file.text, source, (id) => basisSource(id, corpus, dataDir));
    for (const c of result.changes) console.log(`${file.display}: fixed: ${c}`);
    for (const u of result.unplaced) printUnplaced(file.display, u);
    if (result.text !== file.text) {
      writeFileAtomic(file.path, result.text);
      rewritten++;
    }
  }

  // The overview follows the data: regenerated here, so a contributor never runs another command.
  for (const file of updateOverview(dataDir)) console.log(`${displayPath(file)}: regenerated from the records`);

  // What is left is exactly what the validator reports, so the two counts never disagree.
  const problems = await validate({ dataDir, files });
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length > 0) console.log(formatProblems(problems, 'text'));
  console.error(`${rewritten} file(s) rewritten; left for a person, as npm run validate reports: ${errors} error(s), ${problems.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('fix', USAGE, main);
