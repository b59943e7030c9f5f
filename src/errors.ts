/** Errors that carry enough context to act on. */

/** A seed file that cannot be loaded: names the file, and the line when known. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, message: string, options: { line?: number | undefined; cause?: unknown } = {}) {
    const where = options.line === undefined ? file : `${file}:${options.line}`;
    super(`${where}: ${message}`, { cause: options.cause });
    this.name = 'SeedError';
    this.file = file;
    this.line = options.line;
  }
}

/** A seed's text that cannot be read (too deeply nested markdown…), before the file is known. */
export class ContentError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ContentError';
    this.line = line;
  }
}

/** Every bad seed at once, so a person fixes them all in one go. */
export class SeedLoadError extends Error {
  readonly errors: readonly SeedError[];

  constructor(errors: readonly SeedError[]) {
    const list = errors.map((e) => `  - ${e.message}`).join('\n');
    super(`${errors.length} fichier(s) de compte rendu illisible(s) :\n${list}`);
    this.name = 'SeedLoadError';
    this.errors = errors;
  }
}

/** What to print when start-up fails: the seed report as it is, anything else with its message. */
export function describeFailure(error: unknown): string {
  if (error instanceof SeedLoadError) return error.message;
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
  return String(error);
}
