import type { Note } from '../note-types';

/**
 * Notes as Markdown, grouped by page: for reading, pasting into a document or a notes app.
 * Everything a reader or a page wrote is escaped, so a note holding `<script>` or `[link](javascript:…)`
 * renders as those characters, never as markup.
 */

const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~!&$]/g;
const LINE_START_SPECIAL = /^(\s*)([-+=]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_SPECIAL, (_, space: string, mark: string) => `${space}\\${mark}`))
    .join('\n');
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const kindLabel = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

/** One note's section, without the blank line before it. */
export function markdownNote(note: Note): string {
  const heading = `### ${kindLabel(note.kind)}${note.verdict ? ` \u2014 ${escapeMarkdown(note.verdict)}` : ''}`;
  const parts = [heading];
  if (note.selectors.quote.exact) parts.push(blockquote(note.selectors.quote.exact));
  if (note.text) parts.push(escapeMarkdown(note.text));
  const meta = [`Saved ${day(note.created)}`];
  if (note.updated !== note.created) meta.push(`edited ${day(note.updated)}`);
  if (note.tags.length) meta.push(`tags: ${note.tags.map(escapeMarkdown).join(', ')}`);
  parts.push(`*${meta.join(' \u00B7 ')}*`);
  return parts.join('\n\n');
}

/** The title line and the counts line. */
export function markdownHeader(noteCount: number, pageCount: number, exportedAt: number): string {
  return `# Newsmark notes\n\n*${noteCount} notes on ${pageCount} pages, exported ${day(exportedAt)}.*`;
}

/** A page's heading, from one of its notes: its linked title and its site. */
export function markdownPageHead(note: Note): string {
  const title = escapeMarkdown(note.pageTitle ?? note.pageUrl);
  // An angle-bracket destination keeps parentheses in the URL from ending the link; URLs are stored encoded.
  const out = [`## [${title}](<${note.pageUrl}>)`];
  if (note.site) out.push(`*${escapeMarkdown(note.site)}*`);
  return out.join('\n\n');
}

/** One page's section: its heading (from its first note), then its notes in reading order. */
export function markdownPage(pageNotes: readonly Note[]): string {
  const ordered = [...pageNotes].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
  return [markdownPageHead(pageNotes[0]!), ...ordered.map(markdownNote)].join('\n\n');
}

export function exportMarkdown(notes: readonly Note[], exportedAt = Date.now()): string {
  const pages = new Map<string, Note[]>();
  for (const note of notes) pages.set(note.pageKey, [...(pages.get(note.pageKey) ?? []), note]);
  const out = [markdownHeader(notes.length, pages.size, exportedAt), ...[...pages.values()].map(markdownPage)];
  return out.join('\n\n') + '\n';
}
