/**
 * The layer rules (eslint.layers.js) still bite: each forbidden import below, linted as if it
 * were a file of that folder, must fail, and each allowed one must pass. Without this a renamed
 * folder or a changed glob would let the rules go quiet while `npm run lint` stays green.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/index.js';

const eslint = new ESLint({ cwd: ROOT });

/** The layer rules' complaints about `code` as the file `file`, as `rule: message` lines. */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${ROOT}/${file}` });
  const layerRules = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'];
  return (result?.messages ?? []).filter((m) => m.ruleId && layerRules.includes(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

const FD = /no-restricted-syntax: write output through process\.stdout\/process\.stderr/;

const forbidden: [string, string, string, RegExp][] = [
  ['domain imports the store', 'src/domain/probe.ts', "import { ContactStore } from '../store/contacts.js';\nvoid ContactStore;", /src\/domain\/ imports only src\/domain\//],
  ['domain imports the exit-code errors', 'src/domain/probe.ts', "import { UsageError } from '../errors.js';\nvoid UsageError;", /src\/domain\/ imports only/],
  ['domain reads the disk', 'src/domain/probe.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;", /src\/domain\/ is pure/],
  ['domain spawns a process', 'src/domain/probe.ts', "import { spawnSync } from 'child_process';\nvoid spawnSync;", /src\/domain\/ is pure/],
  ['domain reads the environment', 'src/domain/probe.ts', 'export const home = process.env.HOME;', /no-restricted-globals: .*src\/domain\/ is pure/],
  ['domain imports a layer lazily', 'src/domain/probe.ts', "export const load = () => import('../store/contacts.js');", /no-restricted-syntax/],
  ['render imports the store', 'src/render/probe.ts', "import type { ContactStore } from '../store/contacts.js';\nexport type S = ContactStore;", /src\/render\/ may not import src\/store\//],
  ['render imports the Context', 'src/render/probe.ts', "import type { Context } from '../context.js';\nexport type C = Context;", /src\/render\/ imports src\/domain\//],
  ['render reads the environment', 'src/render/probe.ts', 'export const term = process.env.TERM;', /no-restricted-globals/],
  ['store imports render', 'src/store/probe.ts', "import { toJson } from '../render/contact-json.js';\nvoid toJson;", /src\/store\/ may not import src\/render\//],
  ['store takes a whole Context', 'src/store/probe.ts', "import type { Context } from '../context.js';\nexport type C = Context;", /not the whole Context/],
  ['store imports a command', 'src/store/probe.ts', "import { run } from '../commands/list.js';\nvoid run;", /never the commands/],
  ['a command imports cli/', 'src/commands/probe.ts', "import { runCommand } from '../cli/run.js';\nvoid runCommand;", /only the entry/],
  ['a command imports the commander entry lazily', 'src/commands/probe.ts', "export const load = () => import('../cli.js');", /no-restricted-syntax: only the entry/],
  ['the Context imports cli/', 'src/context.ts', "import { exitCodeOf } from './cli/run.js';\nvoid exitCodeOf;", /only the entry/],
  // Output to a file descriptor (eslint.output.js): a Windows console garbles those bytes.
  ['the entry writes to fd 1', 'src/bin.ts', "import { writeSync } from 'node:fs';\nwriteSync(1, 'José');", FD],
  ['cli/ writes to fd 2 through fs', 'src/cli/probe.ts', "import * as fs from 'node:fs';\nfs.writeSync(2, 'José');", FD],
  ['the store writes a file to stdout', 'src/store/probe.ts', "import { writeFileSync } from 'node:fs';\nwriteFileSync(1, 'José');", FD],
  ['a command takes stdout\'s descriptor', 'src/commands/probe.ts', 'export const fd = process.stdout.fd;', FD],
  ['a command opens a stream on fd 1', 'src/commands/probe.ts', "import { createWriteStream } from 'node:fs';\nexport const out = createWriteStream('', { fd: 1 });", FD],
  ['render names /dev/stderr', 'src/render/probe.ts', "export const path = '/dev/stderr';", FD],
  ['the entry opens the Windows console', 'src/output.ts', "export const path = 'CONOUT$';", FD],
];

const allowed: [string, string, string][] = [
  ['domain imports domain and pure libraries', 'src/domain/probe.ts', "import { z } from 'zod';\nimport { fold } from './text.js';\nvoid z; void fold;"],
  ['render imports domain', 'src/render/probe.ts', "import { fold } from '../domain/text.js';\nvoid fold;"],
  ['store imports domain and the disk', 'src/store/probe.ts', "import { readFileSync } from 'node:fs';\nimport { fold } from '../domain/text.js';\nvoid readFileSync; void fold;"],
  ['a command imports domain, store and render', 'src/commands/probe.ts', "import { fold } from '../domain/text.js';\nimport { ContactStore } from '../store/contacts.js';\nimport { toJson } from '../render/contact-json.js';\nvoid fold; void ContactStore; void toJson;"],
  ['the entry imports cli/', 'src/cli.ts', "import { runCommand } from './cli/run.js';\nvoid runCommand;"],
  ['cli/ imports cli/', 'src/cli/probe.ts', "import { runCommand } from './run.js';\nvoid runCommand;"],
  ['the store writes a file descriptor of its own', 'src/store/probe.ts', "import { openSync, writeSync } from 'node:fs';\nwriteSync(openSync('x', 'w'), 'José');"],
  ['output goes through the stream', 'src/output.ts', "process.stdout.write('José Núñez');"],
];

describe('the layer rules', () => {
  for (const [name, file, code, expected] of forbidden) {
    it(`refuse: ${name}`, async () => {
      const problems = await layerProblems(file, code);
      expect(problems.join('\n')).toMatch(expected);
    });
  }
  for (const [name, file, code] of allowed) {
    it(`allow: ${name}`, async () => {
      expect(await layerProblems(file, code)).toEqual([]);
    });
  }
});
