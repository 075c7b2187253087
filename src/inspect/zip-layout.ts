import type { ZipEntryInfo } from './read-zip.js';
import { FLAG, LOCAL_HEADER_BYTES, localHeaderLengths, readLocalRecord, SIGNATURE, type CentralRecord, type HeaderFields } from './zip-records.js';

/**
 * Where the central directory and the local headers disagree, and bytes no
 * entry accounts for. Each is a place where two unzippers can unpack two
 * different things: unzip and Python read the central directory, Java's
 * ZipInputStream and streaming unzippers read the local headers in order.
 */
export interface ZipLayout {
  /** The entry count the end record declares. */
  declaredEntries: number;
  /** Stretches no entry accounts for, with the name of a local header found in one. */
  gaps: { offset: number; bytes: number; hiddenName: string | null }[];
  /** Two entries whose data share bytes (the overlapping-entries zip bomb). */
  overlaps: { entry: string; other: string }[];
  /** A local header field that differs from the central directory's. */
  mismatches: { entry: string; field: string; central: string; local: string }[];
  /** Bytes after the last directory record, before the end record. */
  strayDirectoryBytes: number;
}

interface LayoutInput {
  records: readonly CentralRecord[];
  /** Their entries, whose dataOffset this fills in. */
  entries: ZipEntryInfo[];
  shift: number;
  read: (offset: number, length: number) => Buffer;
  directoryStart: number;
  directoryEnd: number;
  endPosition: number;
  declaredEntries: number;
}

/** Only the start of a gap is searched for a hidden local header, so a huge gap costs no time. */
const GAP_SCAN_BYTES = 1024 * 1024;

export function mapZipLayout(input: LayoutInput): ZipLayout {
  const { records, entries, read } = input;
  const layout: ZipLayout = { declaredEntries: input.declaredEntries, gaps: [], overlaps: [], mismatches: [], strayDirectoryBytes: input.endPosition - input.directoryEnd };
  const spans: { start: number; end: number; name: string }[] = [];
  records.forEach((record, index) => {
    const start = record.localOffset + input.shift;
    const local = readLocalHeader(read, start);
    if (!local) {
      layout.mismatches.push({ entry: record.name, field: 'local header', central: `at byte ${start}`, local: 'missing' });
      return;
    }
    for (const [field, central, found] of differences(record, local.fields)) {
      layout.mismatches.push({ entry: record.name, field, central, local: found });
    }
    const dataOffset = start + local.headerBytes;
    entries[index]!.dataOffset = dataOffset;
    let end = dataOffset + record.compressedBytes;
    if (record.flags & FLAG.dataDescriptor) end += descriptorBytes(read, end, record);
    spans.push({ start, end, name: record.name });
  });

  spans.sort((a, b) => a.start - b.start);
  let cursor = 0;
  let previous = '';
  const gapTo = (offset: number) => {
    if (offset > cursor) layout.gaps.push({ offset: cursor, bytes: offset - cursor, hiddenName: hiddenEntry(read, cursor, offset) });
  };
  for (const span of spans) {
    if (span.start < cursor) layout.overlaps.push({ entry: span.name, other: previous });
    else gapTo(span.start);
    if (span.end > cursor) {
      cursor = span.end;
      previous = span.name;
    }
  }
  gapTo(input.directoryStart);
  return layout;
}

function readLocalHeader(read: LayoutInput['read'], offset: number): { fields: HeaderFields; headerBytes: number } | null {
  const fixed = read(offset, LOCAL_HEADER_BYTES);
  const lengths = localHeaderLengths(fixed);
  if (!lengths) return null;
  const headerBytes = LOCAL_HEADER_BYTES + lengths.nameBytes + lengths.extraBytes;
  const header = read(offset, headerBytes);
  if (header.length < headerBytes) return null;
  return { fields: readLocalRecord(header), headerBytes };
}

/** The fields both headers carry; sizes and CRC only when the local header states them (no data descriptor, APPNOTE 4.4.4 bit 3). */
function differences(central: CentralRecord, local: HeaderFields): [string, string, string][] {
  const found: [string, string, string][] = [];
  const compare = (field: string, a: string | number, b: string | number) => {
    if (a !== b) found.push([field, String(a), String(b)]);
  };
  compare('name', central.name, local.name);
  if (central.unicodeName !== null || local.unicodeName !== null) {
    compare('Unicode path name', central.unicodeName ?? central.name, local.unicodeName ?? local.name);
  }
  compare('compression method', central.method, local.method);
  compare('encryption flag', central.flags & FLAG.encrypted, local.flags & FLAG.encrypted);
  if (!(local.flags & FLAG.dataDescriptor)) {
    compare('CRC-32', central.crc.toString(16), local.crc.toString(16));
    compare('compressed size', central.compressedBytes, local.compressedBytes);
    compare('size', central.bytes, local.bytes);
  }
  return found;
}

/** The data descriptor after the data: optional signature, CRC-32, then 4- or 8-byte sizes (APPNOTE 4.3.9). */
function descriptorBytes(read: LayoutInput['read'], at: number, record: CentralRecord): number {
  const signed = read(at, 4).length === 4 && read(at, 4).readUInt32LE(0) === SIGNATURE.descriptor ? 4 : 0;
  const zip64 = record.bytes >= 0xffffffff || record.compressedBytes >= 0xffffffff;
  return signed + 4 + (zip64 ? 16 : 8);
}

/** The name of the first local file header in [from, to), if any: an entry that only some unzippers list. */
function hiddenEntry(read: LayoutInput['read'], from: number, to: number): string | null {
  const bytes = read(from, Math.min(to - from, GAP_SCAN_BYTES));
  for (let at = bytes.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\x03\x04', at + 1, 'latin1')) {
    const local = readLocalHeader(read, from + at);
    if (local) return local.fields.name;
  }
  return null;
}
