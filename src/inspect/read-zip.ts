import AdmZip from 'adm-zip';
import { statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** What the central directory says about one entry; nothing is inflated to learn it. */
export interface ZipEntryInfo {
  /** The name exactly as stored: may be hostile (`../x`, `C:\x`), see check-entries.ts. */
  name: string;
  isDirectory: boolean;
  /** Declared uncompressed size. A hostile zip can lie here; readEntryText caps what it inflates. */
  bytes: number;
  compressedBytes: number;
}

export interface OpenedZip {
  /** Size of the zip file itself. */
  fileBytes: number;
  entries: readonly ZipEntryInfo[];
  /** Inflates one entry, refusing to produce more than `maxBytes`. */
  readEntry(name: string, maxBytes: number): Buffer;
}

/** The path given is not a zip we can read: a usage problem (exit 2), not a package finding. */
export class InspectInputError extends Error {}

/** Deflate (8) and store (0) are the two methods every LMS importer reads (APPNOTE 4.4.5). */
const STORED = 0;
const DEFLATED = 8;

export class EntryTooLargeError extends Error {}

/** The zip file is bigger than inspect will load into memory. */
export class ZipTooLargeError extends Error {
  constructor(readonly fileBytes: number) {
    super(`the zip is ${fileBytes} bytes`);
  }
}

/**
 * Opens a zip without extracting anything to disk. adm-zip reads the central
 * directory only; entry data is inflated on demand by readEntry, with a cap,
 * because the declared size of a zip bomb cannot be trusted.
 */
export function openZip(path: string, maxFileBytes: number): OpenedZip {
  let fileBytes: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InspectInputError(`${path} is not a file.`);
    fileBytes = stat.size;
  } catch (error) {
    if (error instanceof InspectInputError) throw error;
    throw new InspectInputError(`${path} does not exist or cannot be read.`);
  }
  if (fileBytes > maxFileBytes) throw new ZipTooLargeError(fileBytes);
  let zip: AdmZip;
  try {
    zip = new AdmZip(path);
  } catch (error) {
    throw new InspectInputError(`${path} is not a zip archive (${(error as Error).message.replace(/^ADM-ZIP: /, '')}).`);
  }
  const raw = zip.getEntries();
  const entries = raw.map((entry) => ({
    name: entry.entryName,
    isDirectory: entry.isDirectory,
    bytes: entry.header.size,
    compressedBytes: entry.header.compressedSize,
  }));
  return {
    fileBytes,
    entries,
    readEntry(name, maxBytes) {
      const entry = raw.find((candidate) => candidate.entryName === name);
      if (!entry) throw new Error(`${name} is not in the zip`);
      if (entry.header.size > maxBytes) throw new EntryTooLargeError(`${name} declares ${entry.header.size} bytes`);
      const data = entry.getCompressedData();
      if (entry.header.method === STORED) {
        if (data.length > maxBytes) throw new EntryTooLargeError(`${name} holds ${data.length} bytes`);
        return data;
      }
      if (entry.header.method !== DEFLATED) {
        throw new Error(`${name} uses compression method ${entry.header.method}, which LMS importers do not read`);
      }
      try {
        return inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new EntryTooLargeError(`${name} inflates to more than ${maxBytes} bytes`);
        }
        throw new Error(`${name} is damaged (${(error as Error).message})`);
      }
    },
  };
}
