// The crawl keeps one finding for the same sighting on every page (crawl.ts, Shared.facts): a footer account's 300
// sightings of a 300-page audit hold one finding, and the account readings' tests, each a function of the finding
// alone, read its snippet and block again for every page (~25 ms of a 300-page audit's account merge). These test
// each distinct finding once; the answer is the same, as a finding met again gives the answer it gave.
import type { SocialFinding } from '../../snapshot/types.js';

/** Whether `test` holds for the finding of some sighting, each distinct finding tested once. */
export function someFinding<F extends SocialFinding>(sightings: readonly { finding: F }[], test: (f: F) => boolean): boolean {
  const tested = new Set<F>();
  for (let i = 0; i < sightings.length; i++) {
    const f = sightings[i].finding;
    if (tested.has(f)) continue;
    tested.add(f);
    if (test(f)) return true;
  }
  return false;
}

/** Whether `test` holds for the finding of every sighting (true for none), each distinct finding tested once. */
export function everyFinding<F extends SocialFinding>(sightings: readonly { finding: F }[], test: (f: F) => boolean): boolean {
  return !someFinding(sightings, (f) => !test(f));
}

/** The findings of `sightings`, each once, in the order first met. */
export function distinctFindings<F extends SocialFinding>(sightings: readonly { finding: F }[]): F[] {
  return [...new Set(sightings.map((s) => s.finding))];
}
