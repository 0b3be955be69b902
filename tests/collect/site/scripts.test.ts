// findJsonLdSocials / findEmbeddedSocials: organisation sameAs only, lenient JSON-LD, escaped URLs in scripts.
import { describe, expect, it } from 'vitest';
import { findEmbeddedSocials, findJsonLdSocials } from '../../../src/collect/site/scripts.js';

const handles = (found: { platform: string; handle: string }[]) => found.map((f) => `${f.platform}/${f.handle}`);

describe('findJsonLdSocials', () => {
  it('reads sameAs strings and arrays at any depth, including @graph', () => {
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', publisher: { '@type': 'Organization', sameAs: 'https://www.facebook.com/brand' } },
        { '@type': 'Organization', sameAs: ['https://x.com/brand ', 'https://www.brand.fr/', 'https://www.youtube.com/@brand?utm_source=site'] },
      ],
    });
    const found = findJsonLdSocials(json);
    expect(handles(found)).toEqual(['facebook/brand', 'x/brand', 'youtube/brand']);
    expect(found[0]).toMatchObject({ how: 'json-ld', placement: 'head', url: 'https://www.facebook.com/brand' });
  });

  it("skips people's sameAs (authors, founders) but keeps an organisation signing as author", () => {
    const json = JSON.stringify([
      { '@type': 'Article', author: { '@type': 'Person', sameAs: ['https://twitter.com/janedoe'] } },
      { '@type': 'Organization', founder: { name: 'Jo', sameAs: 'https://www.linkedin.com/in/jo' } },
      { '@type': 'BlogPosting', author: { '@type': 'Organization', sameAs: 'https://www.instagram.com/brand' } },
    ]);
    expect(handles(findJsonLdSocials(json))).toEqual(['instagram/brand']);
  });

  it("skips an event's performers, an article's about and mentions, and people typed by URL or in a @graph", () => {
    const json = JSON.stringify({
      '@graph': [
        { '@type': 'MusicEvent', performer: { '@type': 'MusicGroup', sameAs: 'https://www.instagram.com/band' }, organizer: { '@type': 'Organization', sameAs: 'https://www.instagram.com/venue' } },
        { '@type': 'NewsArticle', about: { '@type': 'Organization', sameAs: 'https://www.facebook.com/coop' }, mentions: [{ '@type': 'Organization', sameAs: 'https://x.com/other' }], sponsor: { '@type': 'Organization', sameAs: 'https://x.com/sponsor' } },
        { '@type': 'https://schema.org/Person', '@id': '#a', sameAs: 'https://x.com/writer' },
      ],
    });
    expect(handles(findJsonLdSocials(json))).toEqual(['instagram/venue']);
  });

  it('tolerates comments, CDATA and trailing commas', () => {
    expect(handles(findJsonLdSocials('<!-- {"@type":"Organization","sameAs":["https://t.me/brandnews",],} -->'))).toEqual(['telegram/brandnews']);
    expect(handles(findJsonLdSocials('//<![CDATA[\n{"sameAs":"https://www.tiktok.com/@brand"}\n//]]>'))).toEqual(['tiktok/brand']);
  });

  it('falls back to reading sameAs strings from broken JSON, and never throws', () => {
    expect(handles(findJsonLdSocials('{"@type":"Organization","sameAs":["https:\\/\\/www.facebook.com\\/brand", "https://x.com/brand"'))).toEqual([
      'facebook/brand',
      'x/brand',
    ]);
    expect(findJsonLdSocials('{{{')).toEqual([]);
    expect(findJsonLdSocials('')).toEqual([]);
  });
});

describe('findEmbeddedSocials', () => {
  it('finds profile URLs in JS state with escaped slashes and \\u002F', () => {
    const js = 'window.__STATE__={"a":"https:\\/\\/www.instagram.com\\/brand\\/","b":"https:\\u002F\\u002Fbsky.app\\u002Fprofile\\u002Fbrand.fr"};';
    const found = findEmbeddedSocials(js);
    expect(handles(found)).toEqual(['instagram/brand', 'bluesky/brand.fr']);
    expect(found[0]).toMatchObject({ how: 'embedded-json', placement: 'script' });
  });

  it('skips share links, posts, SDKs and npm URLs', () => {
    const js = `var share = "https://twitter.com/intent/tweet?via=brand"; var sdk = "https://connect.facebook.net/en_US/sdk.js";
      var post = "https://www.instagram.com/p/abc/"; import("https://unpkg.com/@scope")`;
    expect(findEmbeddedSocials(js)).toEqual([]);
  });

  it('drops sentence punctuation after a URL', () => {
    expect(handles(findEmbeddedSocials('msg = "Follow us on https://x.com/brand."'))).toEqual(['x/brand']);
  });
});

describe('findJsonLdSocials on an organisation’s own parts', () => {
  it('reads the sameAs of a subOrganization as the site’s, a shop node naming its parent as a branch’s', () => {
    const group = JSON.stringify({
      '@type': 'Organization',
      name: 'Marenzo Alberghi',
      subOrganization: [{ '@type': 'Hotel', name: 'Villa Ortensia', url: 'https://www.marenzo.test/hotel/villa-ortensia/', sameAs: ['https://www.instagram.com/villaortensia.levanto/'] }],
    });
    expect(findJsonLdSocials(group).map((f) => `${f.how} ${f.handle}`)).toEqual(['json-ld villaortensia.levanto']);
    const franchise = JSON.stringify({ '@type': 'Hotel', name: 'Marenzo Sestri', parentOrganization: { '@type': 'Organization', name: 'Marenzo Alberghi' }, sameAs: ['https://www.instagram.com/marenzo_sestri/'] });
    expect(findJsonLdSocials(franchise).map((f) => `${f.how} ${f.handle}`)).toEqual(['embedded-json marenzo_sestri']);
  });
});

describe('the site publishing itself under a local type', () => {
  it("reads the WebSite publisher's node as the site's own, though it names a parentOrganization", () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'RadioStation', '@id': 'https://www.fjordradio.test/#station', url: 'https://www.fjordradio.test/', parentOrganization: { '@type': 'Organization', name: 'Nordisk Radio' }, sameAs: ['https://bsky.app/profile/fjordradio.bsky.social'] },
        { '@type': 'WebSite', url: 'https://www.fjordradio.test/', publisher: { '@id': 'https://www.fjordradio.test/#station' } },
      ],
    };
    expect(findJsonLdSocials(JSON.stringify(graph)).map((f) => [f.handle, f.how])).toEqual([['fjordradio.bsky.social', 'json-ld']]);
    // Without the WebSite's word, the same node is one branch's of the network.
    const alone = { ...graph, '@graph': [graph['@graph'][0]] };
    expect(findJsonLdSocials(JSON.stringify(alone)).map((f) => f.how)).toEqual(['embedded-json']);
  });
});
