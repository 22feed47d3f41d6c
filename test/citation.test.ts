// CITATION.cff is what GitHub offers as "cite this repository": it must parse, carry the
// fields the Citation File Format requires, and name the version the package is released as.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared/paths.ts';

/** What keeps a citation file from being usable, one line each. */
function citationProblems(cff: Record<string, unknown>, packageVersion: string): string[] {
  const problems: string[] = [];
  for (const key of ['cff-version', 'message', 'title', 'authors']) if (cff[key] === undefined) problems.push(`${key} is missing`);
  if (!Array.isArray(cff.authors) || cff.authors.length === 0) problems.push('authors must list at least one author');
  if (cff.version !== packageVersion) problems.push(`version ${String(cff.version)} is not the package's ${packageVersion}`);
  return problems;
}

describe('CITATION.cff', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

  it("parses, has the required fields, and names the package's version", () => {
    const cff = parse(fs.readFileSync(path.join(repoRoot, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
    expect(citationProblems(cff, version)).toEqual([]);
  });

  it('finds a citation file without authors or with another version', () => {
    expect(citationProblems({ 'cff-version': '1.2.0', message: 'm', title: 't', authors: [], version: '0.0.1' }, version)).toEqual(['authors must list at least one author', `version 0.0.1 is not the package's ${version}`]);
  });
});
