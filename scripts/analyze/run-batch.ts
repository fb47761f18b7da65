import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeInput, type PageInput } from './analyze-input';

interface BatchRequest extends PageInput {
  id: string;
}

/** One request a line in, one result a line out, same order; a bad line gets an "error" result of its own. */
export async function runBatch(input: Readable, output: Writable): Promise<{ lines: number; errors: number }> {
  let lines = 0;
  let errors = 0;
  const reader = createInterface({ input, crlfDelay: Infinity });
  for await (const line of reader) {
    if (line.trim() === '') continue;
    lines++;
    const answer = answerLine(line);
    if ('error' in answer) errors++;
    if (!output.write(JSON.stringify(answer) + '\n')) await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

function answerLine(line: string): object {
  let request: BatchRequest;
  try {
    request = readRequest(line);
  } catch (error) {
    return { id: idIn(line), error: messageOf(error) };
  }
  try {
    return { id: request.id, ...analyzeInput(request) };
  } catch (error) {
    return { id: request.id, error: messageOf(error) };
  }
}

function readRequest(line: string): BatchRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('the line is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the line is not a JSON object');
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new Error('the request has no "id"');
  for (const key of ['html', 'text', 'url', 'siteName'] as const) {
    if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string') throw new Error(`"${key}" must be a string`);
  }
  if (typeof r.html !== 'string' && typeof r.text !== 'string') throw new Error('the request has neither "html" nor "text"');
  return {
    id: String(r.id),
    html: r.html as string | undefined,
    text: r.text as string | undefined,
    url: (r.url as string | undefined) ?? null,
    siteName: (r.siteName as string | undefined) ?? null,
  };
}

// Even a broken line may carry its id; echoing it lets the caller match the error to its request.
function idIn(line: string): string | null {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/.exec(line);
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1] ?? null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
