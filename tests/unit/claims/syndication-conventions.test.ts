import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { ArticleMetadata, PageContext, SyndicationNotice } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { newsroomsAmong } from '../../../utils/claims/syndication/contributors';
import { normalisePublisher } from '../../../utils/claims/syndication/publisher-names';
import { isOwnPublisher } from '../../../utils/claims/syndication/same-publisher';

const LEDE = 'The county board voted on Monday to extend the library hours through the winter months ahead.';
const ELSEWHERE: PageContext = { url: 'https://www.eastriver.example/story', siteName: 'East River' };

function noticesOf(body: string, context: PageContext = ELSEWHERE): Pick<SyndicationNotice, 'kind' | 'origin'>[] {
  return detectClaims(articleFromText(`${LEDE}\n\n${body}`), context).syndication.map(({ kind, origin }) => ({ kind, origin }));
}

function page(url: string, siteName: string | null, structured: Partial<ArticleMetadata['structured']> = {}, canonicalUrl: string | null = null): PageContext {
  const metadata: ArticleMetadata = {
    title: null, byline: null, published: null, siteName, language: null, canonicalUrl,
    structured: { publisher: null, provider: null, sourceOrganization: null, copyrightHolder: null, isBasedOn: null, ...structured },
  };
  return { url, siteName, metadata };
}

describe('same publisher, spelled another way', () => {
  it.each([
    ['The Conversation Africa, Inc.', 'https://theconversation.com/us/x', 'The Conversation'],
    ['The Civic Desk UK Ltd.', 'https://www.civicdesk.example/us/x', 'The Civic Desk'],
    ['Harborview Times Digital', 'https://www.harborviewtimes.example/x', 'The Harborview Times'],
    ['The Harborview Times Company', 'https://www.harborviewtimes.example/x', null],
    ['theharborviewtimes.com', 'https://www.harborviewtimes.example/x', null],
    ['Lakeshore Media Group', 'https://www.lakeshoreledger.example/x', 'The Lakeshore Ledger'],
    ['Pinecrest Publishing Co.', 'https://www.pinecrestpost.example/x', 'Pinecrest Post'],
    ['Clarion Newspapers Ltd', 'https://www.dailyclarion.example/x', 'Daily Clarion'],
    ['CNN Business', 'https://edition.cnn.com/x', 'CNN'],
    ['The New York Times Company', 'https://www.nytimes.com/x', null],
  ])('%s is the site at %s', (name, url, siteName) => {
    expect(isOwnPublisher(name, { url, siteName })).toBe(true);
  });

  it.each([
    ['Lakeview Public Media', 'https://www.riverpublic.example/x', 'River Public'],
    ['News Corp', 'https://www.newsday.com/x', 'Newsday'],
    ['The Daily Caller News Foundation', 'https://dailycaller.com/x', 'The Daily Caller'],
    ['Harbor Health Watch', 'https://www.harborviewtimes.example/x', 'The Harborview Times'],
    ['Bloomberg', 'https://www.heraldnet.example/x', 'Herald Net'],
    ['Herald Media Group', 'https://www.miamiherald.example/x', 'Miami Herald'],
  ])('%s is another publisher at %s', (name, url, siteName) => {
    expect(isOwnPublisher(name, { url, siteName })).toBe(false);
  });

  it('counts a metadata publisher only when it is not the site under another domain or brand', () => {
    const times = 'https://www.harborviewtimes.example/story';
    expect(noticesOf('Residents packed the hall.', page(times, 'The Harborview Times', { publisher: 'The Harborview Times' }, 'https://www.theharborviewtimes.com/story'))).toEqual([]);
    expect(noticesOf('Residents packed the hall.', page(times, 'The Harborview Times', { provider: 'Harborview Times Digital' }))).toEqual([]);
    expect(noticesOf('Residents packed the hall.', page(times, 'The Harborview Times', { provider: 'Reuters' }))).toEqual([{ kind: 'metadata', origin: 'Reuters' }]);
    expect(noticesOf('Residents packed the hall.', page(times, 'The Harborview Times', {}, '//www.coastalwatch.example/story'))).toEqual([
      { kind: 'metadata', origin: 'coastalwatch.example' },
    ]);
  });
});

