// Fetching by link against a real HTTP server on 127.0.0.1. No test connects anywhere else: refused
// addresses come from a stubbed lookup, and a spy on the socket factory proves no connection was tried.
import { buildConnector } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedAddress } from "../bot/collections/fetch/address.js";
import { toStoredDocument } from "../bot/collections/fetch/document.js";
import { fetchUrl, type FetchOptions } from "../bot/collections/fetch/fetchUrl.js";
import type { Connector, Lookup } from "../bot/collections/fetch/guard.js";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { loadConfig } from "../bot/config.js";
import { isUserError } from "../index/errors.js";
import { PAGE, PDF, startServer } from "./helpers/linkServer.js";

let srv: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => { srv = await startServer(); });
afterAll(() => new Promise<void>((r) => { srv.server.closeAllConnections(); srv.server.close(() => r()); }));

/** A spy on the real socket factory that refuses (and records) anything but 127.0.0.1. */
function spyConnect(): { connect: Connector; seen: string[] } {
  const real = buildConnector({});
  const seen: string[] = [];
  return {
    seen,
    connect: (opts, cb) => {
      seen.push(opts.hostname);
      if (opts.hostname !== "127.0.0.1") { cb(new Error(`test guard: refused to connect to ${opts.hostname}`), null); return; }
      real(opts, cb);
    },
  };
}

const stubLookup = (table: Record<string, string[]>): Lookup => async (host) => {
  const addresses = table[host];
  if (!addresses) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

const allowed = (extra: Partial<FetchOptions> = {}) => {
  const spy = spyConnect();
  return { spy, options: { maxBytes: 1024 * 1024, allowHosts: ["127.0.0.1"], connect: spy.connect, ...extra } satisfies FetchOptions };
};

/** GBK bytes for a string, built from Node's GBK decoder (Node encodes only UTF-8). */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder("gbk");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(isUserError(err), `expected a UserError, got ${String(err)}`).toBe(true);
  return (err as Error).message;
}

describe("refusedAddress", () => {
  it.each([
    ["10.0.0.1", "private"], ["172.16.5.4", "private"], ["192.168.1.1", "private"], ["127.0.0.1", "loopback"],
    ["127.255.0.2", "loopback"], ["169.254.169.254", "link-local"], ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"], ["224.0.0.1", "multicast"], ["255.255.255.255", "reserved"],
    ["::1", "loopback"], ["::", "unspecified"], ["fe80::1", "link-local"], ["fd00::1", "unique-local"],
    ["fc00::1", "unique-local"], ["ff02::1", "multicast"], ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a00:1", "private"], ["::ffff:169.254.169.254", "link-local"], ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:c0a8:0101::1", "private"], ["[::1]", "loopback"], ["fe80::1%eth0", "link-local"],
  ])("refuses %s as %s", (address, reason) => {
    expect(refusedAddress(address)).toContain(reason);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:0808:0808::1"])(
    "admits the public address %s", (address) => { expect(refusedAddress(address)).toBeUndefined(); },
  );

  it("refuses what is not an IP address (names must be resolved first)", () => {
    expect(refusedAddress("example.com")).toBe("not an IP address");
  });
});

