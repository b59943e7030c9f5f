// negotiator 1.x ships no types and @types/negotiator describes 0.6 (no `preferred` option).
// Only what this project calls is declared.
declare module 'negotiator' {
  export default class Negotiator {
    /** It reads only the request's headers. */
    constructor(request: { headers: Readonly<Record<string, string | string[] | undefined>> });
    /** The best of `available` for the request's Accept-Encoding; `preferred` breaks ties. */
    encoding(available?: string[], options?: { preferred?: string[] }): string | undefined;
  }
}
