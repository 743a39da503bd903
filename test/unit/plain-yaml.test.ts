/**
 * js-yaml (the plain reader of store/contact-file.ts) against yaml itself: whenever js-yaml
 * returns data, yaml must parse the same text without error to deep-equal data, and parseContact
 * must give what the full yaml path gives. Generated files mix the shapes infoview writes with
 * nasty scalars, odd indentation, comments, tabs, CRs, anchors and duplicate keys.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ContactSchema } from '../../src/domain/schema.js';
import { parseContact, plainData } from '../../src/store/contact-file.js';
import { parseYamlFile } from '../../src/store/yaml-file.js';
import { MAYA, ROOT } from '../helpers/index.js';

/** yaml's verdict: its data, or undefined when it reports an error. */
function viaYaml(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** js-yaml as parseContact calls it (after its guard): its data, or undefined. */
const viaJsYaml = plainData;

/** js-yaml never disagrees with yaml; returns whether it took the text. */
function agrees(text: string): boolean {
  const fast = viaJsYaml(text);
  if (fast === undefined) return false;
  const slow = viaYaml(text);
  expect(slow, `yaml refuses what js-yaml took: ${JSON.stringify(text)}`).toBeDefined();
  expect(isDeepStrictEqual(fast, slow), `different data for ${JSON.stringify(text)}:\n${JSON.stringify(fast)}\n${JSON.stringify(slow)}`).toBe(true);
  return true;
}

/** parseContact (fast path first) against the yaml-only path: same contact and warnings, or the same error. */
function sameContact(text: string): void {
  const run = (f: () => unknown) => {
    try {
      return { ok: f() };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const fast = run(() => parseContact('x.yaml', text));
  const slow = run(() => {
    const { data } = parseYamlFile('x.yaml', text, ContactSchema, 'hint');
    return data;
  });
  if ('error' in slow) expect(fast).toEqual(slow);
  else {
    const contact = (fast.ok as { contact: unknown } | undefined)?.contact;
    // A `__proto__` key gives each parse its own prototype object, equal only in content.
    const same = isDeepStrictEqual(contact, slow.ok) || (text.includes('__proto__') && JSON.stringify(contact) === JSON.stringify(slow.ok));
    expect(same, JSON.stringify(text)).toBe(true);
  }
}

const NASTY = [
  'yes', 'no', 'on', 'off', 'y', 'n', '0o17', '0o18', '0x1F', '0xg', '0b11', '1_000', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', '~', 'null',
  'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', '2026-11-23', '2026-11-25T15:00:00-08:00', '1e3', '1E-3', '.5e+2',
  '-0', '+1', '007', '08', '1.50', '.5', '5.', '-.5', '12:30', '12:30:45', 'a: b', 'a:', 'a:b', ':x', '?x', '-x', '- x', '-', '#x', 'a #b', 'a#b',
  '[a]', '{a}', 'a, b', 'a]', '"q"', "'q'", "it's", '*a', '&a x', '!t x', '!!str x', '|', '>', '%x', '@x', '`x', '', ' ', 'x ', ' x', '\u00a0x\u00a0',
  'ü', '😀', 'a\tb', '\\', 'x\\n', 'a\rb', '---', '...', '<<', '__proto__', 'constructor', 'Maya Chen', 'https://x.example/a?b=c#d', 'maya@example.com',
  '+1 555 0100', '9007199254740993', '1e400', '\u2028', '\u0085', '\ufeff', '-1-2', '-.', '-.x', '-1:', '-0.0', 'b :c', 'b::c', '--x', '-1 # c',
  'C#', 'a,b', 'x]', '0o', '0x', '+', '.', '1.', '+.5', '1e', '1e+', '+0x1F', '-0o7', '0O17', '0X1F', '1E3', '.Inf', '.INF', '.nAn', 'tru', 'ñ: x',
];

const WORDS = ['Maya Chen', 'Senior UX Researcher', 'email', 'coffee', '30', '2026-11-25T15:00:00-08:00', 'Blue Bottle, 5th Ave', 'José Núñez', 'a', 'b c', '-5', '1.5'];
const FLOW_WORDS = ['healthcare', 'seattle', 'Learn SQL basics', 'Dana Ortiz', '42', 'true'];

const nastyText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);
const escapes = fc.constantFrom('\\\\', '\\"', '\\n', '\\t', '\\/', '\\u00e9', '\\ud83d\\ude00', '\\x41', '\\U0001F600', '\\q', '\\u12', '\\ ', '\\_', '\\N', '\\0', '\\');

/** Inline values, block texts, keys and trailers: either the shapes infoview writes, or hostile ones. */
function parts(nasty: boolean) {
  const text = nasty ? nastyText : fc.constantFrom(...WORDS);
  const flowText = nasty ? nastyText : fc.constantFrom(...FLOW_WORDS);
  const inline = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: text.map((s) => `"${s}"`) },
    { weight: nasty ? 1 : 0, arbitrary: fc.array(fc.oneof(text, escapes), { maxLength: 4 }).map((p) => `"${p.join('')}"`) },
    { weight: 1, arbitrary: text.map((s) => `'${s.replace(/'/g, "''")}'`) },
    { weight: nasty ? 1 : 0, arbitrary: text.map((s) => `'${s}'`) },
    { weight: 2, arbitrary: fc.tuple(fc.array(flowText, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , ', ',  ')).map(([items, sep]) => `[${items.join(sep)}]`) },
    { weight: nasty ? 1 : 0, arbitrary: fc.constantFrom('&a x', '*a', '[*a]', '{a: 1}', '!!str 1', '"multi', "'multi", '[a,', '>', '|2', '|+') },
  );
  const trailer = nasty
    ? fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '  ', ' # note', '#note', '  #: x', '\t', ' \t# x') })
    : fc.constantFrom('', '', '', ' # note');
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('name', 'role', 'notes', 'tags', 'email', 'minutes', 'at', 'k', 'k_2', 'k-3', 'Name') },
    { weight: nasty ? 1 : 0, arbitrary: fc.constantFrom('yes', 'no', 'true', 'Null', 'null', '__proto__', 'toString', '<<', '1', '0x1F', 'a b', '"q"', "'q'", '? k', 'k ', '-k', '.k', '~') },
  );
  const blockLine = nasty ? fc.oneof(text, fc.constantFrom('', ' ', '   ', '# not a comment', '  indented', '\t')) : fc.oneof(text, fc.constantFrom('', '# not a comment', '  indented'));
  const header = nasty ? fc.constantFrom('|', '|', '|', '|-', '|-', '|+', '>', '|2', '| # c', '|-  ') : fc.constantFrom('|', '|-');
  const block = fc.tuple(header, fc.array(blockLine, { minLength: nasty ? 0 : 1, maxLength: 4 }).filter((l) => nasty || (l[0] !== '' && !l[0]?.startsWith(' '))));
  return { inline, trailer, key, block };
}

