import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { defaultDataDir, expandHome, relativeInside, riskyPlace } from '../../src/store/paths.js';

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

describe('relativeInside', () => {
  it('gives the path inside the folder, and nothing for a path above it', () => {
    expect(relativeInside('/data', '/data/contacts/maya-chen.yaml', path.posix)).toBe('contacts/maya-chen.yaml');
    expect(relativeInside('/data', '/data/..prep.md', path.posix)).toBe('..prep.md');
    for (const outside of ['/data', '/elsewhere/prep.md', '/prep.md', '/data/../prep.md']) expect(relativeInside('/data', outside, path.posix)).toBeUndefined();
  });

  it('on Windows, a file on another drive is outside, though relative() gives an absolute path', () => {
    expect(path.win32.relative('C:\\data', 'D:\\out\\prep.md')).toBe('D:\\out\\prep.md');
    expect(relativeInside('C:\\data', 'D:\\out\\prep.md', path.win32)).toBeUndefined();
    expect(relativeInside('C:\\data', 'C:\\Users\\Ana\\prep.md', path.win32)).toBeUndefined();
    expect(relativeInside('C:\\data', 'c:\\DATA\\contacts\\maya-chen.yaml', path.win32)).toBe('contacts\\maya-chen.yaml');
  });
});

describe('defaultDataDir', () => {
  it('is the folder each platform names for per-user data', () => {
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\Ana\\AppData\\Local' }, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Local\\infoview\\Data');
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Local\\infoview\\Data');
    expect(defaultDataDir('darwin', { XDG_DATA_HOME: '/elsewhere' }, '/Users/ana')).toBe('/Users/ana/Library/Application Support/infoview');
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.local/share/infoview');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/ana' }, '/home/ana')).toBe('/data/ana/infoview');
    expect(defaultDataDir('freebsd', { XDG_DATA_HOME: '' }, '/home/ana')).toBe('/home/ana/.local/share/infoview');
  });
});

describe('riskyPlace', () => {
  it('names OneDrive, the Desktop and removable drives, on each platform', () => {
    const env = { OneDrive: 'C:\\Users\\Ana\\OneDrive' };
    expect(riskyPlace('C:\\Users\\Ana\\OneDrive\\Documents\\infoview', 'win32', env, 'C:\\Users\\Ana')).toMatch(/OneDrive/);
    expect(riskyPlace('c:\\users\\ana\\onedrive - Lakeside University\\infoview', 'win32', {}, 'C:\\Users\\Ana')).toMatch(/OneDrive/);
    expect(riskyPlace('C:\\Users\\Ana\\Desktop\\infoview', 'win32', {}, 'C:\\Users\\Ana')).toMatch(/Desktop/);
    expect(riskyPlace('/Users/ana/Desktop/infoview', 'darwin', {}, '/Users/ana')).toMatch(/Desktop/);
    expect(riskyPlace('/Volumes/USB/infoview', 'darwin', {}, '/Users/ana')).toMatch(/removable/);
    expect(riskyPlace('/media/ana/USB/infoview', 'linux', {}, '/home/ana')).toMatch(/removable/);
    expect(riskyPlace('/Users/ana/Desktop', 'darwin', {}, '/Users/ana')).toMatch(/Desktop/);
    expect(riskyPlace('C:\\Users\\Ana\\OneDrive', 'win32', env, 'C:\\Users\\Ana')).toMatch(/OneDrive/);
  });

  it('says nothing for the default folders, or a folder merely named like those', () => {
    expect(riskyPlace('C:\\Users\\Ana\\AppData\\Local\\infoview\\Data', 'win32', { OneDrive: 'C:\\Users\\Ana\\OneDrive' }, 'C:\\Users\\Ana')).toBeUndefined();
    expect(riskyPlace('/Users/ana/Library/Application Support/infoview', 'darwin', {}, '/Users/ana')).toBeUndefined();
    expect(riskyPlace('/home/ana/.local/share/infoview', 'linux', {}, '/home/ana')).toBeUndefined();
    expect(riskyPlace('/home/ana/Desktop-notes/infoview', 'linux', {}, '/home/ana')).toBeUndefined();
    expect(riskyPlace('/home/ana/onedrive-export', 'linux', {}, '/home/ana')).toBeUndefined();
  });
});
