/**
 * Saves that survive a bad moment. Each save is an envelope: its format and
 * kind, a schema version, the build that wrote it, the content hash of every
 * conversation it depends on, a checksum of its payload, and the payload (a
 * record: replaying it rebuilds the game). It is written to one of two
 * slots, read back, and only then does the pointer flip to it: a write that
 * fails half-way leaves the last good save where it was, and the slot before
 * it stays as a backup. Reading checks all of it and says exactly what is
 * wrong, so the game can offer a choice instead of a blank screen.
 */
import * as v from 'valibot';
import type { CampaignRecord } from '../engine/model/session';
import { firstIssue } from './record-schema';
import { parseImportedJson } from './safe-json';
import { readSetting, writeSetting } from './storage';

export const SAVE_FORMAT = 'the-long-game/save';
/** Version 1 was the bare record under the store's own key; 2 is this envelope. */
export const SAVE_VERSION = 2;
export const BUILD_ID = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'node';

export interface SaveEnvelope<T> {
  format: typeof SAVE_FORMAT;
  kind: string;
  version: number;
  build: string;
  savedAt: string;
  /** Story id to content hash, for every conversation the payload replays. */
  stories: Record<string, string>;
  /** CRC-32 of the payload's JSON, in hex. */
  checksum: string;
  payload: T;
}

/** A save read back whole. `legacy` when it was written before envelopes (version 1). */
export interface LoadedSave<T> {
  payload: T;
  stories: Record<string, string>;
  build: string;
  savedAt: string | null;
  legacy: boolean;
}

export type SaveProblemKind = 'corrupt' | 'truncated' | 'foreign' | 'future' | 'invalid';

export type SaveRead<T> =
  | { state: 'empty' }
  | { state: 'ok'; save: LoadedSave<T> }
  | { state: 'problem'; kind: SaveProblemKind; message: string; raw: string; backup: LoadedSave<T> | null };

const EnvelopeSchema = v.object({
  format: v.literal(SAVE_FORMAT),
  kind: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  build: v.pipe(v.string(), v.maxLength(80)),
  savedAt: v.pipe(v.string(), v.maxLength(40)),
  stories: v.record(v.pipe(v.string(), v.maxLength(80)), v.pipe(v.string(), v.maxLength(64))),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  payload: v.unknown(),
});

