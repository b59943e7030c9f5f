/** The Express application: prebuilt pages from memory, static assets, redirects, errors. */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { errorHandler, notFound } from './errors.js';
import { CACHE_CONTROL, readOnly, securityHeaders } from './headers.js';
import type { Site } from '../site/pages.js';


export interface AppOptions {
  /** Where a server error (5xx) is reported; the client only sees the French 500 page. */
  readonly onError?: (error: unknown) => void;
}

/** Builds the app for a site; listening is the caller's business (see server.ts). */
export function createApp(site: Site, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('trust proxy', false);

  app.use(securityHeaders());
  app.use(readOnly(site));
  app.use(redirectTrailingSlash);
  app.get('/recherche', (req, res) => {
    res.type('html').set('Cache-Control', CACHE_CONTROL.revalidate).send(site.searchPage(firstString(req.query['q'])));
  });
  app.get('/api/records/{*rest}', sendPage(site, 'json'));
  app.get('/{*rest}', sendPage(site, 'html'));
  app.use(notFound(site));
  app.use(errorHandler(site, options.onError));
  return app;
}

/** A query value as one string: `q[x]=1` or a repeated `q` must not break the page. */
function firstString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** `/records/x/` → 301 `/records/x`, keeping the query; never to another host. */
function redirectTrailingSlash(req: Request, res: Response, next: NextFunction): void {
  if (req.path.length > 1 && req.path.endsWith('/')) {
    // Leading slashes and backslashes collapse: `//host` or `/\host` would send a browser off-site.
    const path = `/${req.path.replace(/^[/\\]+|\/+$/g, '')}`;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    res.redirect(301, path + query);
    return;
  }
  next();
}

/** Sends the prebuilt page of the path, or passes to the 404 handler (JSON for the API). */
function sendPage(site: Site, kind: 'html' | 'json') {
  return (req: Request, res: Response, next: NextFunction): void => {
    const page = site.pages.get(req.path);
    if (!page) {
      if (kind === 'json') {
        res.status(404).json({ error: 'not_found', message: `Aucun compte rendu à l’adresse ${req.path}` });
        return;
      }
      next();
      return;
    }
    res.status(page.status ?? 200).type(page.contentType).set('Cache-Control', CACHE_CONTROL[page.cache ?? 'revalidate']).send(page.body);
  };
}
