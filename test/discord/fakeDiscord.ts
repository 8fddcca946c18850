// A local stand-in for the part of Discord the bot talks to: REST routes over HTTP and a gateway
// over WebSocket speaking the real protocol (HELLO, IDENTIFY → READY, heartbeats, dispatches, RESUME → the events
// missed, then RESUMED), sharded
// as Discord shards: GET /gateway/bot recommends a shard count, each connection identifies as
// `shard: [i, n]`, and a server's events go only to the connection of shard (server id >> 22) % n, DMs
// only to shard 0. Listens on 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const APP_ID = "1100000000000000001";
export const BOT_ID = APP_ID;
export const GUILD_ID = "1200000000000000001";
/** A second server, for checking that servers never see each other's documents. */
export const OTHER_GUILD_ID = "1200000000000000002";
export const CHANNEL_ID = "1300000000000000001";
export const USER_ID = "1400000000000000001";
/** A forum channel (type 15): each post is a thread (type 11) whose parent it is. */
export const FORUM_ID = "1300000000000000002";
/** Another forum channel, never configured in the tests. */
export const OTHER_FORUM_ID = "1300000000000000003";
/** A text channel a server may ask the bot to keep quiet in. */
export const QUIET_CHANNEL_ID = "1300000000000000004";
/** The server's channels as GUILD_CREATE lists them (and as a channel option resolves them). */
export const GUILD_CHANNELS = [
  { id: CHANNEL_ID, type: 0, name: "general" }, { id: FORUM_ID, type: 15, name: "questions" },
  { id: OTHER_FORUM_ID, type: 15, name: "showcase" }, { id: QUIET_CHANNEL_ID, type: 0, name: "off-topic" },
].map((c) => ({ ...c, guild_id: GUILD_ID, position: 0, permission_overwrites: [] }));
/** A token of the right shape whose first part is the bot's id in base64. */
export const FAKE_TOKEN = `${Buffer.from(BOT_ID).toString("base64").replace(/=+$/, "")}.GxYzAb.${"x".repeat(27)}`;

/** A file uploaded with a request (multipart/form-data, as discord.js sends attachments). */
export interface UploadedFile { field: string; name: string; data: Buffer }

export interface RecordedRequest {
  method: string; path: string; query: URLSearchParams; body: unknown; files: UploadedFile[];
  /** When it arrived: wall-clock ms, and the CPU time this process (the bot under test) had used by then. */
  at: number; cpuMs: number;
}

/** CPU time used by this process so far (all its threads), in ms: unlike wall time, it does not grow when other processes load the machine. */
export const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** An edit saying how far long work has got ("Adding "x.pdf": reading pages, 3 of 12…"), not its final reply. */
export const isProgressEdit = (r: RecordedRequest): boolean =>
  /^(?:Adding|Re-indexing)\b.*…$/.test(String((r.body as { content?: unknown } | undefined)?.content ?? ""));

let snowflake = 1500000000000000000n;
const nextId = () => String(snowflake++);

export const userJson = (id = USER_ID, username = "alice") => ({ id, username, discriminator: "0", global_name: username, avatar: null, bot: false });

function messageJson(body: Record<string, unknown>, channelId: string, extra: Record<string, unknown> = {}) {
  return {
    id: nextId(), channel_id: channelId, author: { ...userJson(BOT_ID, "Tradewise"), bot: true }, content: body["content"] ?? "",
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
    attachments: [], embeds: body["embeds"] ?? [], components: body["components"] ?? [], type: 0, pinned: false, flags: body["flags"] ?? 0, ...extra,
  };
}

/** The shard Discord sends a server's events on: (server id >> 22) % shard count. */
export const shardOf = (guildId: string, count: number): number => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** A server id (a snowflake near GUILD_ID) whose events go on `shard` of `count`. */
export function guildOnShard(shard: number, count: number): string {
  let id = BigInt(GUILD_ID);
  while (shardOf(String(id), count) !== shard) id += 1n << 22n;
  return String(id);
}

export interface FakeDiscordOptions {
  /** The shard count GET /gateway/bot recommends. Default 1. */
  recommendedShards?: number;
  /** The servers the bot is in, each announced (READY, GUILD_CREATE) on its shard's connection. Default: GUILD_ID. */
  guilds?: readonly string[];
  /**
   * Shards that may identify at once (session_start_limit.max_concurrency). Discord gives most bots 1, and
   * discord.js then identifies a process's shards 5 s apart; the stand-in allows 16 so tests need not wait.
   */
  maxConcurrency?: number;
}

