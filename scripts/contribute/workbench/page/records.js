// @ts-check
// The start page: every record with its review status and problems, and the form that
// starts a draft from a pasted text.
import { h, say } from './dom.js';
import { listArticles, startArticle } from './server-calls.js';
import { app } from './state.js';

export async function showList() {
  app.st = null;
  /** @type {HTMLElement} */ (document.getElementById('actions')).hidden = true;
  const { articles } = await listArticles();
  /** @type {HTMLElement} */ (document.getElementById('main')).replaceChildren(
    h('h2', {}, 'Records'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Record'), h('th', { scope: 'col' }, 'Headline'), h('th', { scope: 'col' }, 'Review'), h('th', { scope: 'col' }, 'Open problems'))),
      h('tbody', {}, articles.map((a) => h('tr', {}, h('td', {}, h('a', { href: `#/article/${a.id}` }, a.id)), h('td', {}, a.headline ?? '(no headline yet)'), h('td', {}, a.status ?? ''), h('td', {}, `${a.errors} error(s), ${a.warnings} warning(s)`))))),
    h('h2', {}, 'Start an article from its text'),
    newArticleForm(),
  );
  say(`${articles.length} record(s)`);
}

function newArticleForm() {
  const idInput = h('input', { id: 'new-id', name: 'id', required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*', placeholder: '2026-01-05-some-words' });
  const textInput = h('textarea', { id: 'new-text', name: 'text', rows: 8, required: true });
  const langInput = h('input', { id: 'new-lang', name: 'language', value: 'en', size: 5 });
  return h('form', { class: 'panel', onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const made = await startArticle(idInput.value, textInput.value, langInput.value);
      location.hash = `#/article/${made.id}`;
    } catch (e) { say(e.message, true); }
  } },
    h('label', { for: 'new-id' }, 'Id: the publication date at the precision known, then a few words'), idInput,
    h('label', { for: 'new-lang' }, 'Language (BCP 47)'), langInput,
    h('label', { for: 'new-text' }, 'The article text, exactly as published (it is kept byte for byte)'), textInput,
    h('button', { type: 'submit', class: 'primary' }, 'Start the draft'));
}
