import type { Rule } from '../rule.ts';
import { jsonFiles } from '../corpus.ts';
import { schemaFindings } from '../schema-errors.ts';

/** Records match schema/article.schema.json and entities schema/entity.schema.json. */
const rule: Rule = {
  name: 'schema',
  description: 'Each record and entity matches its JSON Schema (ajv, draft 2020-12, strict, all errors).',
  check({ corpus, report }) {
    for (const file of jsonFiles(corpus)) {
      for (const finding of schemaFindings(file, file.schemaErrors)) report(finding);
    }
  },
};
export default rule;
