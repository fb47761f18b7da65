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
  'mostread', 'popular', 'trending', 'newsletter', 'subscribe', 'subscription', 'signup', 'promo',
  'promotion', 'sponsored', 'ad', 'ads', 'advert', 'advertisement', 'adslot', 'dfp', 'gpt', 'taboola', 'outbrain',
  'comment', 'comments', 'disqus', 'cookie', 'cookies', 'consent', 'gdpr', 'banner', 'caption', 'credit', 'credits',
  'byline', 'dateline', 'timestamp', 'author', 'authors', 'bio', 'tags', 'topics', 'keywords', 'toolbar',
  'tools', 'print', 'modal', 'popup', 'overlay', 'ticker', 'skip', 'sr', 'visually',
  'screenreader', 'offscreen', 'pagination', 'pager', 'teaser', 'teasers', 'more', 'next', 'prev', 'inline-ad',
  'newsletters', 'donate', 'donation', 'membership', 'follow', 'feedback', 'correction', 'corrections', 'meta',
  'headline', 'kicker', 'dek', 'subhead', 'standfirst', 'lede-image', 'gallery', 'slideshow', 'video', 'player',
  'audio', 'podcast', 'disclaimer', 'legal', 'copyright', 'header', 'hed', 'signin', 'login', 'alert', 'breaking',
  'photo', 'photos', 'image', 'img', 'thumbnail', 'thumb', 'date', 'dates', 'pubdate', 'posted', 'published', 'updated',
]);
const POSITIVE_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'post', 'story', 'storybody', 'text', 'main', 'prose',
  'richtext', 'paragraph', 'paragraphs', 'blog', 'page',
]);
// Compound names written as one word ("mostRead", "relatedStories", "shareTools"): camelCase is split too.
const NEGATIVE_COMPOUNDS = /most-?read|more-?stories|related-?(?:stories|articles|content|links|posts)|read-?more|also-?read|recommended|newsletter|subscribe|share-?(?:bar|tools|buttons|links)|social-?(?:share|links|media)|cookie|comment|advert|sponsor|promo|sidebar|footer|author-?bio|byline|caption|credit|breadcrumb|signup/;
const POSITIVE_COMPOUNDS = /article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|article-?text|body-?text|main-?content|articlebody/;

/** The attributes every hint reads, fetched once per element (attribute access dominates DOM walks in jsdom). */
export interface HintAttributes {
  cls: string;
  id: string;
  role: string;
  itemprop: string;
  style: string;
  rel: string;
  hidden: boolean;
  ariaHidden: boolean;
}

const NO_ATTRIBUTES: HintAttributes = { cls: '', id: '', role: '', itemprop: '', style: '', rel: '', hidden: false, ariaHidden: false };

export function readHintAttributes(el: Element): HintAttributes {
  if (!el.hasAttributes()) return NO_ATTRIBUTES;
  const a: HintAttributes = { ...NO_ATTRIBUTES };
  for (const name of el.getAttributeNames()) {
    switch (name) {
      case 'class': a.cls = el.getAttribute(name) ?? ''; break;
      case 'id': a.id = el.getAttribute(name) ?? ''; break;
      case 'role': a.role = (el.getAttribute(name) ?? '').trim().toLowerCase(); break;
      case 'itemprop': a.itemprop = el.getAttribute(name) ?? ''; break;
      case 'style': a.style = el.getAttribute(name) ?? ''; break;
      case 'rel': a.rel = el.getAttribute(name) ?? ''; break;
      case 'hidden': a.hidden = true; break;
      case 'aria-hidden': a.ariaHidden = el.getAttribute(name) === 'true'; break;
    }
  }
  return a;
}

// Pages repeat the same class lists thousands of times: judge each distinct one once.
const hintCache = new Map<string, -1 | 0 | 1>();

/** -1 boilerplate-looking, +1 content-looking, 0 neither, from class and id only. */
export function classHint(cls: string, id: string): -1 | 0 | 1 {
  const raw = `${cls} ${id}`;
  if (raw.length < 3) return 0;
  let hint = hintCache.get(raw);
  if (hint === undefined) {
    hint = judgeClassNames(raw);
    if (hintCache.size > 20_000) hintCache.clear();
    hintCache.set(raw, hint);
  }
  return hint;
}

// Layout switches name a part without being it: "content-with-sidebar", "has-comments", "no-share".
const LAYOUT_SWITCH = /\b(?:with|has|no|without|show|hide|hidden|enable|disable)[-_][a-z]+/g;

function judgeClassNames(raw: string): -1 | 0 | 1 {
  const spaced = raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().replace(LAYOUT_SWITCH, ' ');
  const words = spaced.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.length === 0) return 0;
  const compound = spaced.replace(/_+/g, '-');
  if (POSITIVE_COMPOUNDS.test(compound)) return 1;
  if (NEGATIVE_COMPOUNDS.test(compound)) return -1;
  // Class lists mix layout words with meaning ("post type-post has-post-thumbnail"): one stray negative word
  // beside a content word decides nothing.
  const negative = words.some((w) => NEGATIVE_WORDS.has(w));
  const positive = words.some((w) => POSITIVE_WORDS.has(w));
  if (negative) return positive ? 0 : -1;
  return positive ? 1 : 0;
}

/** True when the tag or ARIA role marks the element as page furniture rather than content. */
export function isBoilerplateContainer(tag: string, role: string): boolean {
  return BOILERPLATE_TAGS.has(tag) || (role !== '' && BOILERPLATE_ROLES.has(role));
}

/** Strong signs that an element is (or holds) the article: these override negative hints on ancestors. */
export function isArticleMarker(tag: string, a: HintAttributes): boolean {
  // Not <article>: listing cards and "related" teasers are <article>s too.
  if (tag === 'MAIN' || tag === 'H1') return true;
  if (a.role === 'main') return true;
  return isArticleBodyItemprop(a.itemprop);
}

export function isArticleBodyItemprop(itemprop: string): boolean {
  return itemprop !== '' && /\barticleBody\b/i.test(itemprop);
}

/** Embedded social posts as their publishers' embed codes leave them (with or without the script). */
export function socialEmbedOf(cls: string): string | null {
  if (cls === '') return null;
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
