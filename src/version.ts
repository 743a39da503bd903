/** The app version: shown by `--version`, and part of the cache's header (a new version rebuilds the cache). */
export const VERSION = '0.1.0';
