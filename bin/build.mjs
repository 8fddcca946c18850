// npm run build (and npm's `prepare`, after `npm ci`): compiles the TypeScript to dist/ with
// tsconfig.build.json, so the commands run plain JavaScript instead of loading tsx at every start.
// bin/run.mjs calls ensureBuilt() first: when a source is newer than the last build, it rebuilds.
// Plain JavaScript on purpose: it has to run before anything is compiled.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");
const CONFIG = path.join(ROOT, "tsconfig.build.json");
/** Written after each successful build, dated when that build started. */
const STAMP = path.join(DIST, ".built");
const LOCK = path.join(DIST, ".build-lock");
/** What the compiler reads or copies; the bundled documents under corpus/ are data, not code. */
const SOURCE_FILE = /\.(?:ts|mts|mjs|json)$/;
const NOT_CODE = new Set([path.join(ROOT, "corpus", "seed")]);

function newestIn(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!NOT_CODE.has(p)) newest = Math.max(newest, newestIn(p));
    } else if (SOURCE_FILE.test(e.name)) {
      newest = Math.max(newest, statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** The newest modification time among the build's inputs: the folders it includes and its configuration. */
function newestSource() {
  const include = JSON.parse(readFileSync(CONFIG, "utf8")).include;
  const configs = [CONFIG, path.join(ROOT, "tsconfig.json")].map((f) => statSync(f).mtimeMs);
  return Math.max(...configs, ...include.map((dir) => newestIn(path.join(ROOT, dir))));
}

/** Why dist/ needs building, or undefined when it is current. */
export function staleness() {
  let built;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    return "dist/ has not been built yet";
  }
  return newestSource() > built ? "the sources changed since the last build" : undefined;
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** True when the process that took the lock is gone (or never wrote its id within a minute). */
function lockAbandoned() {
  try {
    const pid = Number(readFileSync(path.join(LOCK, "pid"), "utf8"));
    process.kill(pid, 0);
    return false;
  } catch (err) {
    if (err.code === "EPERM") return false;
    if (err.code === "ESRCH") return true;
    try {
      return Date.now() - statSync(LOCK).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
}

/** One build at a time: two commands started after an edit must not write the same files together. */
function withLock(fn) {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    if (lockAbandoned()) rmSync(LOCK, { recursive: true, force: true });
    else sleep(200);
  }
  try {
    writeFileSync(path.join(LOCK, "pid"), String(process.pid));
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function typescriptCompiler() {
  try {
    return createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    throw new Error("TypeScript is not installed, so dist/ cannot be built: install with `npm ci` (dev dependencies too)");
  }
}

/**
 * Compiles to dist/ (incrementally) and stamps the build. Compiler messages go to stderr, so a
 * command's stdout (JSON answers) stays clean; type errors fail the build and emit nothing.
 * With `ifStale`, a build another command finished while this one waited for the lock is kept.
 * Returns whether it compiled.
 */
export function build({ ifStale = false } = {}) {
  return withLock(() => {
    if (ifStale && !staleness()) return false;
    const started = new Date();
    const tsc = spawnSync(process.execPath, [typescriptCompiler(), "-p", CONFIG], { cwd: ROOT, stdio: ["ignore", 2, 2] });
    if (tsc.status !== 0) {
      const why = tsc.error?.message ?? `exit code ${tsc.status}`;
      throw new Error(`the TypeScript build failed (${why}): see the errors above`);
    }
    writeFileSync(STAMP, `${started.toISOString()}\n`);
    utimesSync(STAMP, started, started); // a file saved during the build is newer than it: the next run rebuilds
    return true;
  });
}

/** Builds dist/ when it is missing or older than the sources, saying so on stderr. */
export function ensureBuilt() {
  const why = staleness();
  if (!why) return;
  process.stderr.write(`${why}: compiling to dist/ (npm run build)…\n`);
  const t = Date.now();
  const compiled = build({ ifStale: true });
  const s = ((Date.now() - t) / 1000).toFixed(1);
  process.stderr.write(compiled ? `compiled in ${s} s\n` : `another command built it meanwhile (${s} s)\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    build();
  } catch (err) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exitCode = 1;
  }
}
