import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accentBlind, capitalOrNot, fr, words } from '../../../src/record/lexicon/compile.js';

describe('lexicon compile', () => {
  it('lets accented letters of words of three letters or more match their bare letter', () => {
    assert.equal(accentBlind('journée'), 'journ[ée]e');
    assert.ok(fr(/\bprogramme de la journée\b/iu).test('PROGRAMME DE LA JOURNEE'));
    assert.ok(fr(/\bà l'invitation\b/iu).test("A L'INVITATION") === false, '"à" alone stays apart from "a"');
  });

  it('keeps short words, character classes and escapes as they are', () => {
    assert.equal(accentBlind('à|où'), 'à|où');
    assert.equal(accentBlind('[éè]t\\p{L}é'), '[éè]t\\p{L}é');
    assert.ok(!fr(/\boù\b/u).test('ou'));
  });

  it('builds word-boundary patterns that know accented letters', () => {
    assert.ok(fr(/\bété\b/u).test('a été reçu'));
    assert.ok(!fr(/\bCondé\b/u).test('Condée'));
    // A group of words after \b starts a word: cheaper, and the same matches.
    assert.ok(fr(/\b(?:(?:sont|est) prévus)/u).test('Ils sont prévus'));
    assert.ok(!fr(/\b(?:(?:sont|est) prévus)/u).test('Ilsest prévus'));
    assert.ok(!fr(/\b(?:est)/u).test('Ouest'));
  });

  it('sorts alternations longest first and may capitalise a word', () => {
    assert.equal(words(['ministre', 'ministres']), '(?:ministres|ministre)');
    assert.ok(new RegExp(`^${capitalOrNot('sommet')}$`, 'u').test('Sommet'));
  });
});
