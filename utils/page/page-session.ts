import { assembleAnalysis, claimsRequestOf, type ClaimsRequest, type DocumentAnalysis } from '../analysis/assemble-analysis';
import type { Claims } from '../analysis/types';
import { findArticleSteps, type ArticlePhase, type FoundArticle } from '../article/find-article';
import { anchor } from '../notes/anchoring/anchor';
import { describeRange } from '../notes/anchoring/describe-range';
import type { ClaimKind, Note, NoteSelectors, PageIdentityInput } from '../notes/note-types';
import { CardHost } from './card-host';
import type { CardSubject } from './card-protocol';
import { ContentWatch } from './content-watch';
import { MarkLayer, type MarkRecord } from './mark-layer';
import { markLabel, markSpecsOf, type MarkSpec } from './mark-specs';
import { MarkStyles } from './mark-styles';
import type { AnchorStatus, PageState } from './page-state';
import { countClaims, summaryLine, syndicationOrigin } from './page-summary';
import { forEachInSlices, runStepsInSlices, whenIdle, yieldToMain } from './scheduler';
import { SelectionButton } from './selection-button';
import { TaskClock } from './task-clock';
import { listenToReader } from './reader-input';
import { articleRangeOf } from './selection-range';
import { LiveTextMap } from './split-text';
import { findHeadline, SummaryUi, SyndicationUi } from './summary-ui';

export interface SessionServices {
  listNotes(page: PageIdentityInput): Promise<Note[]>;
  /** The claims of the article text (the background runs the detectors); null when they could not be had this time. */
  detectClaims(request: ClaimsRequest): Promise<Claims | null>;
  cardUrl(token: string): string;
  cardOrigin: string;
  cardTokens: { register(token: string): Promise<void>; forget(token: string): Promise<void> };
  disableSite(): void;
}

/** What the session remembers of a saved note: enough to re-open it, never its text. */
interface KnownNote {
  kind: ClaimKind;
  selectors: NoteSelectors;
}

const REFRESH_MIN_INTERVAL_MS = 1000;

function* findWithLiveMap(doc: Document): Generator<ArticlePhase | 'live map' | void, { found: FoundArticle; live: LiveTextMap }, void> {
  const found = yield* findArticleSteps(doc, { url: location.href });
  yield 'live map';
  return { found, live: new LiveTextMap(found.map) };
}
const MAX_REFRESHES = 60;

/**
 * Newsmark on one page visit (one URL): finds the article, marks its claims, places the page's notes, shows the
 * summary, and answers the reader. Everything it adds is removed when `signal` aborts.
 */
export class PageSession {
  private readonly layer: MarkLayer;
  private readonly styles: MarkStyles;
  private readonly card: CardHost;
  private readonly summaryUi: SummaryUi;
  private readonly syndicationUi: SyndicationUi;
  private readonly selectionButton: SelectionButton;
  private readonly hidden = new Set<ClaimKind>();
  private readonly notes = new Map<string, KnownNote>();
  private readonly anchors = new Map<string, AnchorStatus>();
  private watch: ContentWatch | null = null;
  private analysis: DocumentAnalysis | null = null;
  private live: LiveTextMap | null = null;
  private refreshing: Promise<void> | null = null;
  private lastRefresh = 0;
  private refreshes = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingSelection: { start: number; end: number } | null = null;
  private disposed = false;
  private readonly clock = new TaskClock();
  /** Resolves when the first pass (marks and notes) is done; tests and the benchmark wait on it. */
  readonly ready: Promise<void>;

  constructor(
    private readonly doc: Document,
    private readonly services: SessionServices,
    private readonly signal: AbortSignal,
  ) {
    this.layer = new MarkLayer(doc);
    this.styles = new MarkStyles(doc);
    this.card = new CardHost(doc, services.cardUrl, services.cardOrigin, services.cardTokens);
    this.summaryUi = new SummaryUi(doc);
    this.syndicationUi = new SyndicationUi(doc);
    this.selectionButton = new SelectionButton(doc, () => void this.noteSelection());
    signal.addEventListener('abort', () => this.dispose(), { once: true });
    this.ready = this.run();
  }

