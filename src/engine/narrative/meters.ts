/**
 * The hidden meters of one account, as the authoring contract names them
 * (stories/include/contract.ink). Ranges are fixed; the engine writes meters
 * into a story before a meeting and reads them back, validated, after it.
 */

/** Fixed, documented ranges: [min, max], inclusive. */
export const METER_RANGES = {
  /** C: words. Accurate, honest, admits what it does not know. */
  credibility: [0, 10],
  /** R: actions. Promises kept, over time. */
  reliability: [0, 10],
  /** I: safety. The buyer can share real problems. */
  intimacy: [0, 10],
  /** S: whose interests you serve. It divides everything. */
  self_orientation: [1, 10],
  /** D: how close this deal is to signing this quarter. */
  deal: [0, 100],
} as const;

export type MeterName = keyof typeof METER_RANGES;
export type Meters = Record<MeterName, number>;
export const METER_NAMES = Object.keys(METER_RANGES) as MeterName[];

/** The Trust Equation: (C + R + I) / S. */
export function trustOf(m: Meters): number {
  return (m.credibility + m.reliability + m.intimacy) / m.self_orientation;
}

/** A meter value that breaks the contract, with the meter's name. */
export class MeterError extends Error {
  constructor(
    readonly meter: string,
    message: string,
  ) {
    super(message);
    this.name = 'MeterError';
  }
}

/** Throws a MeterError unless `value` is a finite number inside the meter's range. */
export function checkMeter(name: MeterName, value: unknown): number {
  const [min, max] = METER_RANGES[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MeterError(name, `meter "${name}" should be a number, but is ${JSON.stringify(value)}`);
  }
  if (value < min || value > max) {
    throw new MeterError(name, `meter "${name}" is ${value}, outside its range ${min}-${max}`);
  }
  return value;
}

/** Validates a whole set of meters; returns a fresh copy. */
export function checkMeters(meters: Readonly<Record<string, unknown>>): Meters {
  const out = {} as Meters;
  for (const name of METER_NAMES) out[name] = checkMeter(name, meters[name]);
  return out;
}

/** The part of an inkjs story the meters need: its variables. */
export interface VariableStore {
  $(name: string): unknown;
  $(name: string, value: unknown): void;
}

/** Writes validated meters into a story's variables. */
export function writeMeters(variables: VariableStore, meters: Meters): void {
  const checked = checkMeters(meters);
  // Check every meter before writing any, so a failed write changes nothing.
  for (const name of METER_NAMES) {
    if (variables.$(name) == null) {
      throw new MeterError(name, `the story does not declare meter "${name}" (is the contract included?)`);
    }
  }
  for (const name of METER_NAMES) variables.$(name, checked[name]);
}

/** Reads and validates the meters a story holds now. */
export function readMeters(variables: VariableStore): Meters {
  const raw: Record<string, unknown> = {};
  for (const name of METER_NAMES) raw[name] = variables.$(name);
  return checkMeters(raw);
}
