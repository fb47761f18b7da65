import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import type { Statistic } from '../../../utils/analysis/types';
import { detectClaims } from '../../../utils/claims/detect-claims';

function statisticsOf(text: string): Statistic[] {
  return detectClaims(articleFromText(text), { url: null, siteName: null }).statistics;
}

function only(text: string): Pick<Statistic, 'text' | 'value' | 'unit' | 'qualifier'> {
  const found = statisticsOf(text);
  expect(found.map((s) => s.text)).toHaveLength(1);
  const { text: span, value, unit, qualifier } = found[0]!;
  return { text: span, value, unit, qualifier };
}

describe('numbers that make a claim', () => {
  it.each([
    ['The agency counted more than 4,000 cases.', 'more than 4,000', 4000, '>'],
    ['Officers detained around 100 people.', 'around 100', 100, '~'],
    ['Nearly 86% were convicted.', 'Nearly 86%', 86, '~'],
    ['At least 12 people died.', 'At least 12', 12, '>='],
    ['It could cost up to $6.5 billion.', 'up to $6.5 billion', 6.5e9, '<='],
    ['Fewer than 20 keepers remain.', 'Fewer than 20', 20, '<'],
    ['The firm lost £212m last year.', '£212m', 212e6, '='],
    ['She won £4.2million.', '£4.2million', 4.2e6, '='],
    ['Sales fell 6.4 per cent.', '6.4 per cent', 6.4, '='],
    ['Rates rose 0.25 percentage points.', '0.25 percentage points', 0.25, '='],
    ['Some 1,200 winners were named.', 'Some 1,200', 1200, '~'],
    ['About 2.2 million workers were affected.', 'About 2.2 million', 2.2e6, '~'],
    ['The bill is €3.5bn.', '€3.5bn', 3.5e9, '='],
    ['Turnout was 1,000 or more.', '1,000 or more', 1000, '>='],
  ])('%s', (text, span, value, qualifier) => {
    expect(only(text)).toMatchObject({ text: span, value, qualifier });
  });

  it('reads spelled-out quantities, fractions and ratios', () => {
    expect(only('Nearly half of voters agreed.')).toMatchObject({ value: 0.5, unit: 'fraction', qualifier: '~' });
    expect(only('Two-thirds of the budget went on staff.')).toMatchObject({ text: 'Two-thirds', unit: 'fraction' });
    expect(only('One in five adults smoke.')).toMatchObject({ text: 'One in five', value: 0.2, unit: 'ratio' });
    expect(only('The odds were one in 45 million.')).toMatchObject({ value: 1 / 45e6, unit: 'ratio' });
    expect(only('The rate was 2 per 1,000 births.')).toMatchObject({ value: 2, unit: 'per 1,000' });
    expect(only('They bought a dozen new buses.')).toMatchObject({ value: 12 });
    expect(only('Prices doubled.')).toMatchObject({ value: 2, unit: '×' });
    expect(only('It failed 11 of 16 tests.')).toMatchObject({ text: '11 of 16', value: 11 / 16, unit: 'ratio' });
  });

  it('reads a multiple of something named next as a multiplier, not a count', () => {
    expect(only('Inflation is nearly four times the target.')).toMatchObject({ text: 'nearly four times', value: 4, unit: '×', qualifier: '~' });
    expect(only('The rate is still nearly double the level of 2019.')).toMatchObject({ text: 'nearly double', value: 2, unit: '×' });
    expect(only('Women were twice as likely to be hurt.')).toMatchObject({ text: 'twice', value: 2, unit: '×' });
    expect(statisticsOf('His window was smashed twice and a double murder followed.')).toEqual([]);
  });

  it('reads a verb that passes a number ("topped 40%") as more than it, outside the statistic\'s words', () => {
    expect(only('In some districts the rate topped 40%.')).toMatchObject({ text: '40%', qualifier: '>' });
    expect(only('Sales exceeded $2 million.')).toMatchObject({ text: '$2 million', qualifier: '>' });
  });

  it('keeps compound measures whole', () => {
    expect(only('Lead reached 17 parts per billion.')).toMatchObject({ text: '17 parts per billion', unit: 'parts per billion' });
    expect(only('Winds reached 185 kilometers per hour.')).toMatchObject({ text: '185 kilometers per hour', unit: 'kilometers per hour' });
    expect(only('The ice covered 1.99 million square kilometers.')).toMatchObject({ value: 1.99e6, unit: 'square kilometers' });
  });

  it('keeps a range as one statistic', () => {
    expect(only('Between 10 and 20 percent of riders.')).toMatchObject({ text: '10 and 20 percent', value: 10, unit: '%' });
    expect(only('They insure 70 to 85 percent of revenue.')).toMatchObject({ text: '70 to 85 percent', value: 70 });
  });

  it('keeps a quantity after an acronym when its scale or percent sign says it is one', () => {
    expect(only('Across the UK 2.5 million people were affected.')).toMatchObject({ value: 2.5e6 });
    // Three capitals are as often a currency code as an index.
    expect(only('The company paid USD 200 per share.')).toMatchObject({ value: 200 });
  });

  it('names what a bare count counts', () => {
    expect(only('Police arrested 128 illegal immigrants in May.')).toMatchObject({ unit: 'illegal immigrants' });
    // The noun ends where the predicate begins; a participle before the noun is part of it.
    expect(only('Rescuers searched for 30 people believed trapped.')).toMatchObject({ unit: 'people' });
    expect(only('Some 300 injured workers sued.')).toMatchObject({ unit: 'injured workers' });
    expect(only('Admissions were up from 148 two weeks earlier.')).toMatchObject({ text: '148', unit: null });
  });
});

