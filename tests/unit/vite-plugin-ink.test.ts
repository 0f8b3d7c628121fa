import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Story } from 'inkjs';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../scripts/vite-plugin-ink';

/** Builds a one-file entry that imports `story.ink` and the story index, with the real plugin. */
async function buildWith(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
  mkdirSync(path.join(root, 'stories/include'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'stories', name), text);
  writeFileSync(
    path.join(root, 'entry.js'),
    "import story from './stories/story.ink';\nimport index from 'virtual:story-index';\nexport { story, index };\n",
  );
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    build: { write: false, lib: { entry: path.join(root, 'entry.js'), formats: ['es'], fileName: 'out' } },
  })) as Rollup.RollupOutput[];
  const out = path.join(root, 'out');
  mkdirSync(out);
  for (const chunk of output[0]!.output) {
    if (chunk.type === 'chunk') writeFileSync(path.join(out, chunk.fileName), chunk.code);
  }
  const entry = output[0]!.output.find((c) => c.type === 'chunk' && c.isEntry)!;
  return import(pathToFileURL(path.join(out, entry.fileName)).href);
}

describe('the .ink Vite plugin', () => {
  it('compiles an ink import into the story id, hash, file tags and JSON', async () => {
    const { story, index } = await buildWith({
      'include/contract.ink': 'VAR deal = 0\n',
      'story.ink': 'INCLUDE include/contract.ink\n# title: Hello\nHi. # speaker: buyer\n-> END\n',
    });
    expect(story).toMatchObject({ id: 'story', fileTags: ['title: Hello'] });
    expect(story.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(new Story(story.json).Continue()).toBe('Hi.\n');
    // The index lists the conversation with its tags; the story itself loads when played.
    expect(index).toHaveLength(1);
    expect(index[0]).toMatchObject({ id: 'story', tags: { title: 'Hello' } });
    expect((await index[0].load()).hash).toBe(story.hash);
  });

  it('fails the build with file, line and message for broken ink', async () => {
    const attempt = buildWith({
      'story.ink': 'Hello.\n* [Pick me\n-> END\n~ x = = 1\n',
    });
    await expect(attempt).rejects.toThrow(/story\.ink:2: error: Expected closing '\]'/);
  });

  it('names the included file when the error is there', async () => {
    const attempt = buildWith({
      'include/contract.ink': 'VAR deal = 0\n~ deal = = 2\n',
      'story.ink': 'INCLUDE include/contract.ink\nHi.\n-> END\n',
    });
    await expect(attempt).rejects.toThrow(/contract\.ink:2: error:/);
  });
});