describe("fetchUrl", () => {
  it("fetches a page from an allowed host", async () => {
    const { options } = allowed();
    const body = await fetchUrl(`${srv.base}/page`, options);
    expect(body.bytes.toString()).toBe(PAGE);
    expect(body.url).toBe(`${srv.base}/page`);
  });

  it("refuses the loopback server when it is not on the allow-list, connecting to nothing", async () => {
    const { spy, options } = allowed({ allowHosts: [] });
    expect(await refusal(fetchUrl(`${srv.base}/page`, options))).toMatch(/^that address is loopback/);
    expect(spy.seen).toEqual([]);
  });

  it.each([
    ["10.0.0.1", /private/], ["169.254.169.254", /link-local/], ["::ffff:127.0.0.1", /loopback/], ["fd00::1", /unique-local/],
    ["0.0.0.0", /unspecified/], ["100.64.1.1", /carrier-grade/],
  ])("refuses a host resolving to %s without a connection", async (address, reason) => {
    const { spy, options } = allowed({ lookup: stubLookup({ "news.test": [address] }) });
    expect(await refusal(fetchUrl("http://news.test/article", options))).toMatch(reason);
    expect(spy.seen).toEqual([]);
  });

  it("refuses a host when any one of its addresses is private", async () => {
    const { spy, options } = allowed({ lookup: stubLookup({ "mixed.test": ["93.184.216.34", "10.0.0.1"] }) });
    expect(await refusal(fetchUrl("http://mixed.test/", options))).toMatch(/private/);
    expect(spy.seen).toEqual([]);
  });

  it("connects to the checked address, not to a second DNS answer", async () => {
    let calls = 0;
    // a rebinding resolver: a harmless answer first, an internal one afterwards
    const lookup: Lookup = async () => [{ address: calls++ === 0 ? "127.0.0.1" : "10.0.0.1", family: 4 }];
    const { spy, options } = allowed({ lookup, allowHosts: ["app.test"] });
    const body = await fetchUrl(`http://app.test:${srv.port}/page`, options);
    expect(body.bytes.toString()).toBe(PAGE);
    expect(calls).toBe(1);
    expect(spy.seen).toEqual(["127.0.0.1"]);
    expect(srv.hosts.at(-1)).toBe(`app.test:${srv.port}`); // the server still sees the name asked for
  });

  it("follows one and three redirects, and refuses a fourth", async () => {
    const { options } = allowed();
    expect((await fetchUrl(`${srv.base}/hop/1`, options)).url).toBe(`${srv.base}/page`);
    expect((await fetchUrl(`${srv.base}/hop/3`, options)).bytes.toString()).toBe(PAGE);
    expect(await refusal(fetchUrl(`${srv.base}/hop/4`, options))).toMatch(/too many redirects: more than 3/);
  });

  it("refuses a redirect from an allowed host to 127.0.0.2 (loopback, not allowed) at the redirect", async () => {
    const { spy, options } = allowed();
    expect(await refusal(fetchUrl(`${srv.base}/to-loopback2`, options))).toMatch(/^that address is loopback: 127\.0\.0\.2/);
    expect(spy.seen).toEqual(["127.0.0.1"]);
  });

  it("refuses a redirect to a name that resolves to a private address, without connecting to it", async () => {
    const { spy, options } = allowed({ lookup: stubLookup({ "internal.test": ["10.0.0.1"] }) });
    expect(await refusal(fetchUrl(`${srv.base}/to-internal`, options))).toMatch(/private: internal\.test/);
    expect(spy.seen).toEqual(["127.0.0.1"]);
  });

  it("refuses a redirect to a file: link", async () => {
    const { options } = allowed();
    expect(await refusal(fetchUrl(`${srv.base}/to-file`, options))).toMatch(/only http and https .* not file/);
  });

  it.each(["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "javascript:alert(1)"])("refuses the scheme of %s", async (link) => {
    const { spy, options } = allowed();
    expect(await refusal(fetchUrl(link, options))).toMatch(/only http and https/);
    expect(spy.seen).toEqual([]);
  });

  describe("judges tricky links by the WHATWG parse", () => {
    it("http://127.0.0.1:80@10.0.0.1/ goes to 10.0.0.1 (credentials are not the host)", async () => {
      const { spy, options } = allowed();
      expect(await refusal(fetchUrl("http://127.0.0.1:80@10.0.0.1/", options))).toMatch(/private: 10\.0\.0\.1/);
      expect(spy.seen).toEqual([]);
    });

    it("http://[::ffff:a00:1]/ is 10.0.0.1", async () => {
      const { spy, options } = allowed();
      expect(await refusal(fetchUrl("http://[::ffff:a00:1]/", options))).toMatch(/private/);
      expect(spy.seen).toEqual([]);
    });

    it("http://0x7f.1/ is 127.0.0.1: refused unless allowed, and then fetched from 127.0.0.1", async () => {
      const refused = allowed({ allowHosts: [] });
      expect(await refusal(fetchUrl(`http://0x7f.1:${srv.port}/page`, refused.options))).toMatch(/loopback/);
      expect(refused.spy.seen).toEqual([]);
      const ok = allowed();
      expect((await fetchUrl(`http://0x7f.1:${srv.port}/page`, ok.options)).bytes.toString()).toBe(PAGE);
      expect(ok.spy.seen).toEqual(["127.0.0.1"]);
    });
  });

  it("aborts a body that streams past the size limit", async () => {
    const { options } = allowed({ maxBytes: 256 * 1024 });
    expect(await refusal(fetchUrl(`${srv.base}/big`, options))).toBe("too large: over 0.3 MB");
  });

  it("gives up on a body that trickles past the time limit", async () => {
    const { options } = allowed({ timeoutMs: 400 });
    const t0 = Date.now();
    expect(await refusal(fetchUrl(`${srv.base}/slow`, options))).toBe("took longer than 0.4 s");
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe("toStoredDocument", () => {
  it("makes a page Markdown with its title, date, publisher and link", async () => {
    const { options } = allowed();
    const doc = toStoredDocument(await fetchUrl(`${srv.base}/hop/1`, options));
    expect(doc.kind).toBe("html");
    expect(doc.name).toMatch(/^Guangdong-exports-rose-8\.1-in-2025-[0-9a-f]{8}\.md$/);
    const parsed = parseMarkdown(doc.bytes.toString());
    expect(parsed.meta).toEqual({
      title: "Guangdong exports rose 8.1% in 2025", published: "2025-03-14", publisher: "Trade Daily", url: `${srv.base}/page`,
    });
    expect(parsed.body).toContain("rose 8.1 percent year on year");
    expect(parsed.body).not.toContain("Home | News");
  });

  it("keeps a PDF's bytes, whatever the server calls it, with its link for metadata.json", async () => {
    const { options } = allowed();
    const doc = toStoredDocument(await fetchUrl(`${srv.base}/report.pdf`, options));
    expect(doc).toMatchObject({ kind: "pdf", sidecar: { url: `${srv.base}/report.pdf` } });
    expect(doc.name).toMatch(/^report-[0-9a-f]{8}\.pdf$/);
    expect(doc.bytes.equals(PDF)).toBe(true);
  });

  it("refuses PNG bytes served as text/html", async () => {
    const { options } = allowed();
    expect(await refusal(fetchUrl(`${srv.base}/image`, options).then(toStoredDocument))).toBe("not a web page or PDF: the link served a PNG image");
  });

  it("refuses unmarked binary bytes even when the server declares a charset", () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const body = { requested: "http://x.test/", url: "http://x.test/", bytes, contentType: "text/html; charset=utf-8" };
    expect(() => toStoredDocument(body)).toThrow("not a web page or PDF: the link served binary");
  });

  it("reads a page in its declared charset (GBK), not as UTF-8", () => {
    const page = "<html><head><title>广东出口</title></head><body><article><p>广东省2025年出口增长8.1%，海关总署表示。</p></article></body></html>";
    const gbk = encodeGbk(page);
    expect(gbk.equals(Buffer.from(page))).toBe(false); // really another encoding
    const doc = toStoredDocument({ requested: "http://x.test/", url: "http://x.test/", bytes: gbk, contentType: "text/html; charset=gbk" });
    expect(doc.bytes.toString()).toContain("广东省2025年出口增长8.1%");
  });

  it("refuses a page with no readable text", () => {
    const body = { requested: "http://x.test/", url: "http://x.test/", bytes: Buffer.from("<html><body><script>1</script></body></html>"), contentType: "text/html" };
    expect(() => toStoredDocument(body)).toThrow(/no readable text/);
  });
});

describe("ADD_URL_ALLOW_HOSTS", () => {
  it("is empty by default, and KEY= counts as unset", () => {
    expect(loadConfig({}).ADD_URL_ALLOW_HOSTS).toEqual([]);
    expect(loadConfig({ ADD_URL_ALLOW_HOSTS: " " }).ADD_URL_ALLOW_HOSTS).toEqual([]);
  });

  it("reads comma-separated host names as the URL parser writes them", () => {
    const hosts = loadConfig({ ADD_URL_ALLOW_HOSTS: "Intranet.Example, 127.0.0.1,0x7f.2,::1" }).ADD_URL_ALLOW_HOSTS;
    expect(hosts).toEqual(["intranet.example", "127.0.0.1", "127.0.0.2", "[::1]"]);
  });

  it("refuses what is not a host name, saying which", () => {
    expect(() => loadConfig({ ADD_URL_ALLOW_HOSTS: "ok.example,http://x/y,a b" })).toThrow(/ADD_URL_ALLOW_HOSTS: not host names: http:\/\/x\/y, a b/);
  });
});
