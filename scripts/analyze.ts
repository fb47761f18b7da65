/**
 * `npm run analyze`: the content script's analysis (analyzeDocument) over HTML in Node, as JSON.
 * Contract: README, "The analyze command" (issue 3). One file → one object; --jsonl → one result a line.
 */
import { readFileSync } from 'node:fs';
import { analyzeInput, InputError } from './analyze/analyze-input';
import { parseArgs, USAGE } from './analyze/parse-args';
import { runBatch } from './analyze/run-batch';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`analyze: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.mode === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (args.mode === 'jsonl') {
    await runBatch(process.stdin, process.stdout);
    return 0;
  }
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (error) {
    console.error(`analyze: cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  try {
    const result = analyzeInput({ html, url: args.url, siteName: args.siteName });
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `analysis failed: ${(error as Error).message}`;
    console.error(`analyze: ${args.file}: ${reason}`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
