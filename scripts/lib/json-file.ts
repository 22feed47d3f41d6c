// Reads a JSON record with positions: jsonc-parser gives the syntax tree whose offsets
// turn JSON pointers into line and column.
import fs from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { displayPath } from './paths.ts';

export interface JsonFile {
  path: string;
  display: string;
  /** File name without its extension: the id the record must have. */
  name: string;
  text: string;
  tree: Node | undefined;
  value: unknown;
  /** Problems that stop the file from being read or parsed, with their offsets. */
  syntaxErrors: { offset: number; message: string }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function describe(error: ParseError): string {
  const what = printParseErrorCode(error.error);
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace } was expected',
    CloseBracketExpected: 'a closing bracket ] was expected',
    EndOfFileExpected: 'the file should end here',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number is not complete',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
  };
  return `invalid JSON: ${words[what] ?? what}`;
}

export function readJsonFile(file: string, name: string): JsonFile {
  const base: JsonFile = { path: file, display: displayPath(file), name, text: '', tree: undefined, value: undefined, syntaxErrors: [] };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    base.syntaxErrors.push({ offset: 0, message: `cannot read the file (${code}); check that it exists and is a regular file` });
    return base;
  }
  try {
    base.text = utf8.decode(bytes);
  } catch {
    base.syntaxErrors.push({ offset: 0, message: 'the file is not valid UTF-8; save it as UTF-8 without a byte-order mark' });
    return base;
  }
  return parseJsonText(base);
}

export function parseJsonText(file: JsonFile): JsonFile {
  if (file.text.trim() === '') {
    file.syntaxErrors.push({ offset: 0, message: 'invalid JSON: the file is empty' });
    return file;
  }
  const errors: ParseError[] = [];
  const tree = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    for (const e of errors) file.syntaxErrors.push({ offset: e.offset, message: describe(e) });
    return file;
  }
  file.tree = tree;
  file.value = JSON.parse(file.text);
  return file;
}

/** The node a path points at, or its nearest existing ancestor. */
export function nodeAt(tree: Node | undefined, path: readonly (string | number)[]): Node | undefined {
  if (!tree) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n) as (string | number)[]);
    if (node) return node;
  }
  return tree;
}

/** 1-based line and column (in code points) of a UTF-16 offset of a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
