/**
 * The .xlsx container: a zip read through its central directory so each part can be inflated on
 * demand (a million-row sheet is streamed, never unpacked whole), and written back with every
 * untouched part copied as its original compressed bytes. Small parts inflate at once with
 * fflate; sheets stream through the platform's decompressor where there is one.
 */
import { Inflate, inflateSync } from 'fflate';

import { UnreadableWorkbookError } from './unreadableWorkbookError';

/** One stored part: its compressed bytes as found in the file, or fresh bytes to be deflated. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressed: Uint8Array;
  readonly size: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

/** Lists the parts of a zip without inflating any of them. */
export function readZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);

  // Writers switch to zip64 past 65,535 parts or 4 GB; the locator sits just before the end record.
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_END_LOCATOR) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(zip64End, true) === ZIP64_END) {
      count = Number(view.getBigUint64(zip64End + 32, true));
      offset = Number(view.getBigUint64(zip64End + 48, true));
    }
  }

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER) throw notAZip('broken central directory');

    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));

    const zip64 = readZip64Extra(view, offset + 46 + nameLength, extraLength, {
      size,
      compressedSize,
      localOffset,
    });
    ({ size, compressedSize, localOffset } = zip64);

    if (view.getUint32(localOffset, true) !== LOCAL_HEADER) throw notAZip('broken local header');
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const compressed = bytes.subarray(dataStart, dataStart + compressedSize);

    if (!name.endsWith('/')) entries.set(name, { name, method, crc, compressed, size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The whole part, inflated. */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.compressed;
  if (entry.method !== 8) throw notAZip(`unsupported compression ${entry.method} in ${entry.name}`);
  try {
    return inflateSync(entry.compressed, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw brokenPart(entry, error);
  }
}

/**
 * Which inflater streams the sheets: the platform's `DecompressionStream('deflate-raw')` (native
 * zlib, about 2.5 times faster than fflate on a million-row sheet) or fflate, kept for hosts
 * without it (older Office webviews, browsers before 2023). Both give the same bytes (tested).
 */
export type Inflater = 'platform' | 'fflate';

let platformInflater: boolean | undefined;

/** The platform's inflater when this runtime has one, else fflate. */
export function defaultInflater(): Inflater {
  if (platformInflater === undefined) {
    try {
      // Some runtimes have DecompressionStream but only for gzip and deflate: they throw here.
      new DecompressionStream('deflate-raw');
      platformInflater = true;
    } catch {
      platformInflater = false;
    }
  }
  return platformInflater ? 'platform' : 'fflate';
}

// Compressed bytes handed over at a time: a slice inflates to a few MB at most, so memory stays
// bounded however large the sheet.
const SLICE_BYTES = 1 << 18;

/** Inflates a part piece by piece, yielding what comes out as it comes. */
export async function* inflatePieces(
  entry: ZipEntry,
  inflater: Inflater = defaultInflater(),
): AsyncGenerator<Uint8Array, void, undefined> {
  if (entry.method === 0) {
    for (let at = 0; at < entry.compressed.length; at += SLICE_BYTES) {
      yield entry.compressed.subarray(at, at + SLICE_BYTES);
    }
    return;
  }
  if (entry.method !== 8) throw notAZip(`unsupported compression ${entry.method} in ${entry.name}`);

  if (inflater === 'fflate') yield* inflateWithFflate(entry);
  else yield* inflateWithPlatform(entry);
}

/** The whole part, inflated by the given inflater (the shared strings, read once). */
export async function inflateWhole(entry: ZipEntry, inflater?: Inflater): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of inflatePieces(entry, inflater)) pieces.push(piece);
  if (pieces.length === 1) return pieces[0] as Uint8Array;

  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.length;
  }
  return whole;
}

function* inflateWithFflate(entry: ZipEntry): Generator<Uint8Array, void, undefined> {
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => out.push(chunk));
  for (let at = 0; at < entry.compressed.length; at += SLICE_BYTES) {
    const next = at + SLICE_BYTES;
    try {
      inflater.push(entry.compressed.subarray(at, next), next >= entry.compressed.length);
    } catch (error) {
      throw brokenPart(entry, error);
    }
    yield* out.splice(0, out.length);
  }
}

async function* inflateWithPlatform(entry: ZipEntry): AsyncGenerator<Uint8Array, void, undefined> {
  const compressed = entry.compressed;
  let at = 0;
  // Pulled one slice at a time, only when the decompressor wants more: the pipe's backpressure
  // is what keeps memory bounded.
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= compressed.length) {
          controller.close();
          return;
        }
        // The file's bytes live in a plain ArrayBuffer (read from disk or a file picker).
        controller.enqueue(compressed.subarray(at, at + SLICE_BYTES) as Uint8Array<ArrayBuffer>);
        at += SLICE_BYTES;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let done = false;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        done = true;
        throw brokenPart(entry, error);
      }
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // A reader that stops early (a cancelled import) releases the decompressor.
    if (!done) await reader.cancel().catch(() => undefined);
  }
}

function brokenPart(entry: ZipEntry, error: unknown): UnreadableWorkbookError {
  const reason = error instanceof Error ? error.message : String(error);
  return notAZip(`${entry.name} does not inflate: ${reason}`);
}

// A fixed timestamp (1980-01-01 00:00, the zip epoch) keeps saves of the same content identical.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Writes the parts in the given order; no zip64, which caps a saved workbook at 4 GB. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce(
    (sum, e, i) => sum + 30 + (names[i]?.length ?? 0) + e.compressed.length,
    0,
  );
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);

  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    view.setUint32(at, LOCAL_HEADER, true);
    writeCommonHeader(view, at + 4, entry, name.length);
    out.set(name, at + 30);
    out.set(entry.compressed, at + 30 + name.length);
    at += 30 + name.length + entry.compressed.length;
  });

  const centralStart = at;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, CENTRAL_HEADER, true);
    view.setUint16(at + 4, 20, true);
    writeCommonHeader(view, at + 6, entry, name.length);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });

  view.setUint32(at, END_OF_DIRECTORY, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** The fields shared by local and central headers, from "version needed" to the extra length. */
function writeCommonHeader(view: DataView, at: number, entry: ZipEntry, nameLength: number): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0x0800, true); // bit 11: the name is UTF-8 (sheet parts may be renamed)
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.compressed.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true);
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw notAZip('no end of central directory');
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { size: number; compressedSize: number; localOffset: number },
): { size: number; compressedSize: number; localOffset: number } {
  const result = { ...sizes };
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const dataLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.size === 0xffffffff) result.size = take();
      if (sizes.compressedSize === 0xffffffff) result.compressedSize = take();
      if (sizes.localOffset === 0xffffffff) result.localOffset = take();
    }
    at += 4 + dataLength;
  }
  return result;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Continues a CRC-32 (start from -1, finish with `(crc ^ -1) >>> 0`). */
export function crc32Update(start: number, data: Uint8Array): number {
  let crc = start;
  for (let i = 0; i < data.length; i++) {
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return crc;
}

function notAZip(reason: string): UnreadableWorkbookError {
  return new UnreadableWorkbookError(reason);
}
