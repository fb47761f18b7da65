import type { ArticleText, PageContext, SyndicationNotice } from '../../analysis/types';
import { overlaps } from '../spans';
import { findMetadataSignals } from './metadata-signals';
import { isOwnPublisher } from './same-publisher';
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
  const isOwn = ownPublisherTest(context);
  const dateline = findWireDateline(article);
  if (dateline && !isOwn(dateline.origin ?? '')) visible.push(dateline);
  for (const notice of findTextNotices(article)) {
    const { named, publishers, ...plain } = notice;
    // A notice naming only the site is the site's own; one naming the site and a partner credits the partner.
    const origin = named ? publishers.find((name) => !isOwn(name)) : plain.origin;
    if (origin === undefined || (origin && isOwn(origin))) continue;
    if (visible.some((other) => overlaps(other as Span, notice))) continue;
    visible.push({ ...plain, origin });
  }
  visible.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  return [...visible, ...findMetadataSignals(context)];
}

type Span = { start: number; end: number };

/** isOwnPublisher for one page, each name decided once: a syndicated feed repeats the same credit on every item. */
function ownPublisherTest(context: PageContext): (name: string) => boolean {
  const decided = new Map<string, boolean>();
  return (name) => {
    let own = decided.get(name);
    if (own === undefined) {
      own = isOwnPublisher(name, context);
      decided.set(name, own);
    }
    return own;
  };
}
