import type { Rule } from '../rule.ts';
import { jsonFiles, validRecords, type RecordFile } from '../corpus.ts';

/** A record's id is its file name, so ids are unique by construction and easy to find. */
const rule: Rule = {
  name: 'id-matches-file',
  description: 'The id of each record, entity and registry event equals its file name without .json.',
  check({ corpus, report }) {
    for (const file of validRecords(jsonFiles(corpus) as RecordFile<{ id: string }>[])) {
      if (file.record.id !== file.name) {
        report({ file, path: ['id'], message: `id "${file.record.id}" differs from the file name "${file.name}.json"; rename the file or change the id so they agree` });
      }
    }
  },
};
export default rule;