describe('publisher names', () => {
  it.each([
    ['https://www.riverbendreport.example/2026/10/03/water-rates', 'riverbendreport.example'],
    ["The Prairie Ledger's", 'The Prairie Ledger'],
    ['The Example Ledger 2026', 'The Example Ledger'],
    ['NPR. To see more, visit https://www.npr.org', 'NPR'],
    ['U.S. News', 'U.S. News'],
  ])('%s → %s', (raw, tidy) => {
    expect(normalisePublisher(raw)).toBe(tidy);
  });
});

describe('the kind follows the wording', () => {
  it.each([
    // Where the story first ran wins, even with permission added.
    ['This article originally appeared on Opensource Weekly and is republished with permission.', 'originally-published', 'Opensource Weekly'],
    ['This story first ran in The Ridgeline Courier and is shared here under a content-sharing partnership.', 'originally-published', 'The Ridgeline Courier'],
    // Otherwise permission or a licence makes it a licence notice.
    ['This story was produced by Coastal Watch, a nonprofit newsroom, and is republished here with permission.', 'licence-notice', 'Coastal Watch'],
    ['Great Lakes Now is a nonprofit news organization. Republish our articles for free under a Creative Commons license.', 'licence-notice', 'Great Lakes Now'],
    ['This content was produced by Verde Media and licensed to East River.', 'licence-notice', 'Verde Media'],
    ['This article is syndicated from Civic Commons with permission.', 'licence-notice', 'Civic Commons'],
    ['Article courtesy of Stateside Report.', 'licence-notice', 'Stateside Report'],
    // A tagline alone says who made the story.
    ['Colorado Newsline is a nonprofit news organization covering state government.', 'originally-published', 'Colorado Newsline'],
    // A distributor's line alone names the distributor; after a © line the holder is the origin.
    ['Distributed by Tribune Content Agency, LLC.', 'licence-notice', 'Tribune Content Agency'],
    ['©2026 The Lakeside Journal. Visit lakesidejournal.example. Distributed by Tribune Content Agency, LLC.', 'copyright-line', 'The Lakeside Journal'],
    ['© Provided by Harbor Business Daily', 'copyright-line', 'Harbor Business Daily'],
  ])('%s', (notice, kind, origin) => {
    expect(noticesOf(notice)).toEqual([{ kind, origin }]);
  });
});

describe('originally published, with dates, links and languages', () => {
  it.each([
    ['This article was originally published in The Bay Ledger on March 3, 2026.', 'The Bay Ledger'],
    ['Originally published Oct. 3, 2026, in The Millbrook Sentinel.', 'The Millbrook Sentinel'],
    ['This story was originally published on Oct. 3, 2026 by The Bay Ledger.', 'The Bay Ledger'],
    ['This story originally appeared at https://www.riverbendreport.example/2026/10/03/water-rates and is reprinted with permission.', 'riverbendreport.example'],
    ['A version of this article first appeared in the Sunday edition of The Highland Courier.', 'The Highland Courier'],
    ['This article was originally published in Spanish by El Faro Austral.', 'El Faro Austral'],
    ['The Bay Ledger originally published this story.', 'The Bay Ledger'],
    ['This story is part of a collaboration between Borderland News and the East River Tribune.', 'Borderland News'],
  ])('%s', (notice, origin) => {
    expect(noticesOf(notice)).toEqual([{ kind: 'originally-published', origin }]);
  });

  it('names no publisher with a date, a language or a person alone', () => {
    for (const text of [
      'First published on Oct. 3, 2026.',
      'Originally published October 3, 2026; updated October 4, 2026.',
      'This article was originally published in Spanish.',
      'This report was originally published in 2019 and updated in 2021.',
      'This piece was written by Jane Roe, a freelance journalist based in Denver.',
      'This story was reported by Jane Roe and Sam Lee.',
      'The story was first reported by the Harbor Ledger on Sunday.',
    ]) {
      expect(noticesOf(text)).toEqual([]);
    }
  });

  it('credits the partner when a collaboration names the site too', () => {
    const tribune = { url: 'https://www.eastrivertribune.example/x', siteName: 'East River Tribune' };
    expect(noticesOf('This story is part of a collaboration between the East River Tribune and Borderland News.', tribune)).toEqual([
      { kind: 'originally-published', origin: 'Borderland News' },
    ]);
  });
});

