// @ts-check
// What the page holds: the open record's state and the registry context, shared by every
// module. Drawing is left to the editor, which registers itself here, so that forms can
// ask for a new drawing without importing the editor.

/** @typedef {{start: number, end: number, exact: string}} Span */
/** @typedef {{file: string, line: number, column: number, severity: string, message: string, pointer: string, rule: string}} Problem */
/** @typedef {{value: any, version: string | null}} PendingFile */

/**
 * @type {{ st: any, ctx: any }} the open record (null on the list of records) and the
 * registry context: `ctx.entities` and `ctx.events` are the files on disk as {value, version};
 * `st.pending` holds the entity and registry event files made or edited with the record,
 * by id, until they are saved with it.
 */
export const app = { st: null, ctx: null };

let draw = () => {};

/** Sets the function that draws the open record. */
export function setRenderer(fn) {
  draw = fn;
}

/** Draws the open record again, if one is open. */
export function render() {
  if (app.st) draw();
}

/**
 * Opens the form for one kind of annotation; `ref` is the path of the item it edits. A form
 * opened from inside another (`nested`) keeps that one, with its values, to return to; any
 * other form replaces the open one only when nothing was typed into it, or the user agrees.
 */
export function openForm(kind, ref = null, options = {}) {
  const st = app.st;
  if (!st) return;
  if (st.form && options.nested) st.formStack.push(st.form);
  else if (st.form?.touched && !window.confirm('The open form has values not applied yet. Discard them?')) return;
  else st.formStack = [];
  st.form = { kind, ref, ...options };
  render();
}

/**
 * Closes the open form and returns to the one it was opened from, if any; `made` (the id of
 * an entity or registry event just made) goes into the field that asked for it.
 */
export function closeForm(made = null) {
  const st = app.st;
  const closing = st.form;
  st.form = st.formStack.pop() ?? null;
  render();
  const field = made && closing?.into && st.form?.el?.querySelector(`#${closing.into}`);
  if (field instanceof HTMLSelectElement && ![...field.options].some((o) => o.value === made)) field.append(new Option(made, made));
  if (field) field.value = made;
}

/** The value at a path of the record. */
export function at(record, ref) {
  return ref.reduce((o, k) => o?.[k], record);
}

/** A vocabulary's values with their definitions. */
export const vocab = (name) => Object.entries(app.ctx.vocabularies[name] ?? {});

/** Files on disk overlaid by the ones being edited with the record, as {value, version}. */
function files(kind) {
  const byId = new Map(app.ctx[kind].map((f) => [f.value.id, f]));
  for (const [id, f] of Object.entries(app.st?.pending?.[kind] ?? {})) byId.set(id, f);
  return [...byId.values()].sort((a, b) => (a.value.id < b.value.id ? -1 : 1));
}

/** Every entity of the registry, with those made or edited here. */
export const entities = () => files('entities').map((f) => f.value);
/** Every registry event, with those made or edited here. */
export const registryEvents = () => files('events').map((f) => f.value);
/** One entity or registry event file as {value, version}, or undefined. */
export const fileOf = (kind, id) => files(kind).find((f) => f.value.id === id);

/** An entity id from what was typed: the id itself, or a name or alias that names one entity. */
export function entityId(typed) {
  const t = typed.trim();
  const all = entities();
  if (all.some((e) => e.id === t)) return t;
  const lower = t.toLowerCase();
  const hits = all.filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  return hits.length === 1 ? hits[0].id : null;
}

/** The value of a form field by its id. */
export const val = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id))?.value ?? '';

/** Ids typed comma-separated. */
export const ids = (v) => v.split(',').map((x) => x.trim()).filter(Boolean);
