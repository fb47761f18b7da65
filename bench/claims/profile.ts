/**
 * `npx tsx bench/claims/profile.ts`: where claim detection spends its time on the 10,000-word speed article. Times
 * each stage of detectClaims on its own (median of many runs after warm-up), and the first call of a fresh process.
 */
import { articleFromText } from '../../utils/analysis/analyze-document';
import type { PageContext, SyndicationNotice } from '../../utils/analysis/types';
import { detectClaims } from '../../utils/claims/detect-claims';
import { findQuotations } from '../../utils/claims/quotes/find-quotations';
import { detectQuotes } from '../../utils/claims/quotes/detect-quotes';
import { findPersonMentions } from '../../utils/claims/quotes/person-mentions';
import { sentencesOf } from '../../utils/claims/sentences';
import { summariseSourcing } from '../../utils/claims/sourcing-summary';
import { mergeSpans, type Span } from '../../utils/claims/spans';
import { detectStatistics } from '../../utils/claims/statistics/detect-statistics';
import { detectSyndication } from '../../utils/claims/syndication/detect-syndication';
import { findRelatedPromos } from '../../utils/claims/syndication/related-promos';
import { findSocialPosts } from '../../utils/claims/syndication/social-posts';
import { findTextNotices } from '../../utils/claims/syndication/text-notices';
import { findWireDateline } from '../../utils/claims/syndication/wire-dateline';
import { tenThousandWords } from './speed';

const context: PageContext = { url: 'https://news.example/story', siteName: 'Example News' };
const article = articleFromText(tenThousandWords());

const firstBegan = performance.now();
detectClaims(article, context);
const firstMs = performance.now() - firstBegan;

const syndication = detectSyndication(article, context);
const located = syndication.filter((notice): notice is SyndicationNotice & Span => notice.start !== undefined && notice.end !== undefined);
const posts = located.filter((notice) => notice.kind === 'embedded-social');
const promos = mergeSpans(located.filter((notice) => notice.kind === 'related-promo'));
const excluded = mergeSpans([...promos, ...posts]);
const quotes = detectQuotes(article, excluded);
const statistics = detectStatistics(article, promos, posts);

const stages: [string, () => unknown][] = [
  ['detectClaims (all)', () => detectClaims(article, context)],
  ['  syndication', () => detectSyndication(article, context)],
  ['    social posts', () => findSocialPosts(article)],
  ['    related promos', () => findRelatedPromos(article)],
  ['    wire dateline', () => findWireDateline(article)],
  ['    text notices', () => findTextNotices(article)],
  ['  quotes', () => detectQuotes(article, excluded)],
  ['    find quotations', () => findQuotations(article)],
  ['    person mentions', () => article.blocks.map((block) => findPersonMentions(article.text, block.start, block.end))],
  ['  statistics', () => detectStatistics(article, promos, posts)],
  ['    sentences', () => article.blocks.map((block) => sentencesOf(article.text, block))],
  ['  sourcing summary', () => summariseSourcing(quotes, statistics)],
];

const runs = Number(process.env.PROFILE_RUNS ?? 60);
console.log(`first detectClaims call: ${firstMs.toFixed(1)} ms (${article.text.length} characters, ${article.blocks.length} blocks)`);
for (const [name, stage] of stages) {
  for (let i = 0; i < 5; i++) stage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    stage();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(22)} median ${times[times.length >> 1]!.toFixed(2).padStart(6)} ms  min ${times[0]!.toFixed(2).padStart(6)} ms`);
}