type Tree = { kind: 'scalar'; text: string } | { kind: 'block'; header: string; lines: string[] } | { kind: 'map'; entries: [string, Tree, string][] } | { kind: 'seq'; items: Tree[]; flush: boolean };
type MapTree = Tree & { kind: 'map' };

function mapTree(nasty: boolean): fc.Arbitrary<MapTree> {
  const { inline, trailer, key, block } = parts(nasty);
  const tree = fc.letrec<{ node: Tree; map: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: inline.map((text): Tree => ({ kind: 'scalar', text })) },
      { weight: 1, arbitrary: block.map(([header, lines]): Tree => ({ kind: 'block', header, lines })) },
      { weight: 2, arbitrary: tie('map') },
      { weight: 2, arbitrary: fc.tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([items, flush]): Tree => ({ kind: 'seq', items, flush })) },
    ),
    map: fc.uniqueArray(fc.tuple(key, tie('node'), trailer), { minLength: 1, maxLength: 5, selector: (e) => (nasty ? Math.random() : e[0]) }).map((entries): Tree => ({ kind: 'map', entries })),
  }));
  return tree.map as fc.Arbitrary<MapTree>;
}

/** Lines for `node` as the value of `head` (a key with its colon, or a `-`), at column `col`. */
function render(head: string, node: Tree, col: number, step: number, trail: string, out: string[]): void {
  const pad = ' '.repeat(col);
  switch (node.kind) {
    case 'scalar':
      out.push(`${pad}${head} ${node.text}${trail}`);
      return;
    case 'block':
      out.push(`${pad}${head} ${node.header}`);
      for (const line of node.lines) out.push(line.trim() === '' ? line : `${' '.repeat(col + step)}${line}`);
      return;
    case 'map':
      out.push(`${pad}${head}${trail}`);
      renderMap(node, col + step, step, out);
      return;
    case 'seq':
      out.push(`${pad}${head}${trail}`);
      renderSeq(node, node.flush && head !== '-' ? col : col + step, step, out);
  }
}

