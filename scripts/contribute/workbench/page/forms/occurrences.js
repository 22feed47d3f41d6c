// @ts-check
// Marking every occurrence in one step: the places where the selected words, or the
// entity's name and aliases, stand in the text as whole words, listed for confirmation.
// A place another mention already holds is skipped; one inside boilerplate is listed but
// left unticked. Each mention's form follows the registry: the entity's name is `name`, an
// alias is `alias`, anything else takes the form chosen.
import { clip, h, say } from '../dom.js';
import { change } from '../edits.js';
import { app, entities, vocab } from '../state.js';
import { panel } from './fields.js';

const WORD = /[\p{L}\p{N}]/u;

/** The places of `words` in the text that stand as whole words. */
function wholeWords(words) {
  const t = app.st.text;
  return t.find(words).filter((start) => {
    const end = start + [...words].length;
    return !WORD.test(t.slice(Math.max(0, start - 1), start)) && !WORD.test(t.slice(end, Math.min(t.n, end + 1)));
  }).map((start) => ({ start, end: start + [...words].length }));
}

/** Candidate mentions of an entity: its names and the words given, not yet held by a mention. */
export function candidates(entityId, words) {
  const e = entities().find((x) => x.id === entityId);
  if (!e) return [];
  const r = app.st.record;
  const held = r.entities.flatMap((l) => l.mentions);
  const boiler = (r.boilerplate ?? []).map((b) => b.span);
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const seen = new Set();
  const out = [];
  for (const w of new Set([words, e.name, ...e.aliases].filter((x) => x && x.trim()))) {
    for (const p of wholeWords(w)) {
      if (seen.has(p.start) || held.some((m) => overlaps(m, p))) continue;
      seen.add(p.start);
      out.push({ ...p, exact: w, form: w === e.name ? 'name' : e.aliases.includes(w) ? 'alias' : null, inBoilerplate: boiler.some((b) => overlaps(b, p)) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function occurrencesForm(f) {
  const found = candidates(f.entity, f.words);
  const t = app.st.text;
  const forms = vocab('mentionForm').map(([v]) => v);
  const boxes = found.map((c, i) => h('li', {},
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'occurrence', value: i, checked: !c.inBoilerplate }), ` [${c.start}, ${c.end}) …${clip(t.slice(Math.max(0, c.start - 30), c.start), 30)}[${c.exact}]${clip(t.slice(c.end, Math.min(t.n, c.end + 30)), 30)}…${c.inBoilerplate ? ' (in boilerplate)' : ''}`),
    h('select', { name: 'occurrence-form', 'aria-label': `Form of the mention at [${c.start}, ${c.end})` }, forms.map((v) => h('option', { value: v, selected: v === (c.form ?? f.form) }, v)))));
  return panel(`Mark every occurrence as ${f.entity}`, [
    h('p', { class: 'muted' }, found.length ? `${found.length} place(s) not held by a mention. Untick any that does not name ${f.entity}.` : `Every occurrence of ${f.entity}'s names${f.words ? ` and of “${f.words}”` : ''} is already a mention.`),
    h('p', { class: 'definition' }, 'The registry\'s name is "name" and its aliases "alias"; a name used as an adjective ("US carriers") is a "modifier": change the form of such a place before you apply.'),
    h('fieldset', { 'data-autofocus': true, tabindex: -1 }, h('legend', {}, 'Places'), h('ul', {}, boxes)),
  ], () => {
    const chosen = boxes.map((b, i) => [b.querySelector('input')?.checked, { ...found[i], form: b.querySelector('select')?.value }]).filter(([on]) => on).map(([, c]) => c);
    if (!chosen.length) return say('tick at least one place', true);
    change((rec) => {
      let e = rec.entities.find((x) => x.entity === f.entity);
      if (!e) rec.entities.push((e = { entity: f.entity, mentions: [] }));
      for (const c of chosen) e.mentions.push({ start: c.start, end: c.end, exact: c.exact, form: c.form });
    }, `${chosen.length} mention(s) of ${f.entity}`, { closeParent: true });
  });
}
