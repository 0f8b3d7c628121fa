/**
 * The pack reader's Worker: validates an imported story pack and opens each of
 * its stories off the main thread, so a pack of heavy stories never holds up
 * the title screen. It reports each story it has opened; the page's watchdog
 * (pack-reader.ts) stops it when it falls silent.
 */
import type { PackReply, PackRequest } from './pack-reader';
import { PackError, readPack } from './story-pack';

const post = (reply: PackReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<PackRequest>) => {
  const { text, personas, shippedIds } = event.data;
  post({ kind: 'started' });
  readPack(text, personas, new Set(shippedIds), (checked, of) => post({ kind: 'checked', checked, of })).then(
    (pack) => post({ kind: 'read', pack }),
    (error: unknown) => post({ kind: 'refused', reason: error instanceof PackError ? error.message : String(error) }),
  );
});
