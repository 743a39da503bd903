/** A user template (they can arrive by sync) that renders for too long or too large stops with one clear line, exit 1. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/index.js';
import { exampleWorkspace } from '../helpers/workspace.js';

const override = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'templates', file), text);
};

const cases = [
  { name: 'a loop of 10⁸ steps', template: '{% for i in (1..100000000) %}x{% endfor %}\n', expect: /builds too much text|took too long/ },
  {
    name: 'nested loops that run for ever',
    template: '{% for i in (1..5000) %}{% for j in (1..3000) %}{% assign k = j %}{% endfor %}{% endfor %}\n',
    expect: /took too long to render \(over 2 s\)|builds too much text/,
  },
  { name: 'a capture that doubles itself', template: '{% assign x = "0123456789" %}{% for i in (1..40) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}{{ x }}\n', expect: /too much text|took too long/ },
  {
    name: 'output over the size bound, made quickly',
    template: '{% assign x = "0123456789" %}{% for i in (1..14) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}{% for i in (1..8) %}{{ x }}{% endfor %}\n',
    expect: /renders too much text \(over 1000000 characters\)/,
  },
  { name: 'a template text over the length bound', template: `${'x'.repeat(1_100_000)}\n`, expect: /too long \(over 1000000 characters\)/ },
];

describe('template limits', () => {
  for (const c of cases) {
    it(`${c.name}: exit 1, naming the template, within seconds`, async () => {
      const dir = exampleWorkspace();
      override(dir, 'phone.liquid', c.template);
      const started = Date.now();
      const r = await runCli(dir, ['draft', 'maya', '--kind', 'phone']);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`infoview: ${join(dir, 'templates', 'phone.liquid')}: `);
      expect(r.stderr).toMatch(c.expect);
      expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
    }, 15_000);
  }

  it('the prep sheet is bounded the same way', async () => {
    const dir = exampleWorkspace();
    override(dir, 'prep.liquid', '{% for i in (1..100000000) %}x{% endfor %}\n');
    const r = await runCli(dir, ['prep', 'maya']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(join(dir, 'templates', 'prep.liquid'));
  });
});
