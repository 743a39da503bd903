/**
 * The files one command changed, in order, and the bytes it wrote to each: what the git
 * auto-commit commits. Made once per command (it travels in the Context) and handed to every
 * data write, so a command is covered without reporting its own files and no state is shared
 * between commands through a module.
 */
export class ChangeLog {
  readonly #files: string[] = [];
  readonly #written = new Map<string, string | Uint8Array>();

  /** `path` now holds `data` (an atomic write or create). */
  wrote(path: string, data: string | Uint8Array): void {
    this.#files.push(path);
    this.#written.set(path, data);
  }

  /** `path` changed another way (a removed file, a folder to commit as it is). */
  changed(path: string): void {
    this.#files.push(path);
    this.#written.delete(path);
  }

  /** Each changed file once, in the order of its first change. */
  files(): string[] {
    return [...new Set(this.#files)];
  }

  /**
   * What this command last wrote to each file: the auto-commit commits these bytes, not whatever
   * the file holds by then (another process may have written it since).
   */
  get written(): ReadonlyMap<string, string | Uint8Array> {
    return this.#written;
  }
}
