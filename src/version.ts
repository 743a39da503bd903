/** The app version: shown by `--version`, and part of the derived index's key (a new version rebuilds it). */
export const VERSION = '0.1.0';
