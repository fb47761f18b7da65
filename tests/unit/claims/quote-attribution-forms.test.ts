import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { splitRole } from '../../../utils/claims/quotes/split-role';

function speakers(text: string): [string, string | null][] {
  return detectClaims(articleFromText(text), { url: null, siteName: null }).quotes.map((quote) => [quote.text, quote.speaker]);
}

describe('names and roles as news copy writes them', () => {
  it('keeps a portfolio after "for" in the role: "Deputy Mayor for Housing Li Wen"', () => {
    expect(splitRole('Deputy Mayor for Housing Li Wen')).toEqual({ kind: 'person', name: 'Li Wen', role: 'Deputy Mayor for Housing' });
    expect(splitRole('Minister for Foreign Affairs Penny Wong')).toMatchObject({ name: 'Penny Wong' });
    expect(splitRole('Department for Work and Pensions')).toMatchObject({ kind: 'other' });
  });

  it('reads an affiliation after the name as part of the role', () => {
    expect(splitRole('Commander Tomasz Adamski of the coastguard’s northern division')).toEqual({
      kind: 'person',
      name: 'Tomasz Adamski',
      role: 'Commander of the coastguard’s northern division',
    });
    expect(splitRole('Foreign Minister Sofia Lindqvist of Norland')).toMatchObject({ name: 'Sofia Lindqvist' });
    expect(splitRole('Bank of England')).toMatchObject({ kind: 'other' });
  });

  it('reads occupations written as titles as the role', () => {
    expect(splitRole('Volcanologist Jean-Baptiste Ferrand')).toEqual({ kind: 'person', name: 'Jean-Baptiste Ferrand', role: 'Volcanologist' });
    expect(splitRole('Headteacher Simon Grealish')).toMatchObject({ name: 'Simon Grealish', role: 'Headteacher' });
    expect(splitRole('Christian Bale')).toMatchObject({ name: 'Christian Bale', role: null });
  });

  it('gives a statement to whoever issued it', () => {
    expect(splitRole('A statement from the Riverbend Police Department')).toEqual({ kind: 'other', name: 'Riverbend Police Department', role: null });
  });

  it('drops post-nominal letters and quoted nicknames', () => {
    expect(splitRole('Rupert Ellsworth QC')).toMatchObject({ kind: 'person', name: 'Rupert Ellsworth' });
    expect(splitRole('Dame Alice Brook DBE, the chair')).toMatchObject({ name: 'Alice Brook' });
    expect(splitRole("Terry 'Tezza' Walsh")).toMatchObject({ kind: 'person', name: 'Terry Walsh' });
  });

  it('finds the person behind a pronoun when a quoted nickname sits inside the name', () => {
    const text = "Her neighbour, Terry 'Tezza' Walsh, backed her. 'It's a disgrace, and they know it,' he said.";
    expect(speakers(text)).toEqual([["'It's a disgrace, and they know it,'", 'Terry Walsh']]);
  });

  it('resolves a later surname to a name given with a portfolio', () => {
    const text = 'Deputy Mayor for Housing Li Wen told reporters the city would act.\n\n“It is close to the bus line,” Li said.';
    expect(speakers(text)).toEqual([['“It is close to the bus line,”', 'Li Wen']]);
  });
});

describe('attributions news copy writes around quotes', () => {
  it('reads "according to" with an apposition before the quote', () => {
    const text = 'Chief executive Henrik Aalto told Reuters it was final.\n\nAccording to Bernard Oyelaran, an aviation analyst at Calder Securities, "the real damage is to bookings for the summer."';
    expect(speakers(text)).toEqual([['"the real damage is to bookings for the summer."', 'Bernard Oyelaran']]);
  });

  it('takes the speaker from a lead-in ending in a colon, in the paragraph before or the same one', () => {
    const text = [
      'Senator Ruth Abernathy, a Democrat from Oregon, defended the compromise. Abernathy put it this way:',
      '“Nobody in this chamber got what they wanted. That is how you know a bill might work.”',
      'Senator Dale Whitcomb said he disagreed. Abernathy again: “He is not wrong about everything.”',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Ruth Abernathy', 'Ruth Abernathy']);
  });

  it('gives no speaker from a colon lead-in that names no one known', () => {
    const text = 'Officials gave no details.\n\nKey message: “Stay away from the seafront tonight, all of you.”';
    expect(speakers(text)).toEqual([['“Stay away from the seafront tonight, all of you.”', null]]);
  });

  it('prefers the attribution in the quote’s own sentence over a pronoun opening the next one', () => {
    const text = [
      '“This is a pause,” Foreign Minister Anton Markovic said.',
      'Foreign Minister Sofia Lindqvist of Norland said her government would “hold the other side to every word.” Markovic said the offer was thin.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['“This is a pause,”', 'Anton Markovic'],
      ['“hold the other side to every word.”', 'Sofia Lindqvist'],
    ]);
  });

  it('keeps a short whole-sentence quote that continues its speaker in the same paragraph', () => {
    const text = '“This is a pause, not a peace,” Anton Markovic told The Guardian. “Pauses end.”';
    expect(speakers(text)).toEqual([
      ['“This is a pause, not a peace,”', 'Anton Markovic'],
      ['“Pauses end.”', 'Anton Markovic'],
    ]);
  });

  it('still drops a short fragment with no speaker', () => {
    expect(speakers('The plan was “dead on arrival” in the end.')).toEqual([]);
  });
});