describe('contribution lines credit a newsroom, never a person', () => {
  it('finds newsrooms, their own contribution before their staff’s', () => {
    expect(newsroomsAmong('Fox News’ Jamie Ortega and The Associated Press')).toEqual(['Associated Press', 'Fox News']);
    expect(newsroomsAmong('Associated Press writer Dana Whitfield in Chicago')).toEqual(['Associated Press']);
    expect(newsroomsAmong('Jane Roe, Example Today; The Associated Press')).toEqual(['Associated Press', 'Example Today']);
    expect(newsroomsAmong('Staff writer Jane Doe')).toEqual([]);
    expect(newsroomsAmong('Times staff writer Jane Roe')).toEqual([]);
  });

  it.each([
    ['The Associated Press contributed to this report.', 'The Associated Press'],
    ['Associated Press writer Dana Whitfield in Chicago contributed to this report.', 'The Associated Press'],
    ['Reuters contributed reporting.', 'Reuters'],
    ['With files from The Canadian Press', 'The Canadian Press'],
    ['Information from The Associated Press was used in this report.', 'The Associated Press'],
    ['This story has been updated with additional reporting from The Associated Press.', 'The Associated Press'],
    ['Contributing: Jane Roe, Example Today; The Associated Press', 'The Associated Press'],
    ['From staff and wire reports', null],
    ['Additional reporting by Reuters', 'Reuters'],
    ['Additional reporting by agencies', null],
    ['(With inputs from agencies)', null],
  ])('%s', (line, origin) => {
    expect(noticesOf(line)).toEqual([{ kind: 'wire-credit', origin }]);
  });

  it('is the site’s own when its staff contributed', () => {
    expect(noticesOf('Staff writer Jane Doe contributed reporting.')).toEqual([]);
    expect(noticesOf('Additional reporting by Jane Roe')).toEqual([]);
    expect(noticesOf('Federal agencies contributed to the cleanup, officials said.')).toEqual([]);
    expect(noticesOf('Times staff writer Jane Roe contributed to this report.', { url: 'https://www.latimes.com/x', siteName: 'Los Angeles Times' })).toEqual([]);
    expect(noticesOf('CNN’s Jane Doe contributed to this report.', { url: 'https://www.cnn.com/x', siteName: 'CNN' })).toEqual([]);
    expect(noticesOf('Harborview Times reporter Sam Lee contributed to this report.', { url: 'https://www.harborviewtimes.example/x', siteName: 'The Harborview Times' })).toEqual([]);
  });
});

