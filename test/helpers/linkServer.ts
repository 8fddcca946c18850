// A real HTTP server on 127.0.0.1 for the add-by-link tests: one route per behaviour under test.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { makePdf } from "./makePdf.js";

export const PAGE = `<!doctype html><html><head><title>Site | Trade</title>
<meta property="og:title" content="Guangdong exports rose 8.1% in 2025">
<meta property="article:published_time" content="2025-03-14T08:00:00Z">
<meta property="og:site_name" content="Trade Daily"></head>
<body><nav>Home | News | Trade</nav><article><h1>Guangdong exports rose 8.1% in 2025</h1>
<p>Guangdong's exports rose 8.1 percent year on year in 2025 to 5.6 trillion yuan, the provincial customs said on Friday.</p>
<p>Imports into the province grew 3.2 percent over the same period, while trade with ASEAN members expanded fastest.</p>
<p>Electronics and electric vehicles led the export growth, according to the customs figures released in Guangzhou.</p>
</article></body></html>`;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
export const PDF = makePdf([["Shanxi's foreign trade grew 12.5 percent in the first half of 2021, customs data showed."]], { title: "Shanxi trade report" });

/** Listens on 127.0.0.1 (port chosen by the system); `hosts` records each request's Host header. */
export function startServer(): Promise<{ server: http.Server; base: string; port: number; hosts: string[] }> {
  const hosts: string[] = [];
  const server = http.createServer((req, res) => {
    hosts.push(req.headers.host ?? "");
    const port = (server.address() as AddressInfo).port;
    const m = /^\/hop\/(\d+)$/.exec(req.url ?? "");
    if (m) {
      const n = Number(m[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : "/page" }).end();
      return;
    }
    switch (req.url) {
      case "/page": res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE); return;
      case "/report.pdf": res.writeHead(200, { "content-type": "application/octet-stream" }).end(PDF); return;
      case "/image": res.writeHead(200, { "content-type": "text/html" }).end(PNG); return;
      case "/to-loopback2": res.writeHead(302, { location: `http://127.0.0.2:${port}/page` }).end(); return;
      case "/to-internal": res.writeHead(301, { location: `http://internal.test:${port}/page` }).end(); return;
      case "/to-file": res.writeHead(302, { location: "file:///etc/passwd" }).end(); return;
      case "/big": {
        // no Content-Length: the limit must hold while the body streams
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const push = () => { while (sent < 40 && res.write(chunk)) sent++; if (sent < 40) res.once("drain", push); else res.end(); };
        push();
        return;
      }
      case "/slow": {
        res.writeHead(200, { "content-type": "text/html" });
        const t = setInterval(() => res.write("<p>a little more</p>"), 50);
        res.on("close", () => clearInterval(t));
        return;
      }
      default: res.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const port = (server.address() as AddressInfo).port;
    resolve({ server, base: `http://127.0.0.1:${port}`, port, hosts });
  }));
}
