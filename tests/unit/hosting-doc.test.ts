/** docs/hosting.md gives a host the page's own policy as a header, plus frame-ancestors: the two must not drift apart. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { ROOT } from '../helpers/stories';

describe('the hosting guide', () => {
  const guide = readFileSync(path.join(ROOT, 'docs/hosting.md'), 'utf8');

  it("gives the build's policy as a header, with framing allowed only to the site itself", () => {
    const header = guide.split('\n').find((line) => line.startsWith('Content-Security-Policy: '));
    expect(header).toBe(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
  });
});
