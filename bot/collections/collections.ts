import { createHash } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { corpusFingerprint } from "../../corpus/load.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { extractDocumentFacts } from "../../facts/extract.js";
import { EXTRACTOR_VERSION } from "../../facts/version.js";
import { isUserError, UserError } from "../../index/errors.js";
import { readIndex, writeIndex, type IndexData } from "../../index/store.js";
import { updateIndex } from "../../index/update.js";
import type { FactEngine } from "../../retrieval/engine.js";
import type { Fact } from "../../text/terms.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import type { StateStore, UploadRecord } from "../state/types.js";
import { READ_LIMITS, readUpload, type AddProgress } from "./prepare.js";
import { quarantine, reconcile, uploadBytes, UPLOADS } from "./quarantine.js";
import { storedNameFor, uploadKind } from "./uploads.js";

/**
 * Per-server collections: every server answers from the base corpus plus the documents its members
 * added with /add, never another server's. A server's index is the base index updated with its
 * uploads (only their passages are embedded), kept under DATA_DIR/servers/<id>/index so a restart
 * embeds nothing and reads no upload again. Changes to one server's collection run one at a time, and
 * its questions never wait for them. An upload is read in a child process under READ_LIMITS and kept
 * only once indexed.
 */

export interface CollectionLimits {
  /** Largest upload, in bytes. */
  maxFileBytes: number;
  /** Documents one server may add. */
  maxDocuments: number;
  /** Bytes of uploads one server may keep. */
  maxTotalBytes: number;
}

interface ServerState {
  engine?: FactEngine;
  builtFrom?: unknown;
  queue: Promise<unknown>;
  /** Uploads and removals queued or running: questions meanwhile answer from `engine`, never wait. */
  changing: number;
  /** The folder was checked against the records (half-added files quarantined) since start-up. */
  recovered?: boolean;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A system failure while adding, told as what it means for the user: nothing changed. */
const notAdded = (err: unknown) => {
  const why = `the file could not be added (nothing changed): ${(err as Error).message}`;
  return new UserError("INDEX_BUILD_FAILED", why, { cause: err });
};

export class Collections {
  private readonly servers = new Map<string, ServerState>();

  constructor(
    readonly base: EngineHolder,
    private readonly store: StateStore,
    private readonly dataDir: string,
    readonly limits: CollectionLimits,
    private readonly log: Logger,
    /** How much reading one upload may take (time, memory, characters, pages). */
    private readonly reading: typeof READ_LIMITS = READ_LIMITS,
  ) {}

