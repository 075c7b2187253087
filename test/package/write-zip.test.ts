import AdmZip from 'adm-zip';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
