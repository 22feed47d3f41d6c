// The licence names everything that ships: every path the package's "files" lists is under a
// section of LICENSE, and every licence of the package's expression is one of its sections.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { license: string; files: string[] };
const license = fs.readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8');

describe('LICENSE and the licence expression', () => {
  it.each(pkg.files)('name %s', (file) => {
    expect(license).toContain(file.replace(/\/$/, '/'));
  });

  it('name the article texts, with their rights', () => {
    expect(pkg.license).toMatch(/LicenseRef-Article-Texts/);
    expect(license).toMatch(/LicenseRef-Article-Texts/);
    expect(license).toMatch(/data\/sources\//);
  });

  it('give a section to every licence the expression names', () => {
    for (const id of pkg.license.match(/[A-Za-z][A-Za-z0-9.-]+/g)!.filter((x) => x !== 'AND' && x !== 'OR')) {
      expect(license, id).toMatch(id === 'MIT' ? /MIT License/ : id === 'CC-BY-4.0' ? /CC BY 4\.0/ : new RegExp(id));
    }
  });
});
