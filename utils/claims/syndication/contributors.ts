// Words that end a newsroom's name ("Harbor Business Daily", "The Canadian Press"); a person's name has none.
const NEWSROOM_WORD =
  'News|Press|Times|Post|Tribune|Journal|Herald|Gazette|Chronicle|Daily|Wire|Bureau|Newsroom|Network|Media|Radio|Magazine|Observer|Guardian|Telegraph|Register|Courier|Ledger|Record|Dispatch|Examiner|Inquirer|Bee|Globe|Standard|Sentinel|Review|Report|Monitor|Star|Sun|Mirror|Express|Independent|Citizen|Spotlight|Watch|Signal|Voice|Today|Agency|Service|Newsline|Matters|Beacon';

const WIRE_NAME =
  'Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|UPI|Canadian Press|PA Media|Press Association|dpa|Xinhua|Kyodo|ANI|PTI|IANS|TASS|EFE|ANSA';

// One contributor: a wire, a newsroom's name, or a broadcaster's initials, then perhaps a possessive or a staff
// title ("Associated Press writer Dana Whitfield", "Fox News’ Jamie Ortega", "CNN’s Jane Doe").
const NEWSROOM = new RegExp(
  `^(?:[Tt]he\\s)?((?:${WIRE_NAME})\\b|(?:[A-Z][\\w&.'-]{0,30}\\s){0,4}(?:${NEWSROOM_WORD})\\b|[A-Z]{2,6}(?=['’]))(['’]s?|\\s(?:writers?|reporters?|correspondents?|staff|photographers?|editors?)\\b)?`,
);

const WIRE = new RegExp(`^(?:${WIRE_NAME})$`);

/**
 * The newsrooms named in a contribution line's subject ("Fox News’ Jamie Ortega and The Associated Press"), those
 * that contributed themselves first, then those whose staff did. A person alone ("Staff writer Jane Doe") names none.
 */
export function newsroomsAmong(contributors: string): string[] {
  const own: string[] = [];
  const staff: string[] = [];
  // Split keeping the separators: a newsroom after a person and a comma is that person's ("Jane Roe, Example Today").
  const pieces = contributors.split(/([,;]\s|\s(?:and|&)\s)/);
  let afterPerson = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!.trim();
    const match = NEWSROOM.exec(part);
    // "Times staff writer Jane Doe": a paper calls itself by its last word alone.
    const newsroom = match && (/\s|^[A-Z]{2,6}$/.test(match[1]!) || WIRE.test(match[1]!)) ? match : null;
    if (newsroom) (newsroom[2] || afterPerson ? staff : own).push(newsroom[1]!);
    afterPerson = !newsroom && /^[A-Z]/.test(part) && pieces[i + 1]?.startsWith(',') === true;
  }
  return [...own, ...staff];
}

/** "Wire services contributed", "From staff and wire reports", "Additional reporting by agencies": a wire credit naming no wire. */
export function mentionsWireServices(text: string): boolean {
  return /\bwire (?:services|reports)\b|\bagenc(?:ies|y reports)\b/i.test(text);
}
