/** The picker and the bundled bank, measured as properties over many seeds and counts (DOMAIN.md "Questions, measured"). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/domain/enums.js';
import { availableCount, eligibleQuestions, selectQuestions } from '../../src/domain/question-picker.js';
import { fillSlots, isOpenQuestion, THEMES, type Tailoring, type Theme } from '../../src/domain/questions.js';
import { parseQuestionBank } from '../../src/store/question-bank.js';
import { ROOT } from '../helpers/index.js';

const BANK_FILE = join(ROOT, 'templates/questions.yaml');
const bank = parseQuestionBank(BANK_FILE, readFileSync(BANK_FILE, 'utf8')).questions;
const SEEDS = Array.from({ length: 300 }, (_, i) => i * 7919 + 1);
const AIRBNB: Tailoring = { field: 'data science', role: 'Data Scientist', company: 'Airbnb' };

const combos: { name: string; tailoring: Tailoring; stage?: Stage; count: number }[] = [
  { name: 'field, role and company, 9 questions', tailoring: AIRBNB, count: 9 },
  { name: 'field, role and company for a student, 9 questions', tailoring: AIRBNB, stage: 'student', count: 9 },
  { name: 'a field for a career-changer, 7 questions', tailoring: { field: 'nursing' }, stage: 'career-changer', count: 7 },
  { name: 'a company for a graduate, 5 questions', tailoring: { company: 'Fathom & Co' }, stage: 'graduate', count: 5 },
  { name: 'nothing known, 9 questions', tailoring: {}, count: 9 },
];

describe('every eligible question can be chosen', () => {
  for (const c of combos) {
    it(`${c.name}: at least 90 % of the eligible questions appear over 300 seeds`, () => {
      const eligible = new Set(eligibleQuestions(bank, c.tailoring, c.stage).map((q) => fillSlots(q.text, c.tailoring)));
      const seen = new Set<string>();
      for (const seed of SEEDS) for (const q of selectQuestions(bank, { count: c.count, seed, tailoring: c.tailoring, stage: c.stage })) seen.add(q.text);
      for (const text of seen) expect(eligible.has(text), text).toBe(true);
      const missing = [...eligible].filter((t) => !seen.has(t));
      expect(seen.size / eligible.size, `never chosen:\n${missing.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('asks about the culture at Airbnb in some list, and no question in most of them', () => {
    const lists = SEEDS.map((seed) => selectQuestions(bank, { count: 9, seed, tailoring: AIRBNB }).map((q) => q.text));
    expect(lists.some((l) => l.includes('How would you describe the culture at Airbnb?'))).toBe(true);
    const counts = new Map<string, number>();
    for (const l of lists) for (const t of l) counts.set(t, (counts.get(t) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThan(SEEDS.length / 2);
  });
});

describe('exactly one referral question', () => {
  const tailorings: Tailoring[] = [{}, AIRBNB, { field: 'nursing' }, { company: 'Acme' }];
  const stages: (Stage | undefined)[] = [undefined, 'student', 'career-changer'];
  it('in every list of 1 to 100 questions, marked and last', () => {
    for (let count = 1; count <= 100; count++) {
      for (const [i, tailoring] of tailorings.entries()) {
        const stage = stages[(count + i) % stages.length];
        for (const seed of [count * 31 + i, 99_991 * i + count]) {
          const list = selectQuestions(bank, { count, seed, tailoring, stage });
          expect(list.filter((q) => q.referral), `count ${count}, seed ${seed}`).toHaveLength(1);
          expect(list.at(-1)?.referral).toBe(true);
          expect(list.at(-1)?.theme).toBe('people');
          expect(list).toHaveLength(Math.min(count, availableCount(bank, tailoring, stage)));
        }
      }
    }
  });

  it('a count of 1 is the referral question alone', () => {
    for (const seed of SEEDS.slice(0, 50)) expect(selectQuestions(bank, { count: 1, seed, tailoring: AIRBNB })).toEqual([expect.objectContaining({ referral: true })]);
  });

  it('never marks a role-model question as the referral', () => {
    const roleModel = 'Whose career path would you point me to as an example worth learning from?';
    for (const seed of SEEDS) {
      for (const q of selectQuestions(bank, { count: 30, seed, tailoring: {} })) if (q.text === roleModel) expect(q.referral).toBe(false);
    }
  });
});

describe('tailoring and balance', () => {
  const given: Tailoring[] = [AIRBNB, { field: 'nursing', company: 'St. Mary' }, { role: 'Pastry Chef' }, { role: 'Owner', company: 'Crumb & Co' }];
  it('from 4 questions up, every given field, role and company is used at least once', () => {
    for (const tailoring of given) {
      for (let count = 4; count <= 24; count++) {
        for (const seed of SEEDS.slice(0, 30)) {
          const text = selectQuestions(bank, { count, seed, tailoring }).map((q) => q.text).join('\n');
          for (const value of Object.values(tailoring)) expect(text, `count ${count}, seed ${seed}`).toContain(value);
        }
      }
    }
  });

  it('keeps the themes balanced: one each up to nine, then no theme two ahead of another', () => {
    for (const tailoring of [{}, AIRBNB]) {
      for (let count = 1; count <= 40; count++) {
        for (const seed of SEEDS.slice(0, 20)) {
          const list = selectQuestions(bank, { count, seed, tailoring });
          const perTheme = new Map<Theme, number>();
          for (const q of list) perTheme.set(q.theme, (perTheme.get(q.theme) ?? 0) + 1);
          const counts = THEMES.map((t) => perTheme.get(t) ?? 0);
          if (count <= THEMES.length) expect(Math.max(...counts)).toBe(1);
          else expect(Math.max(...counts) - Math.min(...counts), `count ${count}`).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('gives student and career-changer questions only to those stages', () => {
    const staged = (stage: Stage | undefined) => eligibleQuestions(bank, AIRBNB, stage).filter((q) => q.stage);
    expect(staged(undefined)).toEqual([]);
    expect(staged('professional')).toEqual([]);
    for (const q of staged('student')) expect(q.stage).toContain('student');
    for (const q of staged('career-changer')) expect(q.stage).toContain('career-changer');
    const switchers = bank.filter((q) => /another career|career change|retrain|earlier work|previous career/i.test(q.text));
    expect(switchers.length).toBeGreaterThan(0);
    for (const q of switchers) expect(q.stage, q.text).toEqual(['career-changer']);
  });
});

describe('the bundled bank, measured', () => {
  it('has at least 12 questions per theme and 108 in all', () => {
    expect(bank.length).toBeGreaterThanOrEqual(108);
    for (const theme of THEMES) expect(bank.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(12);
  });

  it('has no closed and no duplicate questions', () => {
    expect(bank.filter((q) => !isOpenQuestion(q.text)).map((q) => q.text)).toEqual([]);
    const key = (t: string) => t.toLowerCase().replace(/[^a-z{} ]/g, '').replace(/\s+/g, ' ');
    const keys = bank.map((q) => key(q.text));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has variants for students and for career-changers in at least four themes each', () => {
    for (const stage of ['student', 'career-changer'] as const) {
      const themes = new Set(bank.filter((q) => q.stage?.includes(stage)).map((q) => q.theme));
      expect(themes.size, stage).toBeGreaterThanOrEqual(4);
      expect(bank.some((q) => q.referral && q.stage?.includes(stage)), stage).toBe(true);
    }
  });

  it('covers what careers offices tell students to ask', () => {
    const asks = [/entry-level titles|first job/i, /advance|move up/i, /further study/i, /surprised you most/i, /working hours/i, /on site|from home/i];
    for (const ask of asks) expect(bank.some((q) => ask.test(q.text)), String(ask)).toBe(true);
  });

  it('keeps referral questions in the people theme, several for everyone', () => {
    for (const q of bank.filter((x) => x.referral)) expect(q.theme).toBe('people');
    expect(bank.filter((q) => q.referral && !q.stage).length).toBeGreaterThanOrEqual(4);
    expect(bank.some((q) => q.theme === 'people' && !q.referral)).toBe(true);
  });

  it('reads as natural English with any role: no article before a substituted role, no web-search questions', () => {
    for (const q of bank) {
      expect(q.text, q.text).not.toMatch(/\b(a|an)\s+\{\{\s*role/i);
      expect(q.text, q.text).not.toMatch(/share their work publicly|wider economy|meetings, focused work/i);
    }
  });
});
