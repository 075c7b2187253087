import { createReadStream } from 'node:fs';

/**
 * The text of a file as it streams in, whatever its byte-order mark: Excel
 * saves "CSV UTF-8" with a UTF-8 BOM and "Unicode text" as UTF-16LE with one.
 * Without a BOM the file is read as UTF-8; a byte that is not UTF-8 becomes
 * U+FFFD rather than stopping the report, since an export's names are not ours to fix.
 */
export async function* decodedText(path: string): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let held = '';
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let bytes = chunk;
    if (!decoder) {
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      decoder = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8');
      if (utf16) bytes = bytes.subarray(2);
      else if (utf8Bom) bytes = bytes.subarray(3);
    }
    // csv-parse counts a CRLF inside quotes as two lines, so line endings become LF
    // here; a CR at the end of a chunk waits for the next one in case an LF follows.
    const text = held + decoder.decode(bytes, { stream: true });
    held = text.endsWith('\r') ? '\r' : '';
    const lines = (held ? text.slice(0, -1) : text).replace(/\r\n/g, '\n');
    if (lines) yield lines;
  }
  const rest = held + (decoder?.decode() ?? '');
  if (rest) yield rest.replace(/\r\n/g, '\n');
}
