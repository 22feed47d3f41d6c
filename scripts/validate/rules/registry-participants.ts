import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';

/**
 * An article event that reports the same real-world event as a registry event agrees with
 * it on who acted: the registry's agents take part in it, and its own agents take part in
 * the registry event. Where the text names them otherwise, the event's note says why. A
 * warning, since an article may name the actor loosely ("the Trump administration").
 */
const rule: Rule = {
  name: 'registry-participants',
  description: "Warns where an article event that is the same as a registry event lacks the registry's agents, or names agents the registry event lacks, with no note saying why.",
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      file.record.events.forEach((ev, i) => {
        if (ev.registry?.relation !== 'same' || ev.note) return;
        const target = corpus.eventRegistry.get(ev.registry.event)?.record;
        if (!target) return; // registry-links reports a link to nothing
        const here = new Set(ev.participants.map((p) => p.entity));
        const there = new Set(target.participants.map((p) => p.entity));
        const missing = target.participants.filter((p) => p.role === 'agent' && !here.has(p.entity)).map((p) => p.entity);
        const extra = ev.participants.filter((p) => p.role === 'agent' && !there.has(p.entity)).map((p) => p.entity);
        if (missing.length === 0 && extra.length === 0) return;
        const what = [missing.length ? `lacks the registry's agent(s) ${missing.map((e) => `"${e}"`).join(', ')}` : '', extra.length ? `names agent(s) ${extra.map((e) => `"${e}"`).join(', ')} that "${target.id}" does not` : ''].filter(Boolean).join(' and ');
        report({ file, path: ['events', i, 'participants'], severity: 'warning', message: `"${ev.id}" is the same event as "${target.id}" but ${what}; correct the participants, or say in the event's note why the text names them otherwise` });
      });
    }
  },
};
export default rule;