/** A gateway connection: its shard once it has identified (unsharded: [0, 1]), its own sequence numbers. */
/**
 * A gateway session: the shard it identified for and every event sent on it, so that a connection that drops can be
 * resumed as with Discord (the events after the last one the client saw are sent again).
 */
interface Session { id: string; shard: readonly [number, number]; seq: number; sent: Array<{ s: number; t: string; d: unknown }>; conn?: Connection }
interface Connection { ws: WebSocket; session?: Session }
/** The close code discord.js gives a connection it is about to resume (any other close ends the session). */
const RESUMING = 4200;

/** The server an event belongs to: guild_id, or the id of a GUILD_* event's server; none for DMs. */
function guildOf(t: string, d: unknown): string | undefined {
  const o = (d ?? {}) as { guild_id?: string; id?: string };
  return o.guild_id ?? (t.startsWith("GUILD_") ? o.id : undefined);
}

/** A server as GUILD_CREATE describes it; its active threads listed, as Discord does. */
function guildJson(id: string, threads: ReadonlyArray<ReturnType<typeof threadJson>>) {
  return {
    id, name: id === GUILD_ID ? "Test server" : `Server ${id}`, icon: null, owner_id: USER_ID,
    roles: [{ id, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [], stickers: [], features: [], channels: GUILD_CHANNELS.map((c, position) => ({ ...c, guild_id: id, position, permission_overwrites: [] })),
    members: [], voice_states: [], presences: [], threads: threads.filter((t) => t.guild_id === id), stage_instances: [], guild_scheduled_events: [],
    member_count: 2, large: false, unavailable: false, joined_at: new Date().toISOString(), afk_timeout: 300, verification_level: 0,
    default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, system_channel_flags: 0, premium_tier: 0,
    preferred_locale: "en-US", nsfw_level: 0, premium_progress_bar_enabled: false,
  };
}

/** A public thread (on a message, or a forum post), as Discord returns it. */
function threadJson(id: string, parentId: string, name: string, ownerId = BOT_ID) {
  return {
    id, type: 11, guild_id: GUILD_ID, parent_id: parentId, name, owner_id: ownerId, last_message_id: null, rate_limit_per_user: 0,
    message_count: 0, member_count: 1, total_message_sent: 0, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  private readonly files = new Map<string, { bytes: Buffer; type: string }>();
  /** Threads the bot opened. */
  readonly threads: Array<ReturnType<typeof threadJson>> = [];
  /** Forum posts people made: threads too, listed in GUILD_CREATE with the bot's. */
  readonly posts: Array<ReturnType<typeof threadJson>> = [];
  heartbeats = 0;
  /** How many RESUMEs the bot sent (after it took a connection for a zombie). */
  resumes = 0;
  /** The `shard` of every IDENTIFY, in order ([0, 1] when none was given). */
  readonly identifies: Array<readonly [number, number]> = [];
  get identified(): boolean { return this.identifies.length > 0; }
  private server!: Server;
  private wss!: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private sessionSeq = 0;
  private acksToWithhold = 0;
  private dropped: Array<() => void> = [];
  private readonly recommendedShards: number;
  private readonly guilds: readonly string[];
  private readonly maxConcurrency: number;
  private readyResolve!: () => void;
  /** Resolves once the bot has identified and received READY. */
  readonly ready = new Promise<void>((r) => { this.readyResolve = r; });
  private waiters: Array<{ pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }> = [];

  constructor(private readonly heartbeatMs = 500, options: FakeDiscordOptions = {}) {
    this.recommendedShards = options.recommendedShards ?? 1;
    this.guilds = options.guilds ?? [GUILD_ID];
    this.maxConcurrency = options.maxConcurrency ?? 16;
  }

  get restApi(): string { return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`; }
  get gatewayUrl(): string { return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/gateway`; }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/gateway" });
    this.wss.on("connection", (ws) => this.onConnection(ws));
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** An attachment as Discord describes it, its bytes served by this stand-in at its URL. */
  attachment(filename: string, bytes: Buffer, contentType = "application/octet-stream") {
    const id = nextId();
    this.files.set(id, { bytes, type: contentType });
    const url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  /** Waits for a REST request matching `pred` (already made or still to come). */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 15_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve };
      this.waiters.push(w);
      setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        // what did arrive, so that a timeout in a loaded run says where the bot stopped
        const last = this.requests.slice(-8).map((r) => `${r.method} ${r.path.replace(/[A-Za-z0-9_-]{40,}/g, "…")}`);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for a request; the last ones: ${last.join(", ")}`));
      }, timeoutMs).unref();
    });
  }

  /**
   * A new post in a forum channel, as Discord sends it: THREAD_CREATE of a thread (type 11) whose parent is
   * the forum and whose name is the post's title, then MESSAGE_CREATE of its first message, whose id is the thread's.
   */
  forumPost(title: string, content: string, opts: { forumId?: string; userId?: string } = {}) {
    const userId = opts.userId ?? USER_ID;
    const thread = threadJson(nextId(), opts.forumId ?? FORUM_ID, title, userId);
    this.posts.push(thread);
    this.dispatch("THREAD_CREATE", { ...thread, newly_created: true, member_count: 1, message_count: 1 });
    this.dispatch("MESSAGE_CREATE", { ...channelMessage(content, { userId, channelId: thread.id }), id: thread.id, position: 0 });
    return thread;
  }

  /** Sends an interaction; returns its callback and, when one is expected, the edit of its reply (not a progress line). */
  async interact(payload: { id: string; token: string }, expectEdit = true, timeoutMs = 30_000) {
    this.dispatch("INTERACTION_CREATE", payload);
    const callback = await this.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    const edit = expectEdit
      ? await this.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${payload.token}/messages/@original`)
        && !isProgressEdit(r), timeoutMs)
      : undefined;
    return { callback, edit };
  }

  private send(c: Connection, payload: Record<string, unknown>): void {
    c.ws.send(JSON.stringify(payload));
  }

  private emit(session: Session, t: string, d: unknown): void {
    const event = { s: ++session.seq, t, d };
    session.sent.push(event);
    if (session.conn) this.send(session.conn, { op: 0, ...event });
  }

  /** Leaves the next heartbeat unacknowledged, as a lost packet would: discord.js then resumes on a new connection. */
  withholdNextAck(): void {
    this.acksToWithhold++;
  }

  /** Resolves when the bot next closes a connection to resume its session (the session waits, its events kept). */
  resumeStarted(): Promise<void> {
    return new Promise((r) => this.dropped.push(r));
  }

  /**
   * Sends an event as Discord would: a server's to the connection of its shard, a DM's to shard 0.
   * Returns how many sessions it went to (0 when no process runs that shard); a session being resumed gets it on
   * resuming.
   */
  dispatch(t: string, d: unknown): number {
    const guildId = guildOf(t, d);
    let sent = 0;
    for (const session of this.sessions) {
      const [id, count] = session.shard;
      if ((guildId === undefined ? 0 : shardOf(guildId, count)) !== id) continue;
      this.emit(session, t, d);
      sent++;
    }
    return sent;
  }

  private onConnection(ws: WebSocket): void {
    const c: Connection = { ws };
    ws.on("close", (code) => {
      const session = c.session;
      if (!session || session.conn !== c) return;
      session.conn = undefined;
      if (code !== RESUMING) this.sessions.delete(session);
      else for (const resolve of this.dropped.splice(0)) resolve();
    });
    this.send(c, { op: 10, d: { heartbeat_interval: this.heartbeatMs } });
    ws.on("message", (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number]; session_id?: string; seq?: number } | null };
      if (msg.op === 1) {
        this.heartbeats++;
        if (this.acksToWithhold > 0) this.acksToWithhold--;
        else this.send(c, { op: 11 });
      }
      if (msg.op === 2) this.identify(c, msg.d?.shard ?? [0, 1]);
      if (msg.op === 6) this.resume(c, msg.d?.session_id, msg.d?.seq ?? 0);
    });
  }

  /** READY for the shard, then GUILD_CREATE for each of its servers; an impossible shard is closed with 4010. */
  private identify(c: Connection, shard: readonly [number, number]): void {
    const [id, count] = shard;
    if (!Number.isInteger(id) || !Number.isInteger(count) || id < 0 || count < 1 || id >= count) {
      c.ws.close(4010, "Invalid shard");
      return;
    }
    const session: Session = { id: `fake-session-${id}-${++this.sessionSeq}`, shard, seq: 0, sent: [], conn: c };
    c.session = session;
    this.sessions.add(session);
    this.identifies.push(shard);
    const mine = this.guilds.filter((g) => shardOf(g, count) === id);
    this.emit(session, "READY", {
      v: 10, user: { ...userJson(BOT_ID, "Tradewise"), bot: true }, guilds: mine.map((g) => ({ id: g, unavailable: true })),
      session_id: session.id, resume_gateway_url: this.gatewayUrl, application: { id: APP_ID, flags: 0 }, shard: [id, count],
    });
    // as Discord does, GUILD_CREATE lists the server's active threads, so a restarted bot knows the ones it opened
    for (const g of mine) this.emit(session, "GUILD_CREATE", guildJson(g, [...this.threads, ...this.posts]));
    this.readyResolve();
  }

  /** RESUME: the session goes on over this connection, with the events the client missed; an unknown one is invalid. */
  private resume(c: Connection, sessionId: string | undefined, seq: number): void {
    const session = [...this.sessions].find((x) => x.id === sessionId);
    if (!session) {
      this.send(c, { op: 9, d: false });
      return;
    }
    this.resumes++;
    if (session.conn && session.conn !== c) session.conn.ws.terminate();
    session.conn = c;
    c.session = session;
    for (const event of session.sent.filter((e) => e.s > seq)) this.send(c, { op: 0, ...event });
    this.emit(session, "RESUMED", {});
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = req.headers["content-type"] ?? "";
    let body: unknown = undefined;
    const files: UploadedFile[] = [];
    if (contentType.startsWith("multipart/form-data")) {
      // discord.js sends attachments as multipart: the JSON in payload_json, each file in files[n]
      const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === "string") { if (field === "payload_json") body = JSON.parse(value); }
        else files.push({ field, name: value.name, data: Buffer.from(await value.arrayBuffer()) });
      }
    } else {
      const text = raw.toString("utf8");
      if (text) { try { body = JSON.parse(text); } catch { body = text; } }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, "");
    const rec: RecordedRequest = { method: req.method ?? "GET", path, query: url.searchParams, body, files, at: Date.now(), cpuMs: cpuMs() };
    this.requests.push(rec);
    for (const w of [...this.waiters]) if (w.pred(rec)) { this.waiters = this.waiters.filter((x) => x !== w); w.resolve(rec); }
    const json = (status: number, data?: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(data === undefined ? "" : JSON.stringify(data));
    };
    const b = (body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if ((m = /^\/attachments\/(\d+)\//.exec(decodeURIComponent(url.pathname))) && rec.method === "GET") {
      const file = this.files.get(m[1]!);
      if (!file) return json(404, { message: "Unknown attachment" });
      res.writeHead(200, { "content-type": file.type, "content-length": file.bytes.length });
      res.end(file.bytes);
      return;
    }
    if (rec.method === "GET" && path === "/gateway/bot") return json(200, {
      url: this.gatewayUrl, shards: this.recommendedShards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.maxConcurrency },
    });
    if (rec.method === "GET" && path === "/gateway") return json(200, { url: this.gatewayUrl });
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path)) && rec.method === "PUT") {
      return json(200, (body as Array<Record<string, unknown>>).map((c) => ({ ...c, id: nextId(), application_id: m![1], version: "1", ...(m![2] && { guild_id: m![2] }) })));
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && rec.method === "POST") {
      if (url.searchParams.get("with_response") === "true") return json(200, { interaction: { id: m[1], type: 2 }, resource: { type: (b["type"] as number) ?? 4 } });
      res.writeHead(204).end();
      return;
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/.exec(path))) {
      if (rec.method === "DELETE") { res.writeHead(204).end(); return; }
      return json(200, messageJson(b, CHANNEL_ID, { webhook_id: APP_ID, application_id: APP_ID }));
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path)) && rec.method === "POST") return json(200, messageJson(b, CHANNEL_ID, { webhook_id: APP_ID, application_id: APP_ID }));
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path)) && rec.method === "POST") {
      const thread = threadJson(nextId(), m[1]!, String(b["name"] ?? "thread"));
      this.threads.push(thread);
      this.dispatch("THREAD_CREATE", { ...thread, newly_created: true });
      return json(201, thread);
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && rec.method === "POST") return json(200, messageJson(b, m[1]!));
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(path)) && rec.method === "POST") { res.writeHead(204).end(); return; }
    if (path === "/users/@me") return json(200, { ...userJson(BOT_ID, "Tradewise"), bot: true });
    return json(404, { message: "Unknown route in the test stand-in", code: 0 });
  }
}

