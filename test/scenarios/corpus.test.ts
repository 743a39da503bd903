/**
 * The scenario corpus: every scenario in scenarios.ts is drafted by the built binary in its own
 * data folder, written to test/scenarios/golden/<name>.txt (stdout and stderr, labelled), and
 * linted with src/domain/text-lint.ts. The lint findings are gated by known-findings.json: a new
 * finding fails, and a finding that went away must be taken off the list, so it only shrinks.
 *
 * Regenerate the golden files and prune fixed findings: `npm run golden` (after a build), i.e.
 * `UPDATE_GOLDEN=1 UPDATE_FINDINGS=1 npx vitest run test/scenarios`. `UPDATE_FINDINGS=accept`
 * also records new findings: only at a merge, with the diff of the list reviewed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { resolveConfig, type RawConfig } from '../../src/domain/config.js';
import type { Contact } from '../../src/domain/schema.js';
import { announcesBlank, lintDraft, repeatedSentences } from '../../src/domain/text-lint.js';
import { dataDir, ROOT, runBin, type Result } from '../helpers/index.js';
import { CONTACTS, INTRODUCER, PROFILES, SCENARIO_NOW, SCENARIOS, SITUATIONS, type Scenario } from './scenarios.js';

const GOLDEN = join(ROOT, 'test/scenarios/golden');
const KNOWN_FILE = join(ROOT, 'test/scenarios/known-findings.json');
const updateGolden = process.env.UPDATE_GOLDEN === '1';
/** '1': drop findings that went away; 'accept': write the list as found (new findings included). */
const updateFindings = process.env.UPDATE_FINDINGS ?? '';

type Findings = Record<string, string[]>;
const known: Findings = existsSync(KNOWN_FILE) ? (JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as Findings) : {};
const found: Findings = {};
/** Drafts that rendered, per sender and contact: the input of the repeated-sentence rule. */
const drafts = new Map<string, { kind: string; text: string }[]>();
const groupOf = (sc: Scenario) => `${sc.profile}--${sc.contact}--(across kinds)`;

function contactOf(sc: Scenario): Contact {
  return { ...CONTACTS[sc.contact].contact, ...SITUATIONS[sc.situation] } as Contact;
}

function dataFolder(sc: Scenario): string {
  const { slug } = CONTACTS[sc.contact];
  return dataDir({ [INTRODUCER.slug]: stringify(INTRODUCER.contact), [slug]: stringify(contactOf(sc)) }, stringify(PROFILES[sc.profile]));
}

/** How the run ended, in the words a reviewer reads in the golden file. */
function outcome(r: Result): { result: string; finding?: string } {
  if (r.code === 0) return { result: 'drafted' };
  const kind = /argument '([^']+)' is invalid|--kind "([^"]+)" is not a draft kind/.exec(r.stderr);
  if (r.code === 2 && kind) return { result: 'kind not available yet', finding: `kind-unavailable: --kind ${kind[1] ?? kind[2]}` };
  const option = /unknown option '([^']+)'/.exec(r.stderr);
  if (r.code === 2 && option) return { result: 'option not available yet', finding: `option-unavailable: ${option[1]}` };
  return { result: `refused (exit ${r.code})`, finding: `not-rendered: ${r.stderr.split('\n')[0]}` };
}

function goldenText(sc: Scenario, r: Result, result: string): string {
  const { slug } = CONTACTS[sc.contact];
  const section = (label: string, text: string) => `──── ${label} ────\n${text ? `${text}${text.endsWith('\n') ? '' : '\n'}` : '(nothing)\n'}`;
  return [
    `scenario:  ${sc.name}`,
    `from:      ${sc.profile} · to: ${sc.contact} (${slug}) · timeline: ${sc.situation} · sent by ${sc.channel}`,
    `command:   INFOVIEW_NOW=${SCENARIO_NOW} infoview draft ${[slug, ...sc.args].join(' ')}`,
    `result:    ${result} (exit ${r.code})`,
    section('stdout', r.stdout) + section('stderr', r.stderr),
  ].join('\n');
}

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, `${name}.txt`);
  if (updateGolden || !existsSync(file)) writeFileSync(file, actual);
  expect(actual, `golden file ${file} differs: review, then regenerate with \`npm run golden\``).toBe(readFileSync(file, 'utf8'));
}

