import type { NotesDatabase, PageRecord } from '../database';
import type { ImportReport, Note } from '../note-types';
import { withQuotaMessage } from '../storage-errors';

/**
 * The last step of an import (see import-staging.ts): all notes in one transaction or none. Idempotent: a note
 * already stored under the same id is left alone unless the file has a newer edit of it.
 */

function sameNote(a: Note, b: Note): boolean {
  return JSON.stringify([a.kind, a.selectors, a.text, a.tags, a.verdict, a.pageKey, a.pageTitle, a.updated]) ===
    JSON.stringify([b.kind, b.selectors, b.text, b.tags, b.verdict, b.pageKey, b.pageTitle, b.updated]);
}

function pagesFor(notes: readonly Note[], existing: Map<string, PageRecord>): PageRecord[] {
  const pages = new Map<string, PageRecord>();
  for (const note of notes) {
    const page = pages.get(note.pageKey) ?? existing.get(note.pageKey) ?? {
      key: note.pageKey,
      url: note.pageUrl,
      canonicalUrl: null,
      title: note.pageTitle,
      siteName: null,
      site: note.site ?? '',
      origin: null,
      firstSeen: note.created,
      lastSeen: note.updated,
      aliases: [note.pageKey],
    };
    pages.set(note.pageKey, {
      ...page,
      title: page.title ?? note.pageTitle,
      firstSeen: Math.min(page.firstSeen, note.created),
      lastSeen: Math.max(page.lastSeen, note.updated),
    });
  }
  return [...pages.values()];
}

/** Writes checked notes (ids unique) in one transaction: every note or, on any failure, none. */
export function writeImport(db: NotesDatabase, notes: readonly Note[]): Promise<ImportReport> {
  return withQuotaMessage(() =>
    db.transaction('rw', db.pages, db.notes, async () => {
      const stored = await db.notes.bulkGet(notes.map((note) => note.id));
      const pageKeys = [...new Set(notes.map((note) => note.pageKey))];
      const storedPages = await db.pages.bulkGet(pageKeys);
      const existingPages = new Map(storedPages.filter((p): p is PageRecord => !!p).map((p) => [p.key, p]));

      const toWrite: Note[] = [];
      const report: ImportReport = { added: 0, unchanged: 0, updated: 0 };
      notes.forEach((note, i) => {
        const current = stored[i];
        if (!current) {
          report.added += 1;
          toWrite.push(note);
        } else if (note.updated > current.updated && !sameNote(current, note)) {
          report.updated = (report.updated ?? 0) + 1;
          toWrite.push({ ...note, created: Math.min(note.created, current.created) });
        } else {
          report.unchanged += 1;
        }
      });
      if (toWrite.length > 0) {
        await db.pages.bulkPut(pagesFor(toWrite, existingPages));
        await db.notes.bulkPut(toWrite);
      }
      return report;
    }),
  );
}