/** Every conversation some records replay, with the content hash each was played at: what a save depends on. */
export function storiesPlayed(records: readonly CampaignRecord[]): Record<string, string> {
  return Object.fromEntries(records.flatMap((record) => record.meetings.map((m) => [m.storyId, m.contentHash])));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of a string's UTF-16 code units, as 8 hex digits: enough to catch damage, not meant to resist forgery. */
export function checksum(text: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    crc = CRC_TABLE[(crc ^ unit) & 0xff]! ^ (crc >>> 8);
    crc = CRC_TABLE[(crc ^ (unit >>> 8)) & 0xff]! ^ (crc >>> 8);
  }
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export class SaveStore<T> {
  private readonly pointerKey: string;

  constructor(
    /** The save's kind and storage key ("campaign", "team-session"). */
    private readonly kind: string,
    private readonly schema: v.GenericSchema<unknown, T>,
    /** Reads a version-1 save (the bare payload) if this kind had one. */
    private readonly legacyKey: string | null = null,
  ) {
    this.pointerKey = `${kind}.current`;
  }

  private slotKey(slot: 'a' | 'b'): string {
    return `${this.kind}.slot-${slot}`;
  }

  /** The slot the pointer names; with the pointer damaged, the slot holding the newer whole save (null when neither does). */
  private currentSlot(): 'a' | 'b' | null {
    const pointer = readSetting(this.pointerKey);
    return pointer === 'a' || pointer === 'b' ? pointer : this.recoveredSlot();
  }

  /**
   * Another page of the site can damage the pointer; two good slots behind it
   * must not vanish, nor be overwritten by the next save as if empty.
   */
  private recoveredSlot(): 'a' | 'b' | null {
    let newest: { slot: 'a' | 'b'; savedAt: string } | null = null;
    for (const slot of ['a', 'b'] as const) {
      const raw = readSetting(this.slotKey(slot));
      const read = raw ? this.parse(raw) : null;
      const savedAt = read && 'payload' in read ? (read.savedAt ?? '') : null;
      if (savedAt !== null && (newest === null || savedAt > newest.savedAt)) newest = { slot, savedAt };
    }
    return newest?.slot ?? null;
  }

  /** The envelope's text for a payload (also what "download the save" offers). */
  envelope(payload: T, stories: Record<string, string>): string {
    const envelope: SaveEnvelope<T> = {
      format: SAVE_FORMAT,
      kind: this.kind,
      version: SAVE_VERSION,
      build: BUILD_ID,
      savedAt: new Date().toISOString(),
      stories,
      checksum: checksum(JSON.stringify(payload)),
      payload,
    };
    return JSON.stringify(envelope);
  }

  /** Writes to the other slot, reads it back, then flips the pointer. False (and the last good save kept) if any step fails. */
  put(payload: T, stories: Record<string, string>): boolean {
    const target = this.currentSlot() === 'a' ? 'b' : 'a';
    const text = this.envelope(payload, stories);
    if (!writeSetting(this.slotKey(target), text) || readSetting(this.slotKey(target)) !== text) return false;
    return writeSetting(this.pointerKey, target);
  }

  /** Forgets the save: the pointer goes, so nothing loads; the slots are cleared as far as storage allows. */
  clear(): void {
    writeSetting(this.pointerKey, '');
    writeSetting(this.slotKey('a'), '');
    writeSetting(this.slotKey('b'), '');
    if (this.legacyKey) writeSetting(this.legacyKey, '');
  }

  read(): SaveRead<T> {
    const current = this.currentSlot();
    if (!current) return this.readLegacy();
    const raw = readSetting(this.slotKey(current)) ?? '';
    const result = this.parse(raw);
    if ('payload' in result) return { state: 'ok', save: result };
    const other = readSetting(this.slotKey(current === 'a' ? 'b' : 'a'));
    const backup = other ? this.parse(other) : null;
    return { state: 'problem', ...result, raw, backup: backup && 'payload' in backup ? backup : null };
  }

  /** Reads one save's text: the save, or what is wrong with it. */
  parse(raw: string): LoadedSave<T> | { kind: SaveProblemKind; message: string } {
    let value: unknown;
    try {
      value = parseImportedJson(raw);
    } catch {
      return raw.startsWith(`{"format":"${SAVE_FORMAT}"`)
        ? { kind: 'truncated', message: 'the save is cut short: it was only partly written' }
        : { kind: 'corrupt', message: 'the save is not readable: its text is damaged' };
    }
    const envelope = v.safeParse(EnvelopeSchema, value);
    if (!envelope.success) {
      const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
      return format === SAVE_FORMAT
        ? { kind: 'invalid', message: `the save's envelope is damaged ${firstIssue(envelope.issues)}` }
        : { kind: 'foreign', message: 'this is not a save from The Long Game' };
    }
    const { version, kind, payload, checksum: sum, stories, build, savedAt } = envelope.output;
    if (kind !== this.kind) return { kind: 'foreign', message: `this is a ${kind} save, not a ${this.kind} save` };
    if (version > SAVE_VERSION) return { kind: 'future', message: `the save is from a newer version of the game (save format ${version}; this game reads up to ${SAVE_VERSION})` };
    if (checksum(JSON.stringify(payload)) !== sum) return { kind: 'corrupt', message: "the save's checksum does not match its contents: it was changed or damaged" };
    const parsed = v.safeParse(this.schema, payload);
    if (!parsed.success) return { kind: 'invalid', message: `the save's record is damaged ${firstIssue(parsed.issues)}` };
    return { payload: parsed.output, stories, build, savedAt, legacy: false };
  }

  /** A version-1 save: the bare record under the old key, migrated by replaying it (the caller replays, then saves anew). */
  private readLegacy(): SaveRead<T> {
    const raw = this.legacyKey ? readSetting(this.legacyKey) : null;
    if (!raw) return { state: 'empty' };
    let value: unknown;
    try {
      value = parseImportedJson(raw);
    } catch {
      return { state: 'problem', kind: 'corrupt', message: 'the save is not readable: its text is damaged', raw, backup: null };
    }
    const parsed = v.safeParse(this.schema, value);
    if (!parsed.success) return { state: 'problem', kind: 'invalid', message: `the save's record is damaged ${firstIssue(parsed.issues)}`, raw, backup: null };
    return { state: 'ok', save: { payload: parsed.output, stories: {}, build: 'before version 2', savedAt: null, legacy: true } };
  }
}
