import { createHash } from "node:crypto";
import { access, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { corpusFingerprint } from "../../corpus/load.js";
import type { CorpusDocument, Passage } from "../../corpus/types.js";
import { extractDocumentFacts } from "../../facts/extract.js";
import { EXTRACTOR_VERSION } from "../../facts/version.js";
import { buildIndex } from "../../index/build.js";
import { isUserError, UserError } from "../../index/errors.js";
import { estimateOverlayBytes, extractIndex, layerIndexes } from "../../index/overlay.js";
import { packIndex, readIndex, unpackIndex, writeIndex, type IndexData } from "../../index/store.js";
import { updateIndex } from "../../index/update.js";
import type { FactEngine } from "../../retrieval/engine.js";
import type { Fact } from "../../text/terms.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import type { StateStore, UploadRecord } from "../state/types.js";
import { OverlayCache } from "./overlayCache.js";
import { READ_LIMITS, readUpload, type AddProgress } from "./prepare.js";
import { quarantine, reconcile, uploadBytes, UPLOADS } from "./quarantine.js";
import { storedNameFor, uploadKind } from "./uploads.js";

/**
 * Per-server collections: every server answers from the base corpus plus the documents its members
 * added with /add, never another server's. The base index is loaded once and shared by every server;
 * a server's uploads have a small index of their own, its overlay (only their passages are embedded),
 * searched beside the base as one index (index/overlay.ts). Overlays are kept under
 * DATA_DIR/servers/<id>/overlay, so a restart, a re-index of the base or an overlay coming back into
 * memory embeds nothing and reads no upload again; in memory they stay under a budget, least recently
 * used leaving first. Changes to one server's collection run one at a time, and its questions never
 * wait for them. An upload is read in a child process under READ_LIMITS and kept only once indexed.
 */

export interface CollectionLimits {
  /** Largest upload, in bytes. */
  maxFileBytes: number;
  /** Documents one server may add. */
  maxDocuments: number;
  /** Bytes of uploads one server may keep. */
  maxTotalBytes: number;
  /** Memory for servers' overlays (estimated bytes): beyond it the least recently used leave. Default 128 MB. */
  cacheBytes?: number;
}

export const DEFAULT_CACHE_BYTES = 128 * 2 ** 20;

/** A server's overlay in memory, with the view over the base it was last layered on (remade after a re-index). */
interface Loaded {
  overlay: IndexData<Fact>;
  view?: { base: IndexData<Fact>; engine: FactEngine };
}

interface ServerState {
  queue: Promise<unknown>;
  /** Uploads and removals queued or running: questions meanwhile answer from the last overlay, never wait. */
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
  private readonly cache: OverlayCache<Loaded>;
  private migrations: Promise<unknown> = Promise.resolve();

  constructor(
    readonly base: EngineHolder,
    private readonly store: StateStore,
    private readonly dataDir: string,
    readonly limits: CollectionLimits,
    private readonly log: Logger,
    /** How much reading one upload may take (time, memory, characters, pages). */
    private readonly reading: typeof READ_LIMITS = READ_LIMITS,
  ) {
    this.cache = new OverlayCache(limits.cacheBytes ?? DEFAULT_CACHE_BYTES, (guildId, bytes) =>
      log.debug({ guildId, bytes }, "server overlay left memory (least recently used)"));
  }

  private folder(guildId: string): string {
    if (!/^\d{1,25}$/.test(guildId)) throw new Error(`not a server id: ${guildId}`);
    return path.join(this.dataDir, "servers", guildId);
  }

  private overlayDir(guildId: string): string { return path.join(this.folder(guildId), "overlay"); }

  /** Servers whose overlays are in memory now, least recently used first. */
  get inMemory(): string[] { return this.cache.keys; }

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
    // the queue keeps neither the result nor the error: a result holding an overlay would keep it in memory
    // after the cache let it go, for every server ever asked
    s.queue = run.then(() => undefined, () => undefined);
    return run;
  }

  /**
   * An upload or removal: serial, and counted, so that questions do not queue behind it. The store's server
   * lock makes another process sharing the store wait too, so neither builds on an overlay the other replaces.
   */
  private change<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const s = this.state(guildId);
    s.changing++;
    return this.serial(guildId, () => this.store.withServerLock(guildId, job)).finally(() => {
      s.changing--;
    });
  }

  async uploads(guildId: string | null): Promise<UploadRecord[]> {
    return guildId ? this.store.uploads(guildId) : [];
  }

  /**
   * The engine a server answers from: the base engine, or the base with its overlay. DMs get the base.
   * While an upload or removal runs, the server answers from its last good overlay (or the base, before
   * it has one): a question never waits for indexing.
   */
  async engineFor(guildId: string | null): Promise<FactEngine> {
    if (!guildId) return this.base.current;
    // an overlay in memory is kept while it has uploads and fits the budget: most questions stop here
    const cached = this.cache.get(guildId);
    if (cached) return this.orBase(guildId, async () => cached);
    if (this.servers.get(guildId)?.changing) return await this.lastGood(guildId);
    if (!(await this.store.uploads(guildId)).length) return this.base.current;
    return this.orBase(guildId, () => this.serial(guildId, () => this.refresh(guildId)));
  }

  /** The server's overlay layered over the base; the base alone when it has none or it cannot be loaded. */
  private async orBase(guildId: string, load: () => Promise<Loaded | undefined>): Promise<FactEngine> {
    try {
      const loaded = await load();
      return loaded ? this.viewOf(loaded) : this.base.current;
    } catch (err) {
      // a server whose overlay cannot be brought up to date (or layered on a new base) still answers, from the base
      this.log.warn({ err, guildId }, "server collection could not be loaded; answering from the base");
      return this.base.current;
    }
  }

  /** The overlay layered over the current base; made again only after a re-index swapped the base. */
  private viewOf(loaded: Loaded): FactEngine {
    const base = this.base.current;
    if (loaded.view?.base !== base.index) {
      const index = layerIndexes(base.index, loaded.overlay);
      loaded.view = { base: base.index, engine: { index, embedder: base.embedder } };
    }
    return loaded.view.engine;
  }

  /** Keeps an overlay in memory, under the budget (others may leave). */
  private keep(guildId: string, overlay: IndexData<Fact>): Loaded {
    const loaded: Loaded = { overlay };
    this.cache.set(guildId, loaded, estimateOverlayBytes(this.base.current.index, overlay));
    return loaded;
  }

  /**
   * The overlay a server last wrote (written whole, so good), or undefined; reading it embeds nothing.
   * When the folder has none, or one lacking some of `records` (added by another process or machine),
   * the one in the state store is taken if it holds them.
   */
  private async readOverlay(guildId: string, records?: UploadRecord[]): Promise<IndexData<Fact> | undefined> {
    const dir = this.overlayDir(guildId);
    const read = () => readIndex<Fact>(dir, this.base.current.embedder.id).catch(() => undefined);
    const holdsAll = (o: IndexData<Fact>) => (records ?? []).every((r) =>
      o.documents.some((d) => d.meta.source === `${UPLOADS}/${r.storedName}` && d.hash === r.sha256));
    const onDisk = await read();
    if (onDisk && holdsAll(onDisk)) return onDisk;
    const packed = await this.store.overlay(guildId);
    if (!packed) return onDisk;
    const shared = await unpackIndex(packed, dir).then(read, (err: unknown) => {
      this.log.warn({ err, guildId }, "the server's overlay in the state store is damaged: it is built again");
      return undefined;
    });
    // the folder's own stays what refresh works from unless the shared one holds every upload
    return shared && (holdsAll(shared) || !onDisk) ? shared : onDisk;
  }

  /** Saves the overlay just written in the state store, for other processes; a failure only costs them embedding. */
  private async share(guildId: string): Promise<void> {
    try {
      await this.store.saveOverlay(guildId, await packIndex(this.overlayDir(guildId)));
    } catch (err) {
      this.log.warn({ err, guildId }, "the server's overlay could not be saved in the state store");
    }
  }

  /**
   * The overlay a server last wrote, for its questions while an upload runs before it was loaded; the
   * base when it has none. Kept only if nothing newer was.
   */
  private async lastGood(guildId: string): Promise<FactEngine> {
    const overlay = await this.readOverlay(guildId);
    // an overlay written just before a stop may hold an upload that never got its record: not that one
    const kept = new Set((await this.store.uploads(guildId)).map((u) => `${UPLOADS}/${u.storedName}`));
    if (!overlay || !overlay.documents.every((d) => kept.has(d.meta.source))) return this.base.current;
    return this.orBase(guildId, async () => this.cache.get(guildId) ?? this.keep(guildId, overlay));
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
    // one at a time: each old copy is as large as the base, and start-up recovers every server at once
    const migrated = this.migrations.then(() => this.migrate(guildId));
    this.migrations = migrated.catch(() => undefined);
    await migrated;
  }

  /**
   * Older versions kept, per server, a full copy of the base index updated with its uploads (in
   * servers/<id>/index). Its uploads become the server's overlay, their vectors and facts carried over
   * (nothing embedded), and the copy is deleted. A copy that cannot be read is deleted too: the overlay
   * is then built from the stored uploads on the server's next question.
   */
  private async migrate(guildId: string): Promise<void> {
    const legacy = path.join(this.folder(guildId), "index");
    if (!(await access(legacy).then(() => true, () => false))) return;
    const log = this.log.child({ guildId });
    try {
      if (!(await this.readOverlay(guildId))) {
        const { embedder } = this.base.current;
        const copy = await readIndex<Fact>(legacy, embedder.id);
        const overlay = await extractIndex(copy, (d) => d.meta.source.startsWith(`${UPLOADS}/`), embedder);
        if (overlay) {
          await writeIndex(this.overlayDir(guildId), overlay);
          await this.share(guildId);
        }
        const documents = overlay?.documents.length ?? 0;
        log.info({ documents }, "server's full index copy (older version) turned into its overlay");
      }
    } catch (err) {
      log.warn({ err }, "server's full index copy (older version) unreadable: its overlay is built from its uploads");
    }
    await rm(legacy, { recursive: true, force: true });
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

  /**
   * An overlay over exactly `own`: `previous` when nothing changed, else updated in memory (only new
   * passages embedded), or built when there is none. `onProgress` hears of passages embedded.
   */
  private async overlayOf(
    previous: IndexData<Fact> | undefined, own: CorpusDocument[], facts: Map<string, Fact[]>, onProgress?: AddProgress,
  ): Promise<IndexData<Fact>> {
    const same = previous?.manifest.corpus.fingerprint === corpusFingerprint(own);
    if (previous && same && previous.manifest.extractor === EXTRACTOR_VERSION) return previous;
    const corpus = { root: path.join(this.dataDir, "servers"), documents: own, skipped: [] };
    const options = {
      embedder: this.base.current.embedder,
      // an upload's facts were extracted by its reader, off the event loop
      extractFacts: (doc: CorpusDocument, passages: Passage[]) => facts.get(doc.id) ?? extractDocumentFacts(doc, passages),
      extractorVersion: EXTRACTOR_VERSION,
      ...(onProgress && { onProgress }),
    };
    const { data } = previous ? await updateIndex<Fact>(previous, corpus, options) : await buildIndex<Fact>(corpus, options);
    return data;
  }

  /**
   * Brings the server's overlay up to date with its uploads and keeps it in memory; undefined when it
   * has none. An overlay in memory is taken as it is unless `stale` (a removal just changed the records).
   */
  private async refresh(guildId: string, stale = false): Promise<Loaded | undefined> {
    const cached = this.cache.get(guildId);
    if (cached && !stale) return cached;
    await this.recover(guildId);
    const records = await this.store.uploads(guildId);
    const previous = cached?.overlay ?? (await this.readOverlay(guildId, records));
    const own = records.length ? await this.ownDocuments(guildId, records, previous) : undefined;
    if (!own?.docs.length) {
      this.cache.delete(guildId);
      return undefined;
    }
    const overlay = await this.overlayOf(previous, own.docs, own.facts);
    if (overlay !== previous) {
      await writeIndex(this.overlayDir(guildId), overlay);
      await this.share(guildId);
      this.log.info({ guildId, documents: overlay.documents.length }, "server collection updated");
    }
    return this.keep(guildId, overlay);
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
      let overlay: IndexData<Fact>;
      try {
        const current = (await this.refresh(guildId))?.overlay;
        const ownSources = new Set((await this.store.uploads(guildId)).map((u) => `${UPLOADS}/${u.storedName}`));
        const own = current?.documents.filter((d) => ownSources.has(d.meta.source)) ?? [];
        overlay = await this.overlayOf(current, [...own, doc], new Map([[doc.id, facts]]), onProgress);
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
        await writeIndex(this.overlayDir(guildId), overlay);
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
        // the overlay on disk may hold the document now: the next refresh drops what has no record. Cleaning up
        // fails too when the folder could not be made (a file in its way): that must not hide why adding failed
        await rm(partial, { force: true }).catch(() => undefined);
        await rm(target, { force: true }).catch(() => undefined);
        throw notAdded(err);
      }
      await this.share(guildId);
      const engine = this.viewOf(this.keep(guildId, overlay));
      return { record, engine, ...(doc.cut && { cut: doc.cut }) };
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
      if (!(await this.store.uploads(guildId)).length) {
        // back to the base collection: its overlay is no longer needed
        this.cache.delete(guildId);
        await rm(this.overlayDir(guildId), { recursive: true, force: true });
        await this.store.removeOverlay(guildId);
      } else {
        try {
          await this.refresh(guildId, true); // the overlay it has, without the removed document
        } catch (err) {
          this.cache.delete(guildId); // the next question rebuilds from the records as they now are
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
