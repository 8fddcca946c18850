import { Agent, fetch } from "undici";
import { UserError } from "../../../index/errors.js";
import { normaliseHost } from "./address.js";
import { guardedConnector, RefusedHost, systemLookup, type Connector, type Lookup } from "./guard.js";

export interface FetchOptions {
  /** Largest body accepted, in bytes, counted while it streams in (UPLOAD_MAX_BYTES). */
  maxBytes: number;
  /** Host names admitted even when they resolve to private or loopback addresses (ADD_URL_ALLOW_HOSTS). */
  allowHosts?: readonly string[];
  /** The whole chain (every redirect, every byte) must finish within this. Default 15 000 ms. */
  timeoutMs?: number;
  /** Redirects followed, each checked like the first link. Default 3. */
  maxRedirects?: number;
  /** DNS resolution; tests stub it. Default: the system resolver, all addresses. */
  lookup?: Lookup;
  /** The socket factory behind the address check; tests spy on it. Default: undici's. */
  connect?: Connector;
}

export interface FetchedBody {
  /** The link as given (normalised by the URL parser). */
  requested: string;
  /** Where the body finally came from, after redirects. */
  url: string;
  bytes: Buffer;
  /** The Content-Type header, only a hint: the bytes decide the type. */
  contentType: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/*;q=0.5";
const mb = (bytes: number) => `${+(bytes / 2 ** 20).toFixed(1)} MB`;

/** One URL parser for everything (WHATWG), http and https only, credentials never sent. */
export function parseLink(link: string, base?: string): URL {
  let url: URL;
  try { url = new URL(link.trim(), base); } catch (err) {
    throw new UserError("BAD_INPUT", `not a link: ${link.slice(0, 200)}`, { cause: err });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new UserError("BAD_INPUT", `only http and https links are fetched, not ${url.protocol.replace(/:$/, "")}`);
  url.username = "";
  url.password = "";
  url.hash = "";
  return url;
}

class TooLarge extends Error {}

const refuse = (message: string, cause?: unknown) => new UserError("BAD_INPUT", message, cause ? { cause } : undefined);

function findCause(err: unknown): unknown {
  for (let e = err; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof RefusedHost || e instanceof UserError || e instanceof TooLarge) return e;
  }
  return undefined;
}

/** Reads a body chunk by chunk, giving up as soon as it passes the limit. */
async function readLimited(body: AsyncIterable<Uint8Array> | null, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!body) return Buffer.alloc(0);
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a link the way an attacker cannot steer (SSRF): every hop's scheme and every address its
 * host resolves to are checked where the connection is made, redirects are followed by hand, the
 * size limit holds while the body streams and one deadline covers the whole chain. Failures are
 * UserErrors naming the reason; nothing is kept.
 */
export async function fetchUrl(link: string, options: FetchOptions): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 3;
  const requested = parseLink(link); // before anything that needs cleaning up
  const allowHosts = new Set((options.allowHosts ?? []).flatMap((h) => normaliseHost(h) ?? []));
  const dispatcher = new Agent({
    connect: guardedConnector({
      allowHosts, lookup: options.lookup ?? systemLookup, ...(options.connect && { connect: options.connect }),
    }),
  });
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error("deadline")), timeoutMs);
  let url = requested;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, {
        dispatcher, redirect: "manual", signal: deadline.signal,
        headers: { accept: ACCEPT, "user-agent": "Tradewise (+add by link)" },
      });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel();
        const location = res.headers.get("location");
        if (!location) throw refuse(`${url.host} answered ${res.status} (a redirect) without saying where to`);
        if (hop >= maxRedirects) throw refuse(`too many redirects: more than ${maxRedirects}`);
        url = parseLink(location, url.href);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw refuse(`${url.host} answered ${res.status} ${res.statusText}`.trim());
      }
      const declared = Number(res.headers.get("content-length"));
      if (declared > options.maxBytes) {
        await res.body?.cancel();
        throw new TooLarge();
      }
      const bytes = await readLimited(res.body, options.maxBytes);
      return { requested: requested.href, url: url.href, bytes, contentType: res.headers.get("content-type") ?? "" };
    }
  } catch (err) {
    if (deadline.signal.aborted) throw refuse(`took longer than ${+(timeoutMs / 1000).toFixed(1)} s`, err);
    const known = findCause(err);
    if (known instanceof UserError) throw known;
    if (known instanceof TooLarge) throw refuse(`too large: over ${mb(options.maxBytes)}`, err);
    if (known instanceof RefusedHost) throw refuse(`that address is ${known.reason}: ${url.host} is not fetched`, err);
    const detail = (err as { cause?: { code?: string; message?: string } }).cause;
    throw refuse(`could not fetch ${url.host}: ${detail?.code ?? detail?.message ?? (err as Error).message}`, err);
  } finally {
    clearTimeout(timer);
    deadline.abort(); // stops any body still streaming
    await dispatcher.destroy().catch(() => undefined);
  }
}
