import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../rule.ts';
import { jsonFiles, loadSource, validRecords, type RecordFile } from '../corpus.ts';
import { nearest } from '../did-you-mean.ts';
import { dataLayout } from '../../shared/paths.ts';
import { pathOf, recordIndex } from '../record-index.ts';
import type { SourceText } from '../../api/text.cts';

/**
 * Every outside value rests on something that can be checked: the citations a basis names
 * exist in its file, a citation supports at least one value, and a basis outside an article
 * record that points into an article's text names the article and quotes it exactly.
 */
const rule: Rule = {
  name: 'citations',
  description: 'Every cited id is a citation of its file, every citation supports a value, and a basis in an entity or registry event quotes its article exactly.',
  check({ corpus, report }) {
    const texts = new Map<string, SourceText | undefined>();
    const textOf = (id: string) => {
      if (!texts.has(id)) {
        const file = path.join(dataLayout(corpus.dataDir).sources, `${id}.txt`);
        texts.set(id, fs.existsSync(file) ? (corpus.sources.get(id) ?? loadSource(file)).text : undefined);
      }
      return texts.get(id);
    };
    for (const file of validRecords(jsonFiles(corpus) as RecordFile<{ citations: { id: string }[] }>[])) {
      const ids = new Map<string, number>();
      file.record.citations.forEach((c, i) => {
        if (ids.has(c.id)) report({ file, path: ['citations', i, 'id'], message: `citation "${c.id}" is already listed at /citations/${ids.get(c.id)}; merge the two or give this one its own id` });
        else ids.set(c.id, i);
      });
      const used = new Set<string>();
      for (const found of recordIndex(file).bases) {
        const { value: basis } = found;
        const at = pathOf(found);
        (basis.cite ?? []).forEach((id, j) => {
          used.add(id);
          if (ids.has(id)) return;
          const near = nearest(id, ids.keys());
          report({ file, path: [...at, 'cite', j], message: `"${id}" is not in this file's "citations"; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : ''}add the source you read there, or correct the id` });
        });
        if (file.kind === 'article') {
          if (basis.article !== undefined) report({ file, path: [...at, 'article'], message: 'in an article record a basis points into the record\'s own text; remove "article"' });
          continue; // its text selectors are checked by selector-anchoring, against its own text
        }
        if (basis.text === undefined) continue;
        if (basis.article === undefined) {
          report({ file, path: [...at, 'text'], message: 'a basis outside an article record must name the article its "text" points into; add "article"' });
          continue;
        }
        const text = textOf(basis.article);
        if (!text) {
          report({ file, path: [...at, 'article'], message: `article "${basis.article}" has no source text in this tree; correct the article id` });
          continue;
        }
        basis.text.forEach((s, j) => {
          const actual = s.end <= text.length && s.start < s.end ? text.slice(s.start, s.end) : undefined;
          if (actual !== s.exact) report({ file, path: [...at, 'text', j, 'exact'], message: `"${s.exact}" is not the text of "${basis.article}" at [${s.start}, ${s.end}); correct the offsets or the words` });
        });
      }
      file.record.citations.forEach((c, i) => {
        if (!used.has(c.id)) report({ file, path: ['citations', i], severity: 'warning', message: `citation "${c.id}" supports no value; cite it from the value it supports, or remove it` });
      });
    }
  },
};
export default rule;
