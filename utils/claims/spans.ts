/** A half-open range of UTF-16 offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** True when the two ranges share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds whether `position` lies inside one of `spans`, which must be sorted by start and not overlap.
 * Binary search keeps the many per-number checks logarithmic on long articles.
 */
export function spanContaining(spans: readonly Span[], position: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (position < span.start) high = middle - 1;
    else if (position >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}

/** Sorts and merges ranges so that `spanContaining` can search them. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
