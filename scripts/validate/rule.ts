// The shape of a validation rule: one module per check under scripts/validate/rules/.
import type { Corpus } from './corpus.ts';
import type { Severity } from '../shared/problems.ts';
import type { JsonFile } from './json-file.ts';

export interface Finding {
  /** The file the problem is in; a record file gets line and column from `path`. */
  file: JsonFile | { display: string; lineColumn?: { line: number; column: number } };
  /** Path to the offending value inside a record file. */
  path?: readonly (string | number)[];
  /** Point at the property's key instead of its value (for unknown properties). */
  atKey?: boolean;
  severity?: Severity;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface RuleContext {
  corpus: Corpus;
  report(finding: Finding): void;
}

export interface Rule {
  /** Short kebab-case name, shown in brackets after each message. */
  name: string;
  /** One sentence: what the rule checks. */
  description: string;
  check(ctx: RuleContext): void;
}
