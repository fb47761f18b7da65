import { el } from './dom';

/** Said plainly near the headline: whose story this is, when it is not this site's. */
export function syndicationBanner(doc: Document, origin: string, site: string | null): HTMLElement {
  return el(doc, 'p', { class: 'banner', role: 'note' }, el(doc, 'strong', {}, 'Republished story.'), ` Created by ${origin}${site ? `, not by ${site}` : ''}.`);
}

export const SYNDICATION_BANNER_CSS = `
  .banner { margin: 6px 0 10px; padding: 4px 10px; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: #3b0764; background: #f3e8ff; border-left: 4px solid #8b5cf6; border-radius: 4px; }
  @media (prefers-color-scheme: dark) { .banner { color: #f3e8ff; background: #2e1065; } }
`;
