import type { ArticleText, PageContext, SyndicationNotice } from '../../analysis/types';
import { overlaps } from '../spans';
import { findMetadataSignals } from './metadata-signals';
import { isOwnPublisher } from './publisher-names';
import { findRelatedPromos } from './related-promos';
import { findSocialPosts } from './social-posts';
import { findTextNotices } from './text-notices';
import { findWireDateline } from './wire-dateline';

/**
 * Every syndication notice of the article, in text order, then the metadata signals. A notice naming the site that
 * shows the page is the site's own (its footer, its own tagline) and is dropped.
 */
export function detectSyndication(article: ArticleText, context: PageContext): SyndicationNotice[] {
  const social = findSocialPosts(article);
  const promos = findRelatedPromos(article).filter((promo) => !social.some((post) => overlaps(post as Span, promo as Span)));
  const visible: SyndicationNotice[] = [...social, ...promos];
  const dateline = findWireDateline(article);
  if (dateline && !isOwnPublisher(dateline.origin ?? '', context)) visible.push(dateline);
  for (const notice of findTextNotices(article)) {
    if (notice.origin && isOwnPublisher(notice.origin, context)) continue;
    if (visible.some((other) => overlaps(other as Span, notice))) continue;
    const { named: _named, ...plain } = notice;
    visible.push(plain);
  }
  visible.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return [...visible, ...findMetadataSignals(context)];
}

type Span = { start: number; end: number };
