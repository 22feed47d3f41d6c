import path from 'node:path';
import fs from 'node:fs';
import type { Rule } from '../rule.ts';
import { readJsonFile } from '../json-file.ts';

/** The ids users may hold, as data/released-ids.json lists them. */
export interface ReleasedIds {
  articles: string[];
  entities: string[];
  /** Registry events (from model 2 on; absent in older lists). */
  events?: string[];
  /** Old id -> new id, for ids that moved. */
  renamed: Record<string, string>;
  /** Withdrawn id -> why. */
  withdrawn: Record<string, string>;
}

export const RELEASED_IDS_FILE = 'released-ids.json';

/**
 * A released id never just disappears: it still exists, or it is listed as renamed (to an
 * id that exists) or withdrawn with a reason. Removing an id is a major version.
 */
const rule: Rule = {
  name: 'id-continuity',
  description: 'Every id in data/released-ids.json still exists, or is listed there as renamed or withdrawn.',
  check({ corpus, report }) {
    const file = path.join(corpus.dataDir, RELEASED_IDS_FILE);
    if (!corpus.complete || !fs.existsSync(file)) return;
    const json = readJsonFile(file, 'released-ids');
    if (json.syntaxErrors.length > 0) {
      report({ file: json, message: `${json.syntaxErrors[0]!.message}; correct ${RELEASED_IDS_FILE}` });
      return;
    }
    const released = json.value as ReleasedIds;
    const exists = {
      articles: corpus.articleIds,
      entities: new Set(corpus.registry.keys()),
      events: new Set(corpus.eventRegistry.keys()),
    };
    for (const kind of ['articles', 'entities', 'events'] as const) {
      (released[kind] ?? []).forEach((id, i) => {
        if (exists[kind].has(id) || released.withdrawn?.[id] !== undefined) return;
        const to = released.renamed?.[id];
        if (to === undefined) {
          report({ file: json, path: [kind, i], message: `released id "${id}" no longer exists; restore it, or list it under "renamed" (old -> new) or "withdrawn" (id -> reason) and release a major version` });
        } else if (!exists[kind].has(to)) {
          report({ file: json, path: ['renamed', id], message: `"${id}" is renamed to "${to}", which does not exist; correct the new id` });
        }
      });
    }
  },
};
export default rule;
