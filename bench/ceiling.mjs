// The ceiling: a bare node:http server replaying the response the viewer sends (same headers,
// same body) for each encoding, nothing else: no negotiation library, no 304, no logging.
// usage: node bench/ceiling.mjs PORT SOURCE_URL
import { createServer, request } from 'node:http';

const [port, source] = [Number(process.argv[2]), process.argv[3]];
/** Headers of one exchange, which node:http writes itself. */
const PER_EXCHANGE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** The viewer's response head (as a flat list) and raw body for one Accept-Encoding. */
const fetchRaw = (encoding) =>
  new Promise((resolve, reject) => {
    request(source, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const head = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (!PER_EXCHANGE.has(res.rawHeaders[i].toLowerCase())) head.push(res.rawHeaders[i], res.rawHeaders[i + 1]);
        }
        resolve({ head, body: Buffer.concat(chunks) });
      });
    }).on('error', reject).end();
  });

const variants = { identity: await fetchRaw('identity'), gzip: await fetchRaw('gzip'), br: await fetchRaw('br') };
createServer((req, res) => {
  const accept = req.headers['accept-encoding'] ?? '';
  const { head, body } = variants[accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : 'identity'];
  res.writeHead(200, head);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log('ready'));
