// The speaker's role at the time a quote was published: a registry role counts only when its
// known dates cover the whole publication range; otherwise the title the text gives.
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../types/index.d.ts';
import { roleAtTime } from '../../scripts/publish/tables/context.ts';

const article = (published: string) => ({ id: 'a', source: { published: { value: published, precision: 'range', resolution: 'inferred' } } }) as unknown as Article;
type RoleDates = Omit<Entity['roles'][number], 'basis'>;
const person = (roles: RoleDates[]) => ({ id: 'p', name: 'P', roles: roles.map((r) => ({ ...r, basis: { cite: ['c-x'] } })) }) as unknown as Entity;
const names = (id: string | null | undefined) => (id === 'org' ? 'Org' : null);

describe('roleAtTime', () => {
  it('takes the registry role that was held on every day the article may have appeared', () => {
    expect(roleAtTime(article('2021-02-25/2021-03-02'), person([{ title: 'Chair', organization: 'org', from: '2020', to: '2022-01' }]), 'the chair', names)).toEqual(['Chair, Org', 'registry']);
    expect(roleAtTime(article('2021-02'), person([{ title: 'Chair', organization: null, from: '2019-05-01', ongoing: true }]), null, names)).toEqual(['Chair', 'registry']);
  });

  it('does not take a role whose end is unknown: it may have ended before the article', () => {
    expect(roleAtTime(article('2021-02'), person([{ title: 'Chair', organization: null, from: '2019-05-01' }]), 'the chair', names)).toEqual(['the chair', 'text']);
  });

  it('falls back to the title the text gives for a nominee, a former holder, or a role with no known start', () => {
    const nominee = person([{ title: 'Secretary', organization: 'org', from: '2021-03-03' }]);
    expect(roleAtTime(article('2021-02-25/2021-03-02'), nominee, 'candidate for minister', names)).toEqual(['candidate for minister', 'text']);
    const former = person([{ title: 'Assistant Secretary', organization: 'org', from: '2010', to: '2017' }]);
    expect(roleAtTime(article('2019-05-20'), former, null, names)).toEqual([null, null]);
    const undated = person([{ title: 'CEO', organization: 'org' }]);
    expect(roleAtTime(article('2018-01-10'), undated, 'CEO Huawei', names)).toEqual(['CEO Huawei', 'text']);
  });

  it('takes an undated registry role whose basis is the article\'s own words, and not one based on another article', () => {
    const a = article('2019-07-02/2019-07-05');
    const own = [{ title: 'Deputy Director', organization: 'org', basis: { article: 'a', text: [{ start: 0, end: 3, exact: 'Dep' }] } }] as unknown as Entity['roles'];
    expect(roleAtTime(a, ({ id: 'p', name: 'P', roles: own }) as unknown as Entity, null, names)).toEqual(['Deputy Director, Org', 'registry']);
    const other = [{ title: 'Analyst', organization: null, basis: { article: 'b', text: [{ start: 0, end: 3, exact: 'Ana' }] } }] as unknown as Entity['roles'];
    expect(roleAtTime(a, ({ id: 'p', name: 'P', roles: other }) as unknown as Entity, null, names)).toEqual([null, null]);
  });

  it('names the organisation once', () => {
    expect(roleAtTime(article('2021-02'), person([{ title: 'Vice President, Org USA', organization: 'org', from: '2020', ongoing: true }]), null, names)).toEqual(['Vice President, Org USA', 'registry']);
  });

  it('says nothing where a role ends inside the publication range', () => {
    expect(roleAtTime(article('2021-01-15/2021-01-25'), person([{ title: 'President', organization: 'org', from: '2017-01-20', to: '2021-01-20' }]), null, names)).toEqual([null, null]);
  });
});