/** This scenario's findings against the committed list: new ones fail, and so do fixed ones still listed. */
function gate(name: string, findings: string[]): void {
  found[name] = findings;
  const listed = known[name] ?? [];
  const added = findings.filter((f) => !listed.includes(f));
  const gone = listed.filter((f) => !findings.includes(f));
  if (updateFindings !== 'accept') expect(added, `new lint findings in ${name}: fix the draft (see test/scenarios/README.md)`).toEqual([]);
  if (!updateFindings) expect(gone, `fixed in ${name}: take these off known-findings.json (UPDATE_FINDINGS=1 npx vitest run test/scenarios)`).toEqual([]);
}

const unique = (list: string[]) => [...new Set(list)];

describe('scenario corpus: every scenario drafted, kept as a golden file, linted', () => {
  mkdirSync(GOLDEN, { recursive: true });

  for (const sc of SCENARIOS) {
    it(sc.name, () => {
      const r = runBin(dataFolder(sc), ['draft', CONTACTS[sc.contact].slug, ...sc.args], { env: { INFOVIEW_NOW: SCENARIO_NOW } });
      const { result, finding } = outcome(r);
      golden(sc.name, goldenText(sc, r, result));
      expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (r.code === 0) {
        const group = drafts.get(groupOf(sc)) ?? [];
        drafts.set(groupOf(sc), [...group, { kind: sc.kind, text: r.stdout }]);
      }
      const introducerName = contactOf(sc).introducedBy ? INTRODUCER.contact.name : undefined;
      const lint = r.code !== 0 ? [] : lintDraft({
        kind: sc.kind, channel: sc.channel, text: r.stdout, contact: contactOf(sc), introducerName,
        config: resolveConfig(PROFILES[sc.profile] as RawConfig), blankAnnounced: announcesBlank(r.stderr),
      });
      gate(sc.name, unique([...(finding ? [finding] : []), ...lint.map((f) => `${f.rule}: ${f.excerpt}`)]));
    });
  }

  for (const group of unique(SCENARIOS.map(groupOf))) {
    it(`${group}: no sentence of eight or more words in two kinds`, () => {
      gate(group, repeatedSentences(drafts.get(group) ?? []).map((f) => `${f.rule}: ${f.excerpt} (${f.message.replace(/^.* in the /, '')})`));
    });
  }

  it('the corpus is at least 40 scenarios with distinct names, and every golden file and listed finding belongs to one', () => {
    const names = SCENARIOS.map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(unique(names)).toEqual(names);
    const strays = readdirSync(GOLDEN).filter((f) => !names.includes(f.replace(/\.txt$/, '')));
    if (updateGolden) for (const f of strays) rmSync(join(GOLDEN, f));
    else expect(strays, 'golden files of no scenario: delete them').toEqual([]);
    const keys = [...names, ...SCENARIOS.map(groupOf)];
    expect(Object.keys(known).filter((k) => !keys.includes(k)), 'known-findings.json lists a scenario that does not exist').toEqual([]);
  });
});

afterAll(() => {
  // Only a full run may rewrite the list: a filtered run (-t) has not seen every scenario.
  const expected = SCENARIOS.length + unique(SCENARIOS.map(groupOf)).length;
  if (!updateFindings || Object.keys(found).length !== expected) return;
  const next: Findings = {};
  for (const name of Object.keys(found).sort()) {
    const keep = updateFindings === 'accept' ? (found[name] ?? []) : (known[name] ?? []).filter((f) => found[name]?.includes(f));
    if (keep.length) next[name] = keep;
  }
  writeFileSync(KNOWN_FILE, `${JSON.stringify(next, null, 2)}\n`);
});
