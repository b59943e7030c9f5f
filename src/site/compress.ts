/** The one choice of compression settings, so the server's variants and the export's twins agree. */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);

/** gzip at its highest level (about 1 ms for a 12 KB page: fine at start-up). */
export function gzipBest(bytes: Buffer): Buffer {
  return gzipSync(bytes, { level: 9 });
}

/** brotli at its highest quality (about 6 ms for a 12 KB page: never on a request's path). */
export function brotliBest(bytes: Buffer): Promise<Buffer> {
  return brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}
