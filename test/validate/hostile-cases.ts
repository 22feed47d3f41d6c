// The hostile and broken inputs the validator must survive: shared by the bad-input suite
// and by the test that compares the validator's parallel and single-threaded output.
import type { Edit } from '../helpers.ts';

export const A = 'articles/2020-01-fixture-deal.json';
const S = 'sources/2020-01-fixture-deal.txt';
export const H = 'entities/huawei.json';
export const SENTINEL: Edit = { file: 'entities/example-news.json', op: 'replace', path: '/wikidata', value: 'Q0' };
export const ARTICLE_SENTINEL: Edit = { file: A, op: 'replace', path: '/boilerplate/0/kind', value: 'menu' };

export interface HostileCase {
  name: string;
  edits: Edit[];
  /** The file the error must name, relative to the tree. */
  file: string;
  /** Text the error message must contain. */
  includes: string;
  /** A warning, not an error (the sentinel still makes the run fail). */
  warning?: boolean;
  sentinel?: 'entity' | 'article';
}

export const text = (file: string, find: string, replace: string): Edit => ({ file, op: 'text', find, replace });
const set = (file: string, p: string, value: unknown): Edit => ({ file, op: 'replace', path: p, value });

export const categories: Record<string, HostileCase[]> = {
  'JSON syntax': [
    { name: 'a truncated file', edits: [{ file: A, op: 'write', value: '{\n  "id": "2020-01-fixture-deal",\n  "source": {\n    "sha' }], file: A, includes: 'invalid JSON' },
    { name: 'a trailing comma in an object', edits: [text(H, '"roles": []', '"roles": [],')], file: H, includes: 'invalid JSON' },
    { name: 'a trailing comma in an array', edits: [text(H, '"aliases": []', '"aliases": ["Huawei Technologies",]')], file: H, includes: 'invalid JSON' },
    { name: 'a line comment', edits: [text(H, '{', '{ // the maker')], file: H, includes: 'comments are not allowed' },
    { name: 'a block comment', edits: [text(H, '{', '{ /* the maker */')], file: H, includes: 'comments are not allowed' },
    { name: 'a byte-order mark', edits: [{ file: H, op: 'bytes', hex: 'efbbbf', at: 'start' }], file: H, includes: 'byte-order mark' },
    { name: 'an empty file', edits: [{ file: H, op: 'write', value: '' }], file: H, includes: 'the file is empty' },
    { name: 'a whitespace-only file', edits: [{ file: H, op: 'write', value: ' \n\t\n' }], file: H, includes: 'the file is empty' },
    { name: 'a raw NUL byte between values', edits: [text(H, '"kind"', '\u0000"kind"')], file: H, includes: 'invalid JSON' },
    { name: 'a raw NUL byte inside a string', edits: [text(H, 'Chinese maker', 'Chinese\u0000maker')], file: H, includes: 'invalid JSON' },
    { name: 'invalid UTF-8', edits: [{ file: H, op: 'bytes', hex: 'ff', at: 'end' }], file: H, includes: 'not valid UTF-8' },
    { name: 'an overlong UTF-8 sequence', edits: [{ file: H, op: 'bytes', hex: 'c0af', at: 'end' }], file: H, includes: 'not valid UTF-8' },
    { name: 'a lone surrogate escape', edits: [text(H, 'Chinese maker', 'Chinese \\udc00maker')], file: H, includes: 'lone surrogate' },
    { name: 'an unquoted key', edits: [text(H, '"kind": "company"', 'kind: "company"')], file: H, includes: 'invalid JSON' },
    { name: 'a single-quoted string', edits: [text(H, '"kind": "company"', "\"kind\": 'company'")], file: H, includes: 'invalid JSON' },
    { name: 'a NaN literal', edits: [text(A, '"length": 273', '"length": NaN')], file: A, includes: 'invalid JSON' },
  ],
  structure: [
    { name: 'a string where a number belongs', edits: [set(A, '/source/length', '273')], file: A, includes: 'must be integer, found string' },
    { name: 'an object where an array belongs', edits: [set(A, '/events', {})], file: A, includes: 'must be array, found object' },
    { name: 'null where an object belongs', edits: [set(A, '/source', null)], file: A, includes: 'must be object, found null' },
    { name: 'an array where a string belongs', edits: [set(H, '/name', ['Huawei'])], file: H, includes: 'must be string, found array' },
    { name: 'a boolean id', edits: [set(H, '/id', true)], file: H, includes: 'must be string, found boolean' },
    { name: 'a negative offset', edits: [set(A, '/quotes/0/content/start', -1)], file: A, includes: 'must be at least 0' },
    { name: 'a fractional offset', edits: [set(A, '/quotes/0/content/start', 108.5)], file: A, includes: 'must be integer, found number' },
    { name: 'a quote without a speaker', edits: [{ file: A, op: 'remove', path: '/quotes/0/speaker' }], file: A, includes: 'missing required property "speaker"' },
    { name: 'a record without review', edits: [{ file: A, op: 'remove', path: '/review' }], file: A, includes: 'missing required property "review"' },
    { name: 'a misspelt property name', edits: [{ file: A, op: 'add', path: '/events/0/sumary', value: 'A typo.' }], file: A, includes: 'did you mean "summary"' },
    { name: 'a misspelt vocabulary value', edits: [set(A, '/events/0/type', 'sales-deal-begun')], file: A, includes: 'did you mean "sales-deal-started"' },
    { name: 'an empty string', edits: [set(A, '/events/0/summary', '')], file: A, includes: 'must not be empty' },
    { name: 'a whitespace-only string', edits: [set(H, '/description', '   ')], file: H, includes: 'not in the expected form' },
    { name: 'a duplicate key', edits: [text(H, '"kind": "company",', '"kind": "company",\n  "kind": "person",')], file: H, includes: 'key "kind" appears twice' },
    { name: 'a duplicate key inside a selector', edits: [text(A, '"start": 108,', '"start": 108,\n          "start": 0,')], file: A, includes: 'key "start" appears twice' },
    { name: 'a __proto__ key', edits: [text(H, '"roles": []', '"roles": [],\n  "__proto__": { "polluted": true }')], file: H, includes: '"__proto__" is not an allowed key' },
    { name: 'a constructor key', edits: [text(H, '"roles": []', '"roles": [],\n  "constructor": { "prototype": { "polluted": true } }')], file: H, includes: '"constructor" is not an allowed key' },
    { name: 'a prototype key', edits: [text(H, '"roles": []', '"roles": [],\n  "prototype": {}')], file: H, includes: '"prototype" is not an allowed key' },
    // Sorting citations by id must not call the id's own "toString" (String() would throw).
    { name: 'a sort key that is an object with a toString key', edits: [{ file: H, op: 'add', path: '/citations/0', value: { id: { toString: 1 }, publication: 'P' } }], file: H, includes: 'citations/0/id' },
  ],
  references: [
    { name: 'a dangling participant', edits: [set(A, '/events/0/participants/0/entity', 'acme-phone')], file: A, includes: 'entity "acme-phone" does not exist' },
    { name: 'a dangling speaker', edits: [set(A, '/quotes/0/speaker/entity', 'john-doe')], file: A, includes: 'entity "john-doe" does not exist' },
    { name: 'an entity reference to an event', edits: [set(A, '/events/1/participants/0/entity', 'ev-acme-sells-huawei')], file: A, includes: 'is an event of this record, not an entity' },
    { name: 'an event reference to a quote', edits: [set(A, '/quotes/0/about/0', 'q-roe-pleased')], file: A, includes: 'not in the expected form' },
    { name: 'a source issue about a missing quote', edits: [{ file: A, op: 'add', path: '/sourceIssues/0/quote', value: 'q-nobody' }], file: A, includes: 'quote "q-nobody" does not exist' },
    { name: 'two events with one id', edits: [set(A, '/events/1/id', 'ev-acme-sells-huawei')], file: A, includes: 'is already used at /events/0' },
    { name: 'an id that differs from its file name', edits: [set(H, '/id', 'huawei-technologies')], file: H, includes: 'differs from the file name' },
    { name: 'an entity no record uses', edits: [{ file: 'entities/orphan-co.json', op: 'write', value: { id: 'orphan-co', name: 'Orphan Co', kind: 'company', aliases: [], wikidata: null, country: null, description: 'Used by nothing.', roles: [], citations: [], note: 'Fictional.' } }], file: 'entities/orphan-co.json', includes: 'refers to entity "orphan-co"', warning: true },
  ],
  anchoring: [
    { name: 'an offset off by one', edits: [set(A, '/entities/2/mentions/0/start', 131)], file: A, includes: 'which is "ane Roe"' },
    { name: 'a changed exact', edits: [set(A, '/quotes/0/content/exact', 'We are pleased!')], file: A, includes: 'is not the text at [108, 123)' },
    { name: 'a source edited and its sha256 forged', edits: [text(S, 'Acme Phones 🚀', 'Acmé Phones 🚀'), set(A, '/source/sha256', '0'.repeat(64))], file: A, includes: 'not the pinned' },
    { name: 'CRLF line endings introduced into the source', edits: [text(S, 'Menu | Home\n', 'Menu | Home\r\n')], file: A, includes: 'not the pinned' },
    { name: 'text appended to the source', edits: [{ file: S, op: 'bytes', hex: '4d6f7265', at: 'end' }], file: A, includes: 'not the pinned 273' },
    { name: 'a sha256 mismatch', edits: [set(A, '/source/sha256', 'f'.repeat(64))], file: A, includes: 'restore the original bytes' },
    { name: 'a selector past the end of the text', edits: [set(A, '/boilerplate/1/span/end', 9999)], file: A, includes: 'past the end of the text' },
    { name: 'a selector that ends before it starts', edits: [set(A, '/events/0/trigger/end', 10)], file: A, includes: 'must be greater than start' },
    { name: 'UTF-16 offsets after an emoji', edits: [set(A, '/entities/1/mentions/1/start', 91), set(A, '/entities/1/mentions/1/end', 97)], file: A, includes: 'is not the text at [91, 97)' },
    { name: 'exact in NFD while the text is NFC', edits: [set(A, '/entities/0/mentions/0/exact', 'Acme Phones'.normalize('NFD') + '\u0301')], file: A, includes: 'is not the text' },
  ],
  dates: [
    { name: '2019-02-30', edits: [set(A, '/events/0/dates/0/value', '2019-02-30')], file: A, includes: '2019-02 has 28 days' },
    { name: '2019-13-01', edits: [set(A, '/events/0/dates/0/value', '2019-13-01')], file: A, includes: 'no month 13' },
    { name: 'month 00', edits: [set(A, '/events/1/dates/0/value', '2019-00')], file: A, includes: 'no month 00' },
    { name: 'an interval whose end precedes its start', edits: [set(A, '/source/published/value', '2020-01-15/2020-01-01'), set(A, '/source/published/precision', 'range')], file: A, includes: 'ends before it starts' },
    { name: 'a precision that disagrees with the value', edits: [set(A, '/events/1/dates/0/precision', 'day')], file: A, includes: 'precision says "day"' },
    { name: 'an anchor that is not a date', edits: [set(A, '/events/0/dates/0/anchor', '2020-02-31')], file: A, includes: '2020-02 has 29 days' },
    { name: 'a free-text date', edits: [set(A, '/events/0/dates/0/value', 'last Monday')], file: A, includes: 'not in the expected form' },
  ],
  'size and depth': [
    { name: 'a 50 MB file', edits: [{ file: 'entities/huge.json', op: 'big', bytes: 50 * 1024 * 1024 }], file: 'entities/huge.json', includes: 'over the 2 MiB limit' },
    { name: 'nesting 100,000 levels deep', edits: [{ file: H, op: 'write', value: `{"id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n` }], file: H, includes: 'nested deeper than 32 levels' },
    { name: 'invalid JSON nesting 100,000 levels deep', edits: [{ file: H, op: 'write', value: `{"id": ${'['.repeat(100_000)}` }], file: H, includes: 'nested deeper than 32 levels' },
    { name: 'a 1 MB string', edits: [set(A, '/events/0/summary', 'x'.repeat(1024 * 1024))], file: A, includes: 'is longer than 4000 characters' },
    { name: 'a 50 MB source text', edits: [{ file: S, op: 'big', bytes: 50 * 1024 * 1024 }], file: A, includes: 'over the 2 MiB limit for one article text' },
  ],
  paths: [
    { name: 'an entity file that is a symbolic link out of the tree', edits: [{ file: H, op: 'symlink', target: 'outside-secret.json' }], file: H, includes: 'symbolic link, which is never followed' },
    { name: 'a source text that is a symbolic link out of the tree', edits: [{ file: S, op: 'symlink', target: 'outside-secret.txt' }], file: A, includes: 'symbolic link, which is never followed' },
    { name: 'an articles folder that is a symbolic link', edits: [{ file: 'articles', op: 'symlink', target: 'outside-articles' }], file: 'articles', includes: 'this folder is a symbolic link' },
    { name: 'an entities folder that is a symbolic link', edits: [{ file: 'entities', op: 'symlink', target: 'outside-entities' }], file: 'entities', includes: 'this folder is a symbolic link', sentinel: 'article' },
    { name: 'a reference with ..', edits: [set(A, '/events/0/participants/0/entity', '../../etc/passwd')], file: A, includes: 'not in the expected form' },
    { name: 'a reference that is an absolute path', edits: [set(A, '/quotes/0/speaker/entity', '/etc/passwd')], file: A, includes: 'not in the expected form' },
    { name: 'an original name that leaves the folder', edits: [set(A, '/source/originalName', '../../secret.txt')], file: A, includes: 'not in the expected form' },
  ],
};
