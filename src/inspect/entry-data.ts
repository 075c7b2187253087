import { createReadStream } from 'node:fs';
import { PassThrough, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { formatBytes } from '../format-bytes.js';
import type { OpenedZip, ZipEntryInfo } from './read-zip.js';

/** Deflate (8) and store (0) are the two methods every LMS importer reads (APPNOTE 4.4.5). */
const STORED = 0;
const DEFLATED = 8;
const METHOD_NAMES: Record<number, string> = { 1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'xz', 98: 'PPMd', 99: 'AES' };

/** Entries up to this size are inflated in one call; bigger ones are streamed. */
const WHOLE_BYTES = 4 * 1024 * 1024;
/**
 * How far past its declared size an entry is inflated. A damaged deflate
 * stream overshoots a little and fails its CRC-32; a header that lies about
 * the size (a zip bomb) runs on, or matches its CRC-32 at a bigger size.
 */
const OVERSHOOT_BYTES = 1024 * 1024;

/**
 * Why an entry's data cannot be trusted: `larger` inflates past what its
 * header declares (or past the cap), `damaged` fails its CRC-32, size or
 * inflation, `unreadable` is encrypted or compressed in a way LMSs cannot read.
 */
export class EntryDataError extends Error {
  /** Bytes inflated before the problem showed, for the caller's budget. */
  inflated = 0;

  constructor(readonly problem: 'larger' | 'damaged' | 'unreadable', message: string) {
    super(message);
  }
}

/** Why no LMS can read the entry's data, or null. */
export function unreadableReason(entry: ZipEntryInfo): string | null {
  if (entry.encrypted) return 'is encrypted';
  if (entry.method === STORED || entry.method === DEFLATED) return null;
  const name = METHOD_NAMES[entry.method];
  return `is compressed with method ${entry.method}${name ? ` (${name})` : ''} instead of deflate`;
}

/**
 * The whole data of one entry, inflating at most `limit` bytes (and little
 * more than its header declares), checked against its size and CRC-32.
 */
export function inflateEntry(zip: OpenedZip, entry: ZipEntryInfo, limit: number): Buffer {
  const unreadable = unreadableReason(entry);
  if (unreadable) throw new EntryDataError('unreadable', unreadable);
  if (entry.bytes > limit) throw new EntryDataError('larger', `declares ${formatBytes(entry.bytes)}, more than ${formatBytes(limit)}`);
  const compressed = compressedData(zip, entry);
  const cap = outputCap(entry, limit);
  let data: Buffer;
  if (entry.method === STORED) data = compressed;
  else {
    try {
      data = inflateRawSync(compressed, { maxOutputLength: cap + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw counted(beyond(entry, cap), cap);
      throw new EntryDataError('damaged', `cannot be inflated (${(error as Error).message})`);
    }
  }
  if (data.length > cap) throw counted(beyond(entry, cap), data.length);
  try {
    checkInflated(entry, data.length, crc32(data));
  } catch (error) {
    throw counted(error, data.length);
  }
  return data;
}

/**
 * Reads and inflates an entry, streaming when it is big, producing at most
 * `limit` bytes, and checks it like inflateEntry; returns how many bytes it
 * inflated. The data is dropped.
 */
export async function verifyEntry(zip: OpenedZip, entry: ZipEntryInfo, limit: number): Promise<number> {
  if (entry.compressedBytes <= WHOLE_BYTES && entry.bytes <= WHOLE_BYTES) return inflateEntry(zip, entry, limit).length;
  const unreadable = unreadableReason(entry);
  if (unreadable) throw new EntryDataError('unreadable', unreadable);
  const start = dataStart(zip, entry);
  const cap = outputCap(entry, limit);
  let bytes = 0;
  let crc = 0;
  const decoder: Transform = entry.method === STORED ? new PassThrough() : createInflateRaw();
  try {
    await pipeline(
      createReadStream(zip.path, { start, end: start + entry.compressedBytes - 1, highWaterMark: 1024 * 1024 }),
      decoder,
      async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > cap) throw beyond(entry, cap);
          crc = crc32(chunk, crc);
        }
      },
    );
  } catch (error) {
    throw counted(error instanceof EntryDataError ? error : new EntryDataError('damaged', `cannot be inflated (${(error as Error).message})`), bytes);
  }
  try {
    checkInflated(entry, bytes, crc);
  } catch (error) {
    throw counted(error, bytes);
  }
  return bytes;
}

function outputCap(entry: ZipEntryInfo, limit: number): number {
  return Math.min(limit, entry.bytes + OVERSHOOT_BYTES);
}

function dataStart(zip: OpenedZip, entry: ZipEntryInfo): number {
  if (entry.dataOffset === null) throw new EntryDataError('damaged', 'has no local header where the central directory says');
  if (entry.dataOffset + entry.compressedBytes > zip.fileBytes) throw new EntryDataError('damaged', 'has data running past the end of the zip');
  return entry.dataOffset;
}

function compressedData(zip: OpenedZip, entry: ZipEntryInfo): Buffer {
  return zip.read(dataStart(zip, entry), entry.compressedBytes);
}

function counted(error: unknown, inflated: number): unknown {
  if (error instanceof EntryDataError) error.inflated = inflated;
  return error;
}

function beyond(entry: ZipEntryInfo, cap: number): EntryDataError {
  return new EntryDataError('larger', `inflates to more than ${formatBytes(cap)} where its header declares ${formatBytes(entry.bytes)}`);
}

function checkInflated(entry: ZipEntryInfo, bytes: number, crc: number): void {
  if (bytes > entry.bytes && crc === entry.crc) {
    throw new EntryDataError('larger', `inflates to ${exact(bytes)} where its header declares ${exact(entry.bytes)}`);
  }
  if (bytes !== entry.bytes) throw new EntryDataError('damaged', `holds ${exact(bytes)} where its header declares ${exact(entry.bytes)}`);
  if (crc !== entry.crc) {
    throw new EntryDataError('damaged', `fails its CRC-32 check (${hex(crc)} where the header says ${hex(entry.crc)})`);
  }
}

const exact = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;
const hex = (value: number) => value.toString(16).padStart(8, '0');
