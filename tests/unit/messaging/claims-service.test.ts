import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { PageContext } from '../../../utils/analysis/types';
import { createClaimsHandlers } from '../../../utils/background/claims-service';
import { notesMessageListener } from '../../../utils/background/notes-service';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { MAX_ARTICLE_CHARS } from '../../../utils/messaging/schemas';

// Written for this test, in the manner of a wire story republished by a local paper.
const STORY = [
  'Harbor Council approves ferry fare cap',
  '“Nobody should pay more to cross the bay than to cross town,” said council member Rosa Delgado.',
  'According to the Port Authority, more than 14,000 riders use the ferry each weekday, up 12% since 2022.',
  '“We will watch the numbers,” Delgado said.',
  'This story was originally published by The Bayside Ledger and is republished here under a Creative Commons license.',
].join('\n\n');

const CONTEXT: PageContext = {
  url: 'https://news.example.org/ferry-fares',
  siteName: 'Example Daily',
  metadata: {
    title: 'Harbor Council approves ferry fare cap',
    byline: 'By Sam Okafor',
    published: '2026-05-02T09:00:00Z',
    siteName: 'Example Daily',
    canonicalUrl: 'https://news.example.org/ferry-fares',
    language: 'en',
    structured: { publisher: 'Example Daily', provider: null, sourceOrganization: null, copyrightHolder: null, isBasedOn: null },
  },
};

const { detectClaims: handle } = createClaimsHandlers();

describe('the background claims service', () => {
  it('answers the same claims as the detectors run in process', async () => {
    const article = articleFromText(STORY);
    const expected = detectClaims(article, CONTEXT);
    expect(expected.quotes.length).toBeGreaterThan(0);
    expect(expected.statistics.length).toBeGreaterThan(0);
    // The request crosses a message channel: it arrives as a copy.
    expect(await handle(structuredClone({ article, context: CONTEXT }))).toEqual(expected);
  });

  it('accepts a page without metadata and an empty text', async () => {
    const empty = { article: { text: '', blocks: [] }, context: { url: null, siteName: null } };
    expect(await handle(empty)).toEqual(detectClaims(empty.article, empty.context));
  });

  it.each([
    ['no article', { context: CONTEXT }, /at article/],
    ['a text that is not a string', { article: { text: 42, blocks: [] }, context: CONTEXT }, /at article\.text/],
    ['a block past the end of the text', { article: { text: 'Short.', blocks: [{ start: 0, end: 60, kind: 'paragraph' }] }, context: CONTEXT }, /every block must lie within the text/],
    ['a block ending before it starts', { article: { text: 'Short text.', blocks: [{ start: 5, end: 2, kind: 'paragraph' }] }, context: CONTEXT }, /end must not be before start/],
    ['a fractional offset', { article: { text: 'Short text.', blocks: [{ start: 0.5, end: 4, kind: 'paragraph' }] }, context: CONTEXT }, /at article\.blocks\.0\.start/],
    ['an unknown block kind', { article: { text: 'Short text.', blocks: [{ start: 0, end: 4, kind: 'script' }] }, context: CONTEXT }, /at article\.blocks\.0\.kind/],
    ['a url that is not a string', { article: articleFromText(STORY), context: { ...CONTEXT, url: 7 } }, /at context\.url/],
    ['metadata without its publishers', { article: articleFromText(STORY), context: { ...CONTEXT, metadata: { ...CONTEXT.metadata, structured: undefined } } }, /at context\.metadata\.structured/],
  ])('refuses %s with a clear error', async (_what, payload, message) => {
    await expect(handle(payload)).rejects.toThrow(message);
    await expect(handle(payload)).rejects.toThrow(/^Invalid detectClaims message: /);
  });

  it('refuses a text longer than any article', async () => {
    const text = 'a'.repeat(MAX_ARTICLE_CHARS + 1);
    await expect(handle({ article: { text, blocks: [] }, context: CONTEXT })).rejects.toThrow(/at article\.text/);
  });

  it('answers through the background listener, errors as errors', async () => {
    const listener = notesMessageListener(createClaimsHandlers());
    const article = articleFromText(STORY);
    const answer = (await listener({ type: 'detectClaims', timestamp: 1, data: { article, context: CONTEXT } })) as { res: unknown };
    expect(answer.res).toEqual(detectClaims(article, CONTEXT));
    const refused = (await listener({ type: 'detectClaims', timestamp: 1, data: { article: null, context: CONTEXT } })) as { err: { message: string } };
    expect(refused.err.message).toMatch(/^Invalid detectClaims message: at article/);
  });
});
