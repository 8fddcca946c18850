// The compiled build: the npm commands run JavaScript from dist/ (bin/run.mjs), rebuilt when a source is
// newer. Here: every such command has its entry, the compiled ask answers from a folder holding a PDF
// (its worker files and data come along into dist/), an upload is read in a compiled child process,
// and the launcher rebuilds a stale build (one build at a time), keeps stdout clean and stops on a type error.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Prepare from "../bot/collections/prepare.js";
import { makePdf } from "./helpers/makePdf.js";
import { ROOT, tempDir } from "./helpers/paths.js";

const run = promisify(execFile);
type Result = { code: number; stdout: string; stderr: string };
const node = (args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> =>
  run(process.execPath, args, { cwd, env: { ...process.env, LOG_LEVEL: "silent", ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

const EXPORTS = 389.14;
const IMPORTS = 241.06;
const lines = [
  `Guangdong's exports reached ${EXPORTS} billion yuan in January 2019,`,
  `while its imports came to ${IMPORTS} billion yuan.`,
];
const pdf = makePdf([lines], { title: "Guangdong trade in January", created: "D:20190225120000Z" });

beforeAll(async () => {
  // what `npm ci` runs as `prepare`; here only when a source changed since the last build
  const ensureBuilt = 'import("./bin/build.mjs").then((b) => b.ensureBuilt())';
  const built = await node(["--input-type=module", "-e", ensureBuilt], ROOT);
  expect(built.code, built.stderr).toBe(0);
}, 180_000);

describe("the npm commands", () => {
  it("that run compiled code each name an entry with its source and its build", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const scripts = pkg.scripts;
    const compiled = Object.entries(scripts).flatMap(([name, cmd]) => {
      const m = /^node bin\/run\.mjs (\S+)$/.exec(cmd);
      return m ? [[name, m[1]!] as const] : [];
    });
    const wanted = ["ask", "start", "index", "add", "deploy-commands", "feedback", "state"];
    expect(compiled.map(([name]) => name)).toEqual(expect.arrayContaining(wanted));
    for (const [, entry] of compiled) {
      expect(existsSync(path.join(ROOT, `${entry}.ts`)), entry).toBe(true);
      expect(existsSync(path.join(ROOT, "dist", `${entry}.js`)), entry).toBe(true);
    }
    expect(scripts["prepare"]).toBe("node bin/build.mjs");
  });
});

describe("compiled", { timeout: 90_000 }, () => {
  it("ask answers from a folder with a PDF, printing only the JSON answer", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "docs"));
    await writeFile(path.join(dir, "docs", "guangdong.pdf"), pdf);
    const question = "What was Guangdong's trade surplus in January 2019?";
    const args = ["bot/cli/ask", "--json", "--corpus", path.join(dir, "docs"), "--index", path.join(dir, "index"), question];
    const asked = await node([path.join(ROOT, "bin/run.mjs"), ...args], ROOT, { DATA_DIR: path.join(dir, "data") });
    expect(asked.code, asked.stderr).toBe(0);
    const out = asked.stdout.trim().split("\n");
    expect(out).toHaveLength(1);
    type Printed = {
      abstained: boolean; figures: Array<{ value: number; computed: boolean }>; citations: Array<{ source: string; title: string }>;
    };
    const answer = JSON.parse(out[0]!) as Printed;
    expect(answer.abstained).toBe(false);
    expect(answer.figures[0]).toMatchObject({ computed: true, value: +(EXPORTS - IMPORTS).toFixed(2) });
    expect(answer.citations[0]).toMatchObject({ source: "guangdong.pdf", title: "Guangdong trade in January" });
  });

  it("reads an upload in a child process of its own", async () => {
    const compiled = pathToFileURL(path.join(ROOT, "dist/bot/collections/prepare.js")).href;
    const { readUpload, READ_LIMITS } = (await import(compiled)) as typeof Prepare;
    const { doc, facts } = await readUpload("guangdong.pdf", pdf, { ...READ_LIMITS, maxFileBytes: 1 << 20 });
    expect(doc.meta).toMatchObject({
      title: "Guangdong trade in January", source: "guangdong.pdf", published: "2019-02-25",
    });
    expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining([EXPORTS, IMPORTS]));
  });
});

describe("bin/run.mjs in a project of one file", { timeout: 90_000 }, () => {
  it("builds on first run, reuses the build, rebuilds once after an edit and stops on a type error", async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, "bin"));
    await mkdir(path.join(dir, "src"));
    for (const f of ["build.mjs", "run.mjs"]) await copyFile(path.join(ROOT, "bin", f), path.join(dir, "bin", f));
    await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const compilerOptions = { target: "ES2022", module: "NodeNext", strict: true, noEmit: true, types: [] };
    await writeFile(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions }));
    await copyFile(path.join(ROOT, "tsconfig.build.json"), path.join(dir, "tsconfig.build.json"));
    const config = JSON.parse(readFileSync(path.join(dir, "tsconfig.build.json"), "utf8")) as { include: string[] };
    await writeFile(path.join(dir, "tsconfig.build.json"), JSON.stringify({ ...config, include: ["src"] }));
    const source = path.join(dir, "src", "hello.ts");
    const edit = (body: string) => writeFile(source, body); // newer than the last build, which is dated when it started
    const hello = () => node(["bin/run.mjs", "src/hello"], dir);

    await edit('const greeting: string = "hello world";\nconsole.log(greeting);\n');
    const first = await hello();
    expect(first).toMatchObject({ code: 0, stdout: "hello world\n" });
    expect(first.stderr).toMatch(/^dist\/ has not been built yet: compiling to dist\//);

    expect(await hello()).toEqual({ code: 0, stdout: "hello world\n", stderr: "" });

    await edit('const greeting: string = "hi world";\nconsole.log(greeting);\n');
    const edited = await hello();
    expect(edited).toMatchObject({ code: 0, stdout: "hi world\n" });
    expect(edited.stderr).toMatch(/^the sources changed since the last build: compiling/);

    // two commands started together after an edit: one compiles, the other waits for it and runs its build
    await edit('const greeting: string = "hey world";\nconsole.log(greeting);\n');
    const together = await Promise.all([hello(), hello()]);
    expect(together.map((r) => [r.code, r.stdout])).toEqual([[0, "hey world\n"], [0, "hey world\n"]]);
    expect(together.filter((r) => /compiled in/.test(r.stderr))).toHaveLength(1);

    await edit('const greeting: string = 42;\nconsole.log(greeting);\n');
    const broken = await hello();
    expect(broken).toMatchObject({ code: 1, stdout: "" });
    expect(broken.stderr).toMatch(/error TS2322[\s\S]*error: the TypeScript build failed/);
    expect(readFileSync(path.join(dir, "dist", "src", "hello.js"), "utf8")).toContain('"hey world"'); // nothing emitted
  });
});
