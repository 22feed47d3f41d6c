// Every link of every page of the viewer leads somewhere: a page of the site that exists,
// and on it the element its fragment names; links out of the site go only to Wikidata.
// Read from the written files, so it runs with or without a browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/publish/viewer.ts';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-site-'));
let pages: string[] = [];
const ids = new Map<string, Set<string>>();
const links = new Map<string, string[]>();

beforeAll(() => {
  buildSite(site);
  pages = fs.readdirSync(site).filter((f) => f.endsWith('.html')).sort();
  for (const page of pages) {
    const html = fs.readFileSync(path.join(site, page), 'utf8');
    ids.set(page, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    links.set(page, [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&')));
  }
});
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

/** Every link that leads nowhere: to a page that does not exist, or an id not on its page. */
function deadLinks(ids: Map<string, Set<string>>, links: Map<string, string[]>): string[] {
  const dead: string[] = [];
  for (const [page, hrefs] of links) {
    for (const href of hrefs) {
      if (/^https:\/\/www\.wikidata\.org\/wiki\/Q[0-9]+$/.test(href)) continue;
      if (/^[a-z]+:/.test(href)) {
        dead.push(`${page}: ${href} (outside the site)`);
        continue;
      }
      const [file, fragment] = href.split('#') as [string, string | undefined];
      const target = file === '' ? page : file;
      if (!ids.has(target)) dead.push(`${page}: ${href} (no page ${target})`);
      else if (fragment && !ids.get(target)!.has(fragment)) dead.push(`${page}: ${href} (no element #${fragment})`);
    }
  }
  return dead;
}

describe('the viewer', () => {
  it('writes pages with links', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect([...links.values()].flat().length).toBeGreaterThan(pages.length);
  });

  it('has no dead link of any kind, fragments included', () => {
    expect(deadLinks(ids, links)).toEqual([]);
  });

  it('would report a link to a missing page, a missing fragment and an unknown site', () => {
    const fakeIds = new Map([['index.html', new Set(['top'])]]);
    const fakeLinks = new Map([['index.html', ['#top', 'index.html#top', '#gone', 'article-x.html#ann-1', 'https://example.org/']]]);
    expect(deadLinks(fakeIds, fakeLinks)).toEqual(['index.html: #gone (no element #gone)', 'index.html: article-x.html#ann-1 (no page article-x.html)', 'index.html: https://example.org/ (outside the site)']);
  });
});
