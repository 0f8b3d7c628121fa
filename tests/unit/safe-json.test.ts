/**
 * The one reader of outside text drops the keys that could reach a prototype.
 * JSON.parse alone does not pollute anything: it makes an own key called
 * "__proto__". The danger is the next step that copies or merges what was
 * read, so the rule is tested through such a step: a careless deep merge,
 * the kind of code a settings or pack feature might one day add.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseImportedJson } from '../../src/platform/safe-json';
import { carelessMerge } from '../../scripts/lib/careless-merge';

type Tree = Record<string, unknown>;

const HOSTILE = '{"name":"pack","__proto__":{"polluted":"via __proto__"},"constructor":{"prototype":{"polluted":"via constructor"}},"stories":[{"id":"a","__proto__":{"polluted":"nested"}}]}';

afterEach(() => {
  delete (Object.prototype as Tree).polluted;
});

describe('reading outside text', () => {
  it('drops __proto__, constructor and prototype keys at every depth and keeps the rest', () => {
    const read = parseImportedJson(HOSTILE) as Tree;
    expect(Object.keys(read)).toEqual(['name', 'stories']);
    expect(Object.hasOwn(read, '__proto__')).toBe(false);
    expect(Object.hasOwn((read.stories as Tree[])[0]!, '__proto__')).toBe(false);
    expect(read).toEqual({ name: 'pack', stories: [{ id: 'a' }] });
  });

  it('leaves nothing a careless merge could carry to Object.prototype', () => {
    carelessMerge({}, parseImportedJson(HOSTILE));
    expect(({} as Tree).polluted).toBeUndefined();
  });

  it('is needed: the same merge of plain JSON.parse output does pollute (the danger is real)', () => {
    carelessMerge({}, JSON.parse(HOSTILE));
    expect(({} as Tree).polluted).toBeDefined();
  });
});
