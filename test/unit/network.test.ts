import { describe, expect, it } from 'vitest';
import { branchOf, buildNetwork, type NetworkPerson } from '../../src/domain/network.js';
import { drawBranch, drawNetwork } from '../../src/render/network.js';

const p = (slug: string, introducedBy?: string): NetworkPerson => ({ slug, name: slug.toUpperCase(), status: 'new', introducedBy });

describe('buildNetwork + drawNetwork', () => {
  const cases: { name: string; people: NetworkPerson[]; drawn: string }[] = [
    {
      name: 'a two-level tree, loners after',
      people: [p('sam'), p('maya', 'sam'), p('dana', 'maya'), p('lee', 'sam'), p('zoe')],
      drawn: ['SAM (sam) new', '├─ LEE (lee) new', '└─ MAYA (maya) new', '   └─ DANA (dana) new', 'ZOE (zoe) new'].join('\n'),
    },
    {
      name: 'a dangling slug becomes a placeholder root',
      people: [p('maya', 'ghost'), p('dana', 'ghost')],
      drawn: ['ghost (no such contact: named in introducedBy)', '├─ DANA (dana) new', '└─ MAYA (maya) new'].join('\n'),
    },
    {
      name: 'a loop is cut at its first member and marked',
      people: [p('bo', 'al'), p('al', 'bo'), p('cy', 'bo')],
      drawn: ['AL (al) new ↺ introduced by bo, which loops back here', '└─ BO (bo) new', '   └─ CY (cy) new'].join('\n'),
    },
    {
      name: 'a self-introduction is a loop of one',
      people: [p('al', 'al')],
      drawn: 'AL (al) new ↺ introduced by al, which loops back here',
    },
    {
      name: 'introducedBy written as a full name resolves',
      people: [p('sam'), { slug: 'maya', name: 'Maya', status: 'met', introducedBy: 'sam' }, { slug: 'x', name: 'X', status: 'new', introducedBy: 'maya' }],
      drawn: ['SAM (sam) new', '└─ Maya (maya) met', '   └─ X (x) new'].join('\n'),
    },
  ];
  for (const c of cases) it(c.name, () => expect(drawNetwork(buildNetwork(c.people))).toBe(c.drawn));

  it('a branch shows the chain above and the subtree below', () => {
    const forest = buildNetwork([p('sam'), p('maya', 'sam'), p('dana', 'maya'), p('lee', 'sam')]);
    const found = branchOf(forest, 'maya');
    expect(found).toBeDefined();
    expect(drawBranch(found!.node, found!.above)).toBe('introduced through: SAM\nMAYA (maya) new\n└─ DANA (dana) new');
  });
});
