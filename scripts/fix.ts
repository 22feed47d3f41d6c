// npm run fix -- [--data <dir>] [file or folder ...]
// Rewrites records and entities into canonical form (schema key order, sorted unordered
// arrays, two-space indentation) and re-anchors a selector whose exact text occurs
// exactly once in the source. Nothing ambiguous is guessed; what is left is reported.
// Exit 0 when everything is fixed, 1 when something needs a person, 2 on a usage error.
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from './lib/corpus.ts';
import { Canonicalizer } from './lib/canonical.ts';
import { fixRecord } from './lib/fix-record.ts';
import { duplicateKeys } from './lib/duplicate-keys.ts';
import { defaultDataDir } from './lib/paths.ts';
import { expandTargets, parse, runMain } from './lib/cli.ts';

const USAGE = 'usage: npm run fix -- [--data <dir>] [file or folder ...]';

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { data: { type: 'string' } } });
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const corpus = loadCorpus(dataDir, { files: expandTargets(positionals, dataDir) });
  const canonicalizer = new Canonicalizer();
  let unfixed = 0;
  let changed = 0;
  for (const file of [...corpus.articles, ...corpus.entities]) {
    if (file.syntaxErrors.length > 0) {
      console.log(`${file.display}: not valid JSON, so not fixed; correct the syntax first (npm run validate shows where)`);
      unfixed++;
      continue;
    }
    if (file.unsafe.length > 0 || duplicateKeys(file).length > 0) {
      console.log(`${file.display}: not fixed: it has duplicate keys or unsafe values, which only a person can resolve (npm run validate shows where)`);
      unfixed++;
      continue;
    }
    const source = file.kind === 'article' && corpus.sources.get(file.name)?.sha256 !== undefined ? corpus.sources.get(file.name)!.text : undefined;
    const result = fixRecord(file.value, file.kind, canonicalizer, file.text, source);
    for (const c of result.changes) console.log(`${file.display}: fixed: ${c}`);
    for (const u of result.unfixed) console.log(`${file.display}: not fixed: ${u}`);
    unfixed += result.unfixed.length;
    if (result.text !== file.text) {
      fs.writeFileSync(file.path, result.text);
      changed++;
    }
  }
  console.error(`${changed} file(s) rewritten, ${unfixed} problem(s) left for a person`);
  return unfixed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('fix', USAGE, main);
