import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { corpusFingerprint, loadCorpus } from "../../corpus/load.js";
import type { LoadedCorpus } from "../../corpus/types.js";
import { isUserError, UserError } from "../../index/errors.js";
import { readIndex } from "../../index/store.js";
import { updateAndWrite, type FactEngine } from "../../retrieval/engine.js";
import { EXTRACTOR_VERSION } from "../../facts/version.js";
import type { Fact } from "../../text/terms.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import type { Store, UploadRecord } from "../state/store.js";
import { safeFileName, uploadKind } from "./uploads.js";

/**
 * Per-server collections: every server answers from the base corpus plus the documents its members
 * added with /add, never another server's. A server's index is the base index updated with its
 * uploads (only their passages are embedded), kept under DATA_DIR/servers/<id>/index so a restart
 * embeds nothing. Changes to one server's collection run one at a time.
 */

export interface CollectionLimits {
  /** Largest upload, in bytes. */
  maxFileBytes: number;
  /** Documents one server may add. */
  maxDocuments: number;
  /** Bytes of uploads one server may keep. */
  maxTotalBytes: number;
}

/** The folder inside a server's documents that holds its uploads (document ids start with it). */
const UPLOADS = "server-uploads";

interface ServerState {
  engine?: FactEngine;
  builtFrom?: unknown;
  queue: Promise<unknown>;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export class Collections {
  private readonly servers = new Map<string, ServerState>();

  constructor(
    readonly base: EngineHolder,
    private readonly store: Store,
    private readonly dataDir: string,
    readonly limits: CollectionLimits,
    private readonly log: Logger,
  ) {}

  private folder(guildId: string): string {
    if (!/^\d{1,25}$/.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return path.join(this.dataDir, "servers", guildId);
  }

  private state(guildId: string): ServerState {
    let s = this.servers.get(guildId);
    if (!s) {
      s = { queue: Promise.resolve() };
      this.servers.set(guildId, s);
    }
    return s;
  }

  /** Runs changes to one server's collection one after another. */
  private serial<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const s = this.state(guildId);
    const run = s.queue.then(job, job);
    s.queue = run.catch(() => undefined);
    return run;
  }

  uploads(guildId: string | null): UploadRecord[] {
    return guildId ? this.store.uploads(guildId) : [];
  }

  /** The engine a server answers from: the base engine, or the base plus its uploads. DMs get the base. */
  async engineFor(guildId: string | null): Promise<FactEngine> {
    if (!guildId) return this.base.current;
    // a server's engine is kept while it has uploads (removing the last drops it): most questions stop here
    const cached = this.servers.get(guildId);
    if (cached?.engine && cached.builtFrom === this.base.current.index) return cached.engine;
    if (!this.store.uploads(guildId).length) return this.base.current;
    const s = this.state(guildId);
    try {
      return await this.serial(guildId, () => this.refresh(guildId, false));
    } catch (err) {
      // a server whose own index cannot be brought up to date still answers, from what it last had or the base
      this.log.warn({ err, guildId }, "server collection could not be updated; answering from the last good index");
      return s.engine ?? this.base.current;
    }
  }

  /** The server's corpus: the base documents (as indexed) and its own uploads, read from its folder. */
  private async corpus(guildId: string): Promise<LoadedCorpus> {
    const root = path.join(this.folder(guildId), "docs");
    await mkdir(path.join(root, UPLOADS), { recursive: true });
    const own = await loadCorpus(root, { maxFileBytes: this.limits.maxFileBytes });
    return { root, documents: [...this.base.current.index.documents, ...own.documents], skipped: own.skipped };
  }

  /** Brings the server's index up to date with the base and its uploads (embedding only what is new). */
  private async refresh(guildId: string, force: boolean): Promise<FactEngine> {
    const s = this.state(guildId);
    const base = this.base.current;
    if (!force && s.engine && s.builtFrom === base.index) return s.engine;
    const indexDir = path.join(this.folder(guildId), "index");
    const corpus = await this.corpus(guildId);
    const previous =
      s.engine?.index ?? (await readIndex<Fact>(indexDir, base.embedder.id).catch(() => undefined)) ?? base.index;
    let index = previous;
    if (
      previous.manifest.corpus.fingerprint !== corpusFingerprint(corpus.documents) ||
      previous.manifest.extractor !== EXTRACTOR_VERSION
    ) {
      ({ data: index } = await updateAndWrite(previous, corpus, base.embedder, indexDir));
      this.log.info({ guildId, documents: index.documents.length }, "server collection updated");
    }
    s.engine = { index, embedder: base.embedder };
    s.builtFrom = base.index;
    return s.engine;
  }

  /**
   * Adds an uploaded file to a server's collection. Everything is checked before anything changes:
   * size, type by content, quotas, duplicates, and that the file reads as a document. A failure at
   * any step leaves the collection as it was.
   */
  async add(
    guildId: string,
    file: { name: string; bytes: Buffer; uploaderId: string; uploaderName: string },
  ): Promise<{ record: UploadRecord; engine: FactEngine }> {
    return this.serial(guildId, async () => {
      const { maxFileBytes, maxDocuments, maxTotalBytes } = this.limits;
      if (file.bytes.length > maxFileBytes)
        throw new UserError("BAD_INPUT", `the file is ${mb(file.bytes.length)}; the limit is ${mb(maxFileBytes)}`);
      const kind = uploadKind(file.bytes, file.name);
      if ("refuse" in kind) throw new UserError("BAD_INPUT", kind.refuse);
      const existing = this.store.uploads(guildId);
      if (existing.length >= maxDocuments)
        throw new UserError(
          "BAD_INPUT",
          `this server already has ${existing.length} documents of its own, the limit: remove one with /remove first`,
        );
      const used = existing.reduce((sum, u) => sum + u.bytes, 0);
      if (used + file.bytes.length > maxTotalBytes)
        throw new UserError(
          "BAD_INPUT",
          `this server's documents would take ${mb(used + file.bytes.length)}; the limit is ${mb(maxTotalBytes)}: remove some with /remove first`,
        );
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      const twin = existing.find((u) => u.sha256 === sha256);
      if (twin)
        throw new UserError(
          "BAD_INPUT",
          `this file is already in this server's collection as "${twin.title}" (id ${twin.id})`,
        );
      const inBase = this.base.current.index.documents.find((d) => d.hash === sha256);
      if (inBase)
        throw new UserError("BAD_INPUT", `this file is already in the base collection as "${inBase.meta.title}"`);

      let storedName = safeFileName(file.name, kind.ext);
      const taken = new Set(existing.map((u) => u.storedName));
      for (let n = 2; taken.has(storedName); n++)
        storedName = safeFileName(`${file.name.replace(/\.[^.]*$/, "")}-${n}${kind.ext}`, kind.ext); // "a.v2" + "-2" + ".md"

      // read it on its own first: a file that does not parse never enters the collection
      const probeDir = await mkdtemp(path.join(os.tmpdir(), "tradewise-upload-"));
      try {
        await writeFile(path.join(probeDir, storedName), file.bytes);
        const probe = await loadCorpus(probeDir, { maxFileBytes });
        const doc = probe.documents[0];
        if (!doc)
          throw new UserError(
            "BAD_INPUT",
            `the file could not be read: ${probe.skipped[0]?.reason ?? "no text in it"}`,
          );
        const target = path.join(this.folder(guildId), "docs", UPLOADS, storedName);
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(path.join(probeDir, storedName), target);
        const record = this.store.addUpload({
          guildId,
          fileName: path.basename(file.name).slice(0, 200),
          storedName,
          title: doc.meta.title,
          bytes: file.bytes.length,
          sha256,
          uploaderId: file.uploaderId,
          uploaderName: file.uploaderName,
        });
        try {
          return { record, engine: await this.refresh(guildId, true) };
        } catch (err) {
          await rm(target, { force: true });
          this.store.removeUpload(guildId, record.id);
          throw isUserError(err)
            ? err
            : new UserError(
                "INDEX_BUILD_FAILED",
                `the file could not be added (nothing changed): ${(err as Error).message}`,
                { cause: err },
              );
        }
      } finally {
        await rm(probeDir, { recursive: true, force: true });
      }
    });
  }

  /** Takes an upload out of a server's collection; its answers stop at once. */
  async remove(guildId: string, id: string): Promise<UploadRecord> {
    return this.serial(guildId, async () => {
      const record = this.store.uploads(guildId).find((u) => u.id === id.trim());
      if (!record)
        throw new UserError(
          "BAD_INPUT",
          `this server has no document with id "${id.slice(0, 40)}": /sources lists them`,
        );
      const file = path.join(this.folder(guildId), "docs", UPLOADS, record.storedName);
      this.store.removeUpload(guildId, record.id);
      await rm(file, { force: true });
      if (!this.store.uploads(guildId).length) {
        // back to the base collection: its own index is no longer needed
        this.servers.delete(guildId);
        await rm(path.join(this.folder(guildId), "index"), { recursive: true, force: true });
      } else {
        try {
          await this.refresh(guildId, true);
        } catch (err) {
          this.state(guildId).engine = undefined; // the next question rebuilds from the folder as it now is
          throw err;
        }
      }
      return record;
    });
  }

  /** A server's uploads by the source path of the document each became. */
  uploadsBySource(guildId: string | null): Map<string, UploadRecord> {
    return new Map(this.uploads(guildId).map((u) => [`${UPLOADS}/${u.storedName}`, u]));
  }
}
