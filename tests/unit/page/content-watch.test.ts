// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { changesReadableText } from '../../../utils/page/content-watch';

function recordsOf(mutate: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden'] });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('changesReadableText', () => {
  let article: Element;
  beforeEach(() => {
    document.body.innerHTML = '<div id="ticker"><span>Index 1,284</span></div><article><p>First.</p><div class="more" hidden><p>Later text.</p></div></article>';
    article = document.querySelector('article')!;
  });

  it('counts a paragraph added to the article and an expander opened in it', () => {
    expect(changesReadableText(recordsOf(() => article.append(Object.assign(document.createElement('p'), { textContent: 'New paragraph.' }))), article)).toBe(true);
    expect(changesReadableText(recordsOf(() => article.querySelector('.more')!.removeAttribute('hidden')), article)).toBe(true);
  });

  it('ignores tickers, class flips outside the article and its own marks and UI', () => {
    expect(changesReadableText(recordsOf(() => (document.querySelector('#ticker span')!.textContent = 'Index 1,290')), article)).toBe(false);
    expect(changesReadableText(recordsOf(() => document.body.classList.add('scrolled')), article)).toBe(false);
    expect(changesReadableText(recordsOf(() => article.querySelector('p')!.append(document.createElement('newsmark-mark'))), article)).toBe(false);
    expect(changesReadableText(recordsOf(() => document.body.append(Object.assign(document.createElement('newsmark-ui'), { textContent: 'x'.repeat(500) }))), article)).toBe(false);
  });

  it('counts a whole story arriving anywhere (a single-page app), before and after an article is known', () => {
    const story = () => Object.assign(document.createElement('main'), { textContent: 'A long story. '.repeat(30) });
    expect(changesReadableText(recordsOf(() => document.body.append(story())), article)).toBe(true);
    expect(changesReadableText(recordsOf(() => document.body.append(story())), null)).toBe(true);
  });
});
