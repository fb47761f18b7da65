import { describe, expect, it } from 'vitest';
import { countPages, groupNotes, siteOf } from '../../../components/notes/group-notes';
import { makeNote } from './fake-notes';

describe('groupNotes', () => {
  it('groups by site, then page, and orders a page\'s notes as they sit in the article', () => {
    const budgetUrl = 'https://courier.example/news/budget';
    const ferryUrl = 'https://courier.example/news/ferry';
    const wireUrl = 'https://wire.example/story/42';
    const notes = [
      makeNote({ id: 'b2', pageUrl: budgetUrl, start: 900, site: 'Courier', created: 1_000 }),
      makeNote({ id: 'w1', pageUrl: wireUrl, start: 10, site: 'Wire', created: 5_000 }),
      makeNote({ id: 'b1', pageUrl: budgetUrl, start: 20, site: 'Courier', created: 2_000 }),
      makeNote({ id: 'f1', pageUrl: ferryUrl, start: 50, site: 'Courier', created: 3_000 }),
    ];
    const groups = groupNotes(notes);
    expect(groups.map((group) => group.site)).toEqual(['Wire', 'Courier']);
    const courier = groups[1]!;
    expect(courier.pages.map((page) => page.url)).toEqual([ferryUrl, budgetUrl]);
    expect(courier.pages[1]!.notes.map((note) => note.id)).toEqual(['b1', 'b2']);
    expect(countPages(groups)).toBe(3);
  });

  it('lists a note without a site name under its host', () => {
    const note = makeNote({ site: null, pageUrl: 'https://www.example.org/a' });
    expect(siteOf(note)).toBe('www.example.org');
    expect(groupNotes([note])[0]!.site).toBe('www.example.org');
  });

  it('keeps notes whose page URL is not a web address', () => {
    const note = makeNote({ site: '  ', pageUrl: 'javascript:alert(1)' });
    const groups = groupNotes([note]);
    expect(groups[0]!.site).toBe('Other pages');
    expect(groups[0]!.pages[0]!.notes).toHaveLength(1);
  });
});