let interactionSeq = 0;

/** An INTERACTION_CREATE payload for a slash command, as Discord sends it. */
export function slashCommand(
  name: string,
  options: Array<{ name: string; type: number; value?: unknown; focused?: boolean; options?: unknown[] }> = [],
  opts: {
    permissions?: string; userId?: string; type?: 2 | 4; guildId?: string; roles?: string[]; attachments?: Array<{ id: string }>;
    /** Where it is used: the test channel unless given (a thread carries its parent_id). */
    channel?: { id: string; type: number; name?: string; parent_id?: string };
    /** Channels named by channel options, resolved as Discord sends them. */
    channels?: Array<{ id: string; type: number; name: string }>;
  } = {},
) {
  const id = nextId();
  const guildId = opts.guildId ?? GUILD_ID;
  const resolved = {
    ...(opts.attachments?.length && { attachments: Object.fromEntries(opts.attachments.map((a) => [a.id, a])) }),
    ...(opts.channels?.length && { channels: Object.fromEntries(opts.channels.map((c) => [c.id, { ...c, permissions: "2147483647" }])) }),
  };
  const channel = { name: "general", ...(opts.channel ?? { id: CHANNEL_ID, type: 0 }), guild_id: guildId };
  return {
    id, application_id: APP_ID, type: opts.type ?? 2, token: `tok-${++interactionSeq}-${id}`, version: 1,
    data: { id: nextId(), name, type: 1, options, ...(Object.keys(resolved).length && { resolved }) },
    guild_id: guildId, channel_id: channel.id, channel,
    member: { user: userJson(opts.userId ?? USER_ID), roles: opts.roles ?? [], permissions: opts.permissions ?? "0", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    app_permissions: "2147483647", locale: "en-US", guild_locale: "en-US", entitlements: [], authorizing_integration_owners: { "0": guildId }, context: 0,
  };
}

/** A button press on a message the bot sent; `appPermissions` are the bot's own permissions in the channel. */
export function buttonPress(
  customId: string, opts: { userId?: string; appPermissions?: string; dm?: boolean; guildId?: string } = {},
) {
  const id = nextId();
  const where = opts.dm ? dmContext(opts.userId) : guildContext(opts.userId, CHANNEL_ID, opts.guildId);
  return {
    id, application_id: APP_ID, type: 3, token: `tok-${++interactionSeq}-${id}`, version: 1,
    data: { custom_id: customId, component_type: 2 },
    ...where,
    message: messageJson({ content: "", embeds: [], components: [] }, where.channel_id),
    app_permissions: opts.appPermissions ?? "2147483647", locale: "en-US", entitlements: [],
  };
}

/** A submitted form (modal) with text fields by custom id, in the label layout Discord sends. */
export function modalSubmit(customId: string, fields: Record<string, string>, opts: { userId?: string } = {}) {
  const id = nextId();
  return {
    id, application_id: APP_ID, type: 5, token: `tok-${++interactionSeq}-${id}`, version: 1,
    data: { custom_id: customId, components: Object.entries(fields).map(([k, v], n) => ({ type: 18, id: n + 1, component: { type: 4, id: n + 10, custom_id: k, value: v } })) },
    ...guildContext(opts.userId),
    app_permissions: "2147483647", locale: "en-US", entitlements: [],
  };
}

function guildContext(userId = USER_ID, channelId = CHANNEL_ID, guildId = GUILD_ID) {
  return {
    guild_id: guildId, channel_id: channelId, channel: { id: channelId, type: 0, guild_id: guildId, name: "general" },
    member: { user: userJson(userId), roles: [], permissions: "0", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    guild_locale: "en-US", authorizing_integration_owners: { "0": guildId }, context: 0,
  };
}

/** Where a DM interaction happens: no guild, no member, the user on the interaction itself. */
export const DM_CHANNEL_ID = "1300000000000000099";
function dmContext(userId = USER_ID) {
  return {
    channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1, recipients: [userJson(userId)] },
    user: userJson(userId), authorizing_integration_owners: { "0": APP_ID }, context: 1,
  };
}

/** A slash command used in a DM with the bot. */
export function dmSlashCommand(name: string, options: Array<{ name: string; type: number; value: unknown }> = [], opts: { userId?: string } = {}) {
  const id = nextId();
  return {
    id, application_id: APP_ID, type: 2, token: `tok-${++interactionSeq}-${id}`, version: 1,
    data: { id: nextId(), name, type: 1, options }, ...dmContext(opts.userId),
    app_permissions: "2147483647", locale: "en-US", entitlements: [],
  };
}

/** A MESSAGE_CREATE in the test channel (or another channel of the server, such as a thread). */
export function channelMessage(content: string, opts: { mentionsBot?: boolean; userId?: string; channelId?: string } = {}) {
  return {
    id: nextId(), channel_id: opts.channelId ?? CHANNEL_ID, guild_id: GUILD_ID, author: userJson(opts.userId ?? USER_ID), content, timestamp: new Date().toISOString(),
    edited_timestamp: null, tts: false, mention_everyone: false, mentions: opts.mentionsBot ? [{ ...userJson(BOT_ID, "Tradewise"), bot: true }] : [],
    mention_roles: [], attachments: [], embeds: [], type: 0, pinned: false, flags: 0,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
  };
}
