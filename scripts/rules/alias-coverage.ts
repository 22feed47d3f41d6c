import type { Rule } from '../lib/rule.ts';
import { validRecords } from '../lib/corpus.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One compiled pattern per name, shared by every article.
const patterns = new Map<string, RegExp>();
function patternFor(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) patterns.set(name, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu')));
  return re;
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
      const covered = [...r.entities.flatMap((e) => e.mentions), ...r.boilerplate.map((b) => b.span)];
      const inside = (start: number, end: number) => covered.some((s) => s.start <= start && end <= s.end);
      r.entities.forEach((listed, i) => {
        const entity = corpus.registry.get(listed.entity)?.record;
        if (!entity) return;
        // Longest names first, so that "Acme" inside an unmentioned "Acme Phones" is one warning.
        const names = [...new Set([entity.name, ...entity.aliases])].sort((a, b) => b.length - a.length);
        const reported: [number, number][] = [];
        for (const name of names) {
          // A cheap substring test first: most names do not occur in most texts.
          if (!text.text.includes(name)) continue;
          for (const m of text.text.matchAll(patternFor(name))) {
            const start = text.codePoint(m.index);
            const end = start + [...name].length;
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
