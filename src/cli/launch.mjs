// Runs a command-line tool (src/cli/<name>.ts) as compiled JavaScript: `node src/cli/launch.mjs sim
// --level …`. Starting a TypeScript loader took most of a `sim`'s 2.5–3 s; a bundle built once
// starts in a fraction of that. The bundle is rebuilt whenever a source file is newer than it, so
// an edit is never run stale. Packages load from node_modules, except zod (see `bundledPackages`).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// A tool runs for a few seconds at most: V8's optimising compiler (TurboFan) costs more than it
// gives back. Compiling the engine's largest function (buildTables) took 70–140 ms on a
// background thread that finished after the sim had printed its report, and a process waits for
// that compilation before it exits. Without it a sim and a sim with its debrief took a quarter to
// two fifths less time, and a default balance run the same (docs/architecture.md, "What a sim's time
// is spent on"). Set before any of the tool's code is loaded; results are the same to the bit.
setFlagsFromString('--max-opt=1');

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'not-by-accident-cli');
const TOOLS = new Set(['sim', 'levelsCheck', 'balance', 'questionsCheck']);

const [name, ...args] = process.argv.slice(2);
if (!name || !TOOLS.has(name)) {
  process.stderr.write(`usage: node src/cli/launch.mjs <${[...TOOLS].join('|')}> [options]\n`);
  process.exit(2);
}

/** A file's modification time; `missing` when it does not exist. */
function modifiedAt(path, missing) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return missing;
  }
}

/**
 * The newest modification time of what the bundle was made from: the source files esbuild read
 * for it (listed beside the bundle when it was built), or Infinity when one is gone or the list
 * is missing. A new source file only enters the bundle through an edit to a file already in it.
 * (Stating these few dozen files, not all of src/, saves a cold walk of the tree on every run.)
 */
function newestInput(listPath) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(listPath, 'utf8'));
  } catch {
    return Infinity;
  }
  let newest = 0;
  for (const path of inputs) newest = Math.max(newest, modifiedAt(join(ROOT, path), Infinity));
  return newest;
}

// zod's package entry loads about 150 modules (every locale among them), each resolved, read
// and compiled on its own; inside the bundle it is one file read once. The other packages are
// imported only on some paths, or are one file each.
const bundledPackages = {
  name: 'bundled-packages',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (to) =>
      /^zod(\/|$)/.test(to.path) ? undefined : { path: to.path, external: true },
    );
  },
};

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
const inputsPath = join(CACHE, `${name}.inputs.json`);
const newest = Math.max(
  newestInput(inputsPath),
  modifiedAt(join(ROOT, 'package-lock.json'), 0),
  statSync(fileURLToPath(import.meta.url)).mtimeMs,
);
if (modifiedAt(bundlePath, -1) < newest) {
  mkdirSync(dirname(bundlePath), { recursive: true });
  // Written beside and renamed, so two tools started at once never run half a file.
  const partial = `${bundlePath}.${process.pid}.tmp`;
  const { build } = await import('esbuild'); // only when rebuilding: loading it costs time
  const { metafile } = await build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { __E2E__: 'false' },
    plugins: [bundledPackages, ownLocation],
    metafile: true,
    absWorkingDir: ROOT, // so the inputs are listed relative to the project, wherever it runs from
    logLevel: 'error',
  });
  // The project's own files: packages change only with package-lock.json, checked above.
  const inputs = Object.keys(metafile.inputs).filter((path) => !path.includes('node_modules/'));
  writeFileSync(`${inputsPath}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsPath}.${process.pid}.tmp`, inputsPath);
  renameSync(partial, bundlePath);
}

process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundlePath).href);
