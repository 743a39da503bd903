import { describe, expect, it } from 'vitest';
import { targetsTable } from '../../src/render/targets.js';
import { makePaint } from '../../src/render/paint.js';
import { scoresText, suggestTargets, targetCoverage, targetRows, type Person, type Target } from '../../src/domain/targets.js';

const person = (name: string, company: string | undefined, status: Person['status'], source?: string): Person => ({
  slug: name.toLowerCase().replace(/ /g, '-'),
  name,
  company,
  status,
  ...(source ? { source } : {}),
});

describe('targetRows: rank order', () => {
  it('ranks by motivation, then posting, then advocacy; unscored last; ties keep the file order', () => {
    const targets: Target[] = [
      { employer: 'Unscored' },
      { employer: 'M4 P3', motivation: 4, posting: 3 },
      { employer: 'M5 P1', motivation: 5, posting: 1 },
      { employer: 'M5 P2 no', motivation: 5, posting: 2, advocacy: false },
      { employer: 'M5 P2 yes', motivation: 5, posting: 2, advocacy: true },
      { employer: 'M5 P2 yes again', motivation: 5, posting: 2, advocacy: true },
    ];
    expect(targetRows(targets, []).map((r) => r.employer)).toEqual(['M5 P2 yes', 'M5 P2 yes again', 'M5 P2 no', 'M5 P1', 'M4 P3', 'Unscored']);
  });

  it('advocacy defaults to yes when you know someone there (archived people do not count), and a set value wins', () => {
    const people = [person('Maya Chen', 'Northwind Health, Inc.', 'new'), person('Old Friend', 'Contoso', 'archived')];
    const rows = targetRows([{ employer: 'Northwind Health', motivation: 3 }, { employer: 'Contoso Ltd', motivation: 3 }, { employer: 'Fabrikam', motivation: 3, advocacy: true }], people);
    expect(rows.map((r) => [r.employer, r.advocacy])).toEqual([
      ['Northwind Health', true],
      ['Fabrikam', true],
      ['Contoso Ltd', false],
    ]);
    expect(rows.find((r) => r.employer === 'Contoso Ltd')?.contacts).toEqual([{ slug: 'old-friend', name: 'Old Friend', status: 'archived' }]);
  });
});

describe('targetRows: the next step', () => {
  const cases: { name: string; people: Person[]; next: string }[] = [
    { name: 'no one there', people: [], next: 'find an alum at Northwind Health' },
    { name: 'only archived people', people: [person('Old Friend', 'Northwind Health', 'archived')], next: 'find an alum at Northwind Health' },
    { name: 'someone new', people: [person('Maya Chen', 'Northwind Health', 'new')], next: 'write to Maya Chen' },
    { name: 'an alum before others', people: [person('Ann Lee', 'Northwind Health', 'new'), person('Maya Chen', 'Northwind Health', 'new', 'alumni')], next: 'write to Maya Chen' },
    { name: 'outreach pending', people: [person('Maya Chen', 'Northwind Health', 'contacted')], next: 'wait / try another' },
    { name: 'someone new beside a pending outreach', people: [person('Maya Chen', 'Northwind Health', 'contacted'), person('Sam Rivera', 'Northwind Health', 'new')], next: 'write to Sam Rivera' },
    { name: 'a reply', people: [person('Maya Chen', 'Northwind Health', 'replied')], next: 'schedule with Maya Chen' },
    { name: 'a meeting ahead', people: [person('Maya Chen', 'Northwind Health', 'scheduled')], next: 'prepare for Maya Chen' },
    { name: 'met, not thanked: first of all', people: [person('Sam Rivera', 'Northwind Health', 'new'), person('Maya Chen', 'Northwind Health', 'met')], next: 'thank Maya Chen' },
    { name: 'thanked', people: [person('Maya Chen', 'Northwind Health', 'thanked')], next: 'stay in touch with Maya Chen' },
    { name: 'people elsewhere only', people: [person('Maya Chen', 'Northwind', 'new')], next: 'find an alum at Northwind Health' },
  ];
  for (const c of cases) it(c.name, () => expect(targetRows([{ employer: 'Northwind Health' }], c.people)[0]?.next).toBe(c.next));
});

describe('scoresText', () => {
  it('says each score, and "not scored" for a missing one', () => {
    expect(scoresText({ motivation: 5, posting: 2, advocacy: true })).toBe('motivation 5, posting 2, advocacy yes');
    expect(scoresText({ motivation: null, posting: null, advocacy: false })).toBe('motivation not scored, posting not scored, advocacy no');
  });
});

describe('targetCoverage', () => {
  const now = new Date('2026-11-23T10:00:00-08:00');
  const at = (iso: string) => ({ atMs: Date.parse(iso) });
  it('counts the contacts at each target and those met by now, in the file order', () => {
    const contacts = [
      { facts: { company: 'Northwind Health, Inc.', meetings: [at('2026-11-20T10:00:00-08:00')] } },
      { facts: { company: 'northwind health', meetings: [at('2026-12-01T10:00:00-08:00')] } },
      { facts: { company: 'Contoso', meetings: [] } },
      { facts: { meetings: [at('2026-11-01T10:00:00-08:00')] } },
    ];
    expect(targetCoverage([{ employer: 'Northwind Health' }, { employer: 'Contoso Ltd' }, { employer: 'Fabrikam' }], contacts, now)).toEqual([
      { employer: 'Northwind Health', contacts: 2, met: 1 },
      { employer: 'Contoso Ltd', contacts: 1, met: 0 },
      { employer: 'Fabrikam', contacts: 0, met: 0 },
    ]);
  });
  it('is empty without targets', () => expect(targetCoverage([], [], now)).toEqual([]));
  it('leaves archived contacts out, as the advocacy and the next step do', () => {
    const contacts = [{ facts: { company: 'Fabrikam', archivedMs: Date.parse('2026-11-01T10:00:00-08:00'), meetings: [at('2026-10-20T10:00:00-08:00')] } }];
    expect(targetCoverage([{ employer: 'Fabrikam' }], contacts, now)).toEqual([{ employer: 'Fabrikam', contacts: 0, met: 0 }]);
  });
});

describe('suggestTargets', () => {
  it('lists companies that are not targets yet, most people first, spellings folded together', () => {
    const people = [
      person('A', 'Contoso Ltd', 'new'),
      person('B', 'contoso', 'new'),
      person('C', 'Contoso Ltd', 'new'),
      person('D', 'Fabrikam', 'new'),
      person('E', 'Northwind Health Inc.', 'new'),
      person('F', undefined, 'new'),
    ];
    expect(suggestTargets([{ employer: 'Northwind Health' }], people)).toEqual([
      { employer: 'Contoso Ltd', people: 3 },
      { employer: 'Fabrikam', people: 1 },
    ]);
  });
});

describe('targetsTable', () => {
  it('names two people a row, after how many there are', () => {
    const people = ['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Eng'].map((n) => person(n, 'Contoso', 'new'));
    const text = targetsTable(targetRows([{ employer: 'Contoso', motivation: 4 }], people), makePaint(false, ''));
    expect(text.split('\n')[1]).toMatch(/^1\s+Contoso\s+4\s+-\s+yes\s+4 people: Ann Lee \(new\), Bo Chan \(new\), …\s+write to Ann Lee$/);
  });
});
