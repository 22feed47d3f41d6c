// Reads a JSON record safely and fast: limits on size and nesting, no symbolic links,
// strict UTF-8, then native JSON.parse. The position-bearing syntax tree (jsonc-parser)
// is built only when a problem needs a line and column, or to explain a parse error.
import fs from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { displayPath } from '../shared/paths.ts';

/** The largest record or entity file read (the largest real record is about 60 KB). */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;
/** The deepest nesting read (a record nests about eight levels). */
export const MAX_DEPTH = 32;

export interface JsonFile {
  path: string;
  display: string;
  /** File name without its extension: the id the record must have. */
  name: string;
  text: string;
  value: unknown;
  /** Problems that stop the file from being read or parsed, with their UTF-16 offsets. */
  syntaxErrors: { offset: number; message: string }[];
  /** Set when the text was decoded as strict UTF-8, so that it holds no lone surrogate. */
  utf8?: true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const PARSE_ERRORS: Record<string, string> = {
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

/** Byte offset of the first invalid UTF-8 sequence, for the error's position. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n === -1) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}

/** UTF-16 offset where nesting first goes past the limit, scanning outside strings; -1 if never. */
export function tooDeepAt(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/**
 * One buffer that every read fills, grown as needed. Files are decoded or hashed as soon as
 * they are read, so none outlives the next read; a fresh buffer per file made each read
 * touch new memory, which, with worker threads reading at once, cost more than the reads.
 */
let scratch = Buffer.allocUnsafe(1 << 16);

/** Reads a whole open file into the shared buffer; the bytes are valid until the next read. */
function readAll(fd: number, size: number): Buffer {
  if (scratch.length < size + 1) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
  let n = 0;
  // One byte more than the size asks for, so a file that grew since fstat is read whole.
  for (let got; n < scratch.length && (got = fs.readSync(fd, scratch, n, scratch.length - n, null)) > 0; ) n += got;
  if (n === scratch.length) {
    // The file grew past the buffer: read the rest the plain way.
    return Buffer.concat([scratch, fs.readFileSync(fd)]);
  }
  return scratch.subarray(0, n);
}

/**
 * Reads a regular file of at most `limit` bytes. It is opened with O_NOFOLLOW, so a
 * symbolic link is refused by the open itself (nothing outside the tree is read), and
 * its size is checked on the open descriptor before anything is read. The bytes are
 * valid until the next call: decode or hash them at once.
 */
export function openRegularFile(file: string, limit: number, what: string): { bytes: Buffer } | { problem: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: 'the file is a symbolic link, which is never followed (it could point outside the data tree); replace it with the file itself' };
    if (code === 'ENOENT') return { problem: 'the file does not exist; check the name' };
    return { problem: `cannot read the file (${code ?? 'unreadable'}); make it a readable file` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { problem: 'this is not a regular file; data files are plain files' };
    if (stat.size > limit) return { problem: `the file is ${(stat.size / 1048576).toFixed(1)} MiB, over the ${limit / 1048576} MiB limit for one ${what}; remove what does not belong in it` };
    return { bytes: readAll(fd, stat.size) };
  } catch (e) {
    return { problem: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'unreadable'}); make it a readable file` };
  } finally {
    fs.closeSync(fd);
  }
}

export function readJsonFile(file: string, name: string): JsonFile {
  const out: JsonFile = { path: file, display: displayPath(file), name, text: '', value: undefined, syntaxErrors: [] };
  const fail = (message: string, offset = 0) => {
    out.syntaxErrors.push({ offset, message });
    return out;
  };
  const opened = openRegularFile(file, MAX_RECORD_BYTES, 'record');
  if ('problem' in opened) return fail(opened.problem);
  const bytes = opened.bytes;
  try {
    out.text = utf8.decode(bytes);
    out.utf8 = true;
  } catch {
    const at = firstInvalidUtf8(bytes);
    // Offsets are into the text; decode the valid prefix to place the error.
    out.text = utf8.decode(bytes.subarray(0, at));
    return fail(`the file is not valid UTF-8 (byte ${at} starts an invalid sequence); save it as UTF-8`, out.text.length);
  }
  return parseJsonText(out);
}

export function parseJsonText(file: JsonFile): JsonFile {
  const text = file.text;
  if (text.charCodeAt(0) === 0xfeff) {
    file.syntaxErrors.push({ offset: 0, message: 'invalid JSON: the file starts with a byte-order mark; save it as UTF-8 without a BOM' });
    return file;
  }
  if (text.trim() === '') {
    file.syntaxErrors.push({ offset: 0, message: 'invalid JSON: the file is empty' });
    return file;
  }
  try {
    // V8's JSON.parse is iterative, so even absurd nesting parses; the value is then
    // inspected without recursion (inspect-value.ts) before any recursive code sees it.
    file.value = JSON.parse(text);
    return file;
  } catch {
    // Explain the error with a position: only files that fail pay for the slower parser,
    // and only after a scan shows it will not recurse too deep.
    const deep = tooDeepAt(text);
    if (deep !== -1) {
      file.syntaxErrors.push({ offset: deep, message: `invalid JSON nested deeper than ${MAX_DEPTH} levels; remove the nesting` });
      return file;
    }
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const e = errors[0];
    const comma = e ? trailingCommaBefore(text, e.offset) : -1;
    if (comma !== -1) file.syntaxErrors.push({ offset: comma, message: 'invalid JSON: a trailing comma after the last item; remove this comma' });
    else file.syntaxErrors.push(e ? { offset: e.offset, message: `invalid JSON: ${PARSE_ERRORS[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}` } : { offset: 0, message: 'invalid JSON' });
    return file;
  }
}

/**
 * The offset of a comma that stands just before a closing } or ] at `offset` (with only
 * white space between), or -1. The parser reports such an error at the bracket, as "a
 * property name expected"; a person sees a trailing comma, and fixes it at the comma.
 */
function trailingCommaBefore(text: string, offset: number): number {
  let j = offset;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (text[j] !== '}' && text[j] !== ']') return -1;
  let i = Math.min(offset, j) - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : -1;
}

const trees = new WeakMap<JsonFile, Node | undefined>();

/** The syntax tree of a parsed file, built on first use (for positions and key checks). */
export function treeOf(file: JsonFile): Node | undefined {
  if (file.syntaxErrors.length > 0 || file.text === '') return undefined;
  // jsonc-parser recurses: never hand it nesting deeper than a record can have.
  if (!trees.has(file)) trees.set(file, tooDeepAt(file.text) === -1 ? parseTree(file.text, [], { disallowComments: true }) : undefined);
  return trees.get(file);
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
