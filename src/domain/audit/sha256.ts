/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, so the audit chain hashes the same way in Node, in
 * Excel's task pane and in hosts without crypto.subtle, synchronously and without a package.
 * Text is hashed as its UTF-8 bytes; a lone surrogate half is encoded as U+FFFD, as TextEncoder does.
 */
import { InvalidArgumentError } from '../problem';

const ROUND_CONSTANTS = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/** An incremental SHA-256: feed text or bytes in any number of pieces, then take the digest. */
export class Sha256 {
  private readonly state = new Uint32Array(INITIAL_STATE);
  private readonly block = new Uint8Array(64);
  private readonly words = new Uint32Array(64);
  private filled = 0;
  private bytesSeen = 0;
  private finished = false;
  // A high surrogate that ended the previous text piece, waiting for its low half.
  private pendingHigh = 0;

  /** Adds bytes to the message. */
  updateBytes(bytes: Uint8Array): this {
    this.flushPendingHigh();
    for (let i = 0; i < bytes.length; i++) this.pushByte(bytes[i] as number);
    return this;
  }

  /** Adds text to the message as UTF-8; a surrogate pair split across two calls is kept whole. */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (this.pendingHigh !== 0) {
        const high = this.pendingHigh;
        this.pendingHigh = 0;
        if (code >= 0xdc00 && code <= 0xdfff) {
          this.pushCodePoint(0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00));
          continue;
        }
        this.pushCodePoint(0xfffd);
      }
      if (code >= 0xd800 && code <= 0xdbff) {
        if (i + 1 === text.length) {
          this.pendingHigh = code;
          continue;
        }
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
        } else {
          code = 0xfffd;
        }
      } else if (code >= 0xdc00 && code <= 0xdfff) {
        code = 0xfffd;
      }
      this.pushCodePoint(code);
    }
    return this;
  }

  /** The digest as 64 lower-case hex digits; the hash cannot be fed after this. */
  hex(): string {
    if (this.finished) throw new InvalidArgumentError('This SHA-256 was already finished.');
    this.flushPendingHigh();
    this.finished = true;
    const bitsHigh = Math.floor(this.bytesSeen / 0x20000000);
    const bitsLow = (this.bytesSeen * 8) >>> 0;
    this.pushByte(0x80);
    while (this.filled !== 56) this.pushByte(0);
    for (const word of [bitsHigh, bitsLow]) {
      this.pushByte(word >>> 24);
      this.pushByte((word >>> 16) & 0xff);
      this.pushByte((word >>> 8) & 0xff);
      this.pushByte(word & 0xff);
    }
    let out = '';
    for (const word of this.state) out += word.toString(16).padStart(8, '0');
    return out;
  }

  private flushPendingHigh(): void {
    if (this.pendingHigh === 0) return;
    this.pendingHigh = 0;
    this.pushCodePoint(0xfffd);
  }

  private pushCodePoint(code: number): void {
    if (code < 0x80) {
      this.pushByte(code);
    } else if (code < 0x800) {
      this.pushByte(0xc0 | (code >> 6));
      this.pushByte(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      this.pushByte(0xe0 | (code >> 12));
      this.pushByte(0x80 | ((code >> 6) & 0x3f));
      this.pushByte(0x80 | (code & 0x3f));
    } else {
      this.pushByte(0xf0 | (code >> 18));
      this.pushByte(0x80 | ((code >> 12) & 0x3f));
      this.pushByte(0x80 | ((code >> 6) & 0x3f));
      this.pushByte(0x80 | (code & 0x3f));
    }
  }

  private pushByte(byte: number): void {
    this.block[this.filled++] = byte;
    if (!this.finished) this.bytesSeen++;
    if (this.filled === 64) {
      this.compress();
      this.filled = 0;
    }
  }

  private compress(): void {
    const w = this.words;
    const b = this.block;
    for (let i = 0; i < 16; i++) {
      w[i] = (b[4 * i]! << 24) | (b[4 * i + 1]! << 16) | (b[4 * i + 2]! << 8) | b[4 * i + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }

    const s = this.state;
    let a = s[0]!;
    let bb = s[1]!;
    let c = s[2]!;
    let d = s[3]!;
    let e = s[4]!;
    let f = s[5]!;
    let g = s[6]!;
    let h = s[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + ROUND_CONSTANTS[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) | 0;
    }
    s[0] = s[0]! + a;
    s[1] = s[1]! + bb;
    s[2] = s[2]! + c;
    s[3] = s[3]! + d;
    s[4] = s[4]! + e;
    s[5] = s[5]! + f;
    s[6] = s[6]! + g;
    s[7] = s[7]! + h;
  }
}

/**
 * SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * @example sha256Hex('abc') === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  return new Sha256().update(text).hex();
}