describe('wire credits: datelines, sign-offs, bylines', () => {
  it.each([
    ['SAO PAULO, Oct 3 (Reuters) - Brazil’s central bank held its benchmark rate steady on Wednesday.', 'Reuters'],
    ['(Bloomberg) -- Oil prices climbed for a third straight session as traders weighed supply cuts.', 'Bloomberg'],
    ['NEW DELHI, Oct 3 (PTI) The government on Friday extended the deadline for filing tax returns.', 'Press Trust of India'],
  ])('%s', (lede, origin) => {
    expect(detectClaims(articleFromText(lede), ELSEWHERE).syndication.map(({ kind, origin: o }) => ({ kind, origin: o }))).toEqual([
      { kind: 'wire-credit', origin },
    ]);
  });

  it('looks past front matter (byline, timestamp, listen line) for the dateline, but not past the lede', () => {
    const front = 'By JANE ROE\n\nUpdated 3:45 PM EDT, October 3, 2026\n\nListen to this article\n\n';
    const dateline = 'WASHINGTON (AP) — The Senate approved a stopgap spending bill late Thursday, averting a shutdown.';
    expect(detectClaims(articleFromText(front + dateline), ELSEWHERE).syndication.map(({ origin }) => origin)).toEqual(['The Associated Press']);
    const ledes = `${LEDE}\n\n${LEDE}\n\n${LEDE}\n\n`;
    expect(detectClaims(articleFromText(ledes + dateline), ELSEWHERE).syndication).toEqual([]);
  });

  it('does not take a bracketed label, a dash-less non-agency credit or the wire’s own site for a credit', () => {
    const claims = (lede: string, context: PageContext = ELSEWHERE) => detectClaims(articleFromText(lede), context).syndication;
    expect(claims('WASHINGTON (UPDATED) — The Senate approved a stopgap spending bill late Thursday.')).toEqual([]);
    expect(claims('DENVER (KXYZ) The station said the main break closed two lanes for most of the morning.')).toEqual([]);
    expect(claims('(Bloomberg) -- Oil prices climbed for a third straight session.', { url: 'https://www.bloomberg.com/news/x', siteName: 'Bloomberg' })).toEqual([]);
  });

  it.each([
    ['The plant is expected to open in 2028.\n\n— Reuters', 'Reuters'],
    ['By The Associated Press', 'The Associated Press'],
    ['Via Reuters', 'Reuters'],
    ['By Jane Roe, PA Political Correspondent', 'PA Media'],
    ['More AP NFL: https://apnews.com/hub/nfl', 'The Associated Press'],
    ['(Reporting By Tomas Lind in Stockholm; Writing by Anna Ruiz; Editing by Mark Hale)', 'Reuters'],
  ])('%s', (body, origin) => {
    expect(noticesOf(body)).toEqual([{ kind: 'wire-credit', origin }]);
  });
});

describe('copyright lines', () => {
  it.each([
    ['(c) 2026 The Northern Dispatch', 'The Northern Dispatch'],
    ['Copyright (c) 2026 Coastal Watch. All rights reserved.', 'Coastal Watch'],
    ['Copyright © 2026 by Meridian Features Syndicate. All rights reserved.', 'Meridian Features Syndicate'],
    ['Copyright 2026 NPR. To see more, visit https://www.npr.org.', 'NPR'],
  ])('%s', (line, origin) => {
    expect(noticesOf(line)).toEqual([{ kind: 'copyright-line', origin }]);
  });

  it('leaves out picture credits, clauses of a law and the site’s own lines', () => {
    for (const text of [
      '(AP Photo/Marta Lind)',
      'Photo: Getty Images/AFP',
      'Photograph: Tom Hale/Reuters',
      '© Jane Doe / Reuters',
      'Demonstrators gather outside parliament. (Photo by Tom Hale/AFP via Getty Images)',
      'Courtesy of the Hale family',
      '(c) The board shall publish its findings within 30 days of the hearing.',
      '(c) 2020 Amendments. The amendments made by this section apply to tax years.',
      'The film, distributed by Northlight Pictures, opens in theaters Friday.',
    ]) {
      expect(noticesOf(text)).toEqual([]);
    }
    const ledger = { url: 'https://www.lakeshoreledger.example/x', siteName: 'The Lakeshore Ledger' };
    expect(noticesOf('© 2026 Lakeshore Media Group', ledger)).toEqual([]);
  });
});

describe('attribution and other look-alikes', () => {
  it.each([
    'The ministry did not respond to a request for comment, according to Reuters.',
    '“We will not back down,” the union’s president told The Associated Press on Friday.',
    'Reuters reported on Tuesday, citing two people familiar with the matter, that the talks had stalled.',
    'The deal was first reported by The Information.',
    'Subscribe to The Morning Ledger, our daily newsletter, to get stories like this in your inbox.',
    'Via email, a spokesperson said the company had no further comment.',
    'Source: U.S. Census Bureau',
    'Read the full report at cdc.gov',
    'Jane Roe is a columnist for The Bay Ledger.',
  ])('%s', (text) => {
    expect(noticesOf(text)).toEqual([]);
  });

  it('takes a nonprofit’s republish tagline on its own site for its own', () => {
    const own = { url: 'https://www.greatlakesnow.example/x', siteName: 'Great Lakes Now' };
    expect(noticesOf('Great Lakes Now is a nonprofit news organization. Republish our articles for free under a Creative Commons license.', own)).toEqual([]);
  });
});
