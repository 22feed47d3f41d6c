// @ts-check
// Who is working: the name that signs the history entry of one's work, kept in this browser.
const KEY = 'huawei-trade-news-workbench-author';

export const author = () => (localStorage.getItem(KEY) ?? '').trim();
export const setAuthor = (name) => localStorage.setItem(KEY, name.trim());
