import type { NotesDatabase, PageRecord } from './database';
import type { Note, NoteDraft, NotePatch, PageIdentityInput } from './note-types';
import { candidateKeys, normalizeUrl, pageIdentity, type PageIdentity } from './page-identity';
import { keysEqualToAny } from './index-lookup';
import { withQuotaMessage } from './storage-errors';

/**
 * Writes and page lookups. Every write is one Dexie transaction and resolves only after it commits, so a
 * caller that got an answer knows the note is on disk; a retried save (same client-made id) changes nothing.
 */

/** Tags as the reader meant them: trimmed, single-spaced, no empties, no case-insensitive duplicates. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const folded = tag.toLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}

function mergePage(existing: PageRecord | undefined, identity: PageIdentity, reachedAt: string, now: number): PageRecord {
  const aliases = new Set(existing?.aliases ?? [identity.key]);
  aliases.add(identity.key);
  aliases.add(reachedAt);
  return {
    key: identity.key,
    url: identity.url,
    canonicalUrl: identity.canonicalUrl ?? existing?.canonicalUrl ?? null,
    title: identity.title ?? existing?.title ?? null,
    siteName: identity.siteName ?? existing?.siteName ?? null,
    site: identity.site,
    origin: identity.origin ?? existing?.origin ?? null,
    firstSeen: Math.min(existing?.firstSeen ?? now, now),
    lastSeen: Math.max(existing?.lastSeen ?? now, now),
    aliases: [...aliases],
  };
}

function sameContent(a: Note, b: Note): boolean {
  return (
    a.pageKey === b.pageKey &&
    a.kind === b.kind &&
    a.text === b.text &&
    a.verdict === b.verdict &&
    a.pageTitle === b.pageTitle &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags) &&
    JSON.stringify(a.selectors) === JSON.stringify(b.selectors)
  );
}

/** Creates or replaces a note. Saving the same draft again (a retry after a lost answer) writes nothing. */
export function saveNote(db: NotesDatabase, draft: NoteDraft, now = Date.now()): Promise<Note> {
  const identity = pageIdentity(draft.page);
  return withQuotaMessage(() =>
    db.transaction('rw', db.pages, db.notes, async () => {
      const [existing, page] = await Promise.all([db.notes.get(draft.id), db.pages.get(identity.key)]);
      const mergedPage = mergePage(page, identity, normalizeUrl(draft.page.url), now);
      const note: Note = {
        id: draft.id,
        kind: draft.kind,
        selectors: draft.selectors,
        text: draft.text,
        tags: normalizeTags(draft.tags),
        verdict: draft.verdict,
        pageKey: identity.key,
        pageUrl: identity.url,
        pageTitle: mergedPage.title,
        site: identity.site,
        created: existing?.created ?? now,
        updated: now,
      };
      await db.pages.put(mergedPage);
      if (existing && sameContent(existing, note)) return existing;
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Edits a note's own fields (text, tags, verdict) from the library, which has no page to describe. */
export function updateNote(db: NotesDatabase, patch: NotePatch, now = Date.now()): Promise<Note> {
  return withQuotaMessage(() =>
    db.transaction('rw', db.notes, async () => {
      const existing = await db.notes.get(patch.id);
      if (!existing) throw new Error(`No note with id ${patch.id}: it may have been deleted.`);
      const note: Note = {
        ...existing,
        ...(patch.text !== undefined ? { text: patch.text } : {}),
        ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
        ...(patch.verdict !== undefined ? { verdict: patch.verdict } : {}),
      };
      if (sameContent(existing, note)) return existing;
      note.updated = Math.max(now, existing.updated);
      await db.notes.put(note);
      return note;
    }),
  );
}

/** Deletes a note and returns it, so undo can put it back with `restoreNote`. */
export function deleteNote(db: NotesDatabase, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) return null;
    await db.notes.delete(id);
    return existing;
  });
}

/** Puts a deleted note back exactly as it was (undo), recreating its page if that is gone too. */
export function restoreNote(db: NotesDatabase, note: Note): Promise<Note> {
  const record: Note = { ...note, tags: normalizeTags(note.tags), pageKey: normalizeUrl(note.pageUrl) };
  return withQuotaMessage(() =>
    db.transaction('rw', db.pages, db.notes, async () => {
      if (!(await db.pages.get(record.pageKey))) {
        const identity = pageIdentity({ url: note.pageUrl, title: note.pageTitle });
        await db.pages.put(mergePage(undefined, identity, identity.key, note.created));
      }
      await db.notes.put(record);
      return record;
    }),
  );
}

function notesUnder(db: NotesDatabase, keys: readonly string[]): Promise<Note[]> {
  return Promise.all(keys.map((key) => db.notes.where('pageKey').equals(key).toArray())).then((lists) => lists.flat());
}

/**
 * The notes of one page in reading order, whatever URL variant each was saved under: its own key, the URL it
 * was reached at, and any page that lists one of those as an alias. The popup waits for this, so the notes
 * under the page's own keys are read at the same time as the aliases, not after them; only a page reached
 * under another page's alias costs a second read.
 */
export async function listPageNotes(db: NotesDatabase, page: PageIdentityInput): Promise<Note[]> {
  const keys = candidateKeys(page);
  const [aliased, direct] = await Promise.all([keysEqualToAny(db.pages, 'aliases', keys), notesUnder(db, keys)]);
  const others = aliased.filter((key) => !keys.includes(key));
  const notes = others.length > 0 ? [...direct, ...(await notesUnder(db, others))] : direct;
  return notes.sort((a, b) => a.selectors.position.start - b.selectors.position.start || a.created - b.created);
}

export function getPage(db: NotesDatabase, key: string): Promise<PageRecord | undefined> {
  return db.pages.get(key);
}
