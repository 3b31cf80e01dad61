import { type Entry, fromBuffer, type ZipFile } from 'yauzl';
import { ImportError } from './errors.js';
import { formatBytes } from './limits.js';

export function openZip(bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip)
        reject(new ImportError('malformed-xlsx', { detail: `not a valid zip: ${error?.message}` }));
      else resolve(zip);
    });
  });
}

/** Reads the central directory only: nothing is inflated here. */
export async function listEntries(zip: ZipFile, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      try {
        onEntry(entry);
        zip.readEntry();
      } catch (error) {
        zip.close();
        reject(error);
      }
    });
    zip.on('end', () => resolve());
    zip.on('error', (error: Error) => reject(new ImportError('malformed-xlsx', { detail: error.message })));
    zip.readEntry();
  });
}

/**
 * Inflates one entry, handing each chunk to `onChunk`, and stops after `maxBytes` whatever the
 * central directory declared (it is attacker-controlled; yauzl also fails when the data inflates
 * past the declared size).
 */
export async function streamEntry(
  zip: ZipFile,
  entry: Entry,
  maxBytes: number,
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry).catch((error: Error) => {
    throw new ImportError('malformed-xlsx', { detail: `${entry.fileName}: ${error.message}` });
  });
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new ImportError('zip-bomb', { detail: `${entry.fileName} > ${formatBytes(maxBytes)}` });
      }
      onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('malformed-xlsx', { detail: `${entry.fileName}: ${(error as Error).message}` });
  } finally {
    stream.destroy();
  }
}

export async function readEntryText(zip: ZipFile, entry: Entry, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  await streamEntry(zip, entry, maxBytes, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
