import { describe, expect, it } from 'vitest';
import { expandHome } from '../../src/store/paths.js';

describe('expandHome', () => {
  it('reads a leading ~ as the home folder on POSIX', () => {
    expect(expandHome('~', '/home/ana', 'linux')).toBe('/home/ana');
    expect(expandHome('~/infoview', '/Users/ana', 'darwin')).toBe('/Users/ana/infoview');
    expect(expandHome('~\\infoview', '/home/ana', 'linux')).toBe('~\\infoview');
  });

  it('takes either slash after ~ on Windows, as PowerShell and cmd pass it through', () => {
    expect(expandHome('~\\infoview', 'C:\\Users\\Ana', 'win32')).toBe('C:\\Users\\Ana\\infoview');
    expect(expandHome('~/infoview', 'C:\\Users\\Ana', 'win32')).toBe('C:\\Users\\Ana/infoview');
  });

  it('leaves ~user, a ~ inside a name and ordinary paths as they are', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(expandHome('~bob/x', '/home/ana', platform)).toBe('~bob/x');
      expect(expandHome('notes~/x', '/home/ana', platform)).toBe('notes~/x');
      expect(expandHome('/data/~/x', '/home/ana', platform)).toBe('/data/~/x');
      expect(expandHome('', '/home/ana', platform)).toBe('');
    }
  });
});
