import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { walk } from '../walk.ts';

// The record's own ids: events, quotes, source issues, segments and citations, by prefix.
const ID = /(?<![\w-])(?:ev|q|si|seg|c)-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])/g;
const QUICK = /(?:ev|q|si|seg|c)-[a-z0-9]/;
// A history clause that says an id is gone may name it: the id is the record of what went.
const GONE = /\b(?:dropped|removed|deleted|replaced|renamed|merged|split|withdrawn)\b/i;

/**
 * Notes are for readers, and a reader follows the ids a note names: each must exist in the
 * record. A history entry may name an id that is gone, in the clause that says it went
 * ("si-x dropped as accepted wording"); any other id it names must exist.
 */
const rule: Rule = {
  name: 'note-ids',
  description: "Every id of the record's events, quotes, source issues, segments or citations that a note or history entry names exists (a history clause may name one it says was removed).",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const ids = new Set<string>([...r.events, ...r.quotes, ...r.sourceIssues, ...(r.segments ?? []), ...r.citations].map((x) => x.id));
      // Most notes name no id: a quick test spares them the full match.
      const missing = (text: string) => (QUICK.test(text) ? [...text.matchAll(ID)].map((m) => m[0]).filter((id) => !ids.has(id)) : []);
      walk(r, (node, path) => {
        // The history is checked below; a selector (the bulk of a record) holds no note.
        if (path[0] === 'review' || 'exact' in node) return true;
        for (const key of ['note', 'explanation'] as const) {
          const text = (node as Record<string, unknown>)[key];
          if (typeof text !== 'string') continue;
          for (const id of new Set(missing(text))) report({ file, path: [...path, key], message: `the ${key} names "${id}", which is not an id of this record; correct the id, or say in words what it meant` });
        }
      });
      r.review.history.forEach((h, i) => {
        const gone = h.change.split(/[;.]\s/).flatMap((clause) => (GONE.test(clause) ? [] : missing(clause)));
        for (const id of new Set(gone)) report({ file, path: ['review', 'history', i, 'change'], message: `the history entry names "${id}", which is not an id of this record, without saying it was removed; correct the id, or say in the same clause that it was dropped, removed, replaced or renamed` });
      });
    }
  },
};
export default rule;
