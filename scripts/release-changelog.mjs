// Release step after `changeset version`: gives the changes listed under `version: unreleased` in
// data/changelog.yaml the version that package.json now carries, and the release date, so that
// `mpp upgrade` quotes them between the right versions. Text edit only: comments and wrapping stay.
// Usage: node scripts/release-changelog.mjs   (run by `npm run release:version`)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UNRELEASED = /^(\s*)- version: unreleased[ \t]*$/m;

/** The changelog text with its unreleased entry stamped; unchanged when there is none. */
export function stampUnreleased(text, version, date) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`not a release version: ${version}`);
  if (new RegExp(`^\\s*- version: ${version.replace(/\./g, '\\.')}\\s*$`, 'm').test(text)) throw new Error(`data/changelog.yaml already has a release ${version}`);
  return text.replace(UNRELEASED, (_, indent) => `${indent}- version: ${version}\n${indent}  date: ${date}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = join(root, 'data', 'changelog.yaml');
  const before = readFileSync(file, 'utf8');
  const after = stampUnreleased(before, version, new Date().toISOString().slice(0, 10));
  if (after === before) console.log('data/changelog.yaml: no unreleased changes');
  else {
    writeFileSync(file, after);
    console.log(`data/changelog.yaml: unreleased changes are now release ${version}`);
  }
}