  private async run(): Promise<void> {
    await whenIdle();
    if (this.signal.aborted || !this.doc.body) return;
    this.watch = new ContentWatch(this.doc.body, () => this.scheduleRefresh(), this.signal, 400, () => {
      const root = this.analysis?.found.isArticle ? this.analysis.found.root : null;
      return root?.isConnected ? root : null;
    });
    this.listen();
    // A refresh the page asks for meanwhile waits for this first pass (the analysis now spans several tasks).
    const first = this.pass();
    this.refreshing = first;
    try {
      await first;
    } finally {
      if (this.refreshing === first) this.refreshing = null;
    }
    this.clock.doneAtMs = performance.now();
  }

  /** One analysis of the page, marking what is new and placing notes not yet placed. */
  private async pass(): Promise<void> {
    // Spread over short tasks; the page may change between them (see findArticleSteps for why that is safe).
    const began = performance.now();
    const taken = await runStepsInSlices(findWithLiveMap(this.doc), this.signal, (slice, phases) =>
      this.clock.measureAnalysis(slice, phases),
    );
    if (!taken || this.signal.aborted) return;
    // The text was taken in one step, so the claims' offsets hold for it even if the page changes meanwhile.
    const request = claimsRequestOf(taken.found, location.href);
    const claims = await this.services.detectClaims(request).catch(() => null);
    if (!claims || this.signal.aborted) return;
    const analysis = assembleAnalysis(taken.found, claims, request.context, began);
    this.analysis = analysis;
    this.live = taken.live;
    if (!analysis.found.isArticle) {
      this.showUi();
      return;
    }
    await yieldToMain();
    if (this.signal.aborted) return;
    this.watch!.quietly(() => this.styles.apply(this.hidden));
    const specs = markSpecsOf(analysis.claims, analysis.found.map.article);
    await forEachInSlices(specs, (spec) => this.watch!.quietly(() => this.markClaim(spec)), this.signal, this.clock);
    this.forgetDetached();
    if (this.signal.aborted) return;
    await this.placeNotes();
    if (this.signal.aborted) return;
    this.showUi();
  }

  private markClaim(spec: MarkSpec): void {
    const live = this.live!;
    const existing = this.layer.existing(spec, live);
    if (existing) {
      existing.spec = spec;
      return;
    }
    const record = this.layer.add(spec, live);
    if (record && this.hidden.has(spec.details.kind)) this.layer.setFocusable(record, false);
  }

  /** Marks whose text the page removed are forgotten (their notes become unplaced until found again). */
  private forgetDetached(): void {
    for (const record of this.layer.all()) {
      if (record.elements.some((el) => el.isConnected)) continue;
      this.layer.remove(record);
      if (record.noteId) this.anchors.delete(record.noteId);
    }
  }

  private async placeNotes(): Promise<void> {
    let notes: Note[];
    try {
      notes = await this.services.listNotes(this.pageIdentity());
    } catch {
      // The background may be restarting; the next pass tries again.
      return;
    }
    if (this.signal.aborted) return;
    const text = this.live!.map.article.text;
    const unplaced = notes.filter((n) => !this.layer.byNote(n.id));
    await forEachInSlices(
      unplaced,
      (note) => {
        this.notes.set(note.id, { kind: note.kind, selectors: note.selectors });
        const found = anchor(text, note.selectors);
        if (found.status === 'orphan') {
          this.anchors.set(note.id, 'orphan');
          return;
        }
        const record = this.watch!.quietly(() => this.noteMark(note.kind, found.start, found.end));
        if (!record) {
          this.anchors.set(note.id, 'orphan');
          return;
        }
        this.layer.setNote(record, note.id);
        this.anchors.set(note.id, found.status);
      },
      this.signal,
      this.clock,
    );
  }

  /** The mark a note sits on: its claim's mark when the claim is still there, else a mark of its own. */
  private noteMark(kind: ClaimKind, start: number, end: number): MarkRecord | null {
    const claim = this.layer.all().find((r) => r.spec.start === start && r.spec.end === end && !r.noteId && (kind === 'selection' || r.spec.details.kind === kind));
    if (claim) return claim;
    const text = this.live!.map.article.text;
    const details = { kind: 'selection' as const, text: text.slice(start, end) };
    return this.layer.add({ start, end, details, label: markLabel(details) }, this.live!);
  }

