// Fetching by link at its edges (bot/collections/fetch/): what a server answers besides a page (errors,
// redirects without a target, declared sizes), what the request says about itself, links cleaned before use,
// and pages made into documents from what they declare. A real HTTP server on 127.0.0.1 only.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseHost } from "../bot/collections/fetch/address.js";
import { toStoredDocument } from "../bot/collections/fetch/document.js";
import { fetchUrl, parseLink, type FetchOptions } from "../bot/collections/fetch/fetchUrl.js";
import { checkedAddresses, guardedConnector, RefusedHost } from "../bot/collections/fetch/guard.js";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { isUserError } from "../index/errors.js";

const TEXT = "Shanxi's coal exports to Mongolia fell 4.4 percent in 2025, the provincial customs said.";
let server: http.Server;
let base: string;
let port: number;
const requests: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.headers);
    switch (req.url?.split("?")[0]) {
      case "/text": res.writeHead(200, { "content-type": "text/plain" }).end(TEXT); return;
      case "/nowhere": res.writeHead(302).end(); return;
      case "/relative": res.writeHead(301, { location: "text?x=1#part" }).end(); return;
      case "/gone": res.writeHead(410).end(); return;
      case "/declared": res.writeHead(200, { "content-type": "text/plain", "content-length": "5000" }).end("x".repeat(5000)); return;
      case "/untyped": res.writeHead(200).end(TEXT); return;
      case "/empty": res.writeHead(204).end(); return;
      case "/streamed": {
        // no Content-Length: the limit is counted as the body streams in
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("y".repeat(3000));
        res.end("y".repeat(2000));
        return;
      }
      default: res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ maxBytes: 1 << 20, allowHosts: ["127.0.0.1"], ...extra });

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(isUserError(err), `expected a UserError, got ${String(err)}`).toBe(true);
  expect(err).toMatchObject({ code: "BAD_INPUT" });
  return (err as Error).message;
}

