import { it } from 'vitest';
import { readExport } from '../../../src/collect/social/export.js';
it('smoke', async () => {
for (const [f, o] of [['fixtures/exports/broken-rows.csv', {}], ['fixtures/exports/broken-rows.json', {}], ['fixtures/exports/maison-exemple-instagram.csv', { platform: 'instagram', account: 'maisonexemple' }], ['fixtures/exports/maison-exemple-facebook.json', {}]] as const) {
  const r = await readExport(f, o);
  console.log(f, r.conversation.status, r.conversation.message, r.conversation.window, r.conversation.posts.length);
  for (const p of r.problems) console.log('  ', p.line, p.field, p.message);
  if (f.includes('insta')) console.log(JSON.stringify(r.conversation.posts.slice(0, 4), null, 1));
}
});