  private folder(guildId: string): string {
    if (!/^\d{1,25}$/.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return path.join(this.dataDir, "servers", guildId);
  }

  private state(guildId: string): ServerState {
    let s = this.servers.get(guildId);
    if (!s) {
      s = { queue: Promise.resolve(), changing: 0 };
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

  /** An upload or removal: serial, and counted, so that questions do not queue behind it. */
  private change<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const s = this.state(guildId);
    s.changing++;
    return this.serial(guildId, job).finally(() => {
      s.changing--;
    });
  }

  async uploads(guildId: string | null): Promise<UploadRecord[]> {
    return guildId ? this.store.uploads(guildId) : [];
  }

  /**
   * The engine a server answers from: the base engine, or the base plus its uploads. DMs get the base.
   * While an upload or removal runs, the server answers from its last good index (or the base, before
   * its index was first loaded): a question never waits for indexing.
   */
  async engineFor(guildId: string | null): Promise<FactEngine> {
    if (!guildId) return this.base.current;
    // a server's engine is kept while it has uploads (removing the last drops it): most questions stop here
    const cached = this.servers.get(guildId);
    if (cached?.engine && cached.builtFrom === this.base.current.index) return cached.engine;
    if (cached?.changing) return cached.engine ?? (await this.lastGood(guildId));
    if (!(await this.store.uploads(guildId)).length) return this.base.current;
    const s = this.state(guildId);
    try {
      return await this.serial(guildId, () => this.refresh(guildId));
    } catch (err) {
      // a server whose own index cannot be brought up to date still answers, from what it last had or the base
      this.log.warn({ err, guildId }, "server collection could not be updated; answering from the last good index");
      return s.engine ?? this.base.current;
    }
  }

  /**
   * The index a server last wrote (written whole, so it is good), for its questions while an upload
   * runs before its index was first loaded; the base when it has none. Kept only if nothing newer was.
   */
  private async lastGood(guildId: string): Promise<FactEngine> {
    const base = this.base.current;
    const indexDir = path.join(this.folder(guildId), "index");
    const index = await readIndex<Fact>(indexDir, base.embedder.id).catch(() => undefined);
    const s = this.state(guildId);
    // an index written just before a stop may hold an upload that never got its record: not that one
    const kept = new Set((await this.store.uploads(guildId)).map((u) => `${UPLOADS}/${u.storedName}`));
    const own = index?.documents.filter((d) => d.meta.source.startsWith(`${UPLOADS}/`)) ?? [];
    if (index && !s.engine && own.every((d) => kept.has(d.meta.source))) s.engine = { index, embedder: base.embedder };
    return s.engine ?? base;
  }

  /**
   * Start-up: every server folder checked against the records, once. A file without a record is an
   * upload that never finished (the bot stopped while reading or indexing it): it is moved aside to
   * the server's quarantine folder with a log line, never read again. A record without a file gets it
   * back from the state store (another machine sharing the database added it), or is dropped if the
   * store has no bytes for it either.
   */
  async recoverAll(): Promise<void> {
    let ids: string[];
    try {
      ids = (await readdir(path.join(this.dataDir, "servers"))).filter((id) => /^\d{1,25}$/.test(id));
    } catch {
      return;
    }
    await Promise.all(ids.map((id) => this.serial(id, () => this.recover(id))));
  }

  private async recover(guildId: string): Promise<void> {
    const s = this.state(guildId);
    if (s.recovered) return;
    s.recovered = true;
    await reconcile(this.folder(guildId), guildId, this.store, this.log);
  }

  /** Reads one upload as the document it becomes in a server's folder, under this bot's reading limits. */
  private read(
    storedName: string, bytes: Buffer, extra: Parameters<typeof readUpload>[3] = {},
  ): Promise<{ doc: CorpusDocument; facts: Fact[] }> {
    const limits = { ...this.reading, maxFileBytes: this.limits.maxFileBytes };
    return readUpload(`${UPLOADS}/${storedName}`, bytes, limits, extra);
  }

  /**
   * The server's own documents as its index holds them, in record order. A record its index lacks
   * (the index was lost, or the upload predates this reader) is read again under the reading limits;
   * one that cannot be read is quarantined, so a bad file is never retried on every question.
   */
  private async ownDocuments(
    guildId: string, records: UploadRecord[], previous: IndexData<Fact> | undefined,
  ): Promise<{ docs: CorpusDocument[]; facts: Map<string, Fact[]> }> {
    const indexed = new Map((previous?.documents ?? []).map((d) => [d.meta.source, d]));
    const docs: CorpusDocument[] = [];
    const facts = new Map<string, Fact[]>();
    for (const r of records) {
      const doc = indexed.get(`${UPLOADS}/${r.storedName}`);
      if (doc && doc.hash === r.sha256) {
        docs.push(doc);
        continue;
      }
      try {
        // written from the store first when this machine's folder lacks it (added on another machine)
        const bytes = await uploadBytes(this.folder(guildId), r, this.store);
        if (!bytes) throw new Error("its file is in neither the server's folder nor the state store");
        const read = await this.read(r.storedName, bytes, { url: r.url });
        docs.push(read.doc);
        facts.set(read.doc.id, read.facts);
      } catch (err) {
        await this.store.removeUpload(guildId, r.id);
        const why = `could not be read again: ${(err as Error).message}`;
        await quarantine(this.folder(guildId), r.storedName, why, this.log.child({ guildId }));
      }
    }
    return { docs, facts };
  }

  /** The server's index over the base documents and `own`: `previous` when nothing changed, else updated in memory. */
  private async rebuild(
    previous: IndexData<Fact>, own: CorpusDocument[], facts: Map<string, Fact[]>, onProgress?: AddProgress,
  ): Promise<IndexData<Fact>> {
    const base = this.base.current;
    const documents = [...base.index.documents, ...own];
    const { manifest } = previous;
    const fingerprint = corpusFingerprint(documents);
    if (manifest.corpus.fingerprint === fingerprint && manifest.extractor === EXTRACTOR_VERSION) return previous;
    const corpus = { root: path.join(this.dataDir, "servers"), documents, skipped: [] };
    const { data } = await updateIndex<Fact>(previous, corpus, {
      embedder: base.embedder,
      // an upload's facts were extracted by its reader, off the event loop
      extractFacts: (doc, passages) => facts.get(doc.id) ?? extractDocumentFacts(doc, passages),
      extractorVersion: EXTRACTOR_VERSION,
      ...(onProgress && { onProgress }),
    });
    return data;
  }

  /** Brings the server's index up to date with the base and its uploads (embedding only what is new). */
  private async refresh(guildId: string): Promise<FactEngine> {
    const s = this.state(guildId);
    const base = this.base.current;
    if (s.engine && s.builtFrom === base.index) return s.engine;
    await this.recover(guildId);
    const records = await this.store.uploads(guildId);
    if (!records.length) {
      s.engine = undefined;
      return base;
    }
    const indexDir = path.join(this.folder(guildId), "index");
    const stored = () => readIndex<Fact>(indexDir, base.embedder.id).catch(() => undefined);
    const previous = s.engine?.index ?? (await stored());
    const own = await this.ownDocuments(guildId, records, previous);
    if (!own.docs.length) {
      s.engine = undefined;
      return base;
    }
    const index = await this.rebuild(previous ?? base.index, own.docs, own.facts);
    if (index !== previous) {
      await writeIndex(indexDir, index);
      this.log.info({ guildId, documents: index.documents.length }, "server collection updated");
    }
    s.engine = { index, embedder: base.embedder };
    s.builtFrom = base.index;
    return s.engine;
  }

  /**
   * Adds an uploaded file to a server's collection. Everything is checked, read (in a child process,
   * under time and memory limits) and indexed (in memory) before anything is kept; only then are the
   * file, the index and the record written, in that order, so a stop at any point leaves at most a
   * file without a record, which start-up quarantines. A failure at any step leaves the collection as it was.
   * `url`: the link it was fetched from, cited with it; `onProgress` hears of pages read and passages embedded.
   */
  async add(
    guildId: string,
    file: { name: string; bytes: Buffer; uploaderId: string; uploaderName: string; url?: string },
    onProgress?: AddProgress,
  ): Promise<{ record: UploadRecord; engine: FactEngine; cut?: string }> {
    return this.change(guildId, async () => {
      const { maxFileBytes, maxDocuments, maxTotalBytes } = this.limits;
      if (file.bytes.length > maxFileBytes)
        throw new UserError("BAD_INPUT", `the file is ${mb(file.bytes.length)}; the limit is ${mb(maxFileBytes)}`);
      const kind = uploadKind(file.bytes, file.name);
      if ("refuse" in kind) throw new UserError("BAD_INPUT", kind.refuse);
      const existing = await this.store.uploads(guildId);
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
      const storedName = storedNameFor(file.name, kind.ext, sha256, existing.map((u) => u.storedName));

      const { doc, facts } = await this.read(storedName, file.bytes, { url: file.url, onProgress });
      const s = this.state(guildId);
      const base = this.base.current;
      let index: IndexData<Fact>;
      try {
        const current = (await this.refresh(guildId)).index;
        const ownSources = new Set((await this.store.uploads(guildId)).map((u) => `${UPLOADS}/${u.storedName}`));
        const own = current.documents.filter((d) => ownSources.has(d.meta.source));
        index = await this.rebuild(current, [...own, doc], new Map([[doc.id, facts]]), onProgress);
      } catch (err) {
        if (isUserError(err)) throw err;
        throw notAdded(err);
      }

      const target = path.join(this.folder(guildId), "docs", UPLOADS, storedName);
      const partial = path.join(path.dirname(target), `.${storedName}.partial`);
      let record: UploadRecord;
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(partial, file.bytes);
        await rename(partial, target);
        await writeIndex(path.join(this.folder(guildId), "index"), index);
        record = await this.store.addUpload({
          guildId,
          fileName: path.basename(file.name).slice(0, 200),
          storedName,
          title: doc.meta.title,
          bytes: file.bytes.length,
          sha256,
          uploaderId: file.uploaderId,
          uploaderName: file.uploaderName,
          fileBytes: file.bytes,
          ...(file.url && { url: file.url }),
        });
      } catch (err) {
        // the index on disk may hold the document now: the next refresh drops what has no record
        await rm(partial, { force: true });
        await rm(target, { force: true });
        throw notAdded(err);
      }
      s.engine = { index, embedder: base.embedder };
      s.builtFrom = base.index;
      return { record, engine: s.engine, ...(doc.cut && { cut: doc.cut }) };
    });
  }

  /** Takes an upload out of a server's collection. */
  async remove(guildId: string, id: string): Promise<UploadRecord> {
    return this.change(guildId, async () => {
      const record = (await this.store.uploads(guildId)).find((u) => u.id === id.trim());
      if (!record)
        throw new UserError(
          "BAD_INPUT",
          `this server has no document with id "${id.slice(0, 40)}": /sources lists them`,
        );
      const file = path.join(this.folder(guildId), "docs", UPLOADS, record.storedName);
      await this.store.removeUpload(guildId, record.id);
      await rm(file, { force: true });
      const s = this.state(guildId);
      if (!(await this.store.uploads(guildId)).length) {
        // back to the base collection: its own index is no longer needed
        s.engine = undefined;
        s.builtFrom = undefined;
        await rm(path.join(this.folder(guildId), "index"), { recursive: true, force: true });
      } else {
        s.builtFrom = undefined; // rebuilt from the index it has, without the removed document
        try {
          await this.refresh(guildId);
        } catch (err) {
          s.engine = undefined; // the next question rebuilds from the records as they now are
          throw err;
        }
      }
      return record;
    });
  }

  /** A server's uploads by the source path of the document each became. */
  async uploadsBySource(guildId: string | null): Promise<Map<string, UploadRecord>> {
    return new Map((await this.uploads(guildId)).map((u) => [`${UPLOADS}/${u.storedName}`, u]));
  }
}
