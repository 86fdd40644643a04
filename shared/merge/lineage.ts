import { sha256 } from '@noble/hashes/sha2';
import { deflateSync, Inflate } from 'fflate';
import { MAX_ANCESTORS, MAX_DESIGN_FILE_BYTES, parseDesignText, type Design, type Lineage } from '../model';
import type { NoBaseReason } from './kinds';

/**
 * What a copy of a design started from, kept inside the design (`design.lineage`), so that
 * copies edited apart on several laptops merge three ways: each copy's changes are measured
 * against the version the team last agreed on, and only what two people changed differently
 * is asked.
 *
 * Why a compressed snapshot and not a patch or per-field stamps: the snapshot never goes stale.
 * It is written once, when the version is agreed (a merge, or the first time the design leaves
 * as a file), and every later edit, autosave or save, on any transport, carries it along
 * untouched; nothing has to keep it up to date, so no write path can corrupt it. A patch
 * against the current content would be smaller but would have to be recomputed on every save
 * (from a base that only the previous save knew); per-field stamps would have to be bumped by
 * every edit in the UI. Deflated, a snapshot is about a third of the design's JSON (an
 * example: 29 KB of JSON, a 12 KB snapshot), and its SHA-256 proves it is the version it
 * claims to be. Older agreed versions are kept as hashes only, so a copy that missed one
 * merge still finds the base it shares with the others.
 */

declare function btoa(data: string): string;
declare function atob(data: string): string;
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

const base64url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** "sha256-…": the SHA-256 of the bytes, base64url. */
export function contentHash(bytes: Uint8Array): string {
  return `sha256-${base64url(sha256(bytes))}`;
}

/** The JSON a snapshot holds: the design as it is, without its own lineage. */
const snapshotBytes = (design: Design) => new TextEncoder().encode(JSON.stringify({ ...design, lineage: null }));

/** The hash a design would have as an agreed version (its content, not its lineage). */
export function designHash(design: Design): string {
  return contentHash(snapshotBytes(design));
}

/**
 * Agrees on `design` as the version the team starts from: its hash and snapshot, with the
 * earlier agreed versions (newest first, duplicates and its own hash removed, at most 20).
 */
export function agreedLineage(design: Design, agreedAt: string, ancestors: readonly string[] = []): Lineage {
  const bytes = snapshotBytes(design);
  const base = contentHash(bytes);
  return {
    base,
    agreedAt,
    snapshot: toBase64(deflateSync(bytes, { level: 9 })),
    ancestors: [...new Set(ancestors)].filter((hash) => hash !== base).slice(0, MAX_ANCESTORS),
  };
}

/**
 * The design as it leaves this laptop for the team: a design that has no agreed version yet
 * gets its current content as one, so the copies made from this file merge three ways. A design
 * that already has one keeps it (its copies may still be out there).
 */
export function withAgreedVersion(design: Design, now: Date | string = new Date()): Design {
  if (design.lineage) return design;
  return { ...design, lineage: agreedLineage(design, new Date(now).toISOString()) };
}

/**
 * Starts a new round on purpose (everyone has the merged version): the current content becomes
 * the agreed version; the previous one is remembered among the ancestors.
 */
export function startNewRound(design: Design, now: Date | string = new Date()): Design {
  const previous = design.lineage ? [design.lineage.base, ...design.lineage.ancestors] : [];
  return { ...design, lineage: agreedLineage(design, new Date(now).toISOString(), previous) };
}

export type SnapshotResult = { ok: true; design: Design } | { ok: false; message: string };

/** Inflates at most `limit` bytes (a snapshot crafted to inflate to gigabytes stops early). */
function inflateBounded(compressed: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new RangeError('snapshot too large');
    chunks.push(chunk);
  });
  try {
    // Small input pieces keep each output chunk small, so the limit holds memory too.
    const PIECE = 1024;
    for (let at = 0; at < compressed.length; at += PIECE)
      inflate.push(compressed.subarray(at, at + PIECE), at + PIECE >= compressed.length);
    if (compressed.length === 0) return null;
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The agreed version a lineage describes, read through the same pipeline as a design file (so
 * a snapshot from an older format is migrated). Refused when it is not the version its hash
 * names (damaged, or edited by hand).
 */
export function readSnapshot(lineage: Lineage): SnapshotResult {
  const damaged = { ok: false, message: 'The saved starting point of this copy is damaged.' } as const;
  let compressed: Uint8Array;
  try {
    compressed = fromBase64(lineage.snapshot);
  } catch {
    return damaged;
  }
  const bytes = inflateBounded(compressed, MAX_DESIGN_FILE_BYTES);
  if (!bytes || contentHash(bytes) !== lineage.base) return damaged;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged;
  }
  const parsed = parseDesignText(text);
  if (!parsed.ok)
    return { ok: false, message: `The saved starting point of this copy is not valid: ${parsed.problems[0]!.message}` };
  return { ok: true, design: parsed.design };
}

/** Why copies merge two ways: no starting point is known that they all share. */
export type { NoBaseReason };

export type CommonBase =
  { kind: 'common'; design: Design; hash: string; agreedAt: string } | { kind: 'none'; reason: NoBaseReason };

/**
 * The newest agreed version every design descends from: one design's base that every other
 * design has as its base or among its ancestors. Copies that missed a merge share the older
 * base with those that took part in it.
 */
export function findCommonBase(designs: readonly Design[]): CommonBase {
  const lineages = designs.map((design) => design.lineage);
  if (lineages.some((lineage) => lineage === null)) return { kind: 'none', reason: 'no-lineage' };
  const known = lineages as Lineage[];
  const shared = (hash: string) => known.every((lineage) => lineage.base === hash || lineage.ancestors.includes(hash));
  const candidates = known
    .filter((lineage, index) => shared(lineage.base) && known.findIndex((l) => l.base === lineage.base) === index)
    // The newest first: one that is another candidate's ancestor is older than it.
    .sort(
      (a, b) =>
        Number(b.ancestors.includes(a.base)) - Number(a.ancestors.includes(b.base)) ||
        (a.agreedAt < b.agreedAt ? 1 : -1),
    );
  if (candidates.length === 0) return { kind: 'none', reason: 'different-bases' };
  for (const candidate of candidates) {
    // Any design holding that base carries its snapshot: try each until one reads.
    for (const lineage of known.filter((l) => l.base === candidate.base)) {
      const snapshot = readSnapshot(lineage);
      if (snapshot.ok)
        return { kind: 'common', design: snapshot.design, hash: lineage.base, agreedAt: lineage.agreedAt };
    }
  }
  return { kind: 'none', reason: 'damaged' };
}
