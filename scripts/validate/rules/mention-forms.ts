import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { wholeWords } from '../whole-words.ts';

/**
 * A mention's form agrees with the registry: `name` is exactly the entity's name, `alias`
 * exactly one of its listed aliases (and never the name itself). Two readings are allowed,
 * because the words are still the registry's: a name set in capitals by the page's
 * typography ("VERIZON HAS REPORTEDLY"), and a misprint that a source issue corrects to the
 * name or an alias ("INJ", corrected to "IIJ"). Anything else is a spelling the registry
 * does not know: list it as an alias where the entity goes by it, or record the misspelling.
 */
const rule: Rule = {
  name: 'mention-forms',
  description: "A mention of form \"name\" is the registry's name of its entity, and one of form \"alias\" is one of its listed aliases.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      // A mention whose "exact" is not the text at its offsets is selector-anchoring's to
      // report; judging its form too would report one slip twice.
      const src = corpus.sources.get(file.name);
      const text = src?.text && src.sha256 === r.source.sha256 ? src.text : undefined;
      // The corrections that stand over a span: the words the text should have had there.
      const corrections = (start: number, end: number) =>
        r.sourceIssues.filter((s) => typeof s.corrected === 'string' && s.target.start <= start && end <= s.target.end).map((s) => s.corrected as string);
      r.entities.forEach((listed, i) => {
        const entity = corpus.registry.get(listed.entity)?.record;
        if (!entity) return;
        listed.mentions.forEach((m, j) => {
          if (m.form !== 'name' && m.form !== 'alias') return;
          const names = m.form === 'name' ? [entity.name] : entity.aliases.filter((a) => a !== entity.name);
          const reads = (words: string) => names.includes(words) || (m.form === 'name' && words === entity.name.toUpperCase());
          if (text && (m.end > text.length || text.slice(m.start, m.end) !== m.exact)) return;
          const words = m.exact;
          if (reads(words)) return;
          if (corrections(m.start, m.end).some((c) => names.some((n) => reads(c) || [...wholeWords(c, n)].length > 0))) return;
          const path = ['entities', i, 'mentions', j, 'form'];
          if (m.form === 'alias' && words === entity.name) {
            report({ file, path, message: `"${words}" is the registry's name of "${entity.id}", not an alias; set the form to "name"` });
          } else if (m.form === 'name') {
            const alias = entity.aliases.includes(words);
            report({ file, path, message: `"${words}" is not the registry's name of "${entity.id}" ("${entity.name}")${alias ? '; it is a listed alias: set the form to "alias"' : `; use the form that fits ("alias" once "${words}" is listed among the entity's aliases, where the entity goes by it), or record a misspelling as a "wrong-name" source issue corrected to the name`}` });
          } else {
            report({ file, path, message: `"${words}" is not among the listed aliases of "${entity.id}" (${entity.aliases.length ? entity.aliases.map((a) => `"${a}"`).join(', ') : 'none'}); add it to the entity's aliases where the entity goes by it, record a misspelling as a "wrong-name" source issue corrected to an alias, or choose the form that fits` });
          }
        });
      });
    }
  },
};
export default rule;
