import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/stories';

const eslint = new ESLint({ cwd: ROOT });
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules that guard the ground rules', () => {
  it.each([
    'el.innerHTML = text;',
    'el.outerHTML = text;',
    "el.insertAdjacentHTML('beforeend', text);",
    'frame.srcdoc = text;',
    'range.createContextualFragment(text);',
    "new DOMParser().parseFromString(text, 'text/html');",
    'document.write(text);',
  ])('bans the HTML sink in %s', async (line) => {
    const code = `export function show(el: any, frame: any, range: any, text: string) { ${line} }\n`;
    expect(await ruleIds(code, 'src/ui/example.ts')).toContain('no-restricted-properties');
  });

  it('lets the DOM layer set text', async () => {
    expect(await ruleIds('export const show = (el: HTMLElement, t: string) => { el.textContent = t; };\n', 'src/ui/example.ts')).toEqual([]);
  });

  it.each([
    ["import Phaser from 'phaser';\nexport const p = Phaser;\n", 'no-restricted-imports'],
    ["import { Howl } from 'howler';\nexport const h = Howl;\n", 'no-restricted-imports'],
    ["import { Ui } from '../ui/ui';\nexport type U = Ui;\n", 'import-x/no-restricted-paths'],
    ['export const w = () => window.innerWidth;\n', 'no-restricted-globals'],
    ["export const s = () => localStorage.getItem('x');\n", 'no-restricted-globals'],
  ])('keeps the engine pure: %s', async (code, rule) => {
    expect(await ruleIds(code.replace(/import \{ (\w+) \}/, 'import type { $1 }'), 'src/engine/example.ts')).toContain(rule);
  });

  it('lets the engine import inkjs and itself', async () => {
    const code = "import { Story } from 'inkjs';\nimport { trustOf } from './narrative/meters';\nexport const x = [Story, trustOf];\n";
    expect(await ruleIds(code, 'src/engine/example.ts')).toEqual([]);
  });

  it.each(['src/platform/example.ts', 'src/scenes/example.ts', 'src/ui/example.ts'])('reads outside text one way, not with JSON.parse, in %s', async (file) => {
    const code = 'export const read = (text: string): unknown => JSON.parse(text);\n';
    expect(await ruleIds(code, file)).toContain('no-restricted-properties');
    expect(await ruleIds('export const show = (el: HTMLElement, t: string) => { el.innerHTML = t; };\n', file)).toContain('no-restricted-properties');
  });

  it('lets safe-json.ts, the one reader, call JSON.parse', async () => {
    const code = 'export const read = (text: string): unknown => JSON.parse(text);\n';
    expect(await ruleIds(code, 'src/platform/safe-json.ts')).toEqual([]);
  });
});
