// A ZIP writer for .xlsx packages: each part deflated by Node's zlib (native, several times faster
// than a JavaScript deflate on the tens of megabytes a national book's sheets hold). No ZIP64: a
// part or a package above 4 GB is refused, which no workbook reaches.
import zlib from "node:zlib";

export interface ZipEntry {
  name: string;
  /** Content, or content already deflated (DeflateSink). */
  data: Buffer | string | Deflated;
}

export interface Deflated {
  deflated: Buffer;
  crc: number;
  size: number;
}

const SYNC = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** Characters gathered before a piece is deflated: a sheet never sits in memory as one string. */
const PIECE = 1 << 20;

/**
 * A part written piece by piece and deflated as it goes. Each piece is deflated on its own and
 * ends on a sync flush (no final block), so the pieces concatenate into one valid deflate stream,
 * closed by an empty final block.
 */
export class DeflateSink {
  private pending: string[] = [];
  private pendingLength = 0;
  private out: Buffer[] = [];
  private crc = 0;
  private size = 0;
  constructor(private readonly level = 1) {}
  write(s: string): void {
    this.pending.push(s);
    this.pendingLength += s.length;
    if (this.pendingLength >= PIECE) this.flush();
  }
  private flush(): void {
    if (!this.pendingLength) return;
    const buf = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(buf, this.crc);
    this.size += buf.length;
    this.out.push(zlib.deflateRawSync(buf, { ...SYNC, level: this.level }));
  }
  end(): Deflated {
    this.flush();
    this.out.push(zlib.deflateRawSync(Buffer.alloc(0)));
    return { deflated: Buffer.concat(this.out), crc: this.crc, size: this.size };
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer, prev = 0): number {
  const native = (zlib as unknown as { crc32?: (b: Buffer, v?: number) => number }).crc32;
  if (native) return native(buf, prev) >>> 0;
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00: a fixed date, so the same book gives the same bytes
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function zip(entries: readonly ZipEntry[], level = 6): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let packed: Buffer, crc: number, size: number;
    if (typeof e.data === "string" || Buffer.isBuffer(e.data)) {
      const raw = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
      packed = zlib.deflateRawSync(raw, { level });
      crc = crc32(raw);
      size = raw.length;
    } else {
      ({ deflated: packed, crc, size } = e.data);
    }
    const name = Buffer.from(e.name, "utf8");
    if (size >= 0xffffffff || offset >= 0xffffffff) throw new Error(`${e.name}: the package is too large for a ZIP without ZIP64`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4); // made by
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(8, 10);
    head.writeUInt16LE(DOS_TIME, 12);
    head.writeUInt16LE(DOS_DATE, 14);
    head.writeUInt32LE(crc, 16);
    head.writeUInt32LE(packed.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    chunks.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
