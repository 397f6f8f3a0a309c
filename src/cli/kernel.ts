/**
 * `npm run kernel`: compiles the engine's WebAssembly walk (src/engine/kernel/walk.as.ts) and
 * rewrites src/engine/kernel/walkBytes.ts, the checked-in module holding its bytes. Run it after
 * changing the kernel; a unit test fails while the two differ.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { KERNEL_MODULE, compileKernel, kernelModuleText } from './kernel/compile';

const bytes = await compileKernel();
writeFileSync(KERNEL_MODULE, kernelModuleText(bytes));
process.stdout.write(
  `kernel: ${bytes.length} bytes of WebAssembly → ${relative(process.cwd(), KERNEL_MODULE)}\n`,
);
