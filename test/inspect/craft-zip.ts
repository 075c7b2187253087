import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip. */
export interface CraftedEntry {
  /** Written byte for byte: zip writers (adm-zip included) clean up `../`, `/x` and `C:`, this does not. */
  name: string;
  data?: string | Buffer;
  /** Deflate the data (method 8) instead of storing it (method 0). */
  deflate?: boolean;
  /** Lie about the uncompressed size in both headers, as a zip bomb does. */
  declaredBytes?: number;
  /** Another name in the local header than in the central directory. */
  localName?: string;
  /** A CRC-32 other than the data's, in both headers. */
  crc?: number;
  /** Damages the stored (compressed) bytes after the headers are computed. */
  damage?: (stored: Buffer) => Buffer;
  /** Another compression method number in both headers (12 bzip2, 14 LZMA); the data is left as is. */
  method?: number;
  /** Sets the traditional encryption flag (APPNOTE 4.4.4 bit 0). */
  encrypted?: boolean;
  /** Unix mode in the external attributes, with "version made by" Unix (0o120777 is a symlink). */
  unixMode?: number;
  /** Info-ZIP Unicode Path extra field (0x7075) in both headers; the UTF-8 flag is then left unset, as zip tools do. */
  unicodePath?: string;
  /** Written as a local header and data only: the central directory does not list it. */
  unlisted?: boolean;
  /** Listed in the central directory only, pointing at the local header and data of this earlier entry. */
  sharesDataWith?: string;
}

export interface CraftOptions {
  /** The entry count the end record declares (default: the listed entries). */
  declaredEntries?: number;
  /** Bytes put in front of the first local header. */
  prefix?: Buffer;
  /** Bytes glued in front of the finished zip, its offsets left as they were (a self-extractor stub). */
  glued?: Buffer;
}

/**
 * A minimal zip writer (APPNOTE 4.3: local headers, central directory, end
 * record), so tests can build the hostile archives no zip library will write.
 */
export function craftZip(entries: readonly CraftedEntry[], options: CraftOptions = {}): Buffer {
  const parts: Buffer[] = options.prefix ? [options.prefix] : [];
  const central: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  let listed = 0;
  const offsets = new Map<string, number>();
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const localName = Buffer.from(entry.localName ?? entry.name, 'utf8');
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
    const compressed = entry.deflate ? deflateRawSync(raw) : raw;
    const stored = entry.damage ? entry.damage(Buffer.from(compressed)) : compressed;
    const size = entry.declaredBytes ?? raw.length;
    const crc = entry.crc ?? crc32(raw);
    const method = entry.method ?? (entry.deflate ? 8 : 0);
    // Names are UTF-8 (bit 11), except beside a Unicode Path field, which is there for names that are not.
    const flags = (entry.unicodePath === undefined ? 0x0800 : 0) | (entry.encrypted ? 1 : 0);
    const extra = entry.unicodePath === undefined ? Buffer.alloc(0) : unicodePathField(name, entry.unicodePath);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(entry.unixMode === undefined ? 20 : 0x0314, 4); // made by: Unix, zip 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(((entry.unixMode ?? 0) << 16) >>> 0, 38);
    header.writeUInt32LE(entry.sharesDataWith === undefined ? offset : offsets.get(entry.sharesDataWith)!, 42);
    if (!entry.unlisted) {
      central.push(header, name, extra);
      listed++;
    }
    if (entry.sharesDataWith !== undefined) continue;
    offsets.set(entry.name, offset);
    parts.push(local, localName, extra, stored);
    offset += local.length + localName.length + extra.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.declaredEntries ?? listed, 8);
  end.writeUInt16LE(options.declaredEntries ?? listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...(options.glued ? [options.glued] : []), ...parts, directory, end]);
}

function unicodePathField(headerName: Buffer, path: string): Buffer {
  const name = Buffer.from(path, 'utf8');
  const field = Buffer.alloc(9);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + name.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(headerName), 5);
  return Buffer.concat([field, name]);
}

export function writeCraftedZip(dir: string, fileName: string, entries: readonly CraftedEntry[], options?: CraftOptions): string {
  const path = join(dir, fileName);
  writeFileSync(path, craftZip(entries, options));
  return path;
}
