// https through the pinned connection: the socket goes to the checked address (127.0.0.1), while TLS
// still sends and verifies the host name asked for. A self-signed certificate made with openssl.
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { buildConnector } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUrl } from "../bot/collections/fetch/fetchUrl.js";
import type { Connector, Lookup } from "../bot/collections/fetch/guard.js";
import { PAGE } from "./helpers/linkServer.js";
import { tempDir } from "./helpers/paths.js";

const run = promisify(execFile);
let dir: string;
let cert: Buffer;
let server: https.Server;
let port: number;

beforeAll(async () => {
  dir = await tempDir("tradewise-tls-");
  await run("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=app.test",
    "-addext", "subjectAltName=DNS:app.test", "-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem"),
  ]);
  cert = await readFile(path.join(dir, "cert.pem"));
  server = https.createServer({ key: await readFile(path.join(dir, "key.pem")), cert }, (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await rm(dir, { recursive: true, force: true });
});

/** Trusts the test certificate; records where sockets go and the name TLS is given. */
function spy(): { connect: Connector; seen: Array<{ hostname: string; servername?: string | undefined }> } {
  const real = buildConnector({ ca: cert });
  const seen: Array<{ hostname: string; servername?: string | undefined }> = [];
  return {
    seen,
    connect: (opts, cb) => {
      seen.push({ hostname: opts.hostname, servername: opts.servername });
      if (opts.hostname !== "127.0.0.1") { cb(new Error("test guard: loopback only"), null); return; }
      real(opts, cb);
    },
  };
}

const lookup: Lookup = async (host) => {
  if (host === "app.test" || host === "other.test") return [{ address: "127.0.0.1", family: 4 }];
  throw new Error(`ENOTFOUND ${host}`);
};

describe("fetchUrl over https", () => {
  it("connects to the checked address and verifies the certificate against the host name", async () => {
    const s = spy();
    const body = await fetchUrl(`https://app.test:${port}/page`, { maxBytes: 1 << 20, allowHosts: ["app.test"], lookup, connect: s.connect });
    expect(body.bytes.toString()).toBe(PAGE);
    expect(s.seen).toEqual([{ hostname: "127.0.0.1", servername: "app.test" }]);
  });

  it("fails when the certificate is for another name, though the address is the same", async () => {
    const s = spy();
    const err = await fetchUrl(`https://other.test:${port}/page`, {
      maxBytes: 1 << 20, allowHosts: ["other.test"], lookup, connect: s.connect,
    }).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/^could not fetch other\.test:\d+: ERR_TLS_CERT_ALTNAME_INVALID/);
  });
});
