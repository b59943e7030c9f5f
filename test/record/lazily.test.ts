import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazily } from '../../src/record/lazily.js';

describe('lazily', () => {
  it('reads a field on first use only, then keeps it, and never reads fields nobody asks for', () => {
    const reads: string[] = [];
    const value = lazily<{ a: number; b: number }>({ a: () => (reads.push('a'), 1), b: () => (reads.push('b'), 2) });
    assert.equal(value.a, 1);
    assert.equal(value.a, 1);
    assert.deepEqual(reads, ['a']);
  });

  it('keeps the values of two objects of the same shape apart', () => {
    const one = lazily<{ a: number }>({ a: () => 1 });
    const two = lazily<{ a: number }>({ a: () => 2 });
    assert.deepEqual([one.a, two.a], [1, 2]);
  });
});
