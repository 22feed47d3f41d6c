// Which data files a pull request touches, for `validate --changed`: the records and
// source texts changed since a git base (committed, staged, unstaged or new), plus every
// record that lists a changed entity, since an entity change can break its users.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { dataLayout } from '../shared/paths.ts';
import { UsageError } from '../shared/cli.ts';

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new UsageError(`git ${args.join(' ')} failed: ${r.stderr.trim() || 'is this a git checkout?'}`);
  return r.stdout;
}

/** The default base: origin/main when it exists, else main, else HEAD. */
export function defaultBase(cwd: string): string {
  for (const ref of ['origin/main', 'main']) {
    if (spawnSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd }).status === 0) return ref;
  }
  return 'HEAD';
}

export interface ChangedFiles {
  base: string;
  /** Files to validate: changed records and texts, and records that use changed entities. */
  targets: string[];
  /** Changed entity ids, for the message. */
  entities: string[];
}

export function changedFiles(dataDir: string, base?: string): ChangedFiles {
  const layout = dataLayout(dataDir);
  const top = git(['rev-parse', '--show-toplevel'], dataDir).trim();
  const ref = base ?? defaultBase(dataDir);
  if (spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: dataDir }).status !== 0) {
    throw new UsageError(`"${ref}" is not a commit in this repository; give a base such as origin/main or HEAD~1`);
  }
  const rel = path.relative(top, dataDir) || '.';
  const names = [
    ...git(['diff', '--name-only', '--no-renames', ref, '--', rel], top).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard', '--', rel], top).split('\n'),
  ].filter(Boolean);
  const files = [...new Set(names.map((n) => path.join(top, n)))];
  const targets = new Set<string>();
  const entities: string[] = [];
  for (const f of files) {
    const dir = path.dirname(f);
    if (dir === layout.articles && f.endsWith('.json') && fs.existsSync(f)) targets.add(f);
    else if (dir === layout.sources && f.endsWith('.txt')) targets.add(f);
    else if (dir === layout.entities && f.endsWith('.json')) {
      entities.push(path.basename(f, '.json'));
      if (fs.existsSync(f)) targets.add(f);
    }
  }
  if (entities.length > 0 && fs.existsSync(layout.articles)) {
    // A cheap textual prefilter, then an exact check of the parsed record.
    for (const name of fs.readdirSync(layout.articles).filter((n) => n.endsWith('.json'))) {
      const file = path.join(layout.articles, name);
      const text = fs.readFileSync(file, 'utf8');
      if (!entities.some((id) => text.includes(`"${id}"`))) continue;
      try {
        const uses = JSON.stringify(JSON.parse(text));
        if (entities.some((id) => uses.includes(`"entity":"${id}"`) || uses.includes(`"via":"${id}"`))) targets.add(file);
      } catch {
        targets.add(file); // unparsable: validate it, so that the error is reported
      }
    }
  }
  return { base: ref, targets: [...targets].sort(), entities: entities.sort() };
}
