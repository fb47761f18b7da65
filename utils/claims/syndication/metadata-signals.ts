import type { PageContext, SyndicationNotice } from '../../analysis/types';
import { hostOf, normalisePublisher, publisherKey } from './publisher-names';
import { isOwnPublisher } from './same-publisher';

/**
 * Machine-readable signs that the story came from elsewhere: a canonical link on another domain, and JSON-LD or
 * microdata naming a provider, source organisation, copyright holder or original work from another publisher.
 */
export function findMetadataSignals(context: PageContext): SyndicationNotice[] {
  const notices: SyndicationNotice[] = [];
  const metadata = context.metadata;
  if (!metadata) return notices;
  const pageHost = hostOf(context.url);
  const canonicalHost = hostOf(metadata.canonicalUrl);
  const structured = metadata.structured;
  const fields = ['provider', 'sourceOrganization', 'copyrightHolder', 'isBasedOn'] as const;
  if (pageHost && canonicalHost && !sameSite(pageHost, canonicalHost) && !isOwnPublisher(canonicalHost, context)) {
    // A host says less than a name: "propublica.org" is the "ProPublica" the structured data may name.
    const named = fields.map((field) => structured[field]).find((value) => value && !hostOf(value) && publisherKey(value) === publisherKey(canonicalHost));
    notices.push({ kind: 'metadata', text: `canonical: ${metadata.canonicalUrl}`, origin: normalisePublisher(named ?? canonicalHost) });
  }
  const seen = new Set<string>(notices.map((notice) => publisherKey(notice.origin ?? '')));
  for (const field of fields) {
    const value = structured[field];
    if (!value) continue;
    const name = hostOf(value) ?? value;
    if (isOwnPublisher(name, context)) continue;
    const origin = normalisePublisher(name);
    if (seen.has(publisherKey(origin))) continue;
    seen.add(publisherKey(origin));
    notices.push({ kind: 'metadata', text: `${field}: ${value}`, origin });
  }
  return notices;
}

/** Hosts of one site: "edition.cnn.com" and "cnn.com", "m.example.org" and "example.org". */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
