/**
 * Bytes of exported images without the network: a `data:` URL is decoded here (the page's CSP
 * has `connect-src 'none'`, so `fetch(dataUrl)` is not an option), and a PNG's pixel size is read
 * from its IHDR chunk (PNG spec §11.2.2: width and height are the first two 4-byte big-endian
 * fields after the 8-byte signature and the chunk's length and type).
 */

/** Decodes a base64 `data:` URL to its bytes and MIME type. */
export function dataUrlToBytes(url: string): { mime: string; bytes: Uint8Array } {
  const m = /^data:([^;,]*)(;base64)?,/.exec(url);
  if (!m) throw new Error('not a data: URL');
  const body = url.slice(m[0].length);
  const mime = m[1] || 'text/plain';
  if (!m[2]) return { mime, bytes: new TextEncoder().encode(decodeURIComponent(body)) };
  const bin = atob(body);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { mime, bytes };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG from its IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
