import { describe, expect, it } from 'vitest';
import { isSupportHandle } from '../../src/rules/helpers/support-handle.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

/** Only the fields the helper reads: the target's domain and brand name, and the brand file's name. */
function snapshotOf(domain: string, brandName: string, fileName?: string): BrandSnapshot {
  return { target: { domain, brandName }, brand: fileName ? { name: fileName } : undefined } as unknown as BrandSnapshot;
}

const CARE = /support|help|aide|sav|service|hilfe|care/i;

describe('isSupportHandle', () => {
  it('finds the care word beside the brand name', () => {
    expect(isSupportHandle('kestrel_help', CARE, snapshotOf('kestrel.test', 'Kestrel'))).toBe(true);
    expect(isSupportHandle('KestrelSAV', CARE, snapshotOf('kestrel.test', 'Kestrel'))).toBe(true);
    expect(isSupportHandle('kestrel', CARE, snapshotOf('kestrel.test', 'Kestrel'))).toBe(false);
  });

  it("does not read the brand's own name as a care word", () => {
    expect(isSupportHandle('skincare', CARE, snapshotOf('skincare.test', 'SkinCare'))).toBe(false);
    expect(isSupportHandle('skincare_help', CARE, snapshotOf('skincare.test', 'SkinCare'))).toBe(true);
    // The label of a www. domain is the brand's, not "www".
    expect(isSupportHandle('servicenter', CARE, snapshotOf('www.servicenter.test', 'SC Group'))).toBe(false);
    // The brand file's name counts too.
    expect(isSupportHandle('helpwave', CARE, snapshotOf('hw.test', 'HW', 'Helpwave'))).toBe(false);
  });

  it("ignores a Mastodon handle's server", () => {
    expect(isSupportHandle('kestrel@help.social', CARE, snapshotOf('kestrel.test', 'Kestrel'))).toBe(false);
    expect(isSupportHandle('kestrelhelp@mastodon.social', CARE, snapshotOf('kestrel.test', 'Kestrel'))).toBe(true);
  });
});
