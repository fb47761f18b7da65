import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A DOM for a page's HTML, in Node. jsdom, because it is the one library whose text matched the browsers' on every
 * page measured (TOOLCHAIN.md): linkedom lost the body of about one messy page in five and happy-dom lost one and
 * grew without bound over long runs. Its slower parsing is outside the analysis time we report.
 * No scripts run, nothing is fetched, and stylesheet complaints are kept off the console.
 */
export function createDom(html: string, url: string | null): JSDOM {
  const options = { url: url ?? undefined, virtualConsole: quietConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    // jsdom 29 throws on some style sheets browsers accept (e.g. calc() with Sass variables left in): parse again
    // without the style sheets, which the analysis never reads, so the rest of the page still counts.
    return new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''), options);
  }
}

function quietConsole(): VirtualConsole {
  const console = new VirtualConsole();
  console.on('jsdomError', () => {});
  return console;
}