describe("fetchUrl answers", () => {
  it("fetches plain text with its type, saying what it accepts and who asks", async () => {
    const body = await fetchUrl(`${base}/text`, options());
    expect(body).toEqual({ requested: `${base}/text`, url: `${base}/text`, bytes: Buffer.from(TEXT), contentType: "text/plain" });
    expect(requests.at(-1)).toMatchObject({
      accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,text/*;q=0.5", "user-agent": "Tradewise (+add by link)",
    });
  });

  it("gives an empty type when the server names none", async () => {
    expect((await fetchUrl(`${base}/untyped`, options())).contentType).toBe("");
  });

  it("takes a body with nothing in it as no bytes", async () => {
    expect((await fetchUrl(`${base}/empty`, options())).bytes).toEqual(Buffer.alloc(0));
  });

  it("takes a streamed body of exactly the limit, and refuses one byte more", async () => {
    expect((await fetchUrl(`${base}/streamed`, options({ maxBytes: 5000 }))).bytes.length).toBe(5000);
    expect(await refusal(fetchUrl(`${base}/streamed`, options({ maxBytes: 4999 })))).toBe("too large: over 0 MB");
  });

  it("refuses an error status, naming the host and the status", async () => {
    expect(await refusal(fetchUrl(`${base}/gone`, options()))).toBe(`127.0.0.1:${port} answered 410 Gone`);
  });

  it("refuses a redirect that says nowhere", async () => {
    expect(await refusal(fetchUrl(`${base}/nowhere`, options())))
      .toBe(`127.0.0.1:${port} answered 302 (a redirect) without saying where to`);
  });

  it("follows a relative redirect against the link it came from, dropping the fragment", async () => {
    const body = await fetchUrl(`${base}/relative`, options());
    expect(body.url).toBe(`${base}/text?x=1`);
    expect(body.requested).toBe(`${base}/relative`);
  });

  it("follows no redirect when none are allowed", async () => {
    expect(await refusal(fetchUrl(`${base}/relative`, options({ maxRedirects: 0 })))).toBe("too many redirects: more than 0");
  });

  it("refuses a body whose declared length is over the limit, before reading it", async () => {
    expect(await refusal(fetchUrl(`${base}/declared`, options({ maxBytes: 4999 })))).toBe("too large: over 0 MB");
    expect((await fetchUrl(`${base}/declared`, options({ maxBytes: 5000 }))).bytes.length).toBe(5000);
  });

  it("says why a connection failed, by its code", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const free = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await refusal(fetchUrl(`http://127.0.0.1:${free}/`, options()))).toBe(`could not fetch 127.0.0.1:${free}: ECONNREFUSED`);
  });

  it("refuses a host name that resolves to nothing", async () => {
    const lookup = async () => [];
    expect(await refusal(fetchUrl("http://empty.test/", options({ lookup }))))
      .toBe("that address is not found: empty.test is not fetched");
  });
});

describe("parseLink", () => {
  it("drops credentials and the fragment, and keeps the query", () => {
    expect(parseLink("  https://user:secret@example.org/a?b=1#c ").href).toBe("https://example.org/a?b=1");
  });

  it("refuses what is not a link, quoting at most 200 characters of it", () => {
    expect(() => parseLink("not a link")).toThrow("not a link: not a link");
    const long = `x${"y".repeat(300)}`;
    expect(() => parseLink(long)).toThrow(`not a link: ${long.slice(0, 200)}`);
    expect(() => parseLink("ftp://example.org/")).toThrow(/^only http and https links are fetched, not ftp$/);
  });
});

describe("normaliseHost", () => {
  it("writes a host name as links write it, and refuses one with credentials, a port or a path", () => {
    expect(normaliseHost(" Intranet.Example ")).toBe("intranet.example");
    expect(normaliseHost("::1")).toBe("[::1]");
    for (const bad of ["user@intranet.example", "user:pw@intranet.example", ":pw@intranet.example",
      "intranet.example:8080", "intranet.example/docs", "a b"])
      expect(normaliseHost(bad), bad).toBeUndefined();
  });
});

describe("checkedAddresses and the guarded connector", () => {
  const none = new Set<string>();
  it("resolves an allowed host without judging its addresses", async () => {
    const lookup = async () => [{ address: "10.0.0.7", family: 4 }];
    expect(await checkedAddresses("intranet.test", new Set(["intranet.test"]), lookup)).toEqual(["10.0.0.7"]);
    await expect(checkedAddresses("intranet.test", none, lookup)).rejects.toThrow("intranet.test is private");
  });

  it("takes an address as given, brackets and all, without a lookup", async () => {
    const lookup = async () => { throw new Error("no lookup expected"); };
    expect(await checkedAddresses("93.184.216.34", none, lookup)).toEqual(["93.184.216.34"]);
    expect(await checkedAddresses("[2606:4700::1111]", none, lookup)).toEqual(["2606:4700::1111"]);
    const err = await checkedAddresses("[::1]", none, lookup).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RefusedHost);
    expect(err).toMatchObject({ name: "RefusedHost", host: "[::1]", reason: "loopback" });
  });

  it("hands the first checked address to the socket, with no server name for a bare address", async () => {
    const seen: Array<Record<string, unknown>> = [];
    const connector = guardedConnector({
      allowHosts: none, lookup: async () => [{ address: "93.184.216.34", family: 4 }, { address: "8.8.8.8", family: 4 }],
      connect: (opts, cb) => { seen.push({ ...opts }); cb(new Error("not connecting in a test"), null); },
    });
    const connect = (hostname: string, servername?: string) => new Promise<unknown>((resolve) => {
      connector({ hostname, host: hostname, protocol: "https:", port: "443", ...(servername && { servername }) },
        (...args) => resolve(args[0]));
    });
    await connect("news.test");
    await connect("93.184.216.34");
    await connect("news.test", "cdn.test");
    expect(seen.map((o) => [o.hostname, o.servername])).toEqual([
      ["93.184.216.34", "news.test"], ["93.184.216.34", undefined], ["93.184.216.34", "cdn.test"],
    ]);
    expect("servername" in seen[1]!).toBe(false);
  });
});

describe("toStoredDocument from what a page declares", () => {
  const body = (bytes: string | Buffer, contentType: string, url = "http://news.test/2025/shanxi-coal") =>
    ({ requested: url, url, bytes: Buffer.from(bytes), contentType });

  it("keeps plain text as a text file named from the link, with the link for metadata.json", () => {
    const doc = toStoredDocument(body(TEXT, "text/plain", "http://news.test/reports/%E5%B1%B1%E8%A5%BF-coal"));
    expect(doc).toMatchObject({ kind: "text", url: "http://news.test/reports/%E5%B1%B1%E8%A5%BF-coal" });
    expect(doc.sidecar).toEqual({ url: doc.url });
    expect(doc.bytes.toString()).toBe(TEXT);
    expect(doc.name).toMatch(/^coal-[0-9a-f]{8}\.txt$/);
  });

  it("names a document from the host when the link has no path, and keeps an undecodable path as it is", () => {
    expect(toStoredDocument(body(TEXT, "text/plain", "http://news.test/")).name).toMatch(/^news-[0-9a-f]{8}\.txt$/);
    expect(toStoredDocument(body(TEXT, "text/plain", "http://news.test/a%E0%A4b")).name).toMatch(/^a-E0-A4b-[0-9a-f]{8}\.txt$/);
  });

  it("refuses plain text that is only whitespace", () => {
    expect(() => toStoredDocument(body(" \n\t ", "text/plain"))).toThrow("the page has no readable text");
  });

  it("reads a page the server calls HTML or XHTML as one, though it does not open with <html>", () => {
    const page = `<title>Shanxi coal</title><article><p>${TEXT}</p><p>${TEXT.replace("4.4", "3.1")}</p></article>`;
    for (const type of ["text/html", "application/xhtml+xml; charset=utf-8"]) {
      const doc = toStoredDocument(body(page, type));
      expect(doc.kind).toBe("html");
      expect(parseMarkdown(doc.bytes.toString()).meta.title).toBe("Shanxi coal");
    }
    expect(toStoredDocument(body(page, "text/plain")).kind).toBe("text");
  });

  it("takes the charset from the page's <meta> when the header names none, and UTF-8 for an unknown one", () => {
    const page = `<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>${TEXT}</p></body></html>`;
    const latin1 = Buffer.from(page, "latin1");
    expect(parseMarkdown(toStoredDocument(body(latin1, "text/html")).bytes.toString()).meta.title).toBe("Café");
    const unknown = toStoredDocument(body(page, "text/html; charset=no-such-charset"));
    expect(parseMarkdown(unknown.bytes.toString()).meta.title).toBe("Café");
  });

  it("writes the title on one line, and the dateline as the date when the page declares none", () => {
    const page = `<html><head><title>Shanxi   coal\n exports</title></head><body><article>`
      + `<p>Published 2025-03-03</p><p>${TEXT}</p><p>${TEXT}</p></article></body></html>`;
    const doc = toStoredDocument(body(page, "text/html"));
    const text = doc.bytes.toString();
    expect(text).toContain('title: "Shanxi coal exports"\n');
    expect(doc.title).toBe("Shanxi coal exports");
    expect(doc.name).toMatch(/^Shanxi-coal-exports-[0-9a-f]{8}\.md$/);
    expect(parseMarkdown(text).meta).toMatchObject({ published: "2025-03-03", url: "http://news.test/2025/shanxi-coal" });
  });
});
