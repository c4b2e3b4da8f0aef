/**
 * Reads one stream out of an OLE compound file ([MS-CFB]), the container of a binary .xls: a
 * 512-byte header, a file allocation table (FAT) whose sectors the header and the DIFAT chain
 * list, a directory of 128-byte entries, and a mini stream (64-byte sectors, its own mini FAT)
 * for streams under the cutoff. Every chain walk is bounded by the number of sectors the file
 * can hold, so a damaged file ends in UnreadableXlsError, never in a loop or a stray exception.
 */
import { UnreadableXlsError } from './xlsErrors';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_DIFAT_ENTRIES = 109;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_SIZE = 128;
const STREAM_TYPE = 2;
const ROOT_TYPE = 5;

export interface CompoundEntry {
  readonly name: string;
  readonly type: number;
  readonly start: number;
  readonly size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly fat: Uint32Array;
  private readonly miniFat: Uint32Array;
  readonly entries: readonly CompoundEntry[];
  private miniStream: Uint8Array | undefined;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512) throw new UnreadableXlsError('cfb-header-truncated');
    if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) {
      throw new UnreadableXlsError('cfb-signature');
    }
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

    const sectorShift = this.view.getUint16(0x1e, true);
    const miniShift = this.view.getUint16(0x20, true);
    if (sectorShift !== 9 && sectorShift !== 12) throw new UnreadableXlsError('cfb-sector-size');
    if (miniShift !== 6) throw new UnreadableXlsError('cfb-mini-sector-size');
    this.sectorSize = 1 << sectorShift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = this.view.getUint32(0x38, true);

    this.fat = this.readFat();
    this.miniFat = toUint32(this.readChain(this.view.getUint32(0x3c, true), undefined, 'mini-fat'));
    this.entries = this.readDirectory();
  }

  /** The bytes of the first stream with this name (compared without regard to case). */
  stream(name: string): Uint8Array | undefined {
    const wanted = name.toLowerCase();
    const entry = this.entries.find(
      (e) => e.type === STREAM_TYPE && e.name.toLowerCase() === wanted,
    );
    if (entry === undefined) return undefined;
    if (entry.size < this.miniCutoff) return this.readMini(entry);
    return this.readChain(entry.start, entry.size, 'stream');
  }

  /** Sector count the file can hold: the bound of every chain walk. */
  private get sectorCount(): number {
    return Math.max(0, Math.ceil(this.bytes.length / this.sectorSize) - 1);
  }

  private readFat(): Uint32Array {
    const fatSectorCount = this.view.getUint32(0x2c, true);
    if (fatSectorCount > this.sectorCount) throw new UnreadableXlsError('cfb-fat-count');

    const fatSectors: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && fatSectors.length < fatSectorCount; i++) {
      fatSectors.push(this.view.getUint32(0x4c + i * 4, true));
    }

    // Large files list further FAT sectors in DIFAT sectors: ids, then the next DIFAT sector.
    let difat = this.view.getUint32(0x44, true);
    const perDifat = this.sectorSize / 4 - 1;
    for (let steps = 0; fatSectors.length < fatSectorCount; steps++) {
      if (difat > MAX_REGULAR_SECTOR || steps > this.sectorCount) {
        throw new UnreadableXlsError('cfb-difat-chain');
      }
      const sector = this.sector(difat, 'difat');
      const words = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
      for (let i = 0; i < perDifat && fatSectors.length < fatSectorCount; i++) {
        fatSectors.push(words.getUint32(i * 4, true));
      }
      difat = words.getUint32(perDifat * 4, true);
    }

    const fat = new Uint32Array((fatSectorCount * this.sectorSize) / 4);
    fatSectors.forEach((id, index) => {
      if (id > MAX_REGULAR_SECTOR) throw new UnreadableXlsError('cfb-fat-sector');
      fat.set(toUint32(this.sector(id, 'fat')), (index * this.sectorSize) / 4);
    });
    return fat;
  }

  private sector(id: number, what: string): Uint8Array {
    const start = (id + 1) * this.sectorSize;
    if (start >= this.bytes.length) throw new UnreadableXlsError(`cfb-${what}-past-end`);
    const end = Math.min(start + this.sectorSize, this.bytes.length);
    if (end - start === this.sectorSize) return this.bytes.subarray(start, end);

    // A writer may leave the last sector short; what is missing reads as zeros.
    const padded = new Uint8Array(this.sectorSize);
    padded.set(this.bytes.subarray(start, end));
    return padded;
  }

  /** Follows a FAT chain; with a size, stops once it has that many bytes. */
  private readChain(first: number, size: number | undefined, what: string): Uint8Array {
    if (first === END_OF_CHAIN || first === FREE_SECTOR) {
      if ((size ?? 0) > 0) throw new UnreadableXlsError(`cfb-${what}-empty-chain`);
      return new Uint8Array(0);
    }
    const limit = Math.min(this.fat.length, this.sectorCount);
    if (size !== undefined && size > limit * this.sectorSize) {
      throw new UnreadableXlsError(`cfb-${what}-too-large`);
    }

    const parts: Uint8Array[] = [];
    let total = 0;
    let id = first;
    while (id !== END_OF_CHAIN && (size === undefined || total < size)) {
      if (id >= limit) throw new UnreadableXlsError(`cfb-${what}-chain`);
      if (parts.length >= limit) throw new UnreadableXlsError(`cfb-${what}-chain-loop`);
      parts.push(this.sector(id, what));
      total += this.sectorSize;
      id = this.fat[id] as number;
    }
    if (size !== undefined && total < size) throw new UnreadableXlsError(`cfb-${what}-short`);
    return concat(parts, size ?? total);
  }

  private readDirectory(): CompoundEntry[] {
    const directory = this.readChain(this.view.getUint32(0x30, true), undefined, 'directory');
    const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const entries: CompoundEntry[] = [];
    for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= directory.length; at += DIRECTORY_ENTRY_SIZE) {
      const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64);
      let name = '';
      for (let i = 0; i + 1 < nameBytes; i += 2) {
        const code = view.getUint16(at + i, true);
        if (code === 0) break;
        name += String.fromCharCode(code);
      }
      entries.push({
        name,
        type: view.getUint8(at + 0x42),
        start: view.getUint32(at + 0x74, true),
        // Version 3 files may leave garbage in the high half of the size: only the low half counts.
        size: view.getUint32(at + 0x78, true),
      });
    }
    if (entries[0]?.type !== ROOT_TYPE) throw new UnreadableXlsError('cfb-no-root');
    return entries;
  }

  private readMini(entry: CompoundEntry): Uint8Array {
    const root = this.entries[0] as CompoundEntry;
    this.miniStream ??= this.readChain(root.start, root.size, 'mini-stream');
    if (entry.size === 0) return new Uint8Array(0);

    const limit = Math.min(this.miniFat.length, Math.floor(this.miniStream.length / 64));
    const parts: Uint8Array[] = [];
    let total = 0;
    let id = entry.start;
    while (total < entry.size) {
      if (id >= limit) throw new UnreadableXlsError('cfb-mini-chain');
      if (parts.length >= limit) throw new UnreadableXlsError('cfb-mini-chain-loop');
      const start = id * this.miniSectorSize;
      parts.push(this.miniStream.subarray(start, start + this.miniSectorSize));
      total += this.miniSectorSize;
      id = this.miniFat[id] as number;
    }
    return concat(parts, entry.size);
  }
}

function toUint32(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
  return words;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    if (at >= size) break;
    const take = Math.min(part.length, size - at);
    out.set(part.subarray(0, take), at);
    at += take;
  }
  return out;
}
