import { inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

export interface DecodedPng { width: number; height: number; bitDepth: number; colourType: number; pixelBytes: number }

/**
 * Decodes a PNG far enough to prove it whole: signature, every chunk's CRC, the header, and image
 * data that inflates to exactly one filtered row per line of the stated size.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG signature");
  let at = 8;
  let header: Omit<DecodedPng, "pixelBytes"> | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString("latin1");
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    if (type === "IHDR") header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8]!, colourType: data[9]! };
    if (type === "IDAT") idat.push(data);
    if (type === "IEND") { ended = true; break; }
    at += 12 + length;
  }
  if (!header || !ended) throw new Error("missing IHDR or IEND");
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[header.colourType];
  if (!channels) throw new Error(`unknown colour type ${header.colourType}`);
  const rowBytes = Math.ceil((header.width * channels * header.bitDepth) / 8);
  const pixels = inflateSync(Buffer.concat(idat));
  if (pixels.length !== header.height * (rowBytes + 1)) throw new Error(`image data is ${pixels.length} bytes, expected ${header.height * (rowBytes + 1)}`);
  return { ...header, pixelBytes: pixels.length };
}
