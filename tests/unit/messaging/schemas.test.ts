import { describe, expect, it } from 'vitest';
import { LIMITS, NoteDraftSchema, NoteQuerySchema, PageIdentityInputSchema, parsePayload } from '../../../utils/messaging/schemas';
import { makeDraft } from '../notes/note-factory';

describe('message schemas', () => {
  it('accepts a well-formed draft and strips keys the protocol does not have', () => {
    const draft = makeDraft();
    const parsed = parsePayload(NoteDraftSchema, { ...draft, isAdmin: true }, 'saveNote');
    expect(parsed).toEqual(draft);
    expect(parsed).not.toHaveProperty('isAdmin');
  });

  it('names the message and every wrong field, at most five of them', () => {
    expect(() => parsePayload(NoteDraftSchema, {}, 'saveNote')).toThrow(/^Invalid saveNote message: at id: .*; at page: .*; at kind: .*; at selectors: .*; at text: .*; and 2 more$/);
  });

  it('refuses positions that run backwards, ids with odd characters and oversized fields', () => {
    const draft = makeDraft();
    const backwards = { ...draft, selectors: { ...draft.selectors, position: { type: 'TextPositionSelector', start: 9, end: 3 } } };
    expect(() => parsePayload(NoteDraftSchema, backwards, 'saveNote')).toThrow(/at selectors.position: end must not be before start/);
    expect(() => parsePayload(NoteDraftSchema, { ...draft, id: '../../etc' }, 'saveNote')).toThrow(/at id: may hold only/);
    expect(() => parsePayload(NoteDraftSchema, { ...draft, tags: Array(LIMITS.tags + 1).fill('t') }, 'saveNote')).toThrow(/at tags: /);
  });

  it('accepts page identities with missing or null optional fields, and only web URLs', () => {
    expect(parsePayload(PageIdentityInputSchema, { url: 'https://example.org/a' }, 'listPageNotes')).toEqual({ url: 'https://example.org/a' });
    expect(parsePayload(PageIdentityInputSchema, { url: 'http://127.0.0.1:8080/x', canonicalUrl: null }, 'listPageNotes')).toMatchObject({ canonicalUrl: null });
    for (const url of ['file:///etc/passwd', 'chrome://settings', 'data:text/html,<b>', 'nonsense']) {
      expect(() => parsePayload(PageIdentityInputSchema, { url }, 'listPageNotes')).toThrow(/must be an http\(s\) URL/);
    }
  });

  it('checks query filters', () => {
    expect(parsePayload(NoteQuerySchema, { text: 'vote', verdict: 'misleading', limit: 20 }, 'searchNotes')).toEqual({ text: 'vote', verdict: 'misleading', limit: 20 });
    expect(() => parsePayload(NoteQuerySchema, { verdict: 'fake' }, 'searchNotes')).toThrow(/at verdict: /);
    expect(() => parsePayload(NoteQuerySchema, { from: 'yesterday' }, 'searchNotes')).toThrow(/at from: /);
  });
});
