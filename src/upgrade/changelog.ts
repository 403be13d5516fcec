import semver from 'semver';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { KitChangelog, Release } from '../generated/changelog.types.js';

export type { KitChangelog, Release, Change as ChangelogChange } from '../generated/changelog.types.js';

/** The version label of changes that ship with the next release (stamped at release time). */
export const UNRELEASED = 'unreleased';

/**
 * The releases a deployment made by kit `from` has not seen when upgrading to kit `to`: released
 * versions v with from < v <= to, newest first, after the unreleased changes (they are in the
 * running code but carry no number yet, so they are always quoted, marked as unreleased). `from`
 * unknown or not semver (a deployment that does not record its kit): every release up to `to`.
 * A downgrade (from > to) quotes nothing.
 */
export function selectReleases(changelog: KitChangelog, from: string | undefined, to: string): Release[] {
  const start = from === undefined ? null : semver.valid(from);
  if (start !== null && semver.gt(start, to)) return [];
  const unreleased = changelog.releases.filter((r) => r.version === UNRELEASED);
  const released = changelog.releases
    .filter((r) => r.version !== UNRELEASED && semver.lte(r.version, to) && (start === null || semver.gt(r.version, start)))
    .sort((a, b) => semver.rcompare(a.version, b.version));
  return [...unreleased, ...released];
}

/** The releases as report lines in one language: a heading per release, a line per change. */
export function formatReleases(releases: Release[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const release of releases) {
    lines.push(release.version === UNRELEASED ? t(lang, 'upgrade.changelog.unreleased') : t(lang, 'upgrade.changelog.release', { version: release.version }));
    for (const change of release.changes) {
      lines.push(`  - ${t(lang, `upgrade.changelog.kind.${change.kind}`)}: ${change.title[lang]}`);
      lines.push(`    ${change.detail[lang]}`);
      for (const basis of change.basis ?? []) {
        lines.push(`    ${t(lang, basis.toConfirm ? 'upgrade.changelog.basisToConfirm' : 'upgrade.changelog.basis', { citation: basis.citation })}`);
      }
      if (change.action) lines.push(`    ${change.action[lang]}`);
    }
  }
  return lines;
}
