import { crc32 } from 'node:zlib';

/**
 * The records of a zip file as PKWARE's APPNOTE.TXT lays them out (sections
 * 4.3.6–4.3.16), read byte for byte. Inspect parses them itself rather than
 * through a zip library: libraries repair, skip or merge what a hostile zip
 * hides, and the point is to see every record each unzipper could act on.
 */

export const SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  locator64: 0x07064b50,
  descriptor: 0x08074b50,
} as const;

export const LOCAL_HEADER_BYTES = 30;
export const CENTRAL_HEADER_BYTES = 46;
export const END_RECORD_BYTES = 22;
const LOCATOR64_BYTES = 20;
const MAX_COMMENT = 0xffff;

/** General purpose bit flags (APPNOTE 4.4.4). */
export const FLAG = { encrypted: 0x1, dataDescriptor: 0x8, strongEncryption: 0x40, utf8: 0x800 } as const;

/** What one header (central or local) says about an entry. */
export interface HeaderFields {
  name: string;
  /** Info-ZIP Unicode Path extra field (0x7075): unzip prefers it to the header name. */
  unicodeName: string | null;
  flags: number;
  method: number;
  crc: number;
  compressedBytes: number;
  bytes: number;
}

export interface CentralRecord extends HeaderFields {
  /** Upper byte of "version made by": 3 is Unix, 19 macOS (APPNOTE 4.4.2). */
  madeBy: number;
  externalAttributes: number;
  localOffset: number;
  /** Size of the whole record, to step to the next one. */
  recordBytes: number;
}

export interface EndRecord {
  /** Offset of the end of central directory record (or of the zip64 one before it). */
  position: number;
  entries: number;
  directoryBytes: number;
  directoryOffset: number;
  /** Disk numbers other than 0: a split archive, which no LMS reads. */
  split: boolean;
}

/**
 * The end of central directory record: the last signature in the tail whose
 * comment length reaches exactly the end of the file, then the zip64 record
 * when the fields overflow (APPNOTE 4.3.14–4.3.16).
 */
export function findEndRecord(tail: Buffer, tailStart: number, fileBytes: number, read: (offset: number, length: number) => Buffer): EndRecord | null {
  let at = -1;
  for (let i = tail.length - END_RECORD_BYTES; i >= Math.max(0, tail.length - END_RECORD_BYTES - MAX_COMMENT); i--) {
    if (tail.readUInt32LE(i) !== SIGNATURE.end) continue;
    if (tailStart + i + END_RECORD_BYTES + tail.readUInt16LE(i + 20) === fileBytes) {
      at = i;
      break;
    }
    if (at < 0) at = i;
  }
  if (at < 0) return null;
  const end: EndRecord = {
    position: tailStart + at,
    entries: tail.readUInt16LE(at + 10),
    directoryBytes: tail.readUInt32LE(at + 12),
    directoryOffset: tail.readUInt32LE(at + 16),
    split: tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0,
  };
  const locatorAt = end.position - LOCATOR64_BYTES;
  if (locatorAt < 0 || read(locatorAt, 4).readUInt32LE(0) !== SIGNATURE.locator64) return end;
  const recordAt = Number(read(locatorAt + 8, 8).readBigUInt64LE(0));
  const record = recordAt + 56 <= locatorAt ? read(recordAt, 56) : null;
  if (!record || record.readUInt32LE(0) !== SIGNATURE.end64) return end;
  return {
    position: recordAt,
    entries: Number(record.readBigUInt64LE(32)),
    directoryBytes: Number(record.readBigUInt64LE(40)),
    directoryOffset: Number(record.readBigUInt64LE(48)),
    split: end.split || record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0,
  };
}

