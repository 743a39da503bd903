// `npm pack` / `npm publish` (prepack, postpack): the packed package.json leaves out `prepare`.
// It builds a clone on `npm install` / `npm ci`; in the tarball it would only make `npm install -g`
// warn about an install script (npm 11 allowScripts) that npm never runs for a tarball anyway.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const BACKUP = '.package.json.prepack';

if (process.argv[2] === 'strip') {
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(BACKUP, text);
  const manifest = JSON.parse(text);
  delete manifest.scripts.prepare;
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else if (process.argv[2] === 'restore') {
  if (existsSync(BACKUP)) renameSync(BACKUP, MANIFEST);
} else {
  process.stderr.write('usage: node scripts/pack-manifest.mjs strip|restore\n');
  process.exitCode = 2;
}
