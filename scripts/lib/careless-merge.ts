/**
 * A deliberately naive deep merge: every key of source copied into target,
 * recursing into objects, the way a settings or pack feature might one day be
 * written. Reading outside text is safe only if what it returns can pass
 * through code like this without reaching Object.prototype, so the tests and
 * the fuzzer pass what the reader returns through it.
 */
type Tree = Record<string, unknown>;

export function carelessMerge(target: Tree, source: unknown): void {
  if (typeof source !== 'object' || source === null) return;
  for (const key in source) {
    const value = (source as Tree)[key];
    if (typeof value === 'object' && value !== null) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      carelessMerge(target[key] as Tree, value);
    } else target[key] = value;
  }
}
