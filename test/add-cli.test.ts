// `npm run add` end to end: the real CLI, the real embedder, a real server on 127.0.0.1 (admitted
// through ADD_URL_ALLOW_HOSTS), then `npm run ask` over the same folder cites the page by its link.
import { execFile } from "node:child_process";
import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultIndexDir } from "../bot/config.js";
import { PAGE, startServer } from "./helpers/linkServer.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";

const run = promisify(execFile);
// node with tsx's loader, not the tsx command (which starts a second node process for each run)
const TSX = ["--import", "tsx"];

let srv: Awaited<ReturnType<typeof startServer>>;
let corpus: string;
let dataDir: string;

beforeAll(async () => {
  srv = await startServer();
  corpus = await tempDir("tradewise-add-");
  dataDir = await tempDir("tradewise-add-data-");
  const seed = (await readdir(SEED)).find((f) => f.endsWith(".txt"))!;
  await copyFile(path.join(SEED, seed), path.join(corpus, seed));
});

afterAll(async () => {
  await new Promise<void>((r) => { srv.server.closeAllConnections(); srv.server.close(() => r()); });
  await rm(corpus, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  await rm(defaultIndexDir(corpus), { recursive: true, force: true });
});

type Result = { code: number; stdout: string; stderr: string };
async function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  const options = { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: dataDir, ADD_URL_ALLOW_HOSTS: "", ...env } };
  return run(process.execPath, [...TSX, path.join(ROOT, "bot/cli", script), ...args], options).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
const allow = { ADD_URL_ALLOW_HOSTS: "127.0.0.1" };

describe("npm run add", { timeout: 90_000 }, () => {
  it("adds a page by link, and ask cites it with its link", async () => {
    const added = await cli("add.ts", [`${srv.base}/hop/1`, "--corpus", corpus], allow);
    expect(added.stderr).toBe("");
    expect(added.stdout).toContain(`Added "Guangdong exports rose 8.1% in 2025" (2025-03-14) from ${srv.base}/page`);
    const asked = await cli("ask.ts", ["--corpus", corpus, "--json", "How much did Guangdong's exports grow in 2025?"]);
    const answer = JSON.parse(asked.stdout) as { answer: string; citations: Array<{ url?: string; title: string }> };
    expect(answer.answer).toContain("8.1%");
    expect(answer.citations[0]).toMatchObject({ title: "Guangdong exports rose 8.1% in 2025", url: `${srv.base}/page` });
  });

  it("adds a PDF by link with its link in metadata.json", async () => {
    const added = await cli("add.ts", [`${srv.base}/report.pdf`, "--corpus", corpus], allow);
    expect(added.stdout).toMatch(/^Added "Shanxi trade report" from http:\/\/127\.0\.0\.1:\d+\/report\.pdf\n→ .*report-[0-9a-f]{8}\.pdf\nIndex updated: 1 document/);
    const meta = JSON.parse(await readFile(path.join(corpus, "metadata.json"), "utf8")) as { documents: Record<string, { url: string }> };
    expect(Object.values(meta.documents)).toEqual([{ url: `${srv.base}/report.pdf` }]);
  });

  it("refuses the same page twice, and a loopback host that is not allowed, adding nothing", async () => {
    const before = (await readdir(corpus)).sort();
    const twice = await cli("add.ts", [`${srv.base}/page`, "--corpus", corpus], allow);
    expect(twice).toMatchObject({ code: 2, stdout: "" });
    expect(twice.stderr).toMatch(/^error: already in .* as "Guangdong exports rose 8\.1% in 2025"/);
    const refused = await cli("add.ts", [`${srv.base}/page`, "--corpus", corpus]);
    expect(refused).toMatchObject({ code: 2, stderr: `error: that address is loopback: ${srv.base.slice(7)} is not fetched\n` });
    expect((await readdir(corpus)).sort()).toEqual(before);
  });

  it("adds a local file checked like an upload, and refuses an image whatever its name", async () => {
    const file = path.join(dataDir, "notes.html");
    await writeFile(file, PAGE.replace(/Guangdong/g, "Fujian"));
    const added = await cli("add.ts", [file, "--corpus", corpus]);
    expect(added.stdout).toMatch(/^Added "Fujian exports rose 8\.1% in 2025" \(2025-03-14\)\n→ .*notes-[0-9a-f]{8}\.html\n/);
    const png = path.join(dataDir, "fake.txt");
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const refused = await cli("add.ts", [png, "--corpus", corpus]);
    expect(refused).toMatchObject({ code: 2, stderr: "error: the file is a PNG image, not a document: upload a .txt, .md, .html or .pdf\n" });
  });
});
