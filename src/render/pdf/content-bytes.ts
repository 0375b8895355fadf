// A page's content stream as it is written: bytes in one growing buffer, instead of strings joined and converted.

/** Latin-1 bytes written in order; one writer serves every page, emptied at the start of each. */
export class ContentBytes {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  /** Starts again, empty. */
  clear(): void {
    this.length = 0;
  }

  /** Text whose characters are all below U+0100 (operators, names, numbers), a byte each. */
  text(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  /** A copy of the bytes written (the buffer itself is reused). */
  copy(): Buffer {
    return Buffer.from(this.bytes.subarray(0, this.length));
  }

  private room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + more));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
