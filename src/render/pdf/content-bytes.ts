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

  /**
   * A copy of the bytes written (the buffer itself is reused), in memory of its own: a small copy from Node's shared
   * pool would take the whole pool slab along when posted to the render thread.
   */
  copy(): Buffer {
    const copy = Buffer.allocUnsafeSlow(this.length);
    this.bytes.copy(copy, 0, 0, this.length);
    return copy;
  }

  private room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + more));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
