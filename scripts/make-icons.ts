// Draws the add-in icons (a green sheet with a bar chart) as real PNGs without an image
// library: the manifest needs 16/32/64/80 px files and ImageMagick is not available everywhere.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgba = [number, number, number, number];

function pixel(size: number, x: number, y: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const margin = 0.06;
  if (u < margin || u > 1 - margin || v < margin || v > 1 - margin) return [0, 0, 0, 0];
  // Three white bars of rising height on the Excel-green tile.
  const bars = [
    { from: 0.2, to: 0.35, top: 0.6 },
    { from: 0.42, to: 0.57, top: 0.42 },
    { from: 0.64, to: 0.79, top: 0.24 },
  ];
  for (const b of bars) if (u >= b.from && u < b.to && v >= b.top && v < 0.8) return [255, 255, 255, 255];
  return [16, 124, 65, 255];
}

export function encodePng(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(size, x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80]) writeFileSync(join(dir, `icon-${size}.png`), encodePng(size));
  console.log(`icons written to ${dir}`);
}
