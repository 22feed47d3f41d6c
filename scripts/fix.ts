// npm run fix -- [--data <dir>] [file ...]
// Rewrites records and entities into canonical form, and re-anchors a selector whose
// exact text occurs exactly once in the source. Nothing ambiguous is guessed.
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from './lib/corpus.ts';
import { Canonicalizer } from './lib/canonical.ts';
import { findSelectors } from './lib/selectors.ts';
import type { SourceText } from './api/text.cts';
import { defaultDataDir } from './lib/paths.ts';
import { expandTargets, parse, runMain } from './lib/cli.ts';

const USAGE = 'usage: npm run fix -- [--data <dir>] [file or folder ...]';

/** Re-anchors drifted selectors in place; returns one line per change or refusal. */
export function reanchor(record: unknown, text: SourceText): string[] {
  const notes: string[] = [];
  for (const { selector, path: at } of findSelectors(record)) {
    const { start, end, exact } = selector;
    if (end <= text.length && start < end && text.slice(start, end) === exact) continue;
    const first = text.text.indexOf(exact);
    const pointer = '/' + at.join('/');
    if (first === -1) notes.push(`${pointer}: "${exact}" does not occur in the text; correct it by hand`);
    else if (text.text.indexOf(exact, first + 1) !== -1) notes.push(`${pointer}: "${exact}" occurs more than once; set its offsets by hand`);
    else {
      selector.start = text.codePoint(first);
      selector.end = selector.start + [...exact].length;
      notes.push(`${pointer}: re-anchored to [${selector.start}, ${selector.end})`);
    }
  }
  return notes;
}

async function main(): Promise<number> {
  const { values, positionals } = parse({ allowPositionals: true, options: { data: { type: 'string' } } });
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const corpus = loadCorpus(dataDir, { files: expandTargets(positionals, dataDir) });
  const canonicalizer = new Canonicalizer();
  let unfixed = 0;
  for (const file of [...corpus.articles, ...corpus.entities]) {
    if (file.syntaxErrors.length > 0) {
      console.log(`${file.display}: not valid JSON; fix the syntax first (npm run validate shows where)`);
      unfixed++;
      continue;
    }
    const text = file.kind === 'article' ? corpus.sources.get(file.name)?.text : undefined;
    const notes = text ? reanchor(file.value, text) : [];
    for (const n of notes) console.log(`${file.display}${n}`);
    unfixed += notes.filter((n) => !n.includes('re-anchored')).length;
    const canonical = canonicalizer.text(file.value, file.kind);
    if (canonical !== file.text) {
      fs.writeFileSync(file.path, canonical);
      console.log(`${file.display}: rewritten in canonical form`);
    }
  }
  return unfixed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('fix', USAGE, main);