/** One central directory file header at `at`, or null when there is none. */
export function readCentralRecord(directory: Buffer, at: number): CentralRecord | null {
  if (at + CENTRAL_HEADER_BYTES > directory.length || directory.readUInt32LE(at) !== SIGNATURE.central) return null;
  const nameBytes = directory.readUInt16LE(at + 28);
  const extraBytes = directory.readUInt16LE(at + 30);
  const commentBytes = directory.readUInt16LE(at + 32);
  const recordBytes = CENTRAL_HEADER_BYTES + nameBytes + extraBytes + commentBytes;
  if (at + recordBytes > directory.length) return null;
  const nameAt = at + CENTRAL_HEADER_BYTES;
  const flags = directory.readUInt16LE(at + 8);
  const extra = directory.subarray(nameAt + nameBytes, nameAt + nameBytes + extraBytes);
  const rawName = directory.subarray(nameAt, nameAt + nameBytes);
  const sizes = withZip64(extra, [directory.readUInt32LE(at + 24), directory.readUInt32LE(at + 20), directory.readUInt32LE(at + 42)]);
  return {
    name: decodeName(rawName, flags),
    unicodeName: unicodePath(extra, rawName),
    flags,
    method: directory.readUInt16LE(at + 10),
    crc: directory.readUInt32LE(at + 16),
    bytes: sizes[0]!,
    compressedBytes: sizes[1]!,
    localOffset: sizes[2]!,
    madeBy: directory.readUInt8(at + 5),
    externalAttributes: directory.readUInt32LE(at + 38),
    recordBytes,
  };
}

/** The fixed part of a local file header; null when the signature is not there. */
export function localHeaderLengths(header: Buffer): { nameBytes: number; extraBytes: number } | null {
  if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== SIGNATURE.local) return null;
  return { nameBytes: header.readUInt16LE(26), extraBytes: header.readUInt16LE(28) };
}

/** A whole local file header (fixed part, name and extra field). */
export function readLocalRecord(header: Buffer): HeaderFields {
  const nameBytes = header.readUInt16LE(26);
  const flags = header.readUInt16LE(6);
  const rawName = header.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameBytes);
  const extra = header.subarray(LOCAL_HEADER_BYTES + nameBytes);
  const sizes = withZip64(extra, [header.readUInt32LE(22), header.readUInt32LE(18)]);
  return {
    name: decodeName(rawName, flags),
    unicodeName: unicodePath(extra, rawName),
    flags,
    method: header.readUInt16LE(8),
    crc: header.readUInt32LE(14),
    bytes: sizes[0]!,
    compressedBytes: sizes[1]!,
  };
}

/** Fields stored as 0xFFFFFFFF are in the zip64 extra field (0x0001), in this order (APPNOTE 4.5.3). */
function withZip64(extra: Buffer, fields: number[]): number[] {
  const zip64 = extraField(extra, 0x0001);
  let at = 0;
  return fields.map((value) => {
    if (value !== 0xffffffff || !zip64 || at + 8 > zip64.length) return value;
    const wide = Number(zip64.readBigUInt64LE(at));
    at += 8;
    return wide;
  });
}

function extraField(extra: Buffer, id: number): Buffer | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const size = extra.readUInt16LE(at + 2);
    if (extra.readUInt16LE(at) === id) return extra.subarray(at + 4, Math.min(extra.length, at + 4 + size));
    at += 4 + size;
  }
  return null;
}

/** Info-ZIP Unicode Path (0x7075): version 1, CRC-32 of the header name, the UTF-8 name. */
function unicodePath(extra: Buffer, rawName: Buffer): string | null {
  const field = extraField(extra, 0x7075);
  // unzip ignores the field when its CRC no longer matches the header name (a renamed entry).
  if (!field || field.length < 5 || field[0] !== 1 || field.readUInt32LE(1) !== crc32(rawName)) return null;
  return field.subarray(5).toString('utf8');
}

/** IBM code page 437, bytes 0x80–0xFF: what APPNOTE (Appendix D) says a name is without the UTF-8 flag. */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

export function decodeName(raw: Buffer, flags: number): string {
  if (flags & FLAG.utf8) return raw.toString('utf8');
  let name = '';
  for (const byte of raw) name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
  return name;
}
