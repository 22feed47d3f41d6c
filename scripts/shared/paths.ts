// Where things live in the repository; every script resolves paths from here so that
// they work from any working directory.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The nearest folder up from this module that holds a package.json: the repository, whether
 * this module runs from scripts/shared/ or from its compiled copy under .cache/ (run-compiled.mjs). */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const repoRoot = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const schemaDir = path.join(repoRoot, 'schema');
export const typesDir = path.join(repoRoot, 'types');
export const defaultDataDir = path.join(repoRoot, 'data');

/** The layout of a data tree: records, entities, registry events and source texts. */
export function dataLayout(dataDir: string) {
  return {
    root: dataDir,
    articles: path.join(dataDir, 'articles'),
    entities: path.join(dataDir, 'entities'),
    events: path.join(dataDir, 'events'),
    sources: path.join(dataDir, 'sources'),
  };
}

/** A path as shown to users: relative to the repository root, with forward slashes. */
export function displayPath(file: string): string {
  const rel = path.relative(repoRoot, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
