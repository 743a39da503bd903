/**
 * The floor of a warm run over a big folder, as a reference figure for `npm run bench`: what any
 * run that trusts the derived index must do before its own work (list the folder, stat every
 * contact file, read and parse the index header) and nothing else. Usage: node bench/floor.mjs <data dir>
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const contacts = join(dir, 'contacts');
const fd = openSync(join(dir, '.index', 'contacts.idx'), 'r');
const prefix = Buffer.alloc(28);
readSync(fd, prefix, 0, prefix.length, 0);
const length = Number(prefix.toString('latin1', 15, 27));
const header = Buffer.allocUnsafe(length);
readSync(fd, header, 0, length, prefix.length);
closeSync(fd);
const entries = new Map(JSON.parse(header.toString('latin1')).entries.map((e) => [e[0], e]));
let current = 0;
for (const name of readdirSync(contacts).sort()) {
  const stats = statSync(join(contacts, name), { throwIfNoEntry: false });
  if (stats && entries.get(name.slice(0, -'.yaml'.length))?.[1] === stats.size) current += 1;
}
process.stdout.write(`${current}\n`);
