// Type-level tests: the generated types reject what the schema rejects. Each expected-error
// directive fails the type check if the line below it ever type-checks.
import { expectTypeOf, test } from 'vitest';
import type { Article, Entity, Event, EventType, Quote, Selector } from '../../types/index.d.ts';

const selector: Selector = { start: 0, end: 6, exact: 'Huawei' };

test('an event type outside the vocabulary is rejected', () => {
  expectTypeOf<'restriction-imposed'>().toExtend<EventType>();
  // @ts-expect-error: not an event type
  const bad: EventType = 'sales-deal-begun';
  void bad;
});

test('a quote without a speaker is rejected', () => {
  const ok: Quote = { id: 'q-a', kind: 'direct', content: selector, speaker: { entity: 'huawei' }, about: [] };
  // @ts-expect-error: speaker is required
  const bad: Quote = { id: 'q-a', kind: 'direct', content: selector, about: [] };
  void [ok, bad];
});

test('a selector without exact is rejected', () => {
  // @ts-expect-error: exact is required
  const bad: Selector = { start: 0, end: 6 };
  void bad;
});

test('unknown properties are rejected, as additionalProperties: false does', () => {
  // @ts-expect-error: no such property
  const bad: Selector = { start: 0, end: 6, exact: 'Huawei', page: 1 };
  void bad;
});

test('nullable fields are typed as such', () => {
  expectTypeOf<Entity['wikidata']>().toEqualTypeOf<string | null>();
  expectTypeOf<Article['source']['headline']>().toEqualTypeOf<Selector | null>();
  expectTypeOf<Event['dates'][number]['precision']>().toEqualTypeOf<'day' | 'month' | 'year' | 'range'>();
});
