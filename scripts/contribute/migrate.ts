// npm run migrate -- [--data <dir>] [file or folder ...]
// Upgrades record and entity files written for record model 1 (an open pull request's work)
// to model 2: derives what can be derived, writes canonical form, and lists what a person
// must add. Exit 0 when nothing is left, 1 when something needs a person, 2 on a usage error.
import path from 'node:path';
import { loadCorpus } from '../validate/corpus.ts';
import { Canonicalizer } from '../validate/canonical.ts';
import { migrateArticle, migrateEntity } from './migrate-record.ts';
import { writeFileAtomic } from '../shared/atomic-write.ts';
import { defaultDataDir } from '../shared/paths.ts';
import { expandTargets, parse, runMain } from '../shared/cli.ts';

const USAGE = 'usage: npm run migrate -- [--data <dir>] [file or folder ...]';

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { data: { type: 'string' } } });
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const corpus = loadCorpus(dataDir, { files: expandTargets(positionals, dataDir) });
  const names = new Map(
    [...corpus.registry.values()].filter((e) => e.value && typeof e.value === 'object').map((e) => {
      const v = e.value as { name?: unknown; aliases?: unknown };
      return [e.name, { name: String(v.name), aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [] }] as const;
    }),
  );
  const canonicalizer = new Canonicalizer();
  let left = 0;
  let written = 0;
  for (const file of [...corpus.articles, ...corpus.entities]) {
    if (file.syntaxErrors.length > 0 || typeof file.value !== 'object' || file.value === null || Array.isArray(file.value)) {
      console.log(`${file.display}: not migrated: it is not a JSON object; npm run validate says where`);
      left++;
      continue;
    }
    const value = structuredClone(file.value) as Record<string, unknown>;
    const m = file.kind === 'article' ? migrateArticle(value, names) : migrateEntity(value);
    for (const d of m.derived) console.log(`${file.display}: derived: ${d}`);
    for (const t of m.todo) console.log(`${file.display}: to do: ${t}`);
    left += m.todo.length;
    const text = canonicalizer.text(value, file.kind);
    if (text !== file.text) {
      writeFileAtomic(file.path, text);
      written++;
    }
  }
  console.error(`${written} file(s) migrated to record model 2; ${left} item(s) left for a person (then run npm run fix and npm run validate)`);
  return left > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('migrate', USAGE, main);
