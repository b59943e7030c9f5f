// The ceiling: a bare node:http server replaying bytes captured from the viewer, nothing else.
// usage: node bench/ceiling.mjs PORT SOURCE_URL
import { createServer, request } from 'node:http';

const [port, source] = [Number(process.argv[2]), process.argv[3]];

/** The raw bytes and type the viewer sends for one Accept-Encoding. */
const fetchRaw = (encoding) =>
  new Promise((resolve, reject) => {
    request(source, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });

const variants = { identity: await fetchRaw('identity'), gzip: await fetchRaw('gzip'), br: await fetchRaw('br') };
createServer((req, res) => {
  const accept = req.headers['accept-encoding'] ?? '';
  const encoding = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : 'identity';
  const { type, body } = variants[encoding];
  const headers = { 'content-type': type, 'content-length': body.length, vary: 'Accept-Encoding' };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log('ready'));
