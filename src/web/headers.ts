/**
 * The one source of truth for headers and methods: what every response promises, error pages
 * and replayed pages included (they are captured from this same app). docs/nginx.conf repeats
 * these values for the static export, and test/nginx.test.ts holds the two together.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Site } from '../site/pages.js';

/**
 * The Content-Security-Policy, one directive per line: nothing by default, then only what the
 * pages use, all from the same origin; no inline script or style (the JSON-LD block is data).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  // The static export's search page fetches its prebuilt index.
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** Cache headers: pages and errors revalidate by ETag, fingerprinted assets never change. */
export const CACHE_CONTROL = { revalidate: 'no-cache', immutable: 'public, max-age=31536000, immutable' } as const;

/** Helmet with our policy; its other defaults (nosniff, COOP, CORP, HSTS, …) stay on. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
}

/** The methods served; anything else is a 405 naming them. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** Only GET and HEAD: other methods get the French 405 page with an `Allow` header. */
export function readOnly(site: Site): RequestHandler {
  const allowed = new Set<string>(ALLOWED_METHODS);
  return (req, res, next) => {
    if (allowed.has(req.method)) {
      next();
      return;
    }
    res.status(405).set('Allow', ALLOWED_METHODS.join(', ')).set('Cache-Control', CACHE_CONTROL.revalidate).type(site.methodNotAllowed.contentType).send(site.methodNotAllowed.body);
  };
}
