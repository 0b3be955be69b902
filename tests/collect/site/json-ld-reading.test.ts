// readJsonLd: a JSON-LD script read once per site gives each page what reading it anew would.
import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../src/collect/site/json-ld-reading.js';
import { findJsonLdSocials, parentGroupNames, parseLenient } from '../../../src/collect/site/scripts.js';
import { findJsonLdHours } from '../../../src/collect/site/opening-hours.js';

// The brand's node beside a charity's on its own domain (other-node.ts), and a parent group named inline: the readings
// that depend on the page's host.
const SCRIPT = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'Organization', name: 'Orillia Lakers', url: 'https://www.lakers.test/', sameAs: ['https://www.instagram.com/lakers'],
      parentOrganization: { '@type': 'Organization', name: 'Lake Sports Group', url: 'https://www.lakesports.test/', sameAs: 'https://x.com/lakesports' },
    },
    { '@type': 'NGO', name: 'Lakers Foundation', url: 'https://lakersfoundation.test/', sameAs: 'https://www.facebook.com/lakersfoundation' },
    { '@type': 'Store', name: 'Shop', openingHours: 'Mo-Fr 09:00-18:00' },
  ],
});

function readAnew(text: string, pageUrl: string) {
  const data = parseLenient(text);
  return { data, names: parentGroupNames(data, pageUrl), socials: findJsonLdSocials(text, data, pageUrl), hours: findJsonLdHours(text, data) };
}

describe('readJsonLd', () => {
  it("gives a site's second page with the same script the reading of its own", () => {
    const first = readJsonLd(SCRIPT, 'https://www.lakers.test/');
    const second = readJsonLd(` ${SCRIPT}`.slice(1), 'https://www.lakers.test/contact');
    const anew = readAnew(SCRIPT, 'https://www.lakers.test/contact');
    expect(second).toBe(first);
    expect(second.data).toEqual(anew.data);
    expect(second.names).toEqual(anew.names);
    expect(second.socials).toEqual(anew.socials);
    expect(second.hours()).toEqual(anew.hours);
    expect(anew.socials.map((f) => f.how)).toEqual(['json-ld', 'embedded-json', 'embedded-json']);
  });

  it('reads the same script again on another host, whose own node it may not be', () => {
    const onLakers = readJsonLd(SCRIPT, 'https://www.lakers.test/');
    const elsewhere = readJsonLd(SCRIPT, 'https://partner.test/lakers');
    expect(elsewhere).not.toBe(onLakers);
    expect(elsewhere.socials).toEqual(readAnew(SCRIPT, 'https://partner.test/lakers').socials);
    expect(readJsonLd(SCRIPT).socials).toEqual(findJsonLdSocials(SCRIPT));
  });

  it('reads a script longer than it keeps anew each time, with the same result', () => {
    const long = JSON.stringify({ '@type': 'Organization', sameAs: 'https://www.instagram.com/lakers', description: 'x'.repeat(20_000) });
    const a = readJsonLd(long, 'https://www.lakers.test/');
    const b = readJsonLd(long, 'https://www.lakers.test/');
    expect(b).not.toBe(a);
    expect(b.socials).toEqual(a.socials);
    expect(a.socials.map((f) => `${f.platform}/${f.handle}`)).toEqual(['instagram/lakers']);
  });
});
