// @ts-check
// What the page holds: the open record's state and the registry context, shared by every
// module. Drawing is left to the editor, which registers itself here, so that forms can
// ask for a new drawing without importing the editor.

/** @typedef {{start: number, end: number, exact: string}} Span */
/** @typedef {{file: string, line: number, column: number, severity: string, message: string, pointer: string, rule: string}} Problem */

/** @type {{ st: any, ctx: any }} the open record (null on the list of records) and the registry context */
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

/** Opens the form for one kind of annotation; `ref` is the path of the item it edits. */
export function openForm(kind, ref = null) {
  if (!app.st) return;
  app.st.form = { kind, ref };
  render();
}

/** The value at a path of the record. */
export function at(record, ref) {
  return ref.reduce((o, k) => o?.[k], record);
}

/** A vocabulary's values with their definitions. */
export const vocab = (name) => Object.entries(app.ctx.vocabularies[name] ?? {});

/** An entity id from what was typed: the id itself, or a name or alias that names one entity. */
export function entityId(typed) {
  const t = typed.trim();
  if (app.ctx.entities.some((e) => e.id === t)) return t;
  const lower = t.toLowerCase();
  const hits = app.ctx.entities.filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  return hits.length === 1 ? hits[0].id : null;
}

/** The value of a form field by its id. */
export const val = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id))?.value ?? '';

/** Ids typed comma-separated. */
export const ids = (v) => v.split(',').map((x) => x.trim()).filter(Boolean);
