/** 404 and errors, handled in one place, last, as French pages. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Site } from '../site/pages.js';
import { CACHE_CONTROL } from './headers.js';

/** Any path no route answered: the French 404 page. */
export function notFound(site: Site): RequestHandler {
  return (_req, res) => {
    res.status(404).type(site.notFound.contentType).set('Cache-Control', CACHE_CONTROL.revalidate).send(site.notFound.body);
  };
}

/**
 * Errors: a client error (malformed URL, other 4xx) keeps its status and gets the French
 * "requête invalide" page; anything else is a 500 page without a stack trace, and is logged.
 */
export function errorHandler(site: Site, report: (error: unknown) => void = console.error): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = statusOf(error);
    if (status >= 500) report(error);
    if (res.headersSent) return;
    const page = status === 404 ? site.notFound : status < 500 ? site.badRequest : site.serverError;
    res.status(status).type(page.contentType).set('Cache-Control', CACHE_CONTROL.revalidate).send(page.body);
  };
}

function statusOf(error: unknown): number {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = status ?? statusCode;
  return typeof code === 'number' && code >= 400 && code < 600 ? code : 500;
}