function renderMap(node: MapTree, col: number, step: number, out: string[]): void {
  for (const [k, value, trail] of node.entries) render(`${k}:`, value, col, step, trail, out);
}

function renderSeq(node: Tree & { kind: 'seq' }, col: number, step: number, out: string[]): void {
  for (const item of node.items) {
    if (item.kind === 'map') {
      // Compact: the first key on the `- ` line.
      const inner: string[] = [];
      renderMap(item, col + 2, step, inner);
      inner[0] = `${' '.repeat(col)}- ${(inner[0] ?? '').slice(col + 2)}`;
      out.push(...inner);
    } else render('-', item, col, step, '', out);
  }
}

const noise = fc.oneof(
  fc.constant([]),
  fc.array(fc.tuple(fc.constantFrom('comment', 'comment', 'blank', 'blank', 'indent', 'outdent', 'trailing', 'tab'), fc.nat(), fc.nat({ max: 6 })), { maxLength: 3 }),
);

/** Hostile files: nasty scalars and keys, then a few random edits (comments, indentation, tabs, CR, BOM). */
const document = fc
  .tuple(mapTree(true), fc.integer({ min: 1, max: 4 }), noise, fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\r\n'), fc.nat(9).map((n) => n > 0), fc.option(fc.constantFrom('# head', '# head', '# head', '---', '%YAML 1.2\n---', '\ufeff# bom', '\ufeffk: 1'), { freq: 3 }))
  .map(([root, step, changes, eol, finalEol, head]) => {
    const lines: string[] = head ? [head] : [];
    renderMap(root, 0, step, lines);
    for (const [what, at, n] of changes) {
      const i = at % lines.length;
      const line = lines[i] ?? '';
      if (what === 'comment') lines.splice(i, 0, `${' '.repeat(n)}# note`);
      else if (what === 'blank') lines.splice(i, 0, ' '.repeat(n));
      else if (what === 'indent') lines[i] = ` ${line}`;
      else if (what === 'outdent') lines[i] = line.replace(/^ /, '');
      else if (what === 'trailing') lines[i] = `${line}${' '.repeat(n + 1)}`;
      else lines[i] = line.replace(/ /, '\t');
    }
    return lines.join(eol) + (finalEol ? eol : '');
  });

/** Files in the shapes infoview and people write: these should nearly all take the fast way. */
const plainDocument = fc
  .tuple(mapTree(false), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.constantFrom('\n', '\n', '\r\n'), fc.constantFrom('', '', '\ufeff'))
  .map(([root, step, comment, eol, bom]) => {
    const lines: string[] = comment ? ['# met at the meetup'] : [];
    renderMap(root, 0, step, lines);
    return `${bom}${lines.join(eol)}${eol}`;
  });

describe('plain YAML reader (js-yaml) against yaml', () => {
  it('gives exactly yaml’s data whenever it takes a hostile file', () => {
    let taken = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (agrees(text)) taken += 1;
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: some of the hostile files are inside the subset too.
    expect(taken).toBeGreaterThan(50);
  });

  it('takes every file in the shapes infoview writes, with yaml’s data', () => {
    fc.assert(
      fc.property(plainDocument, (text) => {
        expect(agrees(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseContact gives the yaml path’s contact or the very same error', () => {
    const contactish = fc.oneof(document, plainDocument).map((text) => `name: Maya Chen\n${text}`);
    fc.assert(
      fc.property(fc.oneof(document, contactish), (text) => {
        sameContact(text);
      }),
      { numRuns: 600 },
    );
  });

  const fixtures = [
    MAYA,
    ...readdirSync(join(ROOT, 'examples/workspace/contacts')).map((f) => readFileSync(join(ROOT, 'examples/workspace/contacts', f), 'utf8')),
  ];
  it('takes every bundled example contact, with yaml’s data', () => {
    for (const text of fixtures) {
      expect(agrees(text)).toBe(true);
      sameContact(text);
    }
  });

  /** js-yaml reads it as yaml does (a shape the old hand reader left to yaml). */
  const SAME = Symbol('as yaml');
  const cases: [string, string, unknown][] = [
    ['core-schema scalars', 'a: yes\nb: 0o17\nc: 0x1F\nd: 1_000\ne: .inf\nf: ~\ng: 2026-11-23\nh: 1e3\nj: 1.50\nk: True\n', { a: 'yes', b: 15, c: 31, d: '1_000', e: Infinity, f: null, g: '2026-11-23', h: 1000, j: 1.5, k: true }],
    ['comments, empty values, indentless list', '# top\nname: M # trailing\nrole:\nlist:\n- a\n- [b, 2]\nnotes: |\n  one\n\n  # two\n', { name: 'M', role: null, list: ['a', ['b', 2]], notes: 'one\n\n# two\n' }],
    ['quoted scalars', `a: "x\\"y\\u00e9"\nb: 'it''s'\n`, { a: 'x"yé', b: "it's" }],
    ['duplicate key', 'a: 1\na: 2\n', undefined],
    ['anchor', 'a: &x 1\nb: *x\n', undefined],
    ['tab', 'a:\tb\n', undefined],
    ['CRLF', 'a: b\r\nc: |\r\n  d\r\n\r\n  e\r\n', { a: 'b', c: 'd\n\ne\n' }],
    ['a lone CR', 'a: b\rc\n', undefined],
    ['a byte-order mark at the start', '\ufeffa: b\n', { a: 'b' }],
    ['a byte-order mark later', 'a: \ufeffb\n', undefined],
    ['multi-line plain scalar', 'a: b\n  c\n', SAME],
    ['a list at the top', '- a\n', SAME],
    ['folded text', 'a: >\n  b\n', SAME],
    // Where js-yaml reads differently from yaml: parseContact leaves these to yaml.
    ['a null key', '~: 1\nnull: 2\n', undefined],
    ['an empty explicit key', 'a:\n - ?\n', undefined],
    ['minus zero', 'a: -0\n', undefined],
    ['a signed fraction', 'a: +.5\n', undefined],
    ['an empty list item', 'a:\n -\n  -\n - c\n', undefined],
    ['a list in a list', 'a:\n -\n  - b\n - c\n', { a: [['b'], 'c'] }],
    ['a number past a double', 'a: 1e400\n', undefined],
    ['a tag', 'a: !!binary aGk=\n', undefined],
    ['an indentation digit', 'a: |2\n   b\n', undefined],
    ['an indented document marker', ' ---\na: b\n', undefined],
    ['a flow list going on below its key', 'name:\n name: [a,\n name: a]\n', undefined],
    ['a flow map going on below', 'a: {b: 1,\n c: 2}\n', undefined],
    ['a closed flow list stays fast', 'tags: [design, seattle]\nname: a\n', SAME],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      expect(viaJsYaml(text)).toEqual(expected === SAME ? viaYaml(text) : expected);
      expect(agrees(text)).toBe(expected !== undefined);
    });
  }
});
