/** The analyze command's arguments: `[--url URL] [--site-name NAME] FILE.html` or `--jsonl`. */
export type AnalyzeArgs =
  | { mode: 'file'; file: string; url: string | null; siteName: string | null }
  | { mode: 'jsonl' }
  | { mode: 'help' };

export const USAGE = `usage:
  npm run -s analyze -- [--url URL] [--site-name NAME] FILE.html   one page -> one JSON object
  npm run -s analyze -- --jsonl < requests.jsonl                    one {"id","html"|"text"} a line -> one result a line`;

export function parseArgs(argv: string[]): AnalyzeArgs {
  let url: string | null = null;
  let siteName: string | null = null;
  let jsonl = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { mode: 'help' };
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '--url' || arg === '--site-name') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === '--url') url = value;
      else siteName = value;
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('--site-name=')) siteName = arg.slice(12);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (jsonl) {
    if (files.length > 0) throw new Error('--jsonl reads requests from standard input, not from files');
    return { mode: 'jsonl' };
  }
  if (files.length !== 1) throw new Error(files.length === 0 ? 'no input file given' : 'give exactly one HTML file');
  return { mode: 'file', file: files[0]!, url, siteName };
}
