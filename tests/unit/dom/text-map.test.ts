// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextMap, domPieces, textOffsetOf } from '../../../utils/dom/text-map';

function block(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
}

describe('buildTextMap', () => {
  it('breaks lines at inner blocks and separates table cells, as a browser renders them', () => {
    const quote = block('<blockquote><p>First line.</p><p>Second line.</p>&mdash; Someone <a href="#">May 1</a></blockquote>');
    const cells = block('<table><tr><td>Alpha</td><td>Beta</td></tr></table>');
    const map = buildTextMap([{ element: quote, kind: 'embed', social: 'twitter' }, { element: cells, kind: 'paragraph' }]);
    expect(map.article.text).toBe('First line.\nSecond line.\n— Someone May 1\n\nAlpha Beta');
    expect(map.article.blocks[0]).toEqual({ start: 0, end: 40, kind: 'embed', social: 'twitter' });
  });

  it('collapses white space and still maps every mapped character to its text node', () => {
    const p = block('<p>  Hello,\n   <b>big</b>   world  </p>');
    const map = buildTextMap([{ element: p, kind: 'paragraph' }]);
    expect(map.article.text).toBe('Hello, big world');
    for (const run of map.runs) {
      expect(map.article.text.slice(run.textStart, run.textStart + run.length)).toBe(
        run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length).replace(/\s/g, ' '),
      );
    }
    const pieces = domPieces(map, 7, 10);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.node.data.slice(pieces[0]!.start, pieces[0]!.end)).toBe('big');
    expect(textOffsetOf(map, pieces[0]!.node, 0)).toBe(7);
  });

  it('leaves out skipped subtrees and empty blocks', () => {
    const p = block('<p>Kept <span class="credit">Photo: X</span>text</p>');
    const empty = block('<p>   </p>');
    const map = buildTextMap([{ element: p, kind: 'paragraph' }, { element: empty, kind: 'paragraph' }], (el) => el.className === 'credit');
    expect(map.article.text).toBe('Kept text');
    expect(map.elements).toEqual([p]);
  });
});
