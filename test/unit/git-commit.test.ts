import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitMessage, nameInFile } from '../../src/store/git-commit.js';
import { tempDir } from '../helpers/index.js';

describe('commit messages', () => {
  const dir = tempDir();
  const file = (slug: string, text: string) => {
    const path = join(dir, `${slug}.yaml`);
    writeFileSync(path, text);
    return path;
  };
  const maya = file('maya-chen', '# note\nname: "Maya Chen" # comment\nrole: x\n');
  const jose = file('jose-nunez', "role: x\nname: 'José Núñez'\n");
  const gone = join(dir, 'sam-rivera.yaml');

  it('reads the name from the file, falling back to the slug', () => {
    expect(nameInFile(maya)).toBe('Maya Chen');
    expect(nameInFile(jose)).toBe('José Núñez');
    expect(nameInFile(gone)).toBe('sam-rivera');
  });

  it('without contacts, the other files name the change', () => {
    expect(commitMessage('templates', undefined, [], ['templates/email.liquid'])).toBe('templates: templates/email.liquid');
  });

  const cases: [string, string | undefined, string[], string][] = [
    ['add meeting', undefined, [maya], 'add meeting: Maya Chen'],
    ['debrief', 'Maya Chen, 2 referrals', [maya], 'debrief: Maya Chen, 2 referrals'],
    ['templates eject', undefined, [], 'templates eject'],
    ['import linkedin', undefined, [maya, jose, gone, maya], 'import linkedin: Maya Chen, José Núñez, sam-rivera and 1 more'],
  ];
  for (const [path, summary, files, message] of cases) it(message, () => expect(commitMessage(path, summary, files)).toBe(message));
});
