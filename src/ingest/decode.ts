/** Turning a file's bytes into text, or a human reason why it cannot be read as an article. */

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** "5 MB", "6.1 MB", "512 KB": sizes as a person reads them in a skip reason. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark) strictly: empty, oversized, binary and mis-encoded files come back as reasons. */
export function decodeText(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) return { ok: false, reason: `over the ${formatSize(maxBytes)} limit (${formatSize(bytes.length)})` };
  // A byte-order mark makes UTF-16 unambiguous: decode it (strictly) rather than refuse it.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (!utf16 && bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: utf16 ? `invalid ${utf16.toUpperCase()} (odd length or unpaired surrogate)` : 'invalid UTF-8' };
  }
  if (utf16 && text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL characters)' };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  // Text files hold almost no control characters; a tenth of them means a binary format that happens to be valid UTF-8.
  if (control > 0 && control / text.length > 0.1) return { ok: false, reason: 'binary file (mostly control characters)' };
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
