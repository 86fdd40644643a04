import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type File } from 'docx';

/** A part docx's Packer takes in place of its own (`overrides`). */
export interface PartOverride {
  path: string;
  data: string;
}

/** The parts of a package by their paths, in the order docx zips them. */
export type PackageParts = Map<string, string | Uint8Array>;

interface DocxCompiler {
  compile(file: File, prettify: undefined, overrides: readonly PartOverride[]): unknown;
}

/**
 * docx's compiler, which turns a document into the parts of its package: `Packer.compiler` in
 * docx 9.15. Not public API (docx exports no way to get the parts without zipping them), hence
 * looked for at run time; `undefined` when a docx version keeps it elsewhere.
 */
export function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

const isParts = (value: unknown): value is PackageParts =>
  value instanceof Map &&
  [...value].every(
    ([path, data]) => typeof path === 'string' && (typeof data === 'string' || ArrayBuffer.isView(data)),
  );

/**
 * The parts of a document's package, or `undefined` when this docx has no compiler where 9.15
 * keeps it or it gives something else than parts by path.
 */
export function packageParts(document: File, overrides: readonly PartOverride[]): PackageParts | undefined {
  const parts = docxCompiler()?.compile(document, undefined, overrides);
  return isParts(parts) ? parts : undefined;
}

/** The ZIP format without ZIP64: sizes, offsets and counts past these limits need it. */
const ZIP_MAX_BYTES = 0xffffffff;
const ZIP_MAX_ENTRIES = 0xffff;

/** MS-DOS date and time, as ZIP headers hold them (local time, two-second steps, from 1980). */
function dosDateTime(date: Date): [time: number, date: number] {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return [
    (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  ];
}

/**
 * Zips a package's parts, in their order, each deflated by Node's zlib: the same ZIP as docx
 * writes (DEFLATE, DOS times, no extra fields, no ZIP64), without docx's bundled fflate, which
 * runs cold in a one-off process. `undefined` for a package ZIP64 would be needed for (over
 * 4 GiB or 65,535 parts), which no document comes near.
 */
export function zipParts(parts: PackageParts, modified = new Date()): Buffer | undefined {
  if (parts.size > ZIP_MAX_ENTRIES) return undefined;
  const [time, date] = dosDateTime(modified);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const packed = deflateRawSync(bytes);
    const name = Buffer.from(path, 'utf8');
    if (bytes.byteLength >= ZIP_MAX_BYTES || packed.byteLength >= ZIP_MAX_BYTES) return undefined;
    // Bit 11: the name is UTF-8 (docx's part names are ASCII, which reads the same either way).
    const flags = /^[\x20-\x7e]*$/.test(path) ? 0 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (DEFLATE)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8); // DEFLATE
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc32(bytes), 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(bytes.byteLength, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(central, 6, 4, 28); // version needed … name length, as in the local header
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + packed.byteLength;
    if (offset >= ZIP_MAX_BYTES) return undefined;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The DOCX file of a document: docx's own parts, zipped by zlib; or, should a later docx not
 * give the parts as 9.15 does, docx's `Packer` as it is (test/integration/export/docx-package.test.ts
 * fails then, so the shortcut is not lost unnoticed).
 */
export async function packDocx(document: File, overrides: readonly PartOverride[]): Promise<Uint8Array> {
  const parts = packageParts(document, overrides);
  const bytes = (parts && zipParts(parts)) ?? (await Packer.toBuffer(document, false, overrides));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
