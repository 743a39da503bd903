import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableCount, selectQuestions, seedFrom } from '../../src/domain/question-picker.js';
import {
  fillSlots, fits, isOpenQuestion, THEMES, type BankQuestion, type Theme,
} from '../../src/domain/questions.js';
import { parseQuestionBank } from '../../src/store/question-bank.js';
import { ROOT } from '../helpers/index.js';

const BANK_FILE = join(ROOT, 'templates/questions.yaml');
const bank = parseQuestionBank(BANK_FILE, readFileSync(BANK_FILE, 'utf8'));

describe('isOpenQuestion', () => {
  const cases: [string, boolean][] = [
    ['How did you get started?', true],
    ['What does a typical week look like?', true],
    ['Who else should I talk to?', true],
    ['Which skills matter most?', true],
    ['If you were me, what would you do?', true],
    ['Do you like your job?', false],
    ['does it pay well?', false],
    ['Is the culture friendly?', false],
    ['Are there openings?', false],
    ['Was it hard?', false],
    ['Could I shadow you?', false],
    ['Would you recommend it?', false],
    ['Should I get a degree?', false],
    ['Have you always worked here?', false],
    ['May I stay in touch?', false],
    ["Don't you find it stressful?", false],
    ['  Can you tell me more?', false],
  ];
  for (const [text, open] of cases) it(`${open ? 'accepts' : 'rejects'} "${text}"`, () => expect(isOpenQuestion(text)).toBe(open));
});

describe('fits and fillSlots', () => {
  const q = (text: string, extra: Partial<BankQuestion> = {}): BankQuestion => ({ theme: 'path', text, ...extra });
  const cases: { name: string; q: BankQuestion; t: Record<string, string>; fits: boolean }[] = [
    { name: 'no slot always fits', q: q('How did you start?'), t: {}, fits: true },
    { name: 'a slot needs its value', q: q('Why {{ company }}?'), t: {}, fits: false },
    { name: 'a slot with its value fits', q: q('Why {{ company }}?'), t: { company: 'Acme' }, fits: true },
    { name: 'a blank value counts as unknown', q: q('Why {{ company }}?'), t: { company: '  ' }, fits: false },
    { name: 'when needs the detail', q: q('How did you start?', { when: ['field'] }), t: {}, fits: false },
    { name: 'unless excludes the detail', q: q('How did you start?', { unless: ['field'] }), t: { field: 'UX' }, fits: false },
  ];
  for (const c of cases) it(c.name, () => expect(fits(c.q, c.t)).toBe(c.fits));

  it('fills every slot in one pass, never expanding a value', () => {
    expect(fillSlots('Why {{ company }} as a {{role}}?', { company: '{{ role }}', role: 'Chef' })).toBe('Why {{ role }} as a Chef?');
    expect(fillSlots('About {{ field }}', { field: '{% include "x" %}' })).toBe('About {% include "x" %}');
  });
});

