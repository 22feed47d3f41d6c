import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { wholeWords } from '../whole-words.ts';

// Each entity's names, longest first, with their lengths in code points; once per entity record.
const namesOf = new WeakMap<object, { name: string; length: number }[]>();

/** Whether a span lies within one of the spans, asking first the likeliest: one that starts with it. */
function coverage(spans: { start: number; end: number }[]): (start: number, end: number) => boolean {
  const endFrom = new Map<number, number>();
  for (const s of spans) if ((endFrom.get(s.start) ?? -1) < s.end) endFrom.set(s.start, s.end);
  return (start, end) => (endFrom.get(start) ?? -1) >= end || spans.some((s) => s.start <= start && end <= s.end);
}

/**
 * Mentions are complete: each occurrence of a listed entity's name or alias lies in a
 * mention (of it or of another entity, in any form: a name used as an adjective is a
 * mention of form "modifier") or in boilerplate. A warning, not an error, since a
 * name can also name something else ("US" the country or its government).
 */
const rule: Rule = {
  name: 'alias-coverage',
  description: "Warns where a listed entity's name or alias occurs in the text outside every recorded mention.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const src = corpus.sources.get(file.name);
      if (!src?.text || src.sha256 !== file.record.source.sha256) continue;
      const text = src.text;
      const r = file.record;
      // The spans that cover a name, gathered once a name is found.
      let covers: ((start: number, end: number) => boolean) | undefined;
      const inside = (start: number, end: number) => (covers ??= coverage([...r.entities.flatMap((e) => e.mentions), ...r.boilerplate.map((b) => b.span)]))(start, end);
      r.entities.forEach((listed, i) => {
        const entity = corpus.registry.get(listed.entity)?.record;
        if (!entity) return;
        // Longest names first, so that "Acme" inside an unmentioned "Acme Phones" is one warning.
        let names = namesOf.get(entity);
        if (!names) {
          names = [...new Set([entity.name, ...entity.aliases])].sort((a, b) => b.length - a.length).map((name) => ({ name, length: [...name].length }));
          namesOf.set(entity, names);
        }
        const reported: [number, number][] = [];
        for (const { name, length } of names) {
          for (const index of wholeWords(text.text, name)) {
            const start = text.codePoint(index);
            const end = start + length;
            if (inside(start, end) || reported.some(([s, e]) => s <= start && end <= e)) continue;
            reported.push([start, end]);
            const { line, column } = text.lineColumn(start);
            report({
              file,
              path: ['entities', i, 'mentions'],
              severity: 'warning',
              message: `"${name}" at [${start}, ${end}) (source line ${line}, column ${column}) is not a recorded mention; add it to the mentions of "${listed.entity}" (or of the entity it names there), with the form "modifier" where the name is used as an adjective ("US carriers")`,
            });
          }
        }
      });
    }
  },
};
export default rule;
