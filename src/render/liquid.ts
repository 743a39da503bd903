/**
 * Render a template with LiquidJS, loaded lazily (it costs ~150 ms to import, so only the text
 * commands pay for it). The engine is locked down: unknown variables are errors, no template can
 * read another file, output is not HTML-escaped (it is plain text and Markdown), and values are
 * inserted as text: Liquid never parses data, so a name like `{{ me.name }}` prints as written.
 */
import type { Liquid } from 'liquidjs';
import { UserError } from '../errors.js';

let engine: Promise<Liquid> | undefined;

const NO_FILES = 'templates cannot include other files';

/**
 * Bounds for one render. Templates can arrive by `sync`, so a loop or a capture that never ends
 * must stop with an error instead of holding the terminal: the bundled ones stay far below each.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of template text. */
  parse: 1_000_000,
  /** Wall time of one render, in milliseconds. */
  renderMs: 2000,
  /** LiquidJS' allocation units (range sizes, string and array lengths it builds). */
  memory: 20_000_000,
  /** Characters of output: a draft or a prep sheet is a few thousand. */
  output: 1_000_000,
} as const;

async function createEngine(): Promise<Liquid> {
  const { Liquid } = await import('liquidjs');
  const refuse = () => {
    throw new Error(NO_FILES);
  };
  const liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    // `{% if contact.role %}` on a missing key reads as false instead of failing.
    lenientIf: true,
    ownPropertyOnly: true,
    outputEscape: undefined,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    parseLimit: TEMPLATE_LIMITS.parse,
    renderLimit: TEMPLATE_LIMITS.renderMs,
    memoryLimit: TEMPLATE_LIMITS.memory,
    // A file system that has no files: even a tag we did not think of cannot read the disk.
    fs: {
      exists: async () => false,
      existsSync: () => false,
      readFile: async () => refuse(),
      readFileSync: () => refuse(),
      resolve: (_root: string, file: string) => file,
      contains: async () => false,
      dirname: (file: string) => file,
      sep: '/',
    },
  });
  for (const tag of ['include', 'render', 'layout']) {
    liquid.registerTag(tag, {
      parse() {
        throw new Error(`{% ${tag} %}: ${NO_FILES}`);
      },
      render() {
        return '';
      },
    });
  }
  return liquid;
}

/** The one shared engine (created on first use). */
const getEngine = () => (engine ??= createEngine());

interface LiquidLikeError extends Error {
  originalError?: Error;
}

/** A template that fails is yours or a pack's: moving it aside brings back the one below it. */
const ASIDE = "move that file aside to use the pack's or the bundled one";
const TOO_BIG = `Make the template smaller, or ${ASIDE}`;

/** The one line for a template that went over a bound, or undefined for any other error. */
function overLimit(path: string, err: LiquidLikeError): UserError | undefined {
  const message = `${err.message} ${err.originalError?.message ?? ''}`;
  if (message.includes('template render limit exceeded')) {
    return new UserError(`${path}: the template took too long to render (over ${TEMPLATE_LIMITS.renderMs / 1000} s), stopped`, TOO_BIG, { cause: err });
  }
  if (message.includes('memory alloc limit exceeded') || err instanceof RangeError || err.originalError instanceof RangeError) {
    return new UserError(`${path}: the template builds too much text, stopped`, TOO_BIG, { cause: err });
  }
  if (message.includes('parse length limit exceeded')) {
    return new UserError(`${path}: the template is too long (over ${TEMPLATE_LIMITS.parse} characters)`, TOO_BIG, { cause: err });
  }
  return undefined;
}

/**
 * Render `text` (read from `path`) with `data`. Any template problem is a UserError naming the
 * file and, for an unknown variable, the variable and its line.
 */
export async function renderTemplate(path: string, text: string, data: Record<string, unknown>): Promise<string> {
  const liquid = await getEngine();
  let output: string;
  try {
    output = await liquid.parseAndRender(text, data);
  } catch (error) {
    const err = error as LiquidLikeError;
    const limit = overLimit(path, err);
    if (limit) throw limit;
    const line = /line:(\d+)/.exec(err.message)?.[1];
    const where = line ? ` (line ${line})` : '';
    const unknown = /undefined variable: ([^,\s]+)/.exec(err.message)?.[1];
    if (unknown) {
      throw new UserError(
        `${path}${where}: unknown variable "${unknown}"`,
        `See the variables a template can use in the README ("Generated text"), or ${ASIDE}`,
        { cause: error },
      );
    }
    const detail = (err.originalError?.message ?? err.message).replace(/, line:\d+, col:\d+$/, '');
    throw new UserError(`${path}${where}: ${detail}`, `Fix the template, or ${ASIDE}`, { cause: error });
  }
  if (output.length > TEMPLATE_LIMITS.output) {
    throw new UserError(`${path}: the template renders too much text (over ${TEMPLATE_LIMITS.output} characters), stopped`, TOO_BIG);
  }
  return output;
}
