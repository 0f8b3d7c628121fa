/**
 * Small settings kept in localStorage. Storage can be full, disabled or
 * throwing (private modes): every call here fails soft and says so.
 */
const PREFIX = 'the-long-game:';

export function readSetting(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false when the setting could not be stored. */
export function writeSetting(key: string, value: string): boolean {
  try {
    globalThis.localStorage.setItem(PREFIX + key, value);
    return true;
  } catch {
    return false;
  }
}