describe('numbers that are not statistics', () => {
  it.each([
    'It ran from Sept. 18 to Oct. 3 this year.',
    'The tweet was posted October 7, 2020, at noon.',
    'The vote came at 11:42 p.m. on Tuesday.',
    'Call (555) 014-2290 or 020 7946 0018 with questions.',
    'The office is at 415 Quay Street near the park.',
    'She rides the No. 14 bus and the Route 9 shuttle.',
    'The policy began in 2019 and ended in 2021.',
    'Music of the 1990s and the ’80s is back.',
    'Title 42 and Section 230 were debated.',
    'COVID-19 and the F-35 program were discussed.',
    'John Smith, 45, was charged.',
    'A 34-year-old man was arrested.',
    'The council voted 5-2 to approve it.',
    'See https://t.co/Y9Dr30GFLb and www.example.com/2020/10 for more.',
    'Follow @user123 and #vote2020 online.',
    'The report is dated 2020-10-07 and 7 October 2020.',
    'The attacks of 9/11 changed everything.',
    'She lived on Fifth Avenue in the 21st century.',
    'She has lived there for 40 years.',
    'Rain fell over 48 hours.',
    'They lost a third straight game in the second half.',
    'Two men and three women were arrested.',
    'One of the officers was hurt.',
    'He checked the ticket about ten times, then twice more.',
    'She rewrites every chapter at least five times.',
    'It took me eleven years to write it.',
    'The yield on the 10-year Treasury rose and a 30-day supply ran out.',
    'The S&P 500 and the FTSE 100 fell.',
    'A magnitude 6.1 earthquake struck at dawn.',
    'She is aged 45 and lives alone; adults age 65 and older were invited.',
  ])('%s', (text) => {
    expect(statisticsOf(text).map((s) => s.text)).toEqual([]);
  });
});

