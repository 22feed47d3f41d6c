// @ts-check
// Every call the page makes to the workbench server, which reads and writes the data tree
// and runs the validator's rules on each change. A change is the record with the entity
// and registry event files made or edited with it: {record, entities, events}.

async function api(method, url, body) {
  const res = await fetch(url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

/** The entity and registry event files, the vocabularies with their definitions, the event types. */
export const getContext = () => api('GET', '/api/context');
/** Every record with its headline, review status and counts of problems. */
export const listArticles = () => api('GET', '/api/articles');
/** Starts a draft from a pasted text, as `npm run new` does. */
export const startArticle = (id, text, language) => api('POST', '/api/articles', { id, text, language });
/** One record, its source text, its problems, the version of the file, and any kept draft. */
export const getArticle = (id) => api('GET', `/api/articles/${id}`);
/** Checks a change with the validator's rules, over every file it touches, without writing it. */
export const checkArticle = (id, change) => api('POST', `/api/articles/${id}/check`, change);
/** Writes a change, all or none; refused when a file changed on disk since the page read it. */
export const saveArticle = (id, change, version) => api('POST', `/api/articles/${id}`, { ...change, version });
/** Keeps unsaved work beside the record, to be offered back when it is opened again. */
export const keepDraft = (id, change, version) => api('POST', `/api/articles/${id}/draft`, { ...change, version });
/** The unsaved work kept for a record. */
export const getDraft = (id) => api('GET', `/api/articles/${id}/draft`);
/** Drops the unsaved work kept for a record. */
export const discardDraft = (id) => api('POST', `/api/articles/${id}/discard-draft`, {});
/** Renames a draft record (its file, its text and its kept work). */
export const renameArticle = (id, to, version) => api('POST', `/api/articles/${id}/rename`, { to, version });
/** Deletes a draft record and its text. */
export const deleteArticle = (id, version) => api('POST', `/api/articles/${id}/delete`, { version });
/** Writes a review pass into the record's history. */
export const writeReview = (id, pass) => api('POST', `/api/articles/${id}/review`, pass);
