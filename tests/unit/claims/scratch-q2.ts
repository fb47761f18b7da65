import { readFileSync } from 'node:fs';
import { articleFromText } from '../../../utils/analysis/analyze-document';
import { findQuotations } from '../../../utils/claims/quotes/find-quotations';
import { judgeQuotation } from '../../../utils/claims/quotes/is-quotation';
import { findPersonMentions } from '../../../utils/claims/quotes/person-mentions';
import { attributionAfter, attributionBefore } from '../../../utils/claims/quotes/attribute-speaker';
import { splitRole } from '../../../utils/claims/quotes/split-role';
import { NameRegistry } from '../../../utils/claims/quotes/resolve-names';
const lines = readFileSync('/work/main/tests/fixtures/claims/articles.jsonl', 'utf8').split('\n').filter(Boolean);
const paragraphs = lines.flatMap((l) => JSON.parse(l).text.split('\n\n'));
const chosen: string[] = []; let words = 0;
for (let i = 0; words < 10000; i++) { const p = paragraphs[i % paragraphs.length]; chosen.push(p); words += p.split(/\s+/).length; }
const text = chosen.join('\n\n'); const a = articleFromText(text);
const qs = findQuotations(a);
const phrases: string[] = [];
function time(name: string, f: () => unknown) { for (let i = 0; i < 5; i++) f(); const c = process.cpuUsage(); for (let i = 0; i < 20; i++) f(); const u = process.cpuUsage(c); console.log(name.padEnd(14), ((u.user + u.system) / 1000 / 20).toFixed(2)); }
time('mentions', () => a.blocks.map((b) => findPersonMentions(text, b.start, b.end)));
time('judge', () => qs.map((q) => judgeQuotation(text, q, q.inner)));
time('after', () => qs.map((q) => attributionAfter(text, q, a.blocks[q.block]!.end)));
time('before', () => qs.map((q) => attributionBefore(text, q, a.blocks[q.block]!.start)));
for (const q of qs) { const x = attributionAfter(text, q, a.blocks[q.block]!.end) ?? attributionBefore(text, q, a.blocks[q.block]!.start); if (x) phrases.push(x.phrase); }
time('splitRole', () => phrases.map((p) => splitRole(p)));
time('resolve', () => { const r = new NameRegistry(text); qs.forEach((q, i) => r.resolve(splitRole(phrases[i % phrases.length]!), q.start)); });
console.log(qs.length, phrases.length);
