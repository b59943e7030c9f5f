/** EJS templates from views/, compiled once each and rendered to strings. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ejs from 'ejs';

/** views/ sits two levels above this file, in src/site/ as in dist/site/. */
export const VIEWS_DIR = fileURLToPath(new URL('../../views/', import.meta.url));

export type Render = (view: string, data: Record<string, unknown>) => string;

/** A renderer that compiles each template on first use and keeps it. */
export function createRenderer(viewsDir: string = VIEWS_DIR): Render {
  const compiled = new Map<string, ejs.TemplateFunction>();
  return (view, data) => {
    let template = compiled.get(view);
    if (!template) {
      const filename = path.join(viewsDir, `${view}.ejs`);
      try {
        // cache: true keeps the compiled partials too (include() would otherwise re-read and recompile them).
        // Includes are written from the root (`/partials/x`): EJS then resolves them without
        // asking the file system on every call, as it does for relative ones.
        template = ejs.compile(readFileSync(filename, 'utf8'), { filename, root: viewsDir, async: false, rmWhitespace: true, cache: true });
      } catch (cause) {
        throw new Error(`Gabarit ${view}.ejs invalide`, { cause });
      }
      compiled.set(view, template);
    }
    return template(data);
  };
}
