import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KERNEL_MODULE, compileKernel, kernelModuleText } from '../../src/cli/kernel/compile';

// The checked-in bytes are what `npm run kernel` makes of walk.as.ts today. Most of the time here
// is loading the compiler (Binaryen, 13 MB of JavaScript); a compile takes about a second.
describe('the generated WebAssembly module', () => {
  it('is up to date with walk.as.ts (run `npm run kernel` if not)', async () => {
    const bytes = await compileKernel();
    expect(bytes.length).toBeLessThan(4096);
    expect(readFileSync(KERNEL_MODULE, 'utf8')).toBe(kernelModuleText(bytes));
    // The compiler gives the same bytes every time, so the comparison above means something.
    expect(kernelModuleText(await compileKernel())).toBe(kernelModuleText(bytes));
  }, 30_000);
});
