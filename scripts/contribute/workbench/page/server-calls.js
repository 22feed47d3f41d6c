// @ts-check
// Every call the page makes to the workbench server, which reads and writes the data tree
// and runs the validator's rules on each change.

async function api(method, url, body) {
  const res = await fetch(url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

/** The entity registry, the registry events and the vocabularies with their definitions. */
export const getContext = () => api('GET', '/api/context');
/** Every record with its headline, review status and counts of problems. */
export const listArticles = () => api('GET', '/api/articles');
/** Starts a draft from a pasted text, as `npm run new` does. */
export const startArticle = (id, text, language) => api('POST', '/api/articles', { id, text, language });
/** One record, its source text, its problems and the version of the file on disk. */
export const getArticle = (id) => api('GET', `/api/articles/${id}`);
/** Checks an edited record with the validator's rules without writing it. */
export const checkArticle = (id, record) => api('POST', `/api/articles/${id}/check`, { record });
/** Writes the record, refused when the file changed on disk since `version`. */
export const saveArticle = (id, record, version) => api('POST', `/api/articles/${id}`, { record, version });
/** Writes a review pass into the record's history. */
export const writeReview = (id, pass) => api('POST', `/api/articles/${id}/review`, pass);
/** Creates an entity file in the registry. */
export const createEntity = (entity) => api('POST', '/api/entities', { entity });
