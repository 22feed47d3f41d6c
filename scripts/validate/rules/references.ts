import type { Rule } from '../rule.ts';
import { validRecords } from '../corpus.ts';
import { nearest } from '../did-you-mean.ts';

/**
 * Every id a record refers to exists: entities in the registry (and, for participants,
 * places, speakers and outlets, in the record's own entity list), events and quotes in the
 * record. An event's place is an entity of kind place or country.
 */
const rule: Rule = {
  name: 'references',
  description: 'Every referenced entity, event and quote id exists; registry entities no record uses are reported.',
  check({ corpus, report }) {
    for (const file of validRecords(corpus.articles)) {
      const r = file.record;
      const listed = new Set(r.entities.map((e) => e.entity));
      const events = new Set(r.events.map((e) => e.id));
      const quotes = new Set(r.quotes.map((q) => q.id));
      const entity = (id: string, path: (string | number)[], mustBeListed: boolean) => {
        if (!corpus.registry.has(id)) {
          const kind = events.has(id) ? 'an event' : quotes.has(id) ? 'a quote' : r.sourceIssues.some((s) => s.id === id) ? 'a source issue' : undefined;
          if (kind) report({ file, path, message: `"${id}" is ${kind} of this record, not an entity; give an entity id here` });
          else {
            const near = nearest(id, corpus.registry.keys());
            const hint = near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? Correct the id, or add data/entities/${id}.json` : `add data/entities/${id}.json or correct the id`;
            report({ file, path, message: `entity "${id}" does not exist; ${hint}` });
          }
        } else if (mustBeListed && !listed.has(id)) {
          report({ file, path, message: `entity "${id}" is not in this record's "entities"; add it there with its mentions` });
        }
      };
      r.entities.forEach((e, i) => entity(e.entity, ['entities', i, 'entity'], false));
      if (r.source.publisher.entity !== null) entity(r.source.publisher.entity, ['source', 'publisher', 'entity'], false);
      r.events.forEach((ev, i) => ev.participants.forEach((p, j) => entity(p.entity, ['events', i, 'participants', j, 'entity'], true)));
      r.events.forEach((ev, i) => {
        if (ev.place === undefined) return;
        entity(ev.place, ['events', i, 'place'], true);
        const kind = corpus.registry.get(ev.place)?.record?.kind;
        // A place is somewhere: a country or a place, not the company or person acting there.
        if (kind !== undefined && kind !== 'place' && kind !== 'country') report({ file, path: ['events', i, 'place'], message: `"${ev.place}" is of kind "${kind}", and an event's place is an entity of kind place or country; give the place where it happened, or leave "place" out` });
      });
      r.quotes.forEach((q, i) => {
        if (q.speaker.entity !== null) entity(q.speaker.entity, ['quotes', i, 'speaker', 'entity'], true);
        if (q.via !== undefined) entity(q.via, ['quotes', i, 'via'], true);
        q.about.forEach((id, j) => {
          if (!events.has(id)) report({ file, path: ['quotes', i, 'about', j], message: `event "${id}" does not exist in this record; correct the id or add the event` });
        });
      });
      r.sourceIssues.forEach((s, i) => {
        if (s.quote !== undefined && !quotes.has(s.quote)) {
          report({ file, path: ['sourceIssues', i, 'quote'], message: `quote "${s.quote}" does not exist in this record; correct the id` });
        }
      });
    }
    for (const file of validRecords(corpus.entities)) {
      file.record.roles.forEach((role, i) => {
        if (role.organization !== null && !corpus.registry.has(role.organization)) {
          const near = nearest(role.organization, corpus.registry.keys());
          const hint = near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}? ` : '';
          report({ file, path: ['roles', i, 'organization'], message: `entity "${role.organization}" does not exist; ${hint}add data/entities/${role.organization}.json, correct the id, or use null` });
        }
      });
    }
    if (!corpus.complete) return;
    // Corpus-wide: every entity is used by a record or by another entity's role.
    const used = new Set(corpus.entityUse);
    for (const e of corpus.registry.values()) for (const role of e.record?.roles ?? []) if (role.organization) used.add(role.organization);
    for (const ev of corpus.eventRegistry.values()) for (const p of ev.record?.participants ?? []) used.add(p.entity);
    for (const file of validRecords([...corpus.registry.values()])) {
      if (!used.has(file.name)) {
        report({ file, path: ['id'], severity: 'warning', message: `no record, role or registry event refers to entity "${file.name}"; link it from a record or remove the file` });
      }
    }
  },
};
export default rule;
