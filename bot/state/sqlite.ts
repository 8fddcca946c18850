import { Store } from "./store.js";
import type {
  AnswerRecord, Conversation, FeedbackFilter, FeedbackRecord, FeedbackSummary, NewAnswer, NewFeedback, NewUpload,
  ServerSettings, StateStore, UploadRecord,
} from "./types.js";

/**
 * The state in one SQLite file behind the async port. It wraps the synchronous `Store` (same file,
 * same migrations, same behaviour), so code still on `Store` and code on `StateStore` share one
 * database while call sites move over.
 */
export class SqliteStore implements StateStore {
  readonly kind = "sqlite";

  /** Each server's lock: the last job queued, which the next waits for. */
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(readonly store: Store) {}

  /** Opens (creating and migrating) the file; throws a UserError if it cannot, or if it is newer than this program. */
  static open(file: string, now: () => number = Date.now): SqliteStore {
    return new SqliteStore(new Store(file, now));
  }

  get location(): string {
    return this.store.file;
  }

  async schemaVersion(): Promise<number> {
    return this.store.schemaVersion;
  }

  hashUser(userId: string): string {
    return this.store.hashUser(userId);
  }

  async saveAnswer(a: NewAnswer): Promise<string> {
    return this.store.saveAnswer(a);
  }

  async getAnswer(id: string): Promise<AnswerRecord | undefined> {
    return this.store.getAnswer(id);
  }

  async openConversation(key: string, answerId: string | null, guildId: string | null = null): Promise<void> {
    this.store.openConversation(key, answerId, guildId);
  }

  async conversation(key: string): Promise<Conversation | undefined> {
    return this.store.conversation(key);
  }

  async saveFeedback(f: NewFeedback): Promise<FeedbackRecord> {
    return this.store.saveFeedback(f);
  }

  async feedback(filter: FeedbackFilter = {}): Promise<FeedbackRecord[]> {
    return this.store.feedback(filter);
  }

  async summary(guildId: string | null, latest = 5): Promise<FeedbackSummary> {
    return this.store.summary(guildId, latest);
  }

  async prune(olderThanMs: number): Promise<{ conversations: number; answers: number }> {
    return this.store.prune(olderThanMs);
  }

  async addUpload({ fileBytes, ...record }: NewUpload): Promise<UploadRecord> {
    return this.store.addUpload(record, fileBytes);
  }

  async uploads(guildId: string): Promise<UploadRecord[]> {
    return this.store.uploads(guildId);
  }

  async uploadFile(guildId: string, id: string): Promise<Buffer | undefined> {
    return this.store.uploadFile(guildId, id);
  }

  async removeUpload(guildId: string, id: string): Promise<boolean> {
    return this.store.removeUpload(guildId, id);
  }

  async settings(guildId: string): Promise<ServerSettings> {
    return this.store.settings(guildId);
  }

  async saveSettings(guildId: string, settings: ServerSettings): Promise<ServerSettings> {
    return this.store.saveSettings(guildId, settings);
  }

  async saveOverlay(guildId: string, packed: Buffer): Promise<void> {
    this.store.saveOverlay(guildId, packed);
  }

  async overlay(guildId: string): Promise<Buffer | undefined> {
    return this.store.overlay(guildId);
  }

  async removeOverlay(guildId: string): Promise<void> {
    this.store.removeOverlay(guildId);
  }

  /** One process owns a SQLite file's writers, so an in-process queue per server is the whole lock. */
  async withServerLock<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(guildId) ?? Promise.resolve();
    const run = previous.then(job, job);
    const tail = run.catch(() => undefined);
    this.locks.set(guildId, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(guildId) === tail) this.locks.delete(guildId); // nobody queued behind: forget the server
    }
  }

  async close(): Promise<void> {
    this.store.close();
  }
}
