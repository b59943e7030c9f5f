/**
 * The site's pages by path, each made on first use and kept. Every path is known at once (the
 * export, the capture and the 404 handler need the list); a body is rendered when first asked
 * for — by the background capture at start-up, or by an early request for that page — and
 * never again. So the server answers as soon as the records are split.
 */
import type { Page } from '../types.js';

export class PageMap implements Iterable<[string, Page]> {
  readonly #makers = new Map<string, () => Page>();
  readonly #made = new Map<string, Page>();

  /** Adds a page; two pages at one path is a bug (two records with one slug are refused earlier). */
  add(path: string, make: () => Page): void {
    if (this.#makers.has(path)) throw new Error(`Deux pages à la même adresse : ${path}`);
    this.#makers.set(path, make);
  }

  get(path: string): Page | undefined {
    const made = this.#made.get(path);
    if (made) return made;
    const make = this.#makers.get(path);
    if (!make) return undefined;
    const page = make();
    this.#made.set(path, page);
    return page;
  }

  /** Lets a rendered body go (the server keeps captured bytes instead); it is made again if asked for. */
  forget(path: string): void {
    this.#made.delete(path);
  }

  has(path: string): boolean {
    return this.#makers.has(path);
  }

  get size(): number {
    return this.#makers.size;
  }

  keys(): IterableIterator<string> {
    return this.#makers.keys();
  }

  *values(): IterableIterator<Page> {
    for (const path of this.#makers.keys()) yield this.get(path)!;
  }

  *entries(): IterableIterator<[string, Page]> {
    for (const path of this.#makers.keys()) yield [path, this.get(path)!];
  }

  [Symbol.iterator](): IterableIterator<[string, Page]> {
    return this.entries();
  }
}
