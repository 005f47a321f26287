// Turns a file's bytes into text: byte-order marks, UTF-16, and a clear refusal of binary or mis-encoded files.

/** Why a file's bytes are not text we can read; the message is shown to the user as it is. */
export class DecodeError extends Error {}

/**
 * Decodes `bytes` as UTF-8, or as UTF-16 when a UTF-16 byte-order mark says so. A UTF-8 BOM is
 * dropped (it is not part of the article). Files with NUL bytes (and no UTF-16 BOM) are binary;
 * anything else that is not valid UTF-8 is refused with the offset of the first bad byte, since
 * silently replacing characters would shift every offset and corrupt names.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DecodeError('empty file');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new DecodeError(`binary file (NUL byte at offset ${nul + (bytes.length - body.length)})`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body) + (bytes.length - body.length);
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
  }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (body.length % 2 !== 0) throw new DecodeError(`not valid ${encoding.toUpperCase()} (odd number of bytes)`);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw new DecodeError(`not valid ${encoding.toUpperCase()} (unpaired surrogate)`);
  }
}

/** Offset of the first byte that breaks UTF-8 (only called once the decoder has said one does). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