  private scheduleRefresh(): void {
    if (this.signal.aborted || this.refreshTimer !== null || this.refreshes >= MAX_REFRESHES) return;
    const wait = Math.max(0, this.lastRefresh + REFRESH_MIN_INTERVAL_MS - performance.now());
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      if (this.refreshing) {
        this.scheduleRefresh();
        return;
      }
      this.refreshes++;
      this.lastRefresh = performance.now();
      this.refreshing = whenIdle()
        .then(() => (this.signal.aborted ? undefined : this.pass()))
        .finally(() => (this.refreshing = null));
    }, wait);
  }

  // ---- the reader's actions --------------------------------------------------------------------------------

  private listen(): void {
    listenToReader(
      this.doc,
      {
        markAt: (node) => this.layer.recordAt(node),
        isOwnUi: (node) => this.card.contains(node) || this.selectionButton.contains(node),
        opens: (record) => !this.hidden.has(record.spec.details.kind) || record.noteId !== null,
        openCard: (record) => void this.openCard(record),
        cardIsOpen: () => this.card.subject !== null,
        closeCard: (restoreFocus) => void this.card.close(restoreFocus),
        highlight: (record, active) => this.watch!.quietly(() => this.layer.setActive(record, active)),
        noteSelection: () => this.noteSelection(),
        selectionSettled: () => this.onSelectionSettled(),
      },
      this.signal,
    );
  }

  private onSelectionSettled(): void {
    if (this.signal.aborted) return;
    const range = this.selectedArticleRange();
    const selection = this.doc.getSelection();
    if (!range || !selection || selection.rangeCount === 0) {
      this.watch?.quietly(() => this.selectionButton.hide());
      return;
    }
    const rects = selection.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
    this.watch?.quietly(() => this.selectionButton.showAt(last));
  }

  private selectedArticleRange(): { start: number; end: number } | null {
    const selection = this.doc.getSelection();
    if (!this.live || !this.analysis?.found.isArticle || !selection || selection.rangeCount === 0) return null;
    return articleRangeOf(this.live.map, selection.getRangeAt(0));
  }

  /** Opens the card for a note on the current selection; false when nothing in the article is selected. */
  noteSelection(): boolean {
    const range = this.selectedArticleRange();
    if (!range) return false;
    const selection = this.doc.getSelection()!;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    this.watch?.quietly(() => this.selectionButton.hide());
    const text = this.live!.map.article.text;
    this.pendingSelection = range;
    const subject: CardSubject = {
      noteId: crypto.randomUUID(),
      kind: 'selection',
      details: { kind: 'selection', text: text.slice(range.start, range.end) },
      selectors: describeRange(text, range.start, range.end),
      page: this.pageIdentity(),
    };
    void this.card.open(subject, rect, null, {
      onSaved: (noteId) => this.noteSaved(noteId, subject),
      onDeleted: (noteId) => this.noteDeleted(noteId),
      onClosed: () => undefined,
    });
    selection.removeAllRanges();
    return true;
  }

  private async openCard(record: MarkRecord): Promise<void> {
    const known = record.noteId ? this.notes.get(record.noteId) : undefined;
    const text = this.live!.map.article.text;
    const subject: CardSubject = {
      noteId: record.noteId ?? crypto.randomUUID(),
      kind: known?.kind ?? record.spec.details.kind,
      details: record.spec.details,
      selectors: known?.selectors ?? describeRange(text, record.spec.start, record.spec.end),
      page: this.pageIdentity(),
    };
    if (known && record.noteId && this.anchors.get(record.noteId) === 'approximate') subject.approximate = { originalQuote: known.selectors.quote.exact };
    this.pendingSelection = null;
    const first = record.elements[0]!;
    await this.card.open(subject, first.getBoundingClientRect(), first, {
      onSaved: (noteId) => this.noteSaved(noteId, subject, record),
      onDeleted: (noteId) => this.noteDeleted(noteId),
      onClosed: () => undefined,
    });
  }

  private noteSaved(noteId: string, subject: CardSubject, record?: MarkRecord): void {
    this.notes.set(noteId, { kind: subject.kind, selectors: subject.selectors });
    this.anchors.set(noteId, 'exact');
    let target = record ?? this.layer.byNote(noteId);
    if (!target && subject.kind === 'selection') {
      const range = this.pendingSelection ?? { start: subject.selectors.position.start, end: subject.selectors.position.end };
      target = this.watch!.quietly(() => this.noteMark('selection', range.start, range.end)) ?? undefined;
    }
    if (target && target.noteId !== noteId) this.watch!.quietly(() => this.layer.setNote(target, noteId));
    this.showUi();
  }

  private noteDeleted(noteId: string): void {
    this.notes.delete(noteId);
    this.anchors.delete(noteId);
    const record = this.layer.byNote(noteId);
    if (record) {
      this.watch!.quietly(() => {
        if (record.spec.details.kind === 'selection') this.layer.remove(record);
        else this.layer.setNote(record, null);
      });
    }
    this.showUi();
  }

  /** Scrolls to a note's mark, focuses and flashes it; false when the note is not placed on the page. */
  revealNote(noteId: string): boolean {
    const record = this.layer.byNote(noteId);
    if (!record) return false;
    this.reveal(record);
    return true;
  }

  private reveal(record: MarkRecord): void {
    const [first] = record.elements;
    if (!first?.isConnected) return;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    this.watch?.quietly(() => record.elements.forEach((el) => el.setAttribute('data-newsmark-flash', '')));
    setTimeout(() => this.watch?.quietly(() => record.elements.forEach((el) => el.removeAttribute('data-newsmark-flash'))), 2600);
  }

  private toggleKind(kind: ClaimKind): void {
    if (this.hidden.has(kind)) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.watch!.quietly(() => {
      this.styles.apply(this.hidden);
      for (const r of this.layer.all()) if (r.spec.details.kind === kind) this.layer.setFocusable(r, !this.hidden.has(kind) || r.noteId !== null);
    });
    this.showUi();
  }

  // ---- what the page and the popup are told ----------------------------------------------------------------

  pageIdentity(): PageIdentityInput {
    const metadata = this.analysis?.found.metadata;
    const canonical = metadata?.canonicalUrl ?? this.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
    let canonicalUrl: string | null = null;
    try {
      canonicalUrl = canonical ? new URL(canonical, location.href).href : null;
    } catch {
      canonicalUrl = null;
    }
    return {
      url: location.href,
      canonicalUrl,
      title: metadata?.title ?? (this.doc.title || null),
      siteName: this.analysis?.result.article.siteName ?? null,
      origin: this.analysis ? syndicationOrigin(this.analysis.claims) : null,
    };
  }

  state(): PageState {
    const page = this.pageIdentity();
    const claims = this.analysis?.claims ?? { quotes: [], statistics: [], syndication: [], sourcing: { speakers: [], sources: [], unsourcedStatistics: 0 } };
    const counts = countClaims(claims);
    const origin = syndicationOrigin(claims);
    return {
      url: page.url,
      canonicalUrl: page.canonicalUrl ?? null,
      title: page.title ?? null,
      siteName: page.siteName ?? null,
      isArticle: this.analysis?.found.isArticle ?? false,
      counts,
      origin,
      syndication: claims.syndication,
      sourcing: claims.sourcing,
      summary: summaryLine(counts, origin),
      anchors: [...this.anchors].map(([noteId, status]) => ({ noteId, status })),
      perf: {
        marksDoneMs: this.clock.doneAtMs,
        busyMs: this.clock.busyMs,
        longestTaskMs: this.clock.longestTaskMs,
        analysisMs: this.clock.analysisMs,
        longestTaskWhat: this.clock.longestTaskWhat,
        longestPageTaskMs: this.clock.longestPageTaskMs,
        marks: this.layer.all().length,
      },
    };
  }

  private showUi(): void {
    if (this.signal.aborted || !this.analysis?.found.isArticle) return;
    const state = this.state();
    const records = this.layer.all().sort((a, b) => a.spec.start - b.spec.start);
    const kindCounts: Partial<Record<ClaimKind, number>> = {};
    for (const r of records) kindCounts[r.spec.details.kind] = (kindCounts[r.spec.details.kind] ?? 0) + 1;
    this.clock.measure(() => this.watch!.quietly(() => {
      this.summaryUi.render({
        summary: state.summary,
        kindCounts,
        hidden: new Set(this.hidden),
        claims: records.map((r) => ({ id: r.id, kind: r.spec.details.kind, text: r.spec.details.text })),
        orphans: state.anchors.filter((a) => a.status === 'orphan').length,
        onToggleKind: (kind) => this.toggleKind(kind),
        onReveal: (id) => {
          const record = this.layer.get(id);
          if (record) this.reveal(record);
        },
        onDisableSite: () => this.services.disableSite(),
      });
      const headline = state.origin ? findHeadline(this.doc, this.analysis!.found.root, state.title) : null;
      if (headline && state.origin) {
        if (!this.syndicationUi.isShown()) this.syndicationUi.show(headline, state.origin, state.siteName);
      } else {
        this.syndicationUi.remove();
      }
    }));
  }

  private dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.card.destroy();
    this.selectionButton.hide();
    this.summaryUi.remove();
    this.syndicationUi.remove();
    this.layer.removeAll();
    this.styles.remove();
  }
}
