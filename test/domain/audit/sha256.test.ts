import { createHash } from 'node:crypto';
import fc from 'fast-check';

import { Sha256, sha256Hex } from '../../../src/domain/audit/sha256';

const VECTORS: readonly [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

describe('SHA-256', () => {
  it.each(VECTORS)('hashes the FIPS 180-4 test message of length %#', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it('agrees with node:crypto on any text, split anywhere', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(), (text, cut) => {
        const at = text.length === 0 ? 0 : cut % (text.length + 1);
        const ours = new Sha256().update(text.slice(0, at)).update(text.slice(at)).hex();
        expect(ours).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });

  it('encodes a lone surrogate half as U+FFFD, as UTF-8 encoders do', () => {
    for (const text of ['\ud800', 'a\udc00b', '\ud83d', '\ud83d\ud83d\ude00']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('hashes bytes at every length around the block padding boundary', () => {
    for (let length = 50; length < 140; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31) & 0xff);
      expect(new Sha256().updateBytes(bytes).hex()).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      );
    }
  });

  it('refuses to be fed after its digest was taken, as a bug', () => {
    const hash = new Sha256().update('x');
    hash.hex();
    expect(() => hash.hex()).toThrow(expect.objectContaining({ code: 'bug.invalid-argument' }));
  });
});
