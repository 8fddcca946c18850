import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { buildConnector } from "undici";
import { normaliseHost, refusedAddress } from "./address.js";

/** Resolves a host name to every address it has (all families). */
export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemLookup: Lookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** A link refused before any connection was made; carried through undici's "fetch failed" as the cause. */
export class RefusedHost extends Error {
  constructor(readonly host: string, readonly reason: string) {
    super(`${host} is ${reason}`);
    this.name = "RefusedHost";
  }
}

/**
 * Resolves a host and checks every address it resolves to: one bad address refuses the host, since
 * the connection could use any of them. Allowed hosts skip the check (intranets, tests), not the
 * resolution. Returns the addresses the connection must use.
 */
export async function checkedAddresses(
  hostname: string, allowHosts: ReadonlySet<string>, lookup: Lookup,
): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare) ? [bare] : (await lookup(bare)).map((a) => a.address);
  if (!addresses.length) throw new RefusedHost(hostname, "not found");
  if (allowHosts.has(normaliseHost(hostname) ?? "")) return addresses;
  for (const address of addresses) {
    const reason = refusedAddress(address);
    if (reason) throw new RefusedHost(hostname, reason);
  }
  return addresses;
}

export type Connector = buildConnector.connector;

export interface GuardOptions {
  allowHosts: ReadonlySet<string>;
  lookup: Lookup;
  /** The socket factory the checked connection is handed to. Default: undici's own. */
  connect?: Connector;
}

/**
 * An undici connector that resolves the host itself, checks every address, and connects to the first
 * checked address: the check happens where the connection is made, on the address it is made to, so
 * a second DNS answer (rebinding) never gets a say. TLS still names and verifies the original host.
 */
export function guardedConnector(options: GuardOptions): Connector {
  const connect = options.connect ?? buildConnector({});
  return (opts, callback) => {
    checkedAddresses(opts.hostname, options.allowHosts, options.lookup).then(
      ([address]) => {
        const servername = isIP(opts.hostname) ? opts.servername : (opts.servername ?? opts.hostname);
        connect({ ...opts, hostname: address!, ...(servername && { servername }) }, callback);
      },
      (err: unknown) => callback(err as Error, null),
    );
  };
}
