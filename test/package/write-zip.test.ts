import AdmZip from 'adm-zip';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../src/package/write-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'cease-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const photo = randomBytes(4096);
const files = [
  { path: 'index.html', contents: '<!DOCTYPE html>\n' + '<p>Report it to the hotline.</p>\n'.repeat(200) },
  { path: 'assets/señal.jpg', contents: photo },
  { path: 'imsmanifest.xml', contents: '<manifest/>' },
  { path: 'empty.txt', contents: '' },
];


/**
 * Another text of the same length and CRC-32: CRC-32 is linear over XOR for
 * texts of one length, so flipping a set of bits whose own CRC changes add
 * up to nothing keeps it. The set is found by elimination over single bits.
 */
function sameCrcOtherBytes(text: Buffer): Buffer {
  const zero = crc32(Buffer.alloc(text.length));
  const change = (bit: number) => {
    const flipped = Buffer.alloc(text.length);
    flipped[bit >> 3] = 1 << (bit & 7);
    return (crc32(flipped) ^ zero) >>> 0;
  };
  // Each pivot row: a CRC change and the bits that make it (a bit taken twice cancels).
  const rows: { value: number; bits: Set<number> }[] = [];
  for (let bit = 0; bit < 64; bit++) {
    const row = { value: change(bit), bits: new Set([bit]) };
    for (const pivot of rows) {
      const reduced = (row.value ^ pivot.value) >>> 0;
      if (reduced >= row.value) continue;
      row.value = reduced;
      for (const other of pivot.bits) if (!row.bits.delete(other)) row.bits.add(other);
    }
    if (row.value === 0) {
      const other = Buffer.from(text);
      for (const flip of row.bits) other[flip >> 3]! ^= 1 << (flip & 7);
      return other;
    }
    rows.push(row);
    rows.sort((a, b) => b.value - a.value);
  }
  throw new Error('no set of bits found');
}

describe('the package zip', () => {
  it('opens with every file, byte for byte (CRC-checked on reading), in path order, dated 2000-01-01', async () => {
    const target = join(dir, 'a.zip');
    const size = await writeZip(target, files);
    expect(size).toBe(statSync(target).size);
    const zip = new AdmZip(target);
    expect(zip.getEntries().map((entry) => entry.entryName)).toEqual(['assets/señal.jpg', 'empty.txt', 'imsmanifest.xml', 'index.html']);
    for (const file of files) expect(zip.getEntry(file.path)!.getData()).toEqual(Buffer.from(file.contents));
    expect(zip.getEntry('index.html')!.header.time.getFullYear()).toBe(2000);
  });

  it('deflates text, stores an incompressible photo and flags a UTF-8 file name', async () => {
    const target = join(dir, 'b.zip');
    await writeZip(target, files);
    const zip = new AdmZip(target);
    expect(zip.getEntry('index.html')!.header.method).toBe(8);
    expect(zip.getEntry('assets/señal.jpg')!.header.method).toBe(0);
    expect(zip.getEntry('assets/señal.jpg')!.header.flags & 0x800).toBe(0x800);
    expect(zip.getEntry('index.html')!.header.compressedSize).toBeLessThan(400);
  });

  it('gives the same bytes for the same files in any order', async () => {
    await writeZip(join(dir, 'c.zip'), files);
    await writeZip(join(dir, 'd.zip'), [...files].reverse());
    expect(readFileSync(join(dir, 'c.zip')).equals(readFileSync(join(dir, 'd.zip')))).toBe(true);
  });

  it('zips each file anew when an earlier one had the same CRC-32 and size but other bytes', async () => {
    const first = Buffer.from('<p>Call the hotline.</p>\n'.repeat(40));
    const second = sameCrcOtherBytes(first);
    expect(second.equals(first)).toBe(false);
    expect(crc32(second)).toBe(crc32(first));
    await writeZip(join(dir, 'first.zip'), [{ path: 'a.html', contents: first }]);
    await writeZip(join(dir, 'second.zip'), [{ path: 'a.html', contents: second }]);
    expect(new AdmZip(join(dir, 'second.zip')).getEntry('a.html')!.getData()).toEqual(second);
  });
});
