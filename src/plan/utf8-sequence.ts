// The length of the well-formed UTF-8 sequence at a byte, for finding the first bad byte and telling old encodings apart.

/** 1 to 4 when a well-formed UTF-8 sequence starts at `i`, 0 when the byte there is not UTF-8. */
export function utf8SequenceLength(data: Uint8Array, i: number): number {
  const byte = data[i]!;
  const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
  // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
  const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
  const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    const next = data[i + k];
    if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}
