// npm run release:ids
// Adds every current article, entity and registry event id to data/released-ids.json, the list that the
// id-continuity rule holds the data to. Maintainers run it when they cut a release.
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../validate/corpus.ts';
import { defaultDataDir, displayPath } from '../shared/paths.ts';
import { RELEASED_IDS_FILE, type ReleasedIds } from '../validate/rules/id-continuity.ts';

const file = path.join(defaultDataDir, RELEASED_IDS_FILE);
const current: ReleasedIds = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { articles: [], entities: [], renamed: {}, withdrawn: {} };
const corpus = loadCorpus(defaultDataDir);
const merge = (a: string[], b: Iterable<string>) => [...new Set([...a, ...b])].sort();
const next: ReleasedIds = {
  articles: merge(current.articles, corpus.articles.map((a) => a.name)),
  entities: merge(current.entities, corpus.registry.keys()),
  events: merge(current.events ?? [], corpus.eventRegistry.keys()),
  renamed: current.renamed,
  withdrawn: current.withdrawn,
};
fs.writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
console.log(`${displayPath(file)}: ${next.articles.length} article, ${next.entities.length} entity and ${next.events!.length} registry event ids`);
