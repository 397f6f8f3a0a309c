import { vi } from 'vitest';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs a command's main in this process, catching what it writes: the CLI without a process start. */
export async function runCli(main: () => number | Promise<number>): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  try {
    const code = await main();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** The most characters one message line may take: a value is quoted cut, never whole. */
export const LINE_MAX = 600;

/**
 * What every refusal must be: each line names the file (one of `files`) and a path, has no raw
 * locale key, and is short enough to read.
 */
export function refusalProblems(err: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const line of err.trimEnd().split('\n')) {
    if (!files.some((f) => line.startsWith(`${f}: `)))
      problems.push(`names no file: ${line.slice(0, 200)}`);
    else if (!/^[^:]+: [^:\s]+: ./.test(line))
      problems.push(`names no path: ${line.slice(0, 200)}`);
    if (/engine\.error\./.test(line)) problems.push(`raw locale key: ${line.slice(0, 200)}`);
    if (line.length > LINE_MAX) problems.push(`${line.length} characters: ${line.slice(0, 200)}`);
  }
  return problems;
}

/** More runs, and a fresh seed, on demand: FUZZ_RUNS=500 FUZZ_SEED=7 npx vitest run tests/fuzz. */
export const RUNS = (runs: number) => ({
  numRuns: Number(process.env.FUZZ_RUNS ?? runs),
  seed: Number(process.env.FUZZ_SEED ?? 16),
});
