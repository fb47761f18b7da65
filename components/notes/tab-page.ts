import { candidateKeys } from '../../utils/notes/page-identity';
import type { PageIdentityInput } from '../../utils/notes/note-types';
import type { PageState } from '../../utils/page/page-state';

/** The page a state describes, as the notes store is asked about it. */
export function pageIdentityOf(state: PageState): PageIdentityInput {
  return { url: state.url, canonicalUrl: state.canonicalUrl, title: state.title, siteName: state.siteName, origin: state.origin };
}

/**
 * Whether listing the notes of `a` and of `b` finds the same notes: the store looks a page's notes up by its
 * candidate keys alone, so a changed title or origin does not matter, and a changed URL or canonical link does.
 */
export function listsSameNotes(a: PageIdentityInput, b: PageIdentityInput): boolean {
  try {
    const keysA = candidateKeys(a);
    const keysB = candidateKeys(b);
    return keysA.length === keysB.length && keysA.every((key) => keysB.includes(key));
  } catch {
    // A URL the store cannot read: never trust the shortcut.
    return false;
  }
}
