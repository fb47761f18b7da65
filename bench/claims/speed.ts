import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../utils/analysis/analyze-document';
import { detectClaims } from '../../utils/claims/detect-claims';

/** A 10,000-word article made of the labelled set's own paragraphs, in order, repeated as needed. */
export function tenThousandWords(): string {
  const lines = readFileSync(join(import.meta.dirname, '../../tests/fixtures/claims/articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  const paragraphs = lines.flatMap((line) => (JSON.parse(line) as { text: string }).text.split('\n\n'));
  const chosen: string[] = [];
  let words = 0;
  for (let index = 0; words < 10_000; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!;
    chosen.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return chosen.join('\n\n');
}

/**
 * Median time of all claim detection over a 10,000-word article, after warm-up runs; and the process CPU time per
 * run, which a busy shared machine inflates much less than wall time.
 */
export function measureSpeed(runs = 60): { words: number; minMs: number; medianMs: number; p90Ms: number; cpuMs: number; quotes: number; statistics: number } {
  const text = tenThousandWords();
  const article = articleFromText(text);
  const context = { url: 'https://news.example/story', siteName: 'Example News' };
  for (let i = 0; i < 10; i++) detectClaims(article, context);
  const times: number[] = [];
  let claims = detectClaims(article, context);
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    claims = detectClaims(article, context);
    times.push(performance.now() - began);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    words: text.split(/\s+/).length,
    minMs: times[0]!,
    medianMs: times[Math.floor(times.length / 2)]!,
    p90Ms: times[Math.floor(times.length * 0.9)]!,
    cpuMs: (used.user + used.system) / 1000 / runs,
    quotes: claims.quotes.length,
    statistics: claims.statistics.length,
  };
}
