import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { notRegular, readRegularFile } from '../src/regular-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'regular-file-'));
writeFileSync(path.join(dir, 'a.txt'), 'Bonjour.');
symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'lien.txt'));

describe('regular-file', () => {
  it('reads a regular file whole, up to the cap exactly', async () => {
    assert.equal((await readRegularFile(path.join(dir, 'a.txt'), 8)).toString(), 'Bonjour.');
    writeFileSync(path.join(dir, 'vide.txt'), '');
    assert.equal((await readRegularFile(path.join(dir, 'vide.txt'), 8)).length, 0);
  });

  it('refuses a file one byte over the cap', async () => {
    writeFileSync(path.join(dir, 'b.txt'), 'Bonjour !');
    await assert.rejects(readRegularFile(path.join(dir, 'b.txt'), 8), /^Error: fichier trop volumineux \(9 octets, maximum 8\)$/u);
  });

  it('refuses a link even to a regular file', async () => {
    await assert.rejects(readRegularFile(path.join(dir, 'lien.txt'), 100), /lien symbolique refusé \(seuls les fichiers ordinaires sont lus\)/u);
  });

  it('says a file is gone when it went between the listing and the reading', async () => {
    await assert.rejects(readRegularFile(path.join(dir, 'parti.txt'), 100), /disparu entre la liste du dossier et sa lecture/u);
  });

  it('says a regular file is unreadable when reading it fails (/proc/self/mem at 0: EIO)', { skip: !existsSync('/proc/self/mem') && 'needs /proc/self/mem' }, async () => {
    assert.equal(notRegular(lstatSync('/proc/self/mem')), undefined);
    await assert.rejects(readRegularFile('/proc/self/mem', 100), /^Error: illisible \(EIO\)$/u);
  });

  it('names each kind that is not a regular file, from lstat', () => {
    assert.equal(notRegular(lstatSync(dir)), 'dossier');
    assert.equal(notRegular(lstatSync(path.join(dir, 'lien.txt'))), 'lien symbolique');
    assert.equal(notRegular(lstatSync('/dev/null')), 'périphérique');
    assert.equal(notRegular(lstatSync(path.join(dir, 'a.txt'))), undefined);
  });
});
