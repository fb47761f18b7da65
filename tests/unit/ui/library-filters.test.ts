import { describe, expect, it } from 'vitest';
import { hasFilters, mergeFacets, NO_FILTERS, parseTags, toNoteQuery } from '../../../components/notes/library-filters';
import { makeNote } from './fake-notes';

describe('toNoteQuery', () => {
  it('sends nothing for an empty search without filters', () => {
    expect(toNoteQuery('   ', NO_FILTERS)).toEqual({});
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('maps every filter and covers whole local days', () => {
    const query = toNoteQuery(' ferry  fares ', {
      tag: 'budget',
      verdict: 'misleading',
      kind: 'statistic',
      site: 'Courier',
      from: '2026-11-02',
      to: '2026-11-03',
    }, 51);
    expect(query).toEqual({
      text: 'ferry  fares',
      tags: ['budget'],
      verdict: 'misleading',
      kind: 'statistic',
      site: 'Courier',
      from: new Date(2026, 10, 2).getTime(),
      to: new Date(2026, 10, 4).getTime() - 1,
      limit: 51,
    });
  });

  it('ignores a malformed date', () => {
    expect(toNoteQuery('', { ...NO_FILTERS, from: '2026-1-2' })).toEqual({});
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and duplicates', () => {
    expect(parseTags(' budget, ferry,,budget ,  ')).toEqual(['budget', 'ferry']);
  });
});

describe('mergeFacets', () => {
  it('keeps known choices and adds new ones, sorted', () => {
    const facets = mergeFacets({ tags: ['zoning'], sites: ['Wire'] }, [
      makeNote({ tags: ['Budget', 'ferry'], site: 'Courier' }),
    ]);
    expect(facets).toEqual({ tags: ['Budget', 'ferry', 'zoning'], sites: ['Courier', 'Wire'] });
  });
});
