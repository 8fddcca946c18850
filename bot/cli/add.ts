import "dotenv/config";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { createEmbedder } from "../../index/embedders/registry.js";
import { UserError } from "../../index/errors.js";
import { readIndex } from "../../index/store.js";
import { describeUpdate } from "../../index/update.js";
import { loadConfiguredCorpus, updateAndWrite } from "../../retrieval/engine.js";
import type { Fact } from "../../text/terms.js";
import { fileDocument, findTwin, probeDocument, saveDocument } from "../collections/addToFolder.js";
import { fetchDocument, type StoredDocument } from "../collections/fetch/document.js";
import { uploadKind } from "../collections/uploads.js";
import { defaultIndexDir, loadConfig } from "../config.js";
import { engineConfig } from "./engineFromConfig.js";
import { runCli } from "./run.js";

const program = new Command("add")
  .description("Add a web page, a PDF link or a file to a documents folder and update its index.")
  .argument("<link-or-file>", "an http(s) link, or a .txt, .md, .html or .pdf file")
  .option("--corpus <dir>", "documents folder (default: CORPUS_DIR, else the bundled seed corpus)")
  .option("--out <dir>", "index folder (default: INDEX_DIR, else data/index/<corpus>)")
  .showHelpAfterError();

const mb = (bytes: number) => `${+(bytes / 2 ** 20).toFixed(1)} MB`;
// "file:///etc/passwd" and "ftp://…" are links too: refused as links, never read as paths
const LINK = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A local file checked as uploads are: size first, then the type by its bytes. */
async function fromFile(file: string, maxBytes: number): Promise<StoredDocument> {
  let size: number;
  try { size = (await stat(file)).size; } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    const hint = /^[\w-]+(\.[\w-]+)+\//.test(file) ? " (a link starts with https:// or http://)" : "";
    throw new UserError("BAD_INPUT", `cannot read ${file}: ${why}${hint}`, { cause: err });
  }
  if (size > maxBytes) throw new UserError("BAD_INPUT", `too large: over ${mb(maxBytes)}`);
  const bytes = await readFile(file);
  const kind = uploadKind(bytes, file);
  if ("refuse" in kind) throw new UserError("BAD_INPUT", kind.refuse);
  return fileDocument(file, bytes, kind.ext);
}

async function main(): Promise<void> {
  program.parse();
  const target = program.args[0]!;
  const opts = program.opts<{ corpus?: string; out?: string }>();
  const config = loadConfig();
  const corpusDir = path.resolve(opts.corpus ?? config.CORPUS_DIR);
  const out = opts.out ?? (opts.corpus ? defaultIndexDir(opts.corpus) : config.INDEX_DIR);
  const ec = engineConfig(config, { corpus: corpusDir, index: out });

  const stored = LINK.test(target)
    ? await fetchDocument(target, { maxBytes: config.UPLOAD_MAX_BYTES, allowHosts: config.ADD_URL_ALLOW_HOSTS })
    : await fromFile(target, config.UPLOAD_MAX_BYTES);
  const doc = await probeDocument(stored, config.UPLOAD_MAX_BYTES);
  const before = await loadConfiguredCorpus({ ...ec, corpusDir });
  const twin = findTwin(doc, before.documents);
  if (twin)
    throw new UserError("BAD_INPUT", `already in ${corpusDir} as "${twin.meta.title}" (${twin.meta.source}): nothing added`);

  const saved = await saveDocument(corpusDir, stored);
  const embedder = await createEmbedder(ec.embedder);
  embedder.warmUp?.(); // the model loads while the folder and the index are read: one document's passages need it next
  try {
    const corpus = await loadConfiguredCorpus({ ...ec, corpusDir });
    const old = await readIndex<Fact>(out, embedder.id).catch(() => undefined);
    const { data, stats } = await updateAndWrite(old, corpus, embedder, out);
    const what = stats ? `updated: ${describeUpdate(stats)}` : `built: ${data.documents.length} document(s)`;
    process.stdout.write(
      `Added "${doc.meta.title}"${doc.meta.published ? ` (${doc.meta.published})` : ""}` +
        `${doc.meta.url ? ` from ${doc.meta.url}` : ""}\n→ ${saved.file}\nIndex ${what} → ${out}\n`,
    );
  } catch (err) {
    await saved.undo();
    const message = `not added (the folder is as it was): ${(err as Error).message}`;
    throw new UserError("INDEX_BUILD_FAILED", message, { cause: err });
  } finally {
    await embedder.close();
  }
}

runCli(main);
