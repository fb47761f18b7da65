import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './load-page';

function analyze(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'analyze.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  it('analyses one HTML file into one JSON object of the contract', () => {
    const { status, stdout } = analyze(['--url', 'http://127.0.0.1:4173/demo', 'demo/article.html']);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    const expected = JSON.parse(readFileSync(join(ROOT, 'demo', 'article.expected.json'), 'utf8'));
    expect(result).toMatchObject({
      url: 'http://127.0.0.1:4173/demo',
      isArticle: true,
      article: { title: expected.article.title, byline: 'Dana Whitfield', published: '2025-02-25T19:10:00-08:00', siteName: 'The Harbor City Courier', text: expected.article.text },
    });
    expect(Array.isArray(result.quotes) && Array.isArray(result.statistics) && Array.isArray(result.syndication)).toBe(true);
    expect(typeof result.ms).toBe('number');
    expect(result.id).toBeUndefined();
  }, 120_000);

  it('answers a JSONL batch line by line, in order, with an error on the bad lines only', () => {
    const text = 'First paragraph, as given.\n\nSecond one.';
    const lines = [
      JSON.stringify({ id: 'page', html: readFileSync(join(ROOT, 'tests/fixtures/pages/article-with-related.html'), 'utf8') }),
      '{"id": "broken", "html": ',
      JSON.stringify({ id: 'text', text, siteName: 'Example Post' }),
      JSON.stringify({ id: 'empty', html: '' }),
      JSON.stringify({ id: 'plain', html: 'no markup here at all' }),
    ];
    const { status, stdout } = analyze(['--jsonl'], lines.join('\n') + '\n');
    expect(status).toBe(0);
    const results = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.id)).toEqual(['page', 'broken', 'text', 'empty', 'plain']);
    expect(results[0]).toMatchObject({ isArticle: true });
    expect(results[0].article.text).toMatch(/^Northfield Library has started lending/);
    expect(results[1].error).toMatch(/not valid JSON/);
    expect(results[2]).toMatchObject({ isArticle: true, article: { text, siteName: 'Example Post' } });
    expect(results[3].error).toMatch(/empty/);
    expect(results[4].error).toMatch(/not HTML/);
    for (const i of [0, 2]) expect(results[i].error).toBeUndefined();
  }, 120_000);

  it('fails clearly, with a non-zero exit, on a file that is not HTML or cannot be read', () => {
    const notHtml = analyze(['tests/fixtures/README.md']);
    expect(notHtml.status).toBe(1);
    expect(notHtml.stderr).toMatch(/not HTML/);
    const missing = analyze(['no/such/page.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  }, 120_000);
});