describe('sources and times', () => {
  it('takes the source the sentence states', () => {
    const [statistic] = statisticsOf('Nationally, nearly 86% of those arrested in 2019 had convictions, according to the Department of Homeland Security (DHS).');
    expect(statistic).toMatchObject({ source: 'DHS', time: '2019' });
    expect(statisticsOf('The Census Bureau reported 4,000 new residents.')[0]!.source).toBe('Census Bureau');
    expect(statisticsOf('Police data show 61 break-ins.')[0]!.source).toBe('Police');
    expect(statisticsOf('Some 61 break-ins were reported.')[0]!.source).toBeNull();
  });

  it.each([
    ['Rents rose 9.3%, according to a report released Thursday by the listing site Flatfinder.', 'Flatfinder'],
    ['Wind supplied 14% of power, according to an analysis by the think tank Gridwatch published Wednesday.', 'Gridwatch'],
    ['Premiums jumped by roughly a third, said Greg Holt, president of the landlords’ association.', 'Greg Holt'],
    ['The quake struck at a depth of about 10 kilometers, according to the country’s disaster agency, AFAD.', 'AFAD'],
    ['Across France, unions put the figure at 3.5 million.', 'unions'],
    ['Police put it at about 7,000.', 'Police'],
    ['Westfield residents reported 61 break-ins, police data show.', 'police'],
  ])('names the source in "%s"', (text, source) => {
    expect(statisticsOf(text)[0]!.source).toBe(source);
  });

  it('resolves "she said" after a number to the person named just before', () => {
    const text = 'Insurance covers some losses, said Amy Tran, an economist at State University. Farmers insure 70 to 85 percent of revenue, she said.';
    expect(statisticsOf(text)[0]!.source).toBe('Amy Tran');
    expect(statisticsOf('Farmers insure 70 to 85 percent of revenue, she said.')[0]!.source).toBeNull();
    // A place named before the pronoun is not who spoke.
    expect(statisticsOf('Mr. Lane spoke in the Cabinet Room, he said, and asked for up to $50 billion.')[0]!.source).toBeNull();
  });

  it('reads "put the figure at" as a source, not any "put"', () => {
    expect(statisticsOf('To reach $40 billion he would have to lift the tariffs the US put in place.')[0]!.source).toBeNull();
  });

  it('drops a trade written like a title before a company name', () => {
    expect(statisticsOf('Chipmaker Veridian Semiconductor said it would invest $20 billion.')[0]!.source).toBe('Veridian Semiconductor');
  });

  it('does not take a quotation\'s attribution for the source of the reporter\'s numbers around it', () => {
    const text = '“The economy is strong,” Kessel said at a news conference after the Fed held its rate at 5.5%.';
    expect(statisticsOf(text)[0]!.source).toBeNull();
    expect(statisticsOf('Kessel said the Fed held its rate at 5.5%.')[0]!.source).toBe('Kessel');
  });

  it('reads "the Bureau of Labor Statistics (BLS) said" as the defined abbreviation', () => {
    const text = 'Inflation was 3.2% in March, the Bureau of Labor Statistics (BLS) said.';
    expect(statisticsOf(text)[0]!.source).toBe('BLS');
  });

  it('takes no possessive document for a source', () => {
    expect(statisticsOf('It faces more than 4,000 lawsuits, according to its most recent annual report.')[0]!.source).toBeNull();
  });

  it('resolves "the department said" to the department named earlier', () => {
    const text = 'There were 312 patients, according to the County Health Department.\n\nAbout 38% of adults had a shot, the department said.';
    expect(statisticsOf(text).map((s) => s.source)).toEqual(['County Health Department', 'County Health Department']);
  });

  it('gives a number in an embedded post its author as source', () => {
    const text = 'Officials spoke on Monday.\n\nWe arrested 128 people today https://t.co/abc — City Police (@CityPD) October 7, 2020';
    const [statistic] = statisticsOf(text);
    expect(statistic).toMatchObject({ text: '128', source: 'City Police' });
  });

  it('does not read numbers in a related-story promo', () => {
    expect(statisticsOf('Prices rose. (RELATED: 40% of drivers now pay more)')).toEqual([]);
  });
});
