import * as v from 'valibot';
import { CLAIM_KINDS, VERDICTS } from '../notes/note-types';
import { MAX_STAGE_BATCH_NOTES } from '../notes/import/import-limits';

/**
 * The shapes the background accepts, one per NotesProtocol message. A content script runs next to a
 * hostile page and an import file can hold anything, so nothing reaches the store unchecked; unknown keys
 * are stripped. Limits keep one message from filling the database.
 */

export const LIMITS = {
  id: 128,
  url: 4096,
  title: 1000,
  noteText: 20_000,
  quote: 20_000,
  context: 256,
  tag: 100,
  tags: 50,
  queryText: 500,
  /** Ids in one export chunk request: a chunk holds whole pages, so a little more than a chunk's notes. */
  stageBatch: MAX_STAGE_BATCH_NOTES,
  /** Longer than any article; bounds the position selector. */
  offset: 50_000_000,
} as const;

const Id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.id), v.regex(/^[\w.:-]+$/, 'may hold only letters, digits and . _ : -'));

export const WebUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s) URL'),
);

const OptionalText = (max: number) => v.nullish(v.pipe(v.string(), v.maxLength(max)));

export const PageIdentityInputSchema = v.object({
  url: WebUrl,
  canonicalUrl: OptionalText(LIMITS.url),
  title: OptionalText(LIMITS.title),
  siteName: OptionalText(LIMITS.title),
  origin: OptionalText(LIMITS.title),
});

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset));

export const NoteSelectorsSchema = v.object({
  quote: v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.maxLength(LIMITS.quote)),
    prefix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
    suffix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
  }),
  position: v.pipe(
    v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
    v.check((position) => position.end >= position.start, 'end must not be before start'),
  ),
});

export const ClaimKindSchema = v.picklist(CLAIM_KINDS);
export const VerdictSchema = v.picklist(VERDICTS);
const Tags = v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag))), v.maxLength(LIMITS.tags));
const NoteText = v.pipe(v.string(), v.maxLength(LIMITS.noteText));

export const NoteDraftSchema = v.object({
  id: Id,
  page: PageIdentityInputSchema,
  kind: ClaimKindSchema,
  selectors: NoteSelectorsSchema,
  text: NoteText,
  tags: Tags,
  verdict: v.nullable(VerdictSchema),
});

const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));

/** A stored note coming back (undo after a delete). */
export const NoteSchema = v.object({
  ...v.omit(NoteDraftSchema, ['page']).entries,
  pageKey: v.pipe(v.string(), v.maxLength(LIMITS.url)),
  pageUrl: WebUrl,
  pageTitle: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.title))),
  site: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.title))),
  created: Timestamp,
  updated: Timestamp,
});

export const NotePatchSchema = v.object({
  id: Id,
  text: v.optional(NoteText),
  tags: v.optional(Tags),
  verdict: v.optional(v.nullable(VerdictSchema)),
});

export const NoteQuerySchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.queryText))),
  tags: v.optional(Tags),
  verdict: v.optional(VerdictSchema),
  kind: v.optional(ClaimKindSchema),
  site: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.title))),
  from: v.optional(Timestamp),
  to: v.optional(Timestamp),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  after: v.optional(v.object({ updated: Timestamp, id: Id })),
});

export const ImportIdSchema = v.pipe(v.string(), v.uuid('must be an import id'));

export const StageImportSchema = v.object({
  importId: ImportIdSchema,
  notes: v.pipe(v.array(NoteSchema), v.maxLength(LIMITS.stageBatch)),
});

/** Longer than any article a page holds; bounds the work one detectClaims message asks of the background. */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** A page's own words about itself (title, byline, URL): generous, since refusing one would lose every mark. */
const PageField = v.nullable(v.pipe(v.string(), v.maxLength(100_000)));

const TextBlockSchema = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    kind: v.picklist(['paragraph', 'heading', 'list-item', 'blockquote', 'embed', 'preformatted']),
    social: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.tag))),
  }),
  v.check((block) => block.end >= block.start, 'end must not be before start'),
);

const ArticleMetadataSchema = v.object({
  title: PageField,
  byline: PageField,
  published: PageField,
  siteName: PageField,
  canonicalUrl: PageField,
  language: PageField,
  structured: v.object({
    publisher: PageField,
    provider: PageField,
    sourceOrganization: PageField,
    copyrightHolder: PageField,
    isBasedOn: PageField,
  }),
});

/** An article text with its blocks, every block inside the text, and what the page says about itself. */
export const ClaimsRequestSchema = v.object({
  article: v.pipe(
    v.object({
      text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
      blocks: v.pipe(v.array(TextBlockSchema), v.maxLength(MAX_ARTICLE_CHARS)),
    }),
    v.check((article) => article.blocks.every((block) => block.end <= article.text.length), 'every block must lie within the text'),
  ),
  context: v.object({
    url: PageField,
    siteName: PageField,
    metadata: v.optional(ArticleMetadataSchema),
  }),
});

export const NoteIdSchema = Id;
/** A browser tab's id (listTabNotes): the extensions API numbers tabs from 0 up. */
export const TabIdSchema = v.pipe(v.number('must be a tab id'), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
export const NoPayloadSchema = v.nullish(v.unknown());

/** "at selectors.quote.exact: Invalid type: Expected string but received 42", one line per problem (at most 5). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 5).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `at ${path}: ${issue.message}` : issue.message;
  });
  if (issues.length > 5) lines.push(`and ${issues.length - 5} more`);
  return lines.join('; ');
}

/** Parses a message payload or throws an Error that says which message and which field was wrong. */
export function parsePayload<TSchema extends v.GenericSchema>(schema: TSchema, payload: unknown, message: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, payload);
  if (!result.success) throw new Error(`Invalid ${message} message: ${describeIssues(result.issues)}`);
  return result.output;
}
