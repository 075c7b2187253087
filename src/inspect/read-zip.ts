import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { formatBytes } from '../format-bytes.js';
import { mapZipLayout, type ZipLayout } from './zip-layout.js';
import { CENTRAL_HEADER_BYTES, findEndRecord, FLAG, readCentralRecord, SIGNATURE, type CentralRecord } from './zip-records.js';

/** What the central directory says about one entry; nothing is inflated to learn it. */
export interface ZipEntryInfo {
  /** Position in the central directory, from 0. */
  index: number;
  /** The name exactly as stored: may be hostile (`../x`, `C:\x`), see check-entries.ts. */
  name: string;
  /** The Info-ZIP Unicode Path name when it differs from `name`: unzip unpacks the entry under this one. */
  unicodeName: string | null;
  isDirectory: boolean;
  /** Declared uncompressed size. A hostile zip can lie here; entry-data.ts caps what it inflates. */
  bytes: number;
  compressedBytes: number;
  method: number;
  encrypted: boolean;
  crc: number;
  /** A Unix symbolic link (mode 0120000 in the external attributes, APPNOTE 4.4.15): unzip creates it. */
  symlink: boolean;
  /** Where the compressed data starts, after the local header; null when no local header is where the directory says. */
  dataOffset: number | null;
  /** Listed after the end record's entry count: Python's zipfile unpacks it, other unzippers fail or skip it. */
  beyondCount: boolean;
}

export interface OpenedZip {
  path: string;
  /** Size of the zip file itself. */
  fileBytes: number;
  entries: readonly ZipEntryInfo[];
  layout: ZipLayout;
  /** Bytes of the zip file; shorter than asked at its end. */
  read(offset: number, length: number): Buffer;
  close(): void;
}

/** The path given is not a zip we can read: a usage problem (exit 2), not a package finding. */
export class InspectInputError extends Error {}

/** The zip is beyond what inspect agrees to read (file size, entry count, directory size). */
export class ZipTooLargeError extends Error {}

export interface ZipLimits {
  fileBytes: number;
  entries: number;
  directoryBytes: number;
}

/** Below this the whole zip is read at once: one read beats thousands of small ones. */
const READ_WHOLE_BYTES = 32 * 1024 * 1024;
const TAIL_BYTES = 22 + 0xffff;
const UNIX_HOSTS = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * Opens a zip without extracting anything: the end record, every central
 * directory record and every local header, compared with each other
 * (zip-layout.ts). Entry data is read later, by entry-data.ts.
 */
export function openZip(path: string, limits: ZipLimits): OpenedZip {
  let fd: number;
  let fileBytes: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new InspectInputError(`${path} does not exist or cannot be read.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InspectInputError(`${path} is not a file.`);
    fileBytes = stat.size;
    if (fileBytes > limits.fileBytes) {
      throw new ZipTooLargeError(`The zip itself is ${formatBytes(fileBytes)}, over the ${formatBytes(limits.fileBytes)} inspect and most LMSs accept.`);
    }
    const whole = fileBytes <= READ_WHOLE_BYTES ? readFileSync(fd) : null;
    const read = (offset: number, length: number): Buffer => {
      const end = Math.min(fileBytes, offset + length);
      if (whole) return whole.subarray(Math.min(offset, end), end);
      const buffer = Buffer.alloc(Math.max(0, end - offset));
      if (buffer.length > 0) readSync(fd, buffer, 0, buffer.length, offset);
      return buffer;
    };
    const entries = readDirectory(path, fileBytes, read, limits);
    return { path, fileBytes, ...entries, read, close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

function readDirectory(path: string, fileBytes: number, read: OpenedZip['read'], limits: ZipLimits): Pick<OpenedZip, 'entries' | 'layout'> {
  const notZip = (why: string) => new InspectInputError(`${path} is not a zip archive (${why}).`);
  const tailStart = Math.max(0, fileBytes - TAIL_BYTES);
  const end = findEndRecord(read(tailStart, TAIL_BYTES), tailStart, fileBytes, read);
  if (!end) throw notZip('no end of central directory record');
  if (end.split) throw notZip('it is one part of a split archive');
  if (end.directoryBytes > limits.directoryBytes) {
    throw new ZipTooLargeError(`The zip's central directory is ${formatBytes(end.directoryBytes)}, over the ${formatBytes(limits.directoryBytes)} inspect reads.`);
  }
  // A zip glued behind other bytes (a self-extractor stub) has offsets short by
  // their length; unzip and Python shift them, and so does inspect.
  const startsAt = (offset: number) => offset >= 0 && read(offset, 4).length === 4 && read(offset, 4).readUInt32LE(0) === SIGNATURE.central;
  let shift = 0;
  if (end.entries > 0 && !startsAt(end.directoryOffset)) {
    shift = end.position - end.directoryBytes - end.directoryOffset;
    if (shift <= 0 || !startsAt(end.directoryOffset + shift)) throw notZip('the central directory is not where the end record says');
  }
  const directoryStart = end.directoryOffset + shift;
  const directory = read(directoryStart, end.directoryBytes);
  const records: CentralRecord[] = [];
  let at = 0;
  for (let record = readCentralRecord(directory, at); record; record = readCentralRecord(directory, at)) {
    records.push(record);
    if (records.length > limits.entries) {
      throw new ZipTooLargeError(`The zip holds more than ${limits.entries.toLocaleString('en-US')} entries; no course needs that many files.`);
    }
    at += record.recordBytes;
  }
  if (records.length === 0 && end.entries > 0 && directory.length < CENTRAL_HEADER_BYTES) throw notZip('the central directory is cut short');

  const entries: ZipEntryInfo[] = records.map((record, index) => {
    const mode = UNIX_HOSTS.has(record.madeBy) ? record.externalAttributes >>> 16 : 0;
    return {
      index,
      name: record.name,
      unicodeName: record.unicodeName !== null && record.unicodeName !== record.name ? record.unicodeName : null,
      isDirectory: record.name.endsWith('/'),
      bytes: record.bytes,
      compressedBytes: record.compressedBytes,
      method: record.method,
      encrypted: (record.flags & (FLAG.encrypted | FLAG.strongEncryption)) !== 0,
      crc: record.crc,
      symlink: (mode & S_IFMT) === S_IFLNK,
      dataOffset: null,
      beyondCount: index >= end.entries,
    };
  });
  const layout = mapZipLayout({ records, entries, shift, read, directoryStart, directoryEnd: directoryStart + at, endPosition: end.position, declaredEntries: end.entries });
  return { entries, layout };
}
