// Runs a command-line tool (src/cli/<name>.ts) as compiled JavaScript: `node src/cli/launch.mjs sim
// --level …`. Starting a TypeScript loader took most of a `sim`'s 2.5–3 s; a bundle built once
// starts in a fraction of that. The bundle is rebuilt whenever a source file is newer than it, so
// an edit is never run stale. Packages stay outside the bundle and load from node_modules.
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'not-by-accident-cli');
const TOOLS = new Set(['sim', 'levelsCheck', 'balance', 'questionsCheck']);

const [name, ...args] = process.argv.slice(2);
if (!name || !TOOLS.has(name)) {
  process.stderr.write(`usage: node src/cli/launch.mjs <${[...TOOLS].join('|')}> [options]\n`);
  process.exit(2);
}

/** The newest modification time of anything the bundle is made from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

// Each module keeps its own location for `new URL('…', import.meta.url)` (levels, locales), as
// if it had not been bundled.
const ownLocation = {
  name: 'own-import-meta-url',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, (file) => ({
      contents: readFileSync(file.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(file.path).href),
      ),
      loader: 'ts',
    }));
  },
};

const entry = join(SRC, 'cli', `${name}.ts`);
const bundlePath = join(CACHE, `${name}.mjs`);
const lock = join(ROOT, 'package-lock.json');
const newest = Math.max(
  newestSource(SRC),
  builtAt(lock),
  statSync(fileURLToPath(import.meta.url)).mtimeMs,
);
if (builtAt(bundlePath) < newest) {
  mkdirSync(dirname(bundlePath), { recursive: true });
  // Written beside and renamed, so two tools started at once never run half a file.
  const partial = `${bundlePath}.${process.pid}.tmp`;
  const { build } = await import('esbuild'); // only when rebuilding: loading it costs time
  await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { __E2E__: 'false' },
    plugins: [ownLocation],
    logLevel: 'error',
  });
  renameSync(partial, bundlePath);
}

process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundlePath).href);
