import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { wholeWords } from '../whole-words.ts';
import type { Entity } from '../../../types/index.d.ts';

// Each entity's names, with their lengths in code points, once per entity record.
const names = new WeakMap<Entity, { name: string; length: number }[]>();
function namesOf(entity: Entity): { name: string; length: number }[] {
  let out = names.get(entity);
  if (!out) names.set(entity, (out = [...new Set([entity.name, ...entity.aliases])].map((name) => ({ name, length: [...name].length }))));
  return out;
}

/**
 * A listed entity's name inside another entity's title or description mention ("Huawei" in
 * "Huawei founder") names it there, and needs a mention of its own: alias coverage counts
 * that place as covered by the longer mention, so nothing else would ask for it. A warning
 * per entity, at the first such place, with the count.
 */
const rule: Rule = {
  name: 'hidden-names',
  description: "Warns where a listed entity's name stands inside another entity's title or description mention with no mention of its own there.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const containers = r.entities.flatMap((e, i) => e.mentions.map((m, j) => ({ m, path: ['entities', i, 'mentions', j], owner: e.entity })).filter(({ m }) => m.form === 'title' || m.form === 'description'));
      if (containers.length === 0) continue;
      for (const listed of r.entities) {
        const entity = corpus.registry.get(listed.entity)?.record;
        if (!entity) continue;
        const places: { path: (string | number)[]; name: string; owner: string; exact: string; form: string }[] = [];
        for (const c of containers) {
          if (c.owner === listed.entity) continue;
          for (const { name, length } of namesOf(entity)) {
            // Most mentions hold none of the names: a plain search first.
            if (!c.m.exact.includes(name)) continue;
            for (const index of wholeWords(c.m.exact, name)) {
              const start = c.m.start + [...c.m.exact.slice(0, index)].length;
              const end = start + length;
              if (!listed.mentions.some((m) => m.start <= start && end <= m.end)) places.push({ path: c.path, name, owner: c.owner, exact: c.m.exact, form: c.m.form });
            }
          }
        }
        const first = places[0];
        if (!first) continue;
        report({
          file,
          path: first.path,
          severity: 'warning',
          message: `"${first.name}" inside the ${first.form} mention "${first.exact}" of "${first.owner}" names "${listed.entity}", which has no mention there${places.length > 1 ? ` (nor at ${places.length - 1} other such place(s))` : ''}; add its mention at those words, with the form "modifier" where the name is used as an adjective`,
        });
      }
    }
  },
};
export default rule;
