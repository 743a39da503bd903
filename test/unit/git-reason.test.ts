import { describe, expect, it } from 'vitest';
import { gitEnv, gitReason } from '../../src/store/git.js';
import { holdsConflictMarkers } from '../../src/store/sync-stop.js';

describe("gitReason: the line of git's stderr that says why", () => {
  const cases: [string, string, string][] = [
    ['a path that is no repository', "fatal: '/tmp/x.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n", "'/tmp/x.git' does not appear to be a git repository"],
    ['ssh that cannot find the host', 'ssh: Could not resolve hostname nope: Name or service not known\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n', 'ssh: Could not resolve hostname nope: Name or service not known'],
    ['https without network', "fatal: unable to access 'https://example.com/x.git/': Could not resolve host: example.com\n", "unable to access 'https://example.com/x.git/': Could not resolve host: example.com"],
    ['a rejected push', "To /tmp/r.git\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to '/tmp/r.git'\nhint: Updates were rejected because the remote contains work\n", '! [rejected]        main -> main (fetch first)'],
    ['warnings first', 'warning: redirecting to https://x/\nfatal: Authentication failed\n', 'Authentication failed'],
    ['nothing said', '', 'git gave no reason'],
  ];
  for (const [name, stderr, reason] of cases) it(name, () => expect(gitReason(stderr)).toBe(reason));
});

describe('gitEnv', () => {
  it('drops what points git at another repository and keeps the rest', () => {
    const env = gitEnv({ PATH: '/bin', GIT_DIR: '/x/.git', GIT_WORK_TREE: '/x', GIT_INDEX_FILE: '/x/.git/index', GIT_OBJECT_DIRECTORY: '/x/o', GIT_COMMON_DIR: '/x', GIT_AUTHOR_NAME: 'A', GIT_CONFIG_GLOBAL: '/c' });
    expect(env).toEqual({ PATH: '/bin', GIT_AUTHOR_NAME: 'A', GIT_CONFIG_GLOBAL: '/c' });
  });
});

describe('holdsConflictMarkers', () => {
  const cases: [string, string, boolean][] = [
    ['both sides', 'name: Maya\n<<<<<<< HEAD\nrole: A\n=======\nrole: B\n>>>>>>> 1a2b3c (edit: Maya Chen)\n', true],
    ['a bare marker line', 'name: Maya\n<<<<<<<\n', true],
    ['resolved', 'name: Maya\nrole: A and B\n', false],
    ['arrows inside a value', 'name: Maya\nnotes: "<<<<<<< not at the start"\n', false],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(holdsConflictMarkers(text)).toBe(expected));
});
