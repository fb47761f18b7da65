import { describe, expect, it } from 'vitest';
import { displayUrl, noteIdFromFragment, noteLink, safePageUrl } from '../../../components/notes/page-link';

describe('page links', () => {
  it('puts the note id in the fragment, replacing one the URL had', () => {
    const link = noteLink('https://courier.example/news/budget?id=7#comments', 'a b/c');
    expect(link).toBe('https://courier.example/news/budget?id=7#newsmark-note=a%20b%2Fc');
    expect(noteIdFromFragment(new URL(link!).hash)).toBe('a b/c');
  });

  it('never links to a non-web URL from an imported file', () => {
    expect(safePageUrl('javascript:alert(1)')).toBeNull();
    expect(safePageUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(noteLink('javascript:alert(1)', 'x')).toBeNull();
    expect(safePageUrl('not a url')).toBeNull();
  });

  it('finds no note id in an unrelated fragment', () => {
    expect(noteIdFromFragment('#section-2')).toBeNull();
    expect(noteIdFromFragment('')).toBeNull();
  });

  it('shows host and path without the scheme', () => {
    expect(displayUrl('https://courier.example/news/budget?page=2')).toBe('courier.example/news/budget?page=2');
    expect(displayUrl('https://courier.example/')).toBe('courier.example');
  });
});
