// detectVendors: one fingerprint per vendor, category by marker, and words that must not match.
import { describe, expect, it } from 'vitest';
import { detectVendors, linkHostMatch, type VendorInput } from '../../../src/collect/site/vendors.js';

const empty: VendorInput = { resources: [], inlineScripts: [], scriptIds: [], links: [] };
const detect = (input: Partial<VendorInput>) => detectVendors({ ...empty, ...input });

describe('detectVendors', () => {
  it.each([
    [{ resources: ['https://static.zdassets.com/ekr/snippet.js?key=abc'] }, 'zendesk', 'chat', 'static.zdassets.com'],
    [{ scriptIds: ['ze-snippet'] }, 'zendesk', 'chat', 'script#ze-snippet'],
    [{ links: ['https://brand.zendesk.com/hc/fr'] }, 'zendesk', 'helpdesk', 'brand.zendesk.com'],
    [{ resources: ['https://widget.freshworks.com/widgets/123.js'] }, 'freshdesk', 'helpdesk', 'widget.freshworks.com'],
    [{ resources: ['https://wchat.freshchat.com/js/widget.js'] }, 'freshdesk', 'chat', 'wchat.freshchat.com'],
    [{ links: ['https://brand.freshdesk.com/support/home'] }, 'freshdesk', 'helpdesk', 'brand.freshdesk.com'],
    [{ inlineScripts: ['window.intercomSettings = { app_id: "abc" };'] }, 'intercom', 'chat', 'intercomSettings'],
    [{ resources: ['https://widget.intercom.io/widget/abc'] }, 'intercom', 'chat', 'widget.intercom.io'],
    [{ links: ['https://intercom.help/brand/fr/'] }, 'intercom', 'helpdesk', 'intercom.help'],
    [{ inlineScripts: ['embedded_svc.init("https://brand.my.salesforce.com")'] }, 'salesforce', 'chat', 'embedded_svc'],
    [{ resources: ['https://service.force.com/embeddedservice/5.0/esw.min.js'] }, 'salesforce', 'chat', 'service.force.com'],
    [{ resources: ['https://help.brand.com/s/sfsites/auraFW/javascript/app.js'] }, 'salesforce', 'helpdesk', '/s/sfsites/'],
    [{ inlineScripts: ['window.lpTag = window.lpTag || {};'] }, 'liveperson', 'chat', 'lpTag'],
    [{ resources: ['https://lptag.liveperson.net/tag/tag.js?site=123'] }, 'liveperson', 'chat', 'lptag.liveperson.net'],
    [{ resources: ['https://halc.iadvize.com/iadvize.js?sid=123'] }, 'iadvize', 'chat', 'halc.iadvize.com'],
    [{ inlineScripts: ['window.$crisp=[];window.CRISP_WEBSITE_ID="x";'] }, 'crisp', 'chat', '$crisp'],
    [{ resources: ['https://client.crisp.chat/l.js'] }, 'crisp', 'chat', 'client.crisp.chat'],
    [{ inlineScripts: ["var s1=document.createElement('script');s1.src='https://embed.tawk.to/abc/default';"] }, 'tawkto', 'chat', 'embed.tawk.to'],
    [{ resources: ['https://js.usemessages.com/conversations-embed.js'] }, 'hubspot', 'chat', 'js.usemessages.com'],
    [{ resources: ['https://js.driftt.com/include/123/abc.js'] }, 'drift', 'chat', 'js.driftt.com'],
    [{ resources: ['https://config.gorgias.chat/bundle-loader/123'] }, 'gorgias', 'chat', 'config.gorgias.chat'],
    [{ inlineScripts: ['window.gorgiasChat.init()'] }, 'gorgias', 'chat', 'gorgiasChat'],
    [{ resources: ['https://salesiq.zohopublic.eu/widget?wc=abc'] }, 'zoho', 'chat', 'salesiq.zohopublic.eu'],
    [{ links: ['https://brand.zohodesk.eu/portal/fr/home'] }, 'zoho', 'helpdesk', 'brand.zohodesk.eu'],
    [{ links: ['https://desk.zoho.com/portal/brand/kb'] }, 'zoho', 'helpdesk', 'desk.zoho.com'],
    [{ resources: ['https://beacon-v2.helpscout.net/'] }, 'helpscout', 'helpdesk', 'beacon-v2.helpscout.net'],
    [{ links: ['https://brand.helpscoutdocs.com/'] }, 'helpscout', 'helpdesk', 'brand.helpscoutdocs.com'],
    [{ inlineScripts: ['LITHIUM.Loader.runJsAttached();'] }, 'khoros', 'community', 'LITHIUM'],
    [{ resources: ['https://brand.lithium.com/html/assets/app.js'] }, 'khoros', 'community', 'brand.lithium.com'],
    [{ generator: 'Discourse 3.2.0 - https://github.com/discourse/discourse' }, 'discourse', 'community', 'generator: Discourse 3.2.0 - https://github.com/discourse/discourse'],
  ])('%j → %s (%s)', (input, vendor, category, marker) => {
    expect(detect(input)).toEqual([{ vendor, category, marker }]);
  });

  it('gives both categories when a page has the Zendesk chat widget and links to its Zendesk help centre', () => {
    const found = detect({ scriptIds: ['ze-snippet'], links: ['https://brand.zendesk.com/hc'] });
    expect(found.map((f) => `${f.vendor}/${f.category}`).sort()).toEqual(['zendesk/chat', 'zendesk/helpdesk']);
  });

  it('deduplicates a vendor found by several markers', () => {
    const found = detect({ resources: ['https://widget.intercom.io/widget/a', 'https://js.intercomcdn.com/x.js'], inlineScripts: ['intercomSettings'] });
    expect(found).toEqual([{ vendor: 'intercom', category: 'chat', marker: 'widget.intercom.io' }]);
  });

  it.each([
    { inlineScripts: ['// we compare Zendesk, Intercom and crisp chat options; gorgeous design'] },
    { inlineScripts: ['var settingsForIntercom = 1; var crispy = true; var tawk = 2;'] },
    { links: ['https://www.zendesk.com/', 'https://www.iadvize.com/fr/'] },
    { resources: ['https://cdn.example.com/static.zdassets.com.js', 'https://notintercom.io/x.js'] },
    { generator: 'WordPress 6.5' },
  ])('no vendor in %j', (input) => {
    expect(detect(input)).toEqual([]);
  });
});

describe('detectVendors with parsed links', () => {
  it('reads the parsed URLs as it reads the link strings', () => {
    const links = ['https://brand.zendesk.com/hc/fr', 'https://www.zendesk.com/', 'https://help.brand.fr/', 'https://brand.my.site.com/s/article/1', 'https://brand.my.site.com/other', 'https://support.zohodesk.eu/portal'];
    const base = { resources: [], inlineScripts: [], scriptIds: [] };
    const fromStrings = detectVendors({ ...base, links });
    expect(fromStrings.map((f) => f.vendor)).toEqual(['zendesk', 'salesforce', 'zoho']);
    expect(detectVendors({ ...base, links: [], linkUrls: links.map((l) => new URL(l)) })).toEqual(fromStrings);
    // …and with each host's match given beside them, as page analysis keeps it with each resolved href.
    const linkUrls = links.map((l) => new URL(l));
    expect(detectVendors({ ...base, links: [], linkUrls, linkMatches: linkUrls.map((u) => linkHostMatch(u.hostname.toLowerCase())) })).toEqual(fromStrings);
  });
});
