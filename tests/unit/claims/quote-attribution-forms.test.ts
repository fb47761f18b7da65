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
