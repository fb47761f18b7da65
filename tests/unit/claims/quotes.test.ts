import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { Quote } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';
import { splitRole } from '../../../utils/claims/quotes/split-role';

function quotesOf(text: string): Pick<Quote, 'text' | 'speaker' | 'role'>[] {
  return detectClaims(articleFromText(text), { url: null, siteName: null }).quotes.map(({ text: t, speaker, role }) => ({ text: t, speaker, role: role ?? null }));
}

describe('who said it', () => {
  it.each([
    ['“We will rebuild,” Mayor Jane Roe said.', 'Jane Roe', 'Mayor'],
    ['“We will rebuild,” said Jane Roe, the mayor of Springfield.', 'Jane Roe', 'the mayor of Springfield'],
    ['Jane Roe said: “We will rebuild.”', 'Jane Roe', null],
    ['Jane Roe told reporters, “We will rebuild.”', 'Jane Roe', null],
    ['"We will rebuild," Jane Roe wrote on Facebook.', 'Jane Roe', null],
    ['‘We will rebuild,’ Jane Roe tweeted.', 'Jane Roe', null],
    ["'We will rebuild,' Jane Roe added.", 'Jane Roe', null],
    ['«We will rebuild», Jane Roe said.', 'Jane Roe', null],
    ['“We will rebuild,” according to Jane Roe.', 'Jane Roe', null],
    ['“We will rebuild,” a city spokesperson said.', 'a city spokesperson', null],
  ])('%s', (text, speaker, role) => {
    expect(quotesOf(text)).toEqual([{ text: expect.stringMatching(/rebuild/), speaker, role }]);
  });

  it('splits titles and roles from the name', () => {
    expect(splitRole('DHS Acting Secretary Chad Wolf')).toEqual({ kind: 'person', name: 'Chad Wolf', role: 'DHS Acting Secretary' });
    expect(splitRole('Senior Official Performing the Duties of the ICE Director Tony H. Pham')).toMatchObject({ name: 'Tony H. Pham' });
    expect(splitRole('Sen. Walter Hughes (R-Kan.)')).toMatchObject({ name: 'Walter Hughes', role: 'Sen.' });
    expect(splitRole('the Department of Homeland Security')).toMatchObject({ kind: 'other' });
    expect(splitRole('she')).toMatchObject({ kind: 'pronoun' });
  });

  it('resolves a later surname and a pronoun to the full name', () => {
    const text = [
      'Council member Dana Ortiz voted against the plan.',
      '“We have not cut a single position,” Ortiz said.',
      'Mayor Beth Kowalski defended it. “I would love to say taxes will never rise,” she said. “But I would be lying.”',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Dana Ortiz', 'Beth Kowalski', 'Beth Kowalski']);
  });

  it('gives an unattributed quote continuing a run the same speaker, and splits multi-paragraph quotes by paragraph', () => {
    const text = [
      '“For ten years we have patched and prayed,” Nina Petrov said. “We kept trains running on old equipment.',
      '“We have deferred $4 billion in repairs.',
      '“Today we stop pretending.”',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual([
      '“For ten years we have patched and prayed,”',
      '“We kept trains running on old equipment.',
      '“We have deferred $4 billion in repairs.',
      '“Today we stop pretending.”',
    ]);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Nina Petrov']));
  });
});

describe('who a pronoun or a clause names', () => {
  it('resolves a pronoun to a person introduced as the subject of any verb, not only a verb of saying', () => {
    const text = "Host Mia Calder couldn't hide her delight. 'I'm over the moon,' she told us. 'We never expected it.'";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Mia Calder', 'Mia Calder']);
  });

  it('remembers a person introduced with a present-tense verb, and skips a relative clause after the name', () => {
    expect(quotesOf('Maria Lopez runs the Eastside shelter.\n\n“We are full,” she told The Associated Press.').map((q) => q.speaker)).toEqual(['Maria Lopez']);
    expect(quotesOf('Maria Lopez, who runs the shelter, said: “We are full tonight.”').map((q) => q.speaker)).toEqual(['Maria Lopez']);
  });

  it('does not take a name used as a modifier ("the Point Avery light") for a person', () => {
    const text = 'Ruth Moss has kept the Hollis Ridge light for decades. “It is a job,” she said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Ruth Moss']);
  });

  it('does not read across a full stop into a name ("Nashville. It …")', () => {
    const text = 'Singer Rose Harlan nodded. The band toured Nashville. It rained. “I was back at it by morning,” she said.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Rose Harlan']);
  });

  it('names the speaker a lede describes from the next paragraph (delayed identification), and only in the lede', () => {
    const lede = 'A baker who won £2million on the lottery says she will keep working – because she \'loves the early starts\'.';
    const second = 'Mary Okoye, 61, from Leeds, matched all six numbers on Saturday.';
    expect(quotesOf([lede, second].join('\n\n')).map((q) => q.speaker)).toEqual(['Mary Okoye']);
    const later = ['The council met on Monday.', '“We will rebuild,” a city spokesperson said.', second].join('\n\n');
    expect(quotesOf(later).map((q) => q.speaker)).toEqual(['a city spokesperson']);
  });

  it('takes the pronoun right before the verb as the speaker after a leading phrase', () => {
    const text = 'The defendant, Omar Reyes, 52, stood up. Outside the courthouse he said, “I am relieved this is over.”';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['Omar Reyes']);
  });

  it('resolves "the company said" to the organisation just named as a speaker', () => {
    expect(quotesOf('Brantwell said it would appeal. “The science is on our side,” the company said in a statement.').map((q) => q.speaker)).toEqual(['Brantwell']);
    // Nothing named before, or only a group of people: the description stays as written.
    expect(quotesOf('“We have taken steps,” the utility said.').map((q) => q.speaker)).toEqual(['utility']);
    expect(quotesOf('Officials said little. “We have taken steps,” the company said.').map((q) => q.speaker)).toEqual(['company']);
  });

  it('takes the subject of a relative clause ("a result that officials called") as the speaker', () => {
    const text = 'Half of bridges failed inspection, according to the Department of Transportation, a result that engineers called “alarming.”';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['engineers']);
  });
});

describe('what is not a quote', () => {
  it.each([
    'They passed so-called “sanctuary city” policies.',
    'She read “The Long Road Home” twice.',
    'Robert “Bobby” Kennedy spoke first.',
    'Critics call it “woke.”',
    'The word “literally” has lost its meaning.',
    'The town’s “big day” came and went.',
  ])('%s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('keeps apostrophes out of single-quote detection', () => {
    expect(quotesOf("The country's leaders didn't agree, and the workers' union said 'we will strike on Monday,' its chair said.")).toEqual([
      { text: "'we will strike on Monday,'", speaker: expect.any(String), role: null },
    ]);
  });

  it('does not take a related promo or an embedded post for the article’s quotes', () => {
    const text = 'Prices rose. (RELATED: “We are broke,” says local baker)\n\n“Read this now,” he wrote https://t.co/abc — Jo Bloggs (@jo) May 5, 2024';
    expect(quotesOf(text)).toEqual([]);
  });
});
