import { describe, expect, it } from 'vitest';
import { indexWords, queryWords, tokenize } from '../../../utils/notes/search-words';

describe('search words', () => {
  it('folds case and accents and splits on anything that is not a letter or digit', () => {
    expect(tokenize('Café owners: "NO" to the $41-million plan (São Paulo)')).toEqual(['cafe', 'owners', 'no', 'to', 'the', '41', 'million', 'plan', 'sao', 'paulo']);
    expect(tokenize('Ελλάδα 東京 Zürich')).toEqual(['ελλαδα', '東京', 'zurich']);
  });

  it('indexes each distinct word once across note, quote, title and tags, skipping empty parts', () => {
    expect(indexWords('The plant', null, 'the PLANT closes', undefined, 'water')).toEqual(['the', 'plant', 'closes', 'water']);
  });

  it('bounds the words of one note and the length of a word', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    expect(indexWords(many)).toHaveLength(400);
    expect(tokenize('x'.repeat(100))[0]).toHaveLength(24);
  });

  it('orders query words longest first, without repeats', () => {
    expect(queryWords('vote the council vote')).toEqual(['council', 'vote', 'the']);
  });
});
