import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../utils/analysis/analyze-document';
import { articleFromText } from '../../utils/analysis/analyze-document';
import type { ArticleMetadata } from '../../utils/analysis/types';
import { detectClaims } from '../../utils/claims/detect-claims';
import {
  addTally, emptyTally, scoreNotices, scoreQuotes, scoreStatistics,
  type LabelledNotice, type LabelledQuote, type LabelledStatistic, type Tally,
} from './scoring';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/claims');

/**
 * The splits of the labelled set. `held-out` was read while the detectors were tuned (reported as held-out-1);
 * `held-out-2` lives in its own folder, written fresh from the conventions alone.
 */
export type Split = 'dev' | 'held-out' | 'held-out-2';

/** Each folder's files, relative to FIXTURES: the first set holds dev and held-out, the second held-out-2. */
const FOLDERS = ['.', 'held-out-2'];

interface LabelledArticle {
  id: string;
  split: Split;
  url: string | null;
  siteName: string | null;
  text: string;
  quotes: LabelledQuote[];
  statistics: LabelledStatistic[];
  syndication: LabelledNotice[];
}

interface LabelledNoticeRecord {
  id: string;
  split: Split;
  url: string | null;
  siteName: string | null;
  text: string;
  expected: LabelledNotice[];
  lookalike: boolean;
  metadata: Pick<ArticleMetadata, 'canonicalUrl' | 'structured'> | null;
}

export interface SplitScores {
  quotes: Tally;
  statistics: Tally;
  syndication: Tally;
  lookalikes: number;
  lookalikesWithFalsePositive: number;
}

function readJsonl<T>(file: string): T[] {
  return FOLDERS.flatMap((folder) =>
    readFileSync(join(FIXTURES, folder, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T),
  );
}

function emptyScores(): SplitScores {
  return { quotes: emptyTally(), statistics: emptyTally(), syndication: emptyTally(), lookalikes: 0, lookalikesWithFalsePositive: 0 };
}

/** Scores the labelled set, per split; `misses` collects every disagreement of the split `listed`. */
export function scoreLabelledSet(misses: string[], listed: Split = 'dev'): Record<Split, SplitScores> {
  const scores: Record<Split, SplitScores> = { dev: emptyScores(), 'held-out': emptyScores(), 'held-out-2': emptyScores() };
  for (const article of readJsonl<LabelledArticle>('articles.jsonl')) {
    const result = analyzeText(article.text, { url: article.url, siteName: article.siteName });
    const local: string[] = [];
    const into = scores[article.split];
    addTally(into.quotes, scoreQuotes(article.text, article.quotes, result.quotes, local));
    addTally(into.statistics, scoreStatistics(article.text, article.statistics, result.statistics, local));
    addTally(into.syndication, scoreNotices(article.syndication, result.syndication, local));
    if (article.split === listed && local.length) misses.push(`${article.id}:`, ...local);
  }
  for (const record of readJsonl<LabelledNoticeRecord>('notices.jsonl')) {
    const metadata: ArticleMetadata | undefined = record.metadata
      ? { title: null, byline: null, published: null, siteName: record.siteName, language: null, ...record.metadata }
      : undefined;
    const claims = detectClaims(articleFromText(record.text), { url: record.url, siteName: record.siteName, metadata });
    const local: string[] = [];
    const into = scores[record.split];
    const tally = scoreNotices(record.expected, claims.syndication, local);
    addTally(into.syndication, tally);
    if (record.lookalike) {
      into.lookalikes++;
      if (tally.fp > 0) into.lookalikesWithFalsePositive++;
    }
    if (record.split === listed && local.length) misses.push(`${record.id}:`, ...local);
  }
  return scores;
}
