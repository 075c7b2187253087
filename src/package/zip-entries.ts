import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { PackageFile } from './package-file.js';

/*
 * The parts of a zip file (PKWARE APPNOTE.TXT 6.3.10) for a package: every
 * entry's size and CRC are known before it is written, so there are no data
 * descriptors, and a package never needs ZIP64 (4.3.16 is the plain end
 * record, whose 16- and 32-bit fields bound what fits).
 */

/** 2000-01-01 00:00:00 in MS-DOS date and time (4.4.6): no clock reaches the zip, so the same sources give the same bytes. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11 (4.4.4): the name is UTF-8. */
const UTF8_NAMES = 0x0800;
/** Made by Unix (4.4.2), version 2.0, so the external attributes carry the file mode. */
const MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
/** Regular file, rw-r--r--, in the high half (Unix mode); the archive bit in the low (MS-DOS). */
const EXTERNAL_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

export class ZipTooLargeError extends Error {}

/** One entry as written: its local header and data, and what the central directory says of it. */
export interface ZipEntry {
  local: Buffer;
  data: Buffer;
  central: Buffer;
}

/** Deflated at level 9 unless that does not make it smaller (already compressed media): then stored. */
export function zipEntry(file: PackageFile, offset: number): ZipEntry {
  const raw = typeof file.contents === 'string' ? Buffer.from(file.contents, 'utf8') : file.contents;
  const crc = crc32(raw);
  const { data, stored } = compressed(raw, crc);
  const name = Buffer.from(file.path, 'utf8');
  if (raw.length > MAX_32 || offset > MAX_32) throw new ZipTooLargeError(`${file.path} does not fit in a zip without ZIP64 (4 GB).`);
  const fields = {
    flags: name.length === file.path.length ? 0 : UTF8_NAMES,
    method: stored ? 0 : 8,
    crc,
    compressed: data.length,
    size: raw.length,
  };
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(VERSION_NEEDED, 4);
  writeCommon(local, 6, fields);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  name.copy(local, 30);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(MADE_BY_UNIX, 4);
  central.writeUInt16LE(VERSION_NEEDED, 6);
  writeCommon(central, 8, fields);
  central.writeUInt16LE(name.length, 28);
  // Extra field, comment, disk number, internal attributes: all 0 (bytes 30–37).
  central.writeUInt32LE(EXTERNAL_ATTRIBUTES, 38);
  central.writeUInt32LE(offset, 42);
  name.copy(central, 46);
  return { local, data, central };
}

/**
 * What earlier entries compressed to, by CRC-32 and size and checked byte
 * for byte: a build of several formats or cities zips the same player page,
 * script, styles and schemas again and again, and deflate at level 9 was
 * most of the time spent packaging. Only files under 1 MB, and the latest 256.
 */
const compressedBefore = new Map<string, { raw: Buffer; data: Buffer; stored: boolean }>();
const REMEMBERED = 256;
const REMEMBERED_BELOW = 1024 * 1024;

function compressed(raw: Buffer, crc: number): { data: Buffer; stored: boolean } {
  const key = `${crc}:${raw.length}`;
  const known = compressedBefore.get(key);
  if (known?.raw.equals(raw)) return known;
  const deflated = deflateRawSync(raw, { level: constants.Z_BEST_COMPRESSION });
  const stored = deflated.length >= raw.length;
  const result = { raw, data: stored ? raw : deflated, stored };
  if (raw.length < REMEMBERED_BELOW) {
    if (compressedBefore.size >= REMEMBERED) compressedBefore.delete(compressedBefore.keys().next().value as string);
    compressedBefore.set(key, result);
  }
  return result;
}

/** Flags, method, time, date, CRC-32 and both sizes: the same run of fields in both headers. */
function writeCommon(header: Buffer, at: number, fields: { flags: number; method: number; crc: number; compressed: number; size: number }): void {
  header.writeUInt16LE(fields.flags, at);
  header.writeUInt16LE(fields.method, at + 2);
  header.writeUInt16LE(DOS_TIME, at + 4);
  header.writeUInt16LE(DOS_DATE, at + 6);
  header.writeUInt32LE(fields.crc, at + 8);
  header.writeUInt32LE(fields.compressed, at + 12);
  header.writeUInt32LE(fields.size, at + 16);
}

/** The end of central directory record (4.3.16), with no comment. */
export function endOfCentralDirectory(entries: number, centralSize: number, centralOffset: number): Buffer {
  if (entries > MAX_16 || centralOffset + centralSize > MAX_32) throw new ZipTooLargeError('The package does not fit in a zip without ZIP64 (65,535 files, 4 GB).');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return end;
}
