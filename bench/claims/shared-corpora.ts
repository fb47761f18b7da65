import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../../utils/analysis/analyze-document';
import { detectClaims } from '../../utils/claims/detect-claims';

export const CORPORA = process.env.NEWSMARK_CORPORA ?? join(import.meta.dirname, '../../../shared/corpora');

interface RecognizerCase {
  id: string;
  input: string;
  results: { text: string; start: number; end: number; typeName: string; resolution?: { value?: string } }[];
}

export interface NumbersAgreement {
  model: string;
  cases: number;
  spans: number;
  overlapped: number;
  exact: number;
  valueAgrees: number;
  valueComparable: number;
  predictedOutside: number;
}

/**
 * Agreement with Recognizers-Text spans. Those specs mark every number (ordinals, "one", ages), not only claims,
 * so this reads as how much of a general recogniser's ground a claim detector covers, and how exactly.
 */
export function numbersAgreement(): NumbersAgreement[] | null {
  const folder = join(CORPORA, 'numbers');
  if (!existsSync(folder)) return null;
  const rows: NumbersAgreement[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    const row: NumbersAgreement = { model: file.replace(/\.jsonl$/, ''), cases: 0, spans: 0, overlapped: 0, exact: 0, valueAgrees: 0, valueComparable: 0, predictedOutside: 0 };
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as RecognizerCase;
      row.cases++;
      const statistics = detectClaims(articleFromText(item.input), { url: null, siteName: null }).statistics;
      const matched = new Set<number>();
      for (const gold of item.results) {
        row.spans++;
        const index = statistics.findIndex((s) => s.start < gold.end && gold.start < s.end);
        if (index < 0) continue;
        matched.add(index);
        row.overlapped++;
        const statistic = statistics[index]!;
        // Our spans include a hedge ("more than"); compare the number part when the spans differ only by it.
        if (statistic.start === gold.start && statistic.end === gold.end) row.exact++;
        const wanted = Number(String(gold.resolution?.value ?? '').replace(/[%,]/g, ''));
        if (gold.resolution?.value !== undefined && Number.isFinite(wanted) && statistic.value !== null) {
          row.valueComparable++;
          if (Math.abs(wanted - statistic.value) <= 1e-6 * Math.max(1, Math.abs(wanted))) row.valueAgrees++;
        }
      }
      row.predictedOutside += statistics.length - matched.size;
    }
    rows.push(row);
  }
  return rows;
}

interface SyndicationCase {
  id: string;
  text: string;
  kind?: string;
  resembles_kind?: string;
  host: string | null;
  position?: string | null;
}

export interface SyndicationDevScores {
  positives: number;
  detected: number;
  kindAgrees: number;
  negatives: number;
  falsePositives: number;
  missed: string[];
  wrong: string[];
}

/** syndication-dev: each text as an article body on its host; positives must yield a notice, negatives none. */
export function syndicationDev(): SyndicationDevScores | null {
  const folder = join(CORPORA, 'syndication-dev');
  if (!existsSync(folder)) return null;
  const read = (file: string) => readFileSync(join(folder, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SyndicationCase);
  const scores: SyndicationDevScores = { positives: 0, detected: 0, kindAgrees: 0, negatives: 0, falsePositives: 0, missed: [], wrong: [] };
  const noticesOf = (item: SyndicationCase) => {
    const url = item.host ? `https://${item.host}/story` : null;
    return detectClaims(articleFromText(item.text), { url, siteName: null }).syndication;
  };
  for (const item of read('positives.jsonl')) {
    scores.positives++;
    const notices = noticesOf(item);
    if (notices.length) scores.detected++;
    else scores.missed.push(`  ${item.id} ${item.kind}: ${item.text.slice(0, 90)}`);
    if (notices.some((notice) => notice.kind === item.kind)) scores.kindAgrees++;
  }
  for (const item of read('negatives.jsonl')) {
    scores.negatives++;
    const notices = noticesOf(item);
    if (notices.length) {
      scores.falsePositives++;
      scores.wrong.push(`  ${item.id} → ${notices.map((n) => n.kind).join(',')}: ${item.text.slice(0, 90)}`);
    }
  }
  return scores;
}
