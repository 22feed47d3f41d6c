// @ts-check
// Building the page's elements. Article text only ever goes in as text nodes, so a source
// holding markup stays text.

const statusEl = /** @type {HTMLElement} */ (document.getElementById('status'));

/** Creates an element; string children become text nodes (never markup). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** At most n characters, with an ellipsis when cut: a cut never looks like the whole span. */
export function clip(s, n = 60) {
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n).join('') + '…' : s;
}

/** Tells the user what happened, in the status line a screen reader announces. */
export function say(message, isError = false) {
  statusEl.textContent = message;
  statusEl.className = isError ? 'error' : '';
}
