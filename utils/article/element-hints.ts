/**
 * What an element's tag, role, class and id say about it, before any text is counted.
 * Real pages label their boilerplate far more consistently than their content, so negative hints weigh most.
 */

/** Containers that never hold the article body (unless they also hold the article itself: see choose-root). */
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
const BOILERPLATE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog', 'menu', 'menubar',
  'toolbar', 'tablist', 'form',
]);

/** Elements whose text is not prose even inside the body. */
export const NON_PROSE_TAGS = new Set([
  'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'LABEL', 'FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'svg', 'SVG', 'math', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'HEAD', 'TITLE',
  'FRAMESET', 'FRAME',
]);

// Matched against class and id split at word boundaries ("article-share-bar" → article, share, bar).
const NEGATIVE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'footer', 'masthead', 'sidebar', 'rail',
  'share', 'sharing', 'sharebar', 'social', 'socials', 'related', 'recommended', 'recommendations', 'recirc',
  'mostread', 'popular', 'trending', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'promo',
  'promotion', 'sponsored', 'ad', 'ads', 'advert', 'advertisement', 'adslot', 'dfp', 'gpt', 'taboola', 'outbrain',
  'comment', 'comments', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr', 'banner', 'caption', 'credit', 'credits',
  'byline', 'dateline', 'timestamp', 'author', 'authors', 'bio', 'tags', 'tag', 'topics', 'keywords', 'toolbar',
  'tools', 'print', 'modal', 'popup', 'overlay', 'widget', 'ticker', 'skip', 'hidden', 'sr', 'visually',
  'screenreader', 'offscreen', 'pagination', 'pager', 'teaser', 'teasers', 'more', 'next', 'prev', 'inline-ad',
  'newsletters', 'donate', 'donation', 'membership', 'follow', 'feedback', 'correction', 'corrections', 'meta',
  'headline', 'kicker', 'dek', 'subhead', 'standfirst', 'lede-image', 'gallery', 'slideshow', 'video', 'player',
  'audio', 'podcast', 'disclaimer', 'legal', 'copyright', 'header', 'hed', 'signin', 'login', 'alert', 'breaking',
]);
const POSITIVE_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'post', 'story', 'storybody', 'text', 'main', 'prose',
  'richtext', 'paragraph', 'paragraphs', 'blog', 'page',
]);
// Compound names written as one word ("mostRead", "relatedStories", "shareTools"): camelCase is split too.
const NEGATIVE_COMPOUNDS = /most-?read|more-?stories|related-?(?:stories|articles|content|links|posts)|read-?more|also-?read|recommended|newsletter|subscribe|share-?(?:bar|tools|buttons|links)|social-?(?:share|links|media)|cookie|comment|advert|sponsor|promo|sidebar|footer|author-?bio|byline|caption|credit|breadcrumb|paywall|signup/;
const POSITIVE_COMPOUNDS = /article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|article-?text|body-?text|main-?content|articlebody/;

function wordsOf(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (raw.length < 2) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

function compoundOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** -1 boilerplate-looking, +1 content-looking, 0 neither, from class and id only. */
export function classHint(el: Element): -1 | 0 | 1 {
  const words = wordsOf(el);
  if (words.length === 0) return 0;
  const compound = compoundOf(el);
  const positive = POSITIVE_COMPOUNDS.test(compound);
  if (!positive && (NEGATIVE_COMPOUNDS.test(compound) || words.some((w) => NEGATIVE_WORDS.has(w)))) return -1;
  if (positive || words.some((w) => POSITIVE_WORDS.has(w))) return 1;
  return 0;
}

/** True when the tag or ARIA role marks the element as page furniture rather than content. */
export function isBoilerplateContainer(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && BOILERPLATE_ROLES.has(role.trim().toLowerCase());
}

/** Strong signs that an element is (or holds) the article: these override negative hints on ancestors. */
export function isArticleMarker(el: Element): boolean {
  // Not <article>: listing cards and "related" teasers are <article>s too.
  if (el.tagName === 'MAIN' || el.tagName === 'H1') return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && /\barticleBody\b/i.test(itemprop)) return true;
  const role = el.getAttribute('role');
  return role === 'main' || role === 'article';
}

export function isArticleBodyItemprop(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  return itemprop !== null && /\barticleBody\b/i.test(itemprop);
}

/** Embedded social posts as their publishers' embed codes leave them (with or without the script). */
export function socialEmbedOf(el: Element): string | null {
  const cls = el.getAttribute('class');
  if (!cls) return null;
  if (/\btwitter-(?:tweet|video)\b/.test(cls)) return 'twitter';
  if (/\binstagram-media\b/.test(cls)) return 'instagram';
  if (/\btiktok-embed\b/.test(cls)) return 'tiktok';
  if (/\bbluesky-embed\b/.test(cls)) return 'bluesky';
  if (/\btext-post-media\b/.test(cls)) return 'threads';
  if (/\bfb-(?:post|xfbml-parse-ignore)\b/.test(cls)) return 'facebook';
  if (/\breddit-embed-bq\b/.test(cls)) return 'reddit';
  if (/\bmastodon-embed\b/.test(cls)) return 'mastodon';
  return null;
}
