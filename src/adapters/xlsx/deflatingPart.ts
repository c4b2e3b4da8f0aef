/**
 * Builds a new part as it is written: text goes in piece by piece and comes out deflated, so a
 * million-row owned sheet never exists as one giant string or one giant buffer.
 */
import { Deflate } from 'fflate';

import type { ZipEntry } from './zipArchive';
import { crc32Update } from './zipArchive';

export class DeflatingPart {
  private readonly encoder = new TextEncoder();
  private readonly out: Uint8Array[] = [];
  private readonly deflater = new Deflate({ level: 4 }, (chunk) => this.out.push(chunk));
  private crc = -1;
  private size = 0;
  private buffered: string[] = [];
  private bufferedLength = 0;

  constructor(private readonly name: string) {}

  write(text: string): void {
    this.buffered.push(text);
    this.bufferedLength += text.length;
    if (this.bufferedLength >= 1 << 18) this.flush(false);
  }

  finish(): ZipEntry {
    this.flush(true);
    const compressed = new Uint8Array(this.out.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of this.out) {
      compressed.set(chunk, at);
      at += chunk.length;
    }
    return { name: this.name, method: 8, crc: (this.crc ^ -1) >>> 0, compressed, size: this.size };
  }

  private flush(final: boolean): void {
    const bytes = this.encoder.encode(this.buffered.join(''));
    this.buffered = [];
    this.bufferedLength = 0;
    this.crc = crc32Update(this.crc, bytes);
    this.size += bytes.length;
    this.deflater.push(bytes, final);
  }
}

/** One whole part from a string. */
export function deflatedPart(name: string, text: string): ZipEntry {
  const part = new DeflatingPart(name);
  part.write(text);
  return part.finish();
}
