import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../../src/practice/competencies';
import { DataFileError, type FetchFile } from '../../src/content/fetchJsonFiles';
import { loadBank } from '../../src/ui/practice/practiceData';
import { shippedQuestionFiles } from './fixtures';

const files = Object.fromEntries(
  shippedQuestionFiles().map((f) => [`../../../levels/questions/${f.file}`, `/q/${f.file}`]),
);

/** Serves the shipped files from disk by URL, as the game's origin does. */
const fromDisk: FetchFile = async (url) => {
  const name = url.slice(url.lastIndexOf('/') + 1);
  const text = readFileSync(new URL(`../../levels/questions/${name}`, import.meta.url), 'utf8');
  return { ok: true, status: 200, json: async () => JSON.parse(text) as unknown };
};

describe('the question bank fetched at run time', () => {
  it('builds the same bank from the fetched files as from the files on disk', async () => {
    const bank = await loadBank(files, fromDisk);
    expect(bank.problems).toEqual([]);
    for (const c of COMPETENCIES) expect(bank.byCompetency(c).length).toBeGreaterThanOrEqual(2);
    const onDisk = shippedQuestionFiles().flatMap((f) =>
      (f.data as { questions: { id: string }[] }).questions.map((q) => q.id),
    );
    expect(bank.questions.map((q) => q.id).sort()).toEqual([...onDisk].sort());
  });

  it('names the file and the HTTP status when a file is missing', async () => {
    const missing: FetchFile = async (url) =>
      url.endsWith('metrics.json')
        ? { ok: false, status: 404, json: async () => null }
        : fromDisk(url);
    const error = await loadBank(files, missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).toMatchObject({ file: 'metrics.json', reason: 'HTTP 404' });
  });

  it('names the file when the network fails or the file is not JSON', async () => {
    const offline: FetchFile = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadBank(files, offline)).rejects.toMatchObject({ reason: 'Failed to fetch' });
    const garbled: FetchFile = async () => ({
      ok: true,
      status: 200,
      json: () => Promise.reject(new SyntaxError('Unexpected token <')),
    });
    await expect(loadBank(files, garbled)).rejects.toBeInstanceOf(DataFileError);
  });
});
