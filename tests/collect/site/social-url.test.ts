// Table of profile URLs, variants and traps for parseSocialUrl / isShareOrNonProfile.
import { describe, expect, it } from 'vitest';
import { isShareOrNonProfile, parseFediverseUrl, parseSocialUrl } from '../../../src/collect/site/social-url.js';

type Row = [href: string, platform: string, handle: string, url: string, how?: string];

const PROFILES: Row[] = [
  // facebook
  ['https://www.facebook.com/Brand', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['https://facebook.com/brand/', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['https://m.facebook.com/brand?ref=bookmarks', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['https://de-de.facebook.com/ADAC', 'facebook', 'adac', 'https://www.facebook.com/adac'],
  ['https://fb.com/brand', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  // The legacy page form with the page's own tab: the page (round 31's branch card).
  ['https://www.facebook.com/pg/bibliotilleuls/posts/?ref=page_internal', 'facebook', 'bibliotilleuls', 'https://www.facebook.com/bibliotilleuls'],
  ['https://m.facebook.com/pg/Brand.Ballarat/photos/', 'facebook', 'brand.ballarat', 'https://www.facebook.com/brand.ballarat'],
  ['https://www.facebook.com/pages/Brand-France/123456789012', 'facebook', '123456789012', 'https://www.facebook.com/profile.php?id=123456789012'],
  ['https://www.facebook.com/profile.php?id=100064123456789&fbclid=abc', 'facebook', '100064123456789', 'https://www.facebook.com/profile.php?id=100064123456789'],
  ['https://www.facebook.com/brand/about', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['https://www.facebook.com/brand.fr?utm_source=site&utm_medium=footer', 'facebook', 'brand.fr', 'https://www.facebook.com/brand.fr'],
  // x
  ['https://twitter.com/BrandFR', 'x', 'brandfr', 'https://x.com/brandfr'],
  ['https://x.com/brand?ref_src=twsrc%5Etfw', 'x', 'brand', 'https://x.com/brand'],
  // legacy hash-bang links, "!" percent-encoded or not
  ['http://twitter.com/#!/BrasserieCanal', 'x', 'brasseriecanal', 'https://x.com/brasseriecanal'],
  ['https://twitter.com/#%21/MoulinAncien', 'x', 'moulinancien', 'https://x.com/moulinancien'],
  ['http://www.facebook.com/#!/RadioGarrigue', 'facebook', 'radiogarrigue', 'https://www.facebook.com/radiogarrigue'],
  ['https://www.facebook.com/home.php#!/pages/Radio-Garrigue/123456789012345', 'facebook', '123456789012345', 'https://www.facebook.com/profile.php?id=123456789012345'],
  ['https://www.facebook.com/#%21/profile.php?id=100064123456789', 'facebook', '100064123456789', 'https://www.facebook.com/profile.php?id=100064123456789'],
  // YouTube subscribe buttons naming a channel id keep its case
  ['https://www.youtube.com/subscription_center?add_user=UCk1tchenLabTvChannel0x1', 'youtube', 'UCk1tchenLabTvChannel0x1', 'https://www.youtube.com/channel/UCk1tchenLabTvChannel0x1', 'intent-follow'],
  ['http://www.youtube.com/subscription_center?add_user_id=UCk1tchenLabTvChannel0x1', 'youtube', 'UCk1tchenLabTvChannel0x1', 'https://www.youtube.com/channel/UCk1tchenLabTvChannel0x1', 'intent-follow'],
  ['https://www.youtube.com/subscription_center?add_user=KitchenLabTV', 'youtube', 'kitchenlabtv', 'https://www.youtube.com/user/kitchenlabtv', 'intent-follow'],
  // closed networks: recognised, so that the report can ask for their removal
  ['https://plus.google.com/+PapeterieRossignol', 'google-plus', '+papeterierossignol', 'https://plus.google.com/+papeterierossignol'],
  ['https://plus.google.com/112233445566778899001/posts', 'google-plus', '112233445566778899001', 'https://plus.google.com/112233445566778899001'],
  ['https://plus.google.com/u/0/+Brand/about', 'google-plus', '+brand', 'https://plus.google.com/+brand'],
  ['https://google.com/+BrandFrance', 'google-plus', '+brandfrance', 'https://plus.google.com/+brandfrance'],
  ['https://vine.co/BrandVine', 'vine', 'brandvine', 'https://vine.co/brandvine'],
  ['https://vine.co/u/1234567890123456789', 'vine', 'u/1234567890123456789', 'https://vine.co/u/1234567890123456789'],
  ['https://www.periscope.tv/Brand_Live', 'periscope', 'brand_live', 'https://www.periscope.tv/brand_live'],
  ['https://pscp.tv/SummitClimbing', 'periscope', 'summitclimbing', 'https://www.periscope.tv/summitclimbing'],
  ['https://mobile.twitter.com/brand', 'x', 'brand', 'https://x.com/brand'],
  ['http://www.twitter.com/#!/brand', 'x', 'brand', 'https://x.com/brand'],
  ['https://twitter.com/intent/follow?screen_name=BrandHelp', 'x', 'brandhelp', 'https://x.com/brandhelp', 'intent-follow'],
  ['https://twitter.com/intent/tweet?text=Hello&url=https%3A%2F%2Fbrand.fr&via=Brand', 'x', 'brand', 'https://x.com/brand', 'share-via'],
  ['https://twitter.com/share?url=https://brand.fr/a&via=@brand_fr', 'x', 'brand_fr', 'https://x.com/brand_fr', 'share-via'],
  // instagram
  ['https://www.instagram.com/brand/', 'instagram', 'brand', 'https://www.instagram.com/brand'],
  ['https://instagram.com/Brand.Official?igshid=xyz', 'instagram', 'brand.official', 'https://www.instagram.com/brand.official'],
  // youtube
  ['https://www.youtube.com/@BrandTV', 'youtube', 'brandtv', 'https://www.youtube.com/@brandtv'],
  ['https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV', 'youtube', 'UCaBcDeFgHiJkLmNoPqRsTuV', 'https://www.youtube.com/channel/UCaBcDeFgHiJkLmNoPqRsTuV'],
  ['https://youtube.com/user/BrandChannel?feature=share', 'youtube', 'brandchannel', 'https://www.youtube.com/user/brandchannel'],
  ['https://www.youtube.com/c/BrandFrance/videos', 'youtube', 'brandfrance', 'https://www.youtube.com/c/brandfrance'],
  ['https://www.youtube.com/brand', 'youtube', 'brand', 'https://www.youtube.com/brand'],
  ['https://m.youtube.com/@brand/featured?si=abc', 'youtube', 'brand', 'https://www.youtube.com/@brand'],
  // linkedin
  ['https://www.linkedin.com/company/brand/', 'linkedin', 'brand', 'https://www.linkedin.com/company/brand'],
  ['https://fr.linkedin.com/company/Brand-SA/jobs', 'linkedin', 'brand-sa', 'https://www.linkedin.com/company/brand-sa'],
  ['https://www.linkedin.com/showcase/brand-pro', 'linkedin', 'brand-pro', 'https://www.linkedin.com/showcase/brand-pro'],
  ['https://www.linkedin.com/in/jane-doe-123/', 'linkedin', 'jane-doe-123', 'https://www.linkedin.com/in/jane-doe-123'],
  ['https://www.linkedin.com/school/brand-academy', 'linkedin', 'brand-academy', 'https://www.linkedin.com/school/brand-academy'],
  // tiktok, pinterest, threads, bluesky
  ['https://www.tiktok.com/@Brand?lang=fr', 'tiktok', 'brand', 'https://www.tiktok.com/@brand'],
  ['https://www.pinterest.com/brand/', 'pinterest', 'brand', 'https://www.pinterest.com/brand'],
  ['https://pinterest.de/brand', 'pinterest', 'brand', 'https://www.pinterest.com/brand'],
  ['https://fr.pinterest.com/brand/recettes/', 'pinterest', 'brand', 'https://www.pinterest.com/brand'],
  ['https://www.pinterest.co.uk/brand', 'pinterest', 'brand', 'https://www.pinterest.com/brand'],
  ['https://www.threads.net/@brand', 'threads', 'brand', 'https://www.threads.com/@brand'],
  ['https://threads.com/@Brand', 'threads', 'brand', 'https://www.threads.com/@brand'],
  ['https://bsky.app/profile/brand.com', 'bluesky', 'brand.com', 'https://bsky.app/profile/brand.com'],
  ['https://bsky.app/profile/did:plc:abc123xyz', 'bluesky', 'did:plc:abc123xyz', 'https://bsky.app/profile/did:plc:abc123xyz'],
  // mastodon
  ['https://mastodon.social/@Brand', 'mastodon', 'brand@mastodon.social', 'https://mastodon.social/@brand'],
  ['https://mastodon.brand.fr/users/support', 'mastodon', 'support@mastodon.brand.fr', 'https://mastodon.brand.fr/@support'],
  ['https://piaille.fr/@Brand', 'mastodon', 'brand@piaille.fr', 'https://piaille.fr/@brand'],
  ['https://mastodon.online/@Brand', 'mastodon', 'brand@mastodon.online', 'https://mastodon.online/@brand'],
  ['https://vmst.io/@brand', 'mastodon', 'brand@vmst.io', 'https://vmst.io/@brand'],
  ['https://nrw.social/@Stadtwerke', 'mastodon', 'stadtwerke@nrw.social', 'https://nrw.social/@stadtwerke'],
  ['https://mastodon.social/@brand@piaille.fr', 'mastodon', 'brand@piaille.fr', 'https://piaille.fr/@brand'],
  // snapchat, whatsapp, telegram, xing
  ['https://www.snapchat.com/add/BrandSnap', 'snapchat', 'brandsnap', 'https://www.snapchat.com/add/brandsnap'],
  ['https://wa.me/33612345678', 'whatsapp', '33612345678', 'https://wa.me/33612345678'],
  ['https://wa.me/+33612345678?text=Bonjour', 'whatsapp', '33612345678', 'https://wa.me/33612345678'],
  ['https://api.whatsapp.com/send?phone=33612345678', 'whatsapp', '33612345678', 'https://wa.me/33612345678'],
  ['https://t.me/BrandNews', 'telegram', 'brandnews', 'https://t.me/brandnews'],
  ['https://t.me/s/brandnews', 'telegram', 'brandnews', 'https://t.me/brandnews'],
  ['https://www.xing.com/pages/brand-gmbh', 'xing', 'brand-gmbh', 'https://www.xing.com/pages/brand-gmbh'],
  ['https://www.xing.com/companies/brandgmbh', 'xing', 'brandgmbh', 'https://www.xing.com/companies/brandgmbh'],
  // sloppy input: spaces, no scheme, protocol-relative
  ['  https://www.instagram.com/brand  ', 'instagram', 'brand', 'https://www.instagram.com/brand'],
  ['https://www.facebook.com/brand ', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['facebook.com/brand', 'facebook', 'brand', 'https://www.facebook.com/brand'],
  ['//twitter.com/brand', 'x', 'brand', 'https://x.com/brand'],
];

const TRAPS: string[] = [
  // share buttons
  'https://www.facebook.com/sharer/sharer.php?u=https://brand.fr',
  'https://www.facebook.com/share.php?u=https://brand.fr',
  'https://www.facebook.com/dialog/share?app_id=1&href=https://brand.fr',
  'https://twitter.com/intent/tweet?text=Hello',
  'https://twitter.com/share?url=https://brand.fr',
  'https://www.linkedin.com/shareArticle?mini=true&url=https://brand.fr',
  'https://www.linkedin.com/sharing/share-offsite/?url=https://brand.fr',
  'https://pinterest.com/pin/create/button/?url=https://brand.fr',
  'whatsapp://send?text=https://brand.fr',
  'https://web.whatsapp.com/send?text=hello',
  'https://wa.me/?text=hello',
  'https://api.whatsapp.com/send?text=hello',
  'mailto:?subject=Look&body=https://brand.fr',
  'mailto:contact@brand.fr',
  'https://t.me/share/url?url=https://brand.fr',
  // posts, videos, embeds
  'https://twitter.com/brand/status/1234567890',
  'https://x.com/brand/status/1234567890/photo/1',
  'https://www.instagram.com/p/Cabc123/',
  'https://www.instagram.com/reel/Cabc123/',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://youtu.be/dQw4w9WgXcQ',
  'https://www.youtube.com/shorts/abc123',
  'https://www.facebook.com/brand/posts/123456',
  'https://www.facebook.com/pg/brand/posts/123456',
  'https://www.facebook.com/brand/videos/123456',
  'https://www.facebook.com/photo/?fbid=123',
  'https://www.facebook.com/photo.php?fbid=123',
  'https://www.tiktok.com/@brand/video/123456',
  'https://www.threads.net/@brand/post/abc',
  'https://bsky.app/profile/brand.com/post/3kabc',
  'https://mastodon.social/@brand/111222333',
  'https://t.me/brandnews/42',
  'https://www.pinterest.com/pin/123456/',
  'https://www.linkedin.com/posts/brand_activity-123',
  'https://www.linkedin.com/feed/update/urn:li:activity:123',
  // plugins, pixels, SDKs, namespaces
  'https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fbrand',
  'https://www.facebook.com/tr?id=123&ev=PageView',
  'https://connect.facebook.net/en_US/sdk.js',
  'http://www.facebook.com/2008/fbml',
  'http://ogp.me/ns#',
  'https://platform.twitter.com/widgets.js',
  // reserved pages
  'https://twitter.com/home',
  'https://twitter.com/login',
  'https://twitter.com/search?q=brand',
  'https://twitter.com/hashtag/brand',
  'https://x.com/explore',
  'https://www.facebook.com/legal/terms',
  'https://www.facebook.com/privacy/explanation',
  'https://www.facebook.com/policies/cookies/',
  'https://www.facebook.com/help/',
  'https://www.instagram.com/about/',
  'https://www.instagram.com/explore/tags/brand/',
  'https://www.instagram.com/accounts/login/',
  'https://www.youtube.com/results?search_query=brand',
  'https://www.youtube.com/feed/trending',
  'https://www.youtube.com/settings',
  'https://www.linkedin.com/legal/privacy-policy',
  'https://www.facebook.com/groups/brandfans',
  // not social at all
  'https://www.brand.fr/contact',
  'https://medium.com/@brand',
  // /@name and /users/name pages on servers not known to be fediverse servers: Flipboard, Hashnode, a site's members
  'https://flipboard.com/@brandmag',
  'https://hashnode.com/@branddev',
  'https://www.brand.fr/users/karin',
  'https://community.brand.fr/@tobias',
  'https://twitter.com/#!/brand/status/12345678901',
  'https://www.facebook.com/#!/brand/posts/12345678901',
  'https://www.facebook.com/#!/sharer/sharer.php?u=https://brand.fr',
  'https://vine.co/v/abc123',
  'https://www.periscope.tv/w/1yoKMZ',
  'https://plus.google.com/share?url=https://brand.fr',
  'https://www.google.com/search?q=brand',
  'javascript:void(0)',
  'not a url',
];

describe('parseSocialUrl', () => {
  it.each(PROFILES)('%s → %s %s', (href, platform, handle, url, how) => {
    const parsed = parseSocialUrl(href);
    expect(parsed).toEqual(how ? { platform, handle, url, how } : { platform, handle, url });
  });

  it.each(TRAPS)('rejects %s', (href) => {
    expect(parseSocialUrl(href)).toBeNull();
  });

  it('has a big enough table', () => {
    expect(PROFILES.length + TRAPS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('parseFediverseUrl', () => {
  it('reads a /@name or /users/name profile on any server, for links the page vouches for (rel="me") or NodeInfo confirms', () => {
    expect(parseFediverseUrl('https://toot.openmaps.test/@team')).toEqual({ platform: 'mastodon', handle: 'team@toot.openmaps.test', url: 'https://toot.openmaps.test/@team' });
    expect(parseFediverseUrl('https://social.brand.fr/users/support')).toEqual({ platform: 'mastodon', handle: 'support@social.brand.fr', url: 'https://social.brand.fr/@support' });
  });

  it('never reads known networks, non-fediverse hosts with /@ paths, or other paths', () => {
    for (const href of ['https://www.tiktok.com/@brand', 'https://medium.com/@brand', 'https://social.brand.fr/about', 'https://social.brand.fr/@a/123', 'not a url']) {
      expect(parseFediverseUrl(href)).toBeNull();
    }
  });
});

describe('isShareOrNonProfile', () => {
  it.each([
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://twitter.com/intent/tweet?text=a&via=brand',
    'whatsapp://send?text=x',
    'https://web.whatsapp.com/send?text=x',
    'mailto:?subject=hi',
    'https://youtu.be/abc',
    'https://www.instagram.com/p/abc/',
    'https://connect.facebook.net/en_US/sdk.js',
  ])('true for %s', (href) => expect(isShareOrNonProfile(href)).toBe(true));

  it.each(['https://www.facebook.com/brand', 'https://brand.fr/aide', 'mailto:contact@brand.fr', 'https://twitter.com/intent/follow?screen_name=brand'])(
    'false for %s',
    (href) => expect(isShareOrNonProfile(href)).toBe(false),
  );
});

describe('links to a place on the page’s own site', () => {
  it('are no profile, however the path reads, but a scheme-relative link is read as one', () => {
    for (const href of ['/@benchbrand', '/users/benchbrand', '/facebook.com/brand', '#instagram.com/brand', '?u=x.com/brand', './x.com/brand', '../instagram.com/brand/']) {
      expect([href, parseSocialUrl(href)]).toEqual([href, null]);
    }
    expect(parseSocialUrl('//www.instagram.com/benchbrand/')).toMatchObject({ platform: 'instagram', handle: 'benchbrand' });
  });
});
