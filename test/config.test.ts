import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from '../src/config.js';

describe('config', () => {
  it('defaults to port 3000, every interface and ./seeds', () => {
    assert.deepEqual(readConfig({}, '/srv/app'), { port: 3000, host: undefined, seedsDir: path.resolve('/srv/app/seeds'), baseUrl: 'http://localhost:3000', logLevel: 'info' });
  });

  it('reads PORT, HOST, SEEDS_DIR, BASE_URL and LOG_LEVEL', () => {
    assert.deepEqual(readConfig({ PORT: '8080', HOST: '127.0.0.1', SEEDS_DIR: 'data', BASE_URL: 'https://cr.exemple.fr/', LOG_LEVEL: 'WARN' }, '/srv/app'), {
      port: 8080, host: '127.0.0.1', seedsDir: path.resolve('/srv/app/data'), baseUrl: 'https://cr.exemple.fr', logLevel: 'warn',
    });
    assert.throws(() => readConfig({ LOG_LEVEL: 'bavard' }), /LOG_LEVEL invalide : « bavard »/);
  });

  it('defaults BASE_URL to localhost on the configured port, and refuses a relative one', () => {
    assert.equal(readConfig({ PORT: '8080' }).baseUrl, 'http://localhost:8080');
    assert.throws(() => readConfig({ BASE_URL: '/chemin' }), /BASE_URL invalide/);
    assert.throws(() => readConfig({ BASE_URL: 'javascript:alert(1)' }), /BASE_URL invalide/);
  });

  it('refuses a PORT that is not a port, naming the value', () => {
    for (const PORT of ['abc', '-1', '70000', '80.5']) assert.throws(() => readConfig({ PORT }), new RegExp(`PORT invalide.*${PORT.replace('.', '\\.')}`));
  });
});
