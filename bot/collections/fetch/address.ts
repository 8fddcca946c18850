import { isIP } from "node:net";

/**
 * Which IP addresses a link may not reach: anything that is not a public unicast address. Pure, so
 * every range is tested without a network. Addresses that embed an IPv4 address (IPv4-mapped,
 * IPv4-compatible, NAT64, 6to4) are judged by the IPv4 address inside them, since that is where
 * a packet would go.
 */

type Range = [prefix: bigint, bits: number, reason: string];

const v4 = (a: string): bigint => a.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);

const V4_RANGES: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "private (carrier-grade NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local (cloud metadata lives here)"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.0.2.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["198.51.100.0", 24, "reserved"],
  ["203.0.113.0", 24, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes 255.255.255.255 (broadcast)
];

function inRange(value: bigint, width: number, [prefix, bits]: [bigint, number]): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === prefix >> shift;
}

function v4Reason(value: bigint): string | undefined {
  return V4_RANGES.find(([p, bits]) => inRange(value, 32, [v4(p), bits]))?.[2];
}

/** An IPv6 address as a 128-bit number; accepts `::` and a dotted IPv4 tail. */
function v6(address: string): bigint {
  let text = address.toLowerCase().replace(/%.*$/, ""); // a zone ("fe80::1%eth0") is not part of the address
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g || "0", 16)), 0n);
}

const V6_RANGES: Range[] = [
  [0n, 128, "unspecified"],
  [1n, 128, "loopback"],
  [v6("100::"), 64, "reserved"],
  [v6("2001::"), 32, "reserved (Teredo)"],
  [v6("2001:db8::"), 32, "reserved"],
  [v6("fc00::"), 7, "unique-local (private)"],
  [v6("fe80::"), 10, "link-local"],
  [v6("fec0::"), 10, "site-local (private)"],
  [v6("ff00::"), 8, "multicast"],
  [v6("64:ff9b:1::"), 48, "reserved (local NAT64)"],
];

/** IPv6 ranges whose addresses carry an IPv4 address: [prefix, bits, where the IPv4 address sits]. */
const EMBEDDING: Array<[bigint, number, (n: bigint) => bigint]> = [
  [v6("::ffff:0:0"), 96, (n) => n & 0xffffffffn], // IPv4-mapped
  [0n, 96, (n) => n & 0xffffffffn], // IPv4-compatible (deprecated, still routed by some stacks)
  [v6("64:ff9b::"), 96, (n) => n & 0xffffffffn], // NAT64
  [v6("2002::"), 16, (n) => (n >> 80n) & 0xffffffffn], // 6to4
];

function v6Reason(value: bigint): string | undefined {
  const direct = V6_RANGES.find(([p, bits]) => inRange(value, 128, [p, bits]));
  if (direct) return direct[2];
  for (const [prefix, bits, inner] of EMBEDDING) {
    if (inRange(value, 128, [prefix, bits])) return v4Reason(inner(value));
  }
  return undefined;
}

/**
 * Why a link may not reach this address ("private", "loopback", …), or undefined for a public one.
 * Something that is not an IP address at all is refused too: the caller must resolve names first.
 */
export function refusedAddress(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, "");
  switch (isIP(bare.replace(/%.*$/, ""))) {
    case 4: return v4Reason(v4(bare));
    case 6: return v6Reason(v6(bare));
    default: return "not an IP address";
  }
}

/**
 * A host name as the WHATWG URL parser writes it ("0x7f.1" → "127.0.0.1", "[::FFFF:A00:1]" →
 * "[::ffff:a00:1]"): the allow-list and the links go through the same parser, so they cannot disagree.
 */
export function normaliseHost(host: string): string | undefined {
  try {
    const bare = host.trim();
    // a bare IPv6 address ("::1", as undici hands it over) is bracketed the way links write it
    const url = new URL(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`);
    return url.username || url.password || url.port || url.pathname !== "/" ? undefined : url.hostname;
  } catch {
    return undefined;
  }
}
