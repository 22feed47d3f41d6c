// Problems found by the validator, and the three ways of printing them.
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the repository root. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** JSON pointer of the offending value in the file ('' for the whole file or a text file). */
  pointer: string;
  rule: string;
}

export type Format = 'text' | 'github' | 'json';
export const formats: readonly Format[] = ['text', 'github', 'json'];

/** One line: line breaks (quoted from a text, or in a property name) show as escapes. */
export function oneLine(s: string): string {
  return s.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function formatText(p: Problem): string {
  const pointer = p.pointer === '' ? '' : ` (${oneLine(p.pointer)})`;
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}${pointer} [${p.rule}]`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also escape : and ,.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
// Messages and pointers reach these as one line already, so an annotation is never split.

export function formatGithub(p: Problem): string {
  const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(p.rule)}`;
  const pointer = p.pointer === '' ? '' : ` (${oneLine(p.pointer)})`;
  return `::${p.severity} ${props}::${escapeData(p.message + pointer)}`;
}

export function formatProblems(problems: readonly Problem[], format: Format): string {
  if (format === 'json') return JSON.stringify(problems, null, 2);
  const fn = format === 'github' ? formatGithub : formatText;
  return problems.map(fn).join('\n');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** JSON pointer (RFC 6901) of a path. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
