/**
 * An uploaded file's bytes, read once into shared memory. The validation worker then reads the same
 * memory (posting a SharedArrayBuffer to a worker shares it; any other buffer would be copied
 * whole into the worker's heap), and the main thread stores the file from it: one copy of the file
 * besides the request's own, where `arrayBuffer()` and the worker's clone made two.
 */
export async function readUploadBytes(file: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(new SharedArrayBuffer(file.size));
  let at = 0;
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  if (at !== file.size) throw new Error(`upload read ${at} of ${file.size} bytes`);
  return bytes;
}
