import { readFileSync } from 'node:fs';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { LoadResult } from './formatIssues';

/** What went wrong with a file, in words, from a Node file-system error. */
export function fileProblem(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  const words: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EROFS: 'read-only file system',
  };
  return words[code] ?? (code || (e as Error).message);
}

/** How much of a faulty line a syntax error quotes: enough to find it, never a whole 1 MB line. */
const QUOTE_LENGTH = 60;

/**
 * A JSON syntax error in words a person can act on: the line and column, what was wrong there and
 * the start of the faulty line. V8's own message gives at most a character offset (often none), so
 * jsonc-parser, in strict JSON mode, finds where the first error is.
 */
export function jsonSyntaxProblem(text: string, error: SyntaxError): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return `not valid JSON: ${error.message}`;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const lineText = (text.split('\n')[line - 1] ?? '').trim();
  const quoted = lineText.length > QUOTE_LENGTH ? `${lineText.slice(0, QUOTE_LENGTH)}…` : lineText;
  const code = printParseErrorCode(first.error);
  const what = SYNTAX_WORDS[code] ?? code;
  return `not valid JSON at line ${line}, column ${column}: ${what}${quoted ? ` (line ${line}: ${quoted})` : ''}`;
}

/** jsonc-parser's error codes (by name) in words. */
const SYNTAX_WORDS: Partial<Record<string, string>> = {
  InvalidSymbol: 'a character that does not belong here',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected (a trailing comma?)',
  ColonExpected: 'a colon was expected after the property name',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape after \\',
  InvalidCharacter: 'a control character inside a string',
};

/** Parses JSON text; a leading byte-order mark (as some Windows editors write) is accepted. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, problem: jsonSyntaxProblem(body, e as SyntaxError) };
  }
}

/** Reads a JSON file (Node only); a missing file or bad JSON becomes a message naming the file. */
export function readJsonFile(file: string): LoadResult<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${file}: (file): cannot be read: ${fileProblem(e)}`] };
  }
  const parsed = parseJsonText(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, errors: [`${file}: (root): ${parsed.problem}`] };
}
