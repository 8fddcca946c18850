// node bin/run.mjs <entry> [args…], e.g. `node bin/run.mjs bot/cli/ask --json "…"` (what `npm run ask`
// runs): the compiled dist/<entry>.js with those arguments, after rebuilding dist/ if a source is newer.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ensureBuilt } from "./build.mjs";

const [entry, ...args] = process.argv.slice(2);
try {
  if (!entry) throw new Error("usage: node bin/run.mjs <entry, e.g. bot/cli/ask> [arguments]");
  ensureBuilt();
  const file = path.join(DIST, `${entry.replace(/\.[cm]?[jt]s$/, "")}.js`);
  if (!existsSync(file)) throw new Error(`no such command: ${path.relative(DIST, file)} is not in dist/`);
  // the entry parses process.argv as if it had been started itself
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
} catch (err) {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
