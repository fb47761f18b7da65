import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../utils/notes/anchoring/describe-range';
import { exportCsv, csvCell } from '../../../utils/notes/export/csv';
import { escapeMarkdown, exportMarkdown } from '../../../utils/notes/export/markdown';
import { noteIdFromIri, noteIri, toAnnotationCollection } from '../../../utils/notes/export/web-annotation';
import type { Note } from '../../../utils/notes/note-types';

const TEXT = 'Repairs would cost more than $41 million, the utility said on Tuesday.';

function note(overrides: Partial<Note> = {}): Note {
  return {
    id: '3f0c8a52-6b1e-4c1a-9d57-2a4f7e9b1c00',
    kind: 'statistic',
    selectors: describeRange(TEXT, 19, 40),
    text: 'Check the utility report.',
    tags: ['water', 'budget'],
    verdict: 'verify',
    pageKey: 'https://www.example-news.com/local/plant-vote',
    pageUrl: 'https://www.example-news.com/local/plant-vote',
    pageTitle: 'Council votes to close plant',
    site: 'example-news.com',
    created: Date.UTC(2026, 2, 14, 9, 30),
    updated: Date.UTC(2026, 2, 15, 10, 0),
    ...overrides,
  };
}

describe('W3C Web Annotation export', () => {
  it('writes an AnnotationCollection whose annotations carry target, selectors, bodies and dates', () => {
    const collection = toAnnotationCollection([note()], Date.UTC(2026, 3, 1));
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage' } });
    const [annotation] = collection.first.items;
    expect(annotation).toEqual({
      id: 'urn:uuid:3f0c8a52-6b1e-4c1a-9d57-2a4f7e9b1c00',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-03-14T09:30:00.000Z',
      modified: '2026-03-15T10:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Check the utility report.', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'water' },
        { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
        { type: 'TextualBody', purpose: 'assessing', value: 'verify' },
      ],
      target: {
        source: 'https://www.example-news.com/local/plant-vote',
        selector: [
          { type: 'TextQuoteSelector', exact: 'more than $41 million', prefix: 'Repairs would cost ', suffix: ', the utility said on Tuesday.' },
          { type: 'TextPositionSelector', start: 19, end: 40 },
        ],
      },
      'newsmark:kind': 'statistic',
      'newsmark:pageTitle': 'Council votes to close plant',
      'newsmark:site': 'example-news.com',
    });
  });

  it('marks a note without text as a highlight, and round-trips ids in and out of IRIs', () => {
    const [annotation] = toAnnotationCollection([note({ text: '', tags: [], verdict: null })], 0).first.items;
    expect(annotation!.motivation).toBe('highlighting');
    expect(annotation!.body).toEqual([]);
    expect(noteIri('legacy_7')).toBe('urn:newsmark:note:legacy_7');
    expect(noteIdFromIri(noteIri('legacy_7'))).toBe('legacy_7');
    expect(noteIdFromIri('https://hypothes.is/a/123')).toBeNull();
  });
});

describe('Markdown export', () => {
  it('groups notes by page, in reading order, with the quote as a blockquote', () => {
    const other = note({ id: 'b', pageKey: 'https://other.example/x', pageUrl: 'https://other.example/x', pageTitle: 'Other story', site: 'other.example' });
    const later = note({ id: 'c', selectors: describeRange(TEXT, TEXT.indexOf('Tuesday'), TEXT.indexOf('Tuesday') + 7), text: 'When exactly?' });
    const markdown = exportMarkdown([later, other, note()], Date.UTC(2026, 3, 1));
    expect(markdown).toContain('*3 notes on 2 pages, exported 2026-04-01.*');
    const plant = markdown.indexOf('## [Council votes to close plant](<https://www.example-news.com/local/plant-vote>)');
    const otherAt = markdown.indexOf('## [Other story](<https://other.example/x>)');
    expect(plant).toBeGreaterThan(-1);
    expect(otherAt).toBeGreaterThan(plant);
    expect(markdown.indexOf('> more than \\$41 million')).toBeGreaterThan(plant);
    expect(markdown.indexOf('> more than \\$41 million')).toBeLessThan(markdown.indexOf('> Tuesday'));
    expect(markdown).toContain('### Statistic \u2014 verify');
    expect(markdown).toContain('tags: water, budget');
  });

  it('escapes markup so a hostile note renders as text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list')).toBe('\\# not a heading\n\\- not a list\n\\1. not a list');
    const markdown = exportMarkdown([note({ text: '<img src=x onerror=alert(1)>', pageTitle: '](javascript:x)' })]);
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    expect(markdown).toContain('## [\\](javascript:x)]');
  });
});

describe('CSV export', () => {
  it('quotes as RFC 4180 says: commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises cells that would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}HYPERLINK("x")`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-5, really')).toBe(`"'-5, really"`);
  });

  it('writes a header and one CRLF-terminated row per note', () => {
    const csv = exportCsv([note({ text: '=cmd|calc', tags: ['a', 'b'] })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,page_url,page_title,site,kind,quote,note,tags,verdict,created,updated,position_start,position_end');
    expect(lines[1]).toBe(
      "3f0c8a52-6b1e-4c1a-9d57-2a4f7e9b1c00,https://www.example-news.com/local/plant-vote,Council votes to close plant,example-news.com,statistic,more than $41 million,'=cmd|calc,a; b,verify,2026-03-14T09:30:00.000Z,2026-03-15T10:00:00.000Z,19,40",
    );
    expect(lines[2]).toBe('');
  });
});
