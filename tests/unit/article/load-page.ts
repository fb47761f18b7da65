import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDom } from '../../../scripts/analyze/create-dom';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A fixture page as a live document, parsed the way the analyze command parses pages. */
export function loadPage(relativePath: string, url: string | null = null): Document {
  return createDom(readFileSync(join(ROOT, relativePath), 'utf8'), url).window.document;
}

export function pageFromHtml(html: string, url: string | null = null): Document {
  return createDom(html, url).window.document;
}
