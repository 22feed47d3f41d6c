import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { pathOf, recordIndex } from '../record-index.ts';

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
      let ids: Set<string> | undefined;
      // Most notes name no id: a quick test spares them the full match (and the id set).
      const missing = (text: string) => {
        if (!QUICK.test(text)) return [];
        ids ??= new Set<string>([...r.events, ...r.quotes, ...r.sourceIssues, ...(r.segments ?? []), ...r.citations].map((x) => x.id));
        return [...text.matchAll(ID)].map((m) => m[0]).filter((id) => !ids!.has(id));
      };
      // Notes outside the review: its history is checked below.
      for (const found of recordIndex(file).notes) {
        for (const id of new Set(missing(found.value))) report({ file, path: pathOf(found), message: `the ${found.key} names "${id}", which is not an id of this record; correct the id, or say in words what it meant` });
      }
      r.review.history.forEach((h, i) => {
        if (!QUICK.test(h.change)) return; // names no id at all
        const gone = h.change.split(/[;.]\s/).flatMap((clause) => (GONE.test(clause) ? [] : missing(clause)));
        for (const id of new Set(gone)) report({ file, path: ['review', 'history', i, 'change'], message: `the history entry names "${id}", which is not an id of this record, without saying it was removed; correct the id, or say in the same clause that it was dropped, removed, replaced or renamed` });
      });
    }
  },
};
export default rule;
