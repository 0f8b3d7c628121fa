/**
 * The facilitator's guide as a page to print: docs/facilitator-guide.md,
 * rendered by marked into `facilitator-guide.html` beside the game (built, and
 * served by `npm start`). A static page with no script: its own
 * Content-Security-Policy allows nothing but its one inline style, by hash.
 * The guide is the project's own text, and raw HTML in it is dropped anyway.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Marked } from 'marked';
import type { Plugin } from 'vite';

export const GUIDE_PAGE = 'facilitator-guide.html';

const STYLE = `
body { font: 17px/1.5 system-ui, sans-serif; color: #111; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1.2rem; }
h1 { font-size: 2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid #111; } h3 { margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.92em; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
code, kbd { font-family: ui-monospace, monospace; background: #eee; padding: 0 0.25em; border-radius: 3px; }
blockquote { border-left: 4px solid #999; margin: 0.8rem 0; padding: 0.2rem 1rem; }
a { color: #0645ad; }
.print-hint { background: #f3f0e6; padding: 0.6rem 1rem; border-radius: 6px; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .print-hint { display: none; }
  h2 { break-after: avoid; } table, blockquote { break-inside: avoid; }
  /* The one-page summary starts a page of its own. */
  #print-this-page-one-page-summary { break-before: page; }
}`;

/** The guide's page: the markdown rendered, headings given ids, raw HTML dropped. */
export function renderGuide(markdown: string): string {
  const marked = new Marked({
    renderer: {
      html: () => '',
      heading({ tokens, depth, text }) {
        const id = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  const hash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Facilitator guide · The Long Game</title>
<style>${STYLE}</style>
</head>
<body>
<p class="print-hint">This page prints cleanly: use your browser's Print (Ctrl+P). The one-page summary at the end starts a page of its own.</p>
${body}
</body>
</html>
`;
}

export function facilitatorGuide(source = new URL('../docs/facilitator-guide.md', import.meta.url)): Plugin {
  const page = () => renderGuide(readFileSync(source, 'utf8'));
  return {
    name: 'the-long-game:facilitator-guide',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(`/${GUIDE_PAGE}`)) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(page());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: GUIDE_PAGE, source: page() });
    },
  };
}
