import { syndicationBanner, SYNDICATION_BANNER_CSS } from '../../components/page/syndication-banner';
import { SUMMARY_PANEL_CSS, SummaryPanel, type SummaryPanelProps } from '../../components/page/summary-panel';
import { createIsolatedHost, type IsolatedHost } from './isolated-host';

/** The summary panel, fixed in a corner of the viewport, in a closed shadow root. */
export class SummaryUi {
  private ui: IsolatedHost | null = null;
  private panel: SummaryPanel | null = null;

  constructor(private readonly doc: Document) {}

  render(props: SummaryPanelProps): void {
    if (!this.ui || !this.panel) {
      this.ui = createIsolatedHost(this.doc, SUMMARY_PANEL_CSS, {
        position: 'fixed',
        right: '16px',
        bottom: '16px',
        width: '340px',
        'max-width': 'calc(100vw - 32px)',
        'z-index': '2147483646',
      });
      this.panel = new SummaryPanel(this.doc);
      this.ui.root.appendChild(this.panel.element);
      this.doc.documentElement.appendChild(this.ui.host);
    }
    this.panel.update(props);
  }

  remove(): void {
    this.ui?.host.remove();
    this.ui = null;
    this.panel = null;
  }
}

/** "Created by …" right below the headline, when the story is syndicated. */
export class SyndicationUi {
  private ui: IsolatedHost | null = null;

  constructor(private readonly doc: Document) {}

  isShown(): boolean {
    return this.ui !== null && this.ui.host.isConnected;
  }

  show(headline: Element, origin: string, site: string | null): void {
    this.remove();
    this.ui = createIsolatedHost(this.doc, SYNDICATION_BANNER_CSS);
    this.ui.root.appendChild(syndicationBanner(this.doc, origin, site));
    headline.after(this.ui.host);
  }

  remove(): void {
    this.ui?.host.remove();
    this.ui = null;
  }
}

/** The story's headline: the <h1> that matches the page title best, in the article first. */
export function findHeadline(doc: Document, root: Element | null, title: string | null): Element | null {
  const candidates = [...(root?.querySelectorAll('h1') ?? []), ...doc.querySelectorAll('h1')];
  const wanted = title?.trim().toLowerCase() ?? '';
  const matches = (h1: Element) => {
    const words = (h1.textContent ?? '').trim().toLowerCase().slice(0, 40);
    return words.length > 0 && wanted.includes(words);
  };
  return candidates.find(matches) ?? candidates[0] ?? null;
}
