// Turns ajv errors into findings that say what is wrong and what to do, one per problem:
// the noise of `X | null` alternatives is folded into the error of the branch that applies.
import type { ErrorObject } from 'ajv';
import { fromPointer } from '../shared/problems.ts';
import type { Finding } from './rule.ts';
import type { JsonFile } from './json-file.ts';
import { FORBIDDEN_KEYS } from './inspect-value.ts';
import { closest } from './did-you-mean.ts';

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function shown(v: unknown): string {
  // Never serialize a whole object or array: it may be huge or nested without end.
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

const CITE_OR_TEXT = 'cite the sources you read (their ids, listed in "citations") in "cite", or point to the words of the text in "text"';

/**
 * What a conditionally required property is for, by where it is missing: the schema says
 * "required when ..."; the message says why here, and what to add.
 */
function conditional(missing: string, path: (string | number)[]): string | undefined {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const isDate = parent === 'dates' || last === 'published';
  switch (missing) {
    case 'anchor':
      return 'a relative date needs "anchor", the date it was resolved against; add it';
    case 'text':
      return isDate ? 'an explicit or relative date needs "text", the selector of the phrase that gives it; add it' : undefined;
    case 'note':
      if (isDate) return 'an inferred date needs a "note" that says from what it was inferred; add it';
      if (last === 'publisher') return 'an unknown publisher needs a "note" that says why it is unknown; add it';
      if (parent === 'events') return 'an event without dates needs a "note" that says why it cannot be dated; add it';
      if (parent === 'boilerplate') return 'boilerplate of kind "other" needs a "note" that says what it is; add it';
      if (parent === 'ignored') return 'marks ignored for reason "other" need a "note" that says why; add it';
      if (path.length === 0) return 'an entity without a Wikidata id needs a "note" that says why (no item, or not sure which); add it';
      return undefined;
    case 'basis':
      if (isDate) return `an inferred date needs its "basis": ${CITE_OR_TEXT}; add it`;
      if (last === 'publisher') return `a publisher needs its "basis": point to where the text names it (a copyright line, a masthead) in "text", or ${CITE_OR_TEXT.replace(', or point to the words of the text in "text"', '')}; add it`;
      if (parent === 'sourceIssues') return `the correction of a factual error, a wrong name, title or date needs its "basis": ${CITE_OR_TEXT}; add it`;
      if (parent === 'roles') return 'a role needs its "basis": cite the sources you read in "cite", and/or give the article ("article") and the words of its text ("text") that state the title; add it';
      return `this value needs its "basis": ${CITE_OR_TEXT}; add it`;
    case 'urlBasis':
      return 'an address needs its basis: cite the page you read at that address ("urlBasis": { "cite": [...] }, with the page in "citations"); add it, or remove the address';
    case 'wikidataBasis':
      return 'a Wikidata id needs its basis: cite the item\'s page you read ("wikidataBasis": { "cite": [...] }, with the page in "citations"); add it, or set "wikidata" to null with a note';
    case 'description':
      return parent === 'quotes' || last === 'speaker' ? 'an unnamed speaker needs a "description" as the text gives it; add it' : undefined;
    case 'quote':
      return 'an unclosed-quote issue needs "quote", the id of the quote left open; add it';
    case 'form':
      return 'give the mention its "form": name, alias, title, description, pronoun or modifier (see the annotation guide); add it';
    case 'citations':
      return 'add "citations": the sources read for the values the text does not state ([] when there are none)';
    default:
      return undefined;
  }
}

// Why a property is ruled out where a `not` keyword forbids it.
const NOT_HERE: Record<string, string> = {
  to: 'a role marked "ongoing" has no end; drop "ongoing" if the role ended',
  original: 'only a citation of kind "copy" names the report it copies',
};

function message(e: ErrorObject): { message: string; path: (string | number)[]; atKey?: boolean } {
  const path = fromPointer(e.instancePath);
  const schema = (e.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (e.keyword) {
    case 'required': {
      const missing = String(e.params.missingProperty);
      const why = conditional(missing, path);
      if (why) return { path, message: why };
      // A selector written with only its text: fix places it.
      if ((missing === 'start' || missing === 'end') && typeof (e.data as { exact?: unknown } | null)?.exact === 'string') {
        return { path, message: 'this selector has no offsets yet; run `npm run fix`, which fills in start and end from its exact text (add a "prefix" or "suffix" if the text occurs more than once)' };
      }
      return { path, message: `missing required property "${missing}"; add it (see the schema's description of it)` };
    }
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const hint = closest(name, Object.keys(schema.properties ?? {}));
      return {
        path: [...path, name],
        atKey: true,
        message: `unknown property "${name}"` + (hint ? `; did you mean "${hint}"?` : '; remove it or correct its name'),
      };
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return {
        path,
        message: `${shown(e.data)} is not an allowed value` + (hint ? `; did you mean "${hint}"?` : ';') + ` allowed: ${allowed.join(', ')}`,
      };
    }
    case 'const':
      return { path, message: `must be ${shown(e.params.allowedValue)}, found ${shown(e.data)}; set it to ${shown(e.params.allowedValue)} or remove it` };
    case 'type':
      if (e.instancePath === '/source/published' && e.schemaPath.includes('/then/')) {
        return { path, message: 'a checked record needs its publication date, at whatever precision the evidence supports; add it (or set review.status to "draft")' };
      }
      return { path, message: `must be ${e.params.type}, found ${typeOf(e.data)}${typeof e.data === 'object' && e.data !== null ? '' : ` ${shown(e.data)}`}; change the value's type` };
    case 'pattern':
    case 'format':
      return { path, message: `${shown(e.data)} is not in the expected form${schema.description ? `: ${schema.description}` : ''}; correct the value` };
    case 'minLength':
      return { path, message: `must not be empty; fill it in or remove the property if it is optional` };
    case 'maxLength':
      return { path, message: `is longer than ${e.params.limit} characters; shorten it` };
    case 'minItems':
      return { path, message: `must have at least ${e.params.limit} item(s); add them` };
    case 'uniqueItems':
      return { path, message: `items ${e.params.j} and ${e.params.i} are the same; remove one` };
    case 'minimum':
      return { path, message: `must be at least ${e.params.limit}, found ${shown(e.data)}; correct the value` };
    case 'dependentRequired': {
      const why = conditional(String(e.params.missingProperty), path);
      return { path, message: why ?? `"${String(e.params.property)}" needs "${String(e.params.missingProperty)}" beside it; add it` };
    }
    case 'anyOf':
      return { path, message: `${e.message ?? 'does not match any of the allowed forms'}; add one of them` };
    case 'not': {
      // A property that one of its siblings rules out ("ongoing" with "to", "original" on a non-copy).
      const [extra] = ((e.schema ?? {}) as { required?: string[] }).required ?? [];
      if (extra === undefined) return { path, message: `${e.message ?? 'does not match the schema'}; correct the value` };
      const why = NOT_HERE[extra];
      return { path, message: `"${extra}" does not belong here${why ? ` (${why})` : ''}; remove it, or change the value that rules it out` };
    }
    default:
      return { path, message: `${e.message ?? 'does not match the schema'}; correct the value` };
  }
}

/**
 * Findings for a file's ajv errors. For a `oneOf` between a type and null, only the errors
 * of the branch that matches the value's JSON type are kept.
 */
export function schemaFindings(file: JsonFile, errors: readonly ErrorObject[]): Finding[] {
  const dropped = new Set<ErrorObject>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf') continue;
    const branches = e.schema as { type?: string }[];
    const children = errors.filter((c) => c !== e && c.schemaPath.startsWith(e.schemaPath + '/'));
    const nullBranch = branches.findIndex((b) => b.type === 'null');
    if (nullBranch === -1 || children.length === 0) continue;
    dropped.add(e);
    const nullPath = `${e.schemaPath}/${nullBranch}/`;
    // A value that is not null failed the other branch: its errors say why. A null value
    // cannot fail (it matches), so the null branch's own complaint is never needed.
    for (const c of children) if (c.schemaPath.startsWith(nullPath)) dropped.add(c);
  }
  // A failed `then` is reported by its own errors; the `if` that chose it adds nothing. So
  // is an `anyOf` of requirements (a basis needs "cite" or "text"): keep one clear message.
  for (const e of errors) if (e.keyword === 'if') dropped.add(e);
  for (const e of errors) {
    if (e.keyword !== 'anyOf') continue;
    const children = errors.filter((c) => c !== e && c.instancePath === e.instancePath && c.schemaPath.startsWith(e.schemaPath + '/') && c.keyword === 'required');
    if (children.length === 0) continue;
    for (const c of children) dropped.add(c);
    const names = children.map((c) => `"${String(c.params.missingProperty)}"`);
    (e as ErrorObject & { message: string }).message = `needs one of ${names.join(' or ')}`;
  }
  // Prototype-machinery keys are reported, with a clearer message, by the unsafe-values rule.
  for (const e of errors) if (e.keyword === 'additionalProperties' && FORBIDDEN_KEYS.has(String(e.params.additionalProperty))) dropped.add(e);
  // A selector missing both offsets is one problem, not two.
  const startMissing = new Set(errors.filter((e) => e.keyword === 'required' && e.params.missingProperty === 'start').map((e) => e.instancePath));
  for (const e of errors) if (e.keyword === 'required' && e.params.missingProperty === 'end' && startMissing.has(e.instancePath)) dropped.add(e);
  return errors.filter((e) => !dropped.has(e)).map((e) => ({ file, ...message(e) }));
}
