/**
 * The one reader of outside text drops the keys that could reach a prototype.
 * JSON.parse alone does not pollute anything: it makes an own key called
 * "__proto__". The danger is the next step that copies or merges what was
 * read, so the rule is tested through such a step: a careless deep merge,
 * the kind of code a settings or pack feature might one day add.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ImportedJsonError, nestingDepth, parseImportedJson } from '../../src/platform/safe-json';
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

describe('deep text', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

  it('reads JSON nested exactly 64 levels deep, and refuses 65 as too deep rather than "not JSON"', () => {
    expect(parseImportedJson(nested(64))).toEqual(JSON.parse(nested(64)));
    expect(() => parseImportedJson(nested(65))).toThrow(new ImportedJsonError('too-deep'));
    expect(() => parseImportedJson(nested(65))).toThrow('JSON nested more than 64 levels deep');
  });

  it('refuses 200,000 levels the same way, where a reviver would overflow the stack', () => {
    let error: unknown;
    try {
      parseImportedJson(nested(200_000));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'ImportedJsonError', problem: 'too-deep' });
  });

  it('counts objects and arrays alike, and never brackets inside strings, escaped quotes included', () => {
    expect(nestingDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(nestingDepth('["[[[[", "\\"[[[", {"k": "]]]"}]')).toBe(2);
    expect(nestingDepth('"no brackets"')).toBe(0);
    expect(nestingDepth('[[[', 2)).toBe(3);
  });

  it('calls text that is not JSON "not JSON"', () => {
    expect(() => parseImportedJson('{"a": ')).toThrow(new ImportedJsonError('not-json'));
    expect(() => parseImportedJson('{"a": ')).toThrow('not JSON');
  });
});
