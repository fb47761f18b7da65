import * as v from 'valibot';
import { ClaimKindSchema, LIMITS, VerdictSchema, WebUrl as HttpUrl } from '../../messaging/schemas';

/**
 * What a Newsmark JSON-LD export must look like to be imported. Strings are only ever stored and shown as
 * text, so markup in them is harmless; what is checked here is shape, types and sizes.
 */

const IsoDate = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a date such as 2026-03-14T09:30:00.000Z'),
);

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset));

const QuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.maxLength(LIMITS.quote)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.context)), ''),
});

const PositionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.check((position) => position.end >= position.start, 'end must not be before start'),
);

const Body = v.variant('purpose', [
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('commenting'), value: v.pipe(v.string(), v.maxLength(LIMITS.noteText)) }),
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('tagging'), value: v.pipe(v.string(), v.maxLength(LIMITS.tag)) }),
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('assessing'), value: VerdictSchema }),
]);

const Selectors = v.pipe(
  v.array(v.variant('type', [QuoteSelector, PositionSelector])),
  v.check(
    (selectors) => selectors.some((s) => s.type === 'TextQuoteSelector') && selectors.some((s) => s.type === 'TextPositionSelector'),
    'needs a TextQuoteSelector and a TextPositionSelector',
  ),
);

export const AnnotationSchema = v.object({
  id: v.pipe(
    v.string(),
    v.maxLength(LIMITS.id + 20),
    v.regex(/^urn:(uuid|newsmark:note):[\w.:-]+$/, 'must be a Newsmark note id (urn:uuid:… or urn:newsmark:note:…)'),
  ),
  type: v.literal('Annotation'),
  created: IsoDate,
  modified: v.optional(IsoDate),
  // JSON-LD allows a lone body where a list is expected, and the Web Annotation model allows none at all.
  body: v.optional(
    v.pipe(
      v.unknown(),
      v.transform((body) => (body === undefined ? [] : Array.isArray(body) ? body : [body])),
      v.array(Body),
      v.maxLength(LIMITS.tags + 2),
    ),
    [],
  ),
  target: v.object({ source: HttpUrl, selector: Selectors }),
  'newsmark:kind': v.optional(ClaimKindSchema, 'selection'),
  'newsmark:pageTitle': v.nullish(v.pipe(v.string(), v.maxLength(LIMITS.title)), null),
  'newsmark:site': v.nullish(v.pipe(v.string(), v.maxLength(LIMITS.title)), null),
});

export const AnnotationCollectionSchema = v.object({
  type: v.literal('AnnotationCollection', 'must be "AnnotationCollection" (a Newsmark JSON-LD export)'),
  first: v.object({ items: v.array(AnnotationSchema) }),
});

/** The collection without its items checked: a large file's items are checked a slice at a time. */
export const ExportEnvelopeSchema = v.object({
  type: AnnotationCollectionSchema.entries.type,
  first: v.object({ items: v.array(v.unknown()) }),
});

export const AnnotationSliceSchema = v.array(AnnotationSchema);

export type ImportedAnnotation = v.InferOutput<typeof AnnotationSchema>;
