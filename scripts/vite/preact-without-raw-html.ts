import type { Plugin } from 'vite';

/** Preact's one raw-HTML sink: `dom.innerHTML = props.dangerouslySetInnerHTML.__html` (minified names vary). */
const RAW_HTML_SINK = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;

/**
 * Newsmark renders page text and the reader's notes, never markup, so Preact's dangerouslySetInnerHTML is
 * turned into plain text in the build: no string can be parsed as HTML in the extension's pages, and
 * Firefox's add-on linter has no unsanitised innerHTML assignment to warn about.
 */
export function preactWithoutRawHtml(): Plugin {
  return {
    name: 'newsmark:preact-without-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs/.test(id.split('?')[0]!)) return null;
      const sinks = code.match(RAW_HTML_SINK)?.length ?? 0;
      if (sinks !== 1) {
        this.error(`expected one dangerouslySetInnerHTML sink in ${id}, found ${sinks}: Preact changed, update this plugin`);
      }
      return { code: code.replace(RAW_HTML_SINK, '$1.textContent=$2.__html'), map: null };
    },
  };
}
