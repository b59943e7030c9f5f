/** Values computed on first read: the facts of a paragraph, read only when a rule asks. */

/**
 * A value whose fields are read on first use, then kept: each cue runs at most once per paragraph,
 * and only when a rule asks for it (the first rule that holds decides, most cues are never read).
 * One getter per field on a shared prototype, built once per shape of value.
 */
export function lazily<T extends object>(readers: { readonly [K in keyof T]: () => T[K] }): T {
  const keys = Object.keys(readers) as (keyof T & string)[];
  const shapeKey = keys.join(',');
  let prototype = LAZY_PROTOTYPES.get(shapeKey);
  if (!prototype) {
    prototype = {};
    for (const key of keys) {
      Object.defineProperty(prototype, key, {
        enumerable: true,
        get(this: { readers: Record<string, () => unknown>; values: Record<string, unknown> }) {
          if (!(key in this.values)) this.values[key] = this.readers[key]!();
          return this.values[key];
        },
      });
    }
    LAZY_PROTOTYPES.set(shapeKey, prototype);
  }
  return Object.assign(Object.create(prototype) as T, { readers, values: {} });
}
const LAZY_PROTOTYPES = new Map<string, object>();