describe('selectQuestions', () => {
  const pick = (count: number, seed = 1, tailoring = {}) => selectQuestions(bank.questions, { count, seed, tailoring });
  const cases = [1, 2, 3, 5, 8, 9, 12, 20];
  for (const count of cases) {
    it(`gives ${count} questions, one from "people", balanced across themes`, () => {
      const list = pick(count, count * 7);
      expect(list).toHaveLength(count);
      expect(list.filter((q) => q.theme === 'people').length).toBeGreaterThanOrEqual(1);
      const perTheme = new Map<Theme, number>();
      for (const q of list) perTheme.set(q.theme, (perTheme.get(q.theme) ?? 0) + 1);
      const counts = THEMES.map((t) => perTheme.get(t) ?? 0);
      // No theme gets a second question before every theme has its first.
      if (count <= THEMES.length) expect(Math.max(...counts)).toBe(1);
      else expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(new Set(list.map((q) => q.text)).size).toBe(count);
    });
  }

  it('is stable for a seed and differs between seeds', () => {
    expect(pick(5, seedFrom('maya-chen'))).toEqual(pick(5, seedFrom('maya-chen')));
    const lists = new Set([1, 2, 3, 4, 5, 6].map((s) => JSON.stringify(pick(5, s))));
    expect(lists.size).toBeGreaterThan(1);
  });

  it('comes back in conversation order, people last', () => {
    const list = pick(9, 42);
    expect(list.map((q) => q.theme)).toEqual([...THEMES]);
  });

  it('tailors with the details given and leaves no slot unfilled', () => {
    for (let seed = 0; seed < 30; seed++) {
      const list = pick(9, seed, { company: 'Acme Corp', role: 'Data Analyst', field: 'analytics' });
      for (const q of list) expect(q.text).not.toMatch(/\{\{/);
      expect(list.some((q) => /Acme Corp|Data Analyst|analytics/.test(q.text))).toBe(true);
    }
    for (const q of pick(20, 3)) expect(q.text).not.toMatch(/\{\{/);
  });

  it('gives nothing for a count of 0 and everything it has for a huge count, with one referral', () => {
    expect(pick(0)).toEqual([]);
    const fitting = bank.questions.filter((q) => fits(q, {}));
    expect(pick(1000).length).toBe(fitting.filter((q) => !q.referral).length + 1);
    expect(pick(1000).length).toBe(availableCount(bank.questions, {}));
  });
});

describe('the bundled question bank', () => {
  it('has at least 60 questions, at least 6 per theme, and no warnings', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(60);
    for (const theme of THEMES) expect(bank.questions.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(6);
    expect(bank.warnings).toEqual([]);
  });

  it('asks only open questions (none answerable with yes or no)', () => {
    const closed = bank.questions.filter((q) => !isOpenQuestion(q.text)).map((q) => `${q.line}: ${q.text}`);
    expect(closed).toEqual([]);
  });

  it('ends every question with a question mark or a full stop', () => {
    for (const q of bank.questions) expect(q.text, q.text).toMatch(/[?.]$/);
  });
});

describe('parseQuestionBank', () => {
  it('reads stage and referral', () => {
    const text = '- theme: path\n  text: How did you start?\n  stage: [student, graduate]\n- theme: people\n  text: Who else?\n  referral: true\n- theme: people\n  text: Whose path inspires you?\n';
    const { questions } = parseQuestionBank('/x/questions.yaml', text);
    expect(questions.map((q) => [q.stage, q.referral])).toEqual([[['student', 'graduate'], undefined], [undefined, true], [undefined, undefined]]);
  });

  it('warns with file and line about a yes/no question', () => {
    const text = '- theme: path\n  text: How did you start?\n- theme: people\n  text: Do you know anyone else?\n';
    const { questions, warnings } = parseQuestionBank('/x/questions.yaml', text);
    expect(questions).toHaveLength(2);
    expect(warnings).toEqual([expect.stringContaining('/x/questions.yaml:3: "Do you know anyone else?" can be answered with yes or no')]);
  });

  const bad: [string, string, RegExp][] = [
    ['an unknown theme', '- theme: money\n  text: How much?\n', /line 1: theme "money"/],
    ['a missing text', '- theme: path\n', /line 1: each question needs a `text`/],
    ['an unknown slot', '- theme: path\n  text: Hi {{ me.name }}?\n', /line 1: unknown variable "me.name"/],
    ['a map instead of a list', 'theme: path\n', /expected a list/],
    ['a bad when', '- theme: path\n  text: How?\n  when: [salary]\n', /when lists "salary"/],
    ['a bad stage', '- theme: path\n  text: How?\n  stage: [retiree]\n', /line 1: stage lists "retiree"; expected student, graduate, career-changer, professional/],
    ['a referral that is not true or false', '- theme: people\n  text: Who?\n  referral: maybe\n', /line 1: referral is "maybe"; expected true or false/],
    ['broken YAML', '- theme: [path\n', /questions.yaml/],
    ['broken YAML, naming line and column', '- theme: [path\n', /questions.yaml: line \d+, column \d+: /],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n')}\n`, /too many YAML aliases/],
    ['a file over 1 MiB', `- theme: path\n  text: "${'x'.repeat(1_100_000)}?"\n`, /larger than 1 MiB/],
  ];
  for (const [name, text, message] of bad) {
    it(`rejects ${name}`, () => expect(() => parseQuestionBank('/x/questions.yaml', text)).toThrow(message));
  }
});