describe('speakers named away from the quote', () => {
  it('reads "you" in an interview question as the interviewee', () => {
    const text = [
      'Novelist Beatrix Olumide has spent a decade writing about her hometown.',
      'You once described your hometown as “a place that forgets nothing and forgives less.” Do you still feel that way?',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['“a place that forgets nothing and forgives less.”', 'Beatrix Olumide']]);
  });

  it('finds the person "in the words of its sponsor" stands for in the next paragraph of a lede', () => {
    const text = [
      'The housing bill was, in the words of its sponsor, “the least bad deal available.”',
      'Senator Ruth Abernathy, a Democrat from Oregon, spent most of the debate defending it.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['“the least bad deal available.”', 'Ruth Abernathy']]);
  });
});

describe('pronouns and descriptions that stand for someone named', () => {
  it('keeps "he" and "she" apart once a pronoun has told a speaker’s gender', () => {
    const text = [
      'Attorney General Marcus Bellamy and state Sen. Renata Okonjo clashed over schools. “You have voted against every raise,” she said.',
      '“That is simply false,” he replied. “I voted for the raises that were paid for.”',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Renata Okonjo', 'Marcus Bellamy', 'Marcus Bellamy']);
  });

  it('reads gender from titles and roles', () => {
    const text = 'Mayor Tom Hale said the talks had failed, and Ms. Dana Reed agreed. “We disagreed on almost everything,” he said.';
    expect(speakers(text)).toEqual([['“We disagreed on almost everything,”', 'Tom Hale']]);
  });

  it('resolves "the actress", "the former boxer" to the person named before', () => {
    const text = [
      'Soap star Kelsey Marlowe has opened up about leaving the show.',
      "'I cried in the car park for an hour,' the actress told the Bugle.",
      "Her co-star, Danny Pryor, said the cast was kept in the dark. 'We found out when we read the script,' the former boxer said.",
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Kelsey Marlowe', 'Danny Pryor']);
  });

  it('keeps descriptions of no one in particular as written', () => {
    const text = 'Mayor Tom Hale spoke first. “The deal is off,” a source close to the mayor said. “It was never on,” officials said.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['a source close to the mayor', 'officials']);
    const family = 'Mayor Tom Hale spoke first. “We are heartbroken by the loss,” the family said. “He was kind to all of us,” a friend said.';
    expect(speakers(family).map(([, speaker]) => speaker)).toEqual(['family', 'a friend']);
  });
});

describe('second references', () => {
  it('resolves a demonym description ("the Dutchwoman") to the person named before', () => {
    const text = 'Her opponent, Naomi Achterberg, was gracious in defeat. "She was better today," the Dutchwoman said.';
    expect(speakers(text)).toEqual([['"She was better today,"', 'Naomi Achterberg']]);
  });

  it('gives "the ministry" the fuller name written before', () => {
    const text = 'The interior ministry said in a statement that shelters had opened.\n\n"Everyone will be housed," the ministry said.';
    expect(speakers(text)).toEqual([['"Everyone will be housed,"', 'interior ministry']]);
  });

  it('keeps "the ministry" as written when no fuller name came before', () => {
    expect(speakers('"Everyone will be housed," the ministry said.')).toEqual([['"Everyone will be housed,"', 'ministry']]);
  });
});

describe('a role named again', () => {
  it('gives "the spokesperson added" to the person named in that role', () => {
    const text = [
      '"We are talking to the union," said Jo Park, a spokeswoman for Northwind Airways.',
      'Mayor Tom Hale urged both sides to settle. "Flights will run as normal on Monday," the spokesperson added.',
    ].join('\n\n');
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Jo Park', 'Jo Park']);
  });

  it('keeps "the spokesperson" as written when no one was named in that role', () => {
    const text = 'Mayor Tom Hale urged both sides to settle. "Flights will run as normal," the spokesperson added.';
    expect(speakers(text)).toEqual([['"Flights will run as normal,"', 'spokesperson']]);
  });
});
