// The naive baseline: Express rendering the section page through EJS on every request.
// usage: node bench/naive.mjs PORT   (needs dist/: run `npm run build` first)
import express from 'express';
import { buildRecords } from '../dist/record/index.js';
import { readSeedDir } from '../dist/record/load.js';
import { loadAssets } from '../dist/site/assets.js';
import { buildSite } from '../dist/site/pages.js';
import { createRenderer } from '../dist/site/render.js';

const port = Number(process.argv[2]);
const records = buildRecords(await readSeedDir(new URL('../seeds/', import.meta.url).pathname));
// Reuse the site's own view data by rendering through a renderer that records its last call.
let lastCall;
const recording = createRenderer();
const site = buildSite(records, { baseUrl: 'http://localhost', assets: await loadAssets() }, (view, data) => {
  if (view === 'section' && !lastCall) lastCall = { view, data };
  return recording(view, data);
});
for (const page of site.pages.values()) void page; // pages render on first use: render them all now
const render = createRenderer();
// Naive means everything per request: the paragraphs too, which the site renders once.
const data = {
  ...lastCall.data,
  paragraph: (p, asItem = false) => render('partials/paragraph', { p, tag: asItem ? 'li' : 'div', t: lastCall.data.t, th: lastCall.data.th }),
};
const app = express();
app.get('/{*rest}', (_req, res) => {
  res.type('html').send(render(lastCall.view, data));
});
app.listen(port, '127.0.0.1', () => console.log('ready'));
