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

/**
 * Render `text` (read from `path`) with `data`. Any template problem is a UserError naming the
 * file and, for an unknown variable, the variable and its line.
 */
export async function renderTemplate(path: string, text: string, data: Record<string, unknown>): Promise<string> {
  const liquid = await getEngine();
  try {
    return await liquid.parseAndRender(text, data);
  } catch (error) {
    const err = error as LiquidLikeError;
    const line = /line:(\d+)/.exec(err.message)?.[1];
    const where = line ? ` (line ${line})` : '';
    const unknown = /undefined variable: ([^,\s]+)/.exec(err.message)?.[1];
    if (unknown) {
      throw new UserError(
        `${path}${where}: unknown variable "${unknown}"`,
        'See the variables a template can use in the README ("Generated text"), or remove your override',
        { cause: error },
      );
    }
    const detail = (err.originalError?.message ?? err.message).replace(/, line:\d+, col:\d+$/, '');
    throw new UserError(`${path}${where}: ${detail}`, 'Fix the template, or remove your override to use the bundled one', { cause: error });
  }
}
