// classifyLink / classifyPage in fr/en/de/es, hosted help desks, and counter-examples that must stay unclassified.
import { describe, expect, it } from 'vitest';
import { classifyLink, classifyPage } from '../../../src/collect/site/page-kinds.js';

describe('classifyLink', () => {
  it.each([
    // fr
    ['https://brand.fr/aide', '', ['help']],
    ['https://brand.fr/nous-contacter', '', ['contact']],
    ['https://brand.fr/x', 'Contactez-nous', ['contact']],
    ['https://brand.fr/faq', '', ['faq']],
    ['https://brand.fr/x', 'Questions fréquentes', ['faq']],
    ['https://brand.fr/service-client', '', ['customer-service']],
    ['https://brand.fr/x', 'SAV', ['customer-service']],
    ['https://brand.fr/x', 'Service après-vente', ['customer-service']],
    ['https://brand.fr/x', "Centre d'aide", ['help', 'help-centre']],
    ['https://brand.fr/communaute', '', ['community']],
    ['https://brand.fr/cgv', '', ['terms']],
    ['https://brand.fr/x', 'Conditions générales de vente', ['terms']],
    ['https://brand.fr/conditions-generales-d-utilisation.html', '', ['terms']],
    ['https://brand.fr/mentions-legales', '', ['legal-notice']],
    ['https://brand.fr/x', 'Politique de confidentialité', ['privacy']],
    ['https://brand.fr/donnees-personnelles', '', ['privacy']],
    ['https://brand.fr/x', 'Besoin d’aide ?', ['help']],
    ['https://brand.fr/fr/aide-et-contact/', '', ['help', 'contact']],
    // en
    ['https://brand.com/help', '', ['help']],
    ['https://brand.com/contact-us', '', ['contact']],
    ['https://brand.com/x', 'Frequently asked questions', ['faq']],
    ['https://brand.com/customer-service', '', ['customer-service']],
    ['https://brand.com/x', 'Customer care', ['customer-service']],
    ['https://brand.com/help-center', '', ['help', 'help-centre']],
    ['https://brand.com/forum', '', ['community']],
    ['https://brand.com/terms-of-service', '', ['terms']],
    ['https://brand.com/x', 'Terms and Conditions', ['terms']],
    ['https://brand.com/legal-notice', '', ['legal-notice']],
    ['https://brand.com/privacy-policy', '', ['privacy']],
    ['https://brand.com/gdpr', '', ['privacy']],
    // de
    ['https://brand.de/hilfe', '', ['help']],
    ['https://brand.de/kontakt', '', ['contact']],
    ['https://brand.de/x', 'Häufige Fragen', ['faq']],
    ['https://brand.de/kundenservice', '', ['customer-service']],
    ['https://brand.de/x', 'Kundendienst', ['customer-service']],
    ['https://brand.de/x', 'Hilfe-Center', ['help', 'help-centre']],
    ['https://brand.de/agb', '', ['terms']],
    ['https://brand.de/x', 'Allgemeine Geschäftsbedingungen', ['terms']],
    ['https://brand.de/impressum', '', ['legal-notice']],
    ['https://brand.de/datenschutz', '', ['privacy']],
    ['https://brand.de/x', 'Datenschutzerklärung', ['privacy']],
    // es
    ['https://brand.es/ayuda', '', ['help']],
    ['https://brand.es/contacto', '', ['contact']],
    ['https://brand.es/x', 'Contáctenos', ['contact']],
    ['https://brand.es/preguntas-frecuentes', '', ['faq']],
    ['https://brand.es/x', 'Atención al cliente', ['customer-service']],
    ['https://brand.es/x', 'Centro de ayuda', ['help', 'help-centre']],
    ['https://brand.es/comunidad', '', ['community']],
    ['https://brand.es/terminos-y-condiciones', '', ['terms']],
    ['https://brand.es/x', 'Condiciones generales', ['terms']],
    ['https://brand.es/aviso-legal', '', ['legal-notice']],
    ['https://brand.es/politica-de-privacidad', '', ['privacy']],
    // hosted help desks and help subdomains
    ['https://brand.zendesk.com/hc/fr', '', ['help-centre']],
    ['https://brand.freshdesk.com/support/home', '', ['help-centre']],
    ['https://brand.helpscoutdocs.com/', '', ['help-centre']],
    ['https://intercom.help/brand/en/', '', ['help-centre']],
    ['https://brand.gorgias.help/fr-FR', '', ['help-centre']],
    ['https://brand.zohodesk.eu/portal/fr/home', '', ['help-centre']],
    ['https://brand.my.site.com/s/', '', ['help-centre']],
    ['https://brandsupport.force.com/s/article/x', '', ['help-centre']],
    ['https://help.brand.com/', '', ['help-centre']],
    ['https://aide.brand.fr/articles/123', '', ['help-centre']],
    ['https://support.brand.com/hc/en-us', '', ['help-centre']],
    ['https://www.brand.com/hc/fr-fr', '', ['help-centre']],
    ['https://community.brand.com/', '', ['community']],
  ])('%s "%s" → %j', (url, text, kinds) => {
    expect(classifyLink(url, text)).toEqual(kinds);
  });

  it.each([
    ['https://shop.com/products/contact-lenses', 'Contact lenses'],
    ['https://shop.fr/lentilles-de-contact', 'Lentilles de contact'],
    ['https://shop.es/lentes-de-contacto', 'Lentes de contacto'],
    ['https://brand.com/blog/2024/how-we-help-our-customers-save-money', 'Read more'],
    ['https://brand.com/blog/how-we-help', ''],
    ['https://brand.com/x', 'Read how we help our customers save time and money every day'],
    ['https://shop.fr/support-tv-mural', 'Support TV mural'],
    ['https://brand.com/x', 'Payment terms'],
    ['https://brand.com/products/privacy-screen', 'Privacy screen protector'],
    ['https://www.zendesk.com/', 'Powered by Zendesk'],
    ['https://support.google.com/chrome/answer/95647', 'Cookies in Chrome'],
    ['https://brand.com/', 'Home'],
    ['https://brand.com/shop/shoes', 'Shoes'],
  ])('counter-example %s "%s" → []', (url, text) => {
    expect(classifyLink(url, text)).toEqual([]);
  });
});

describe('classifyPage', () => {
  it('reads the title parts, the h1 and the link texts', () => {
    expect(classifyPage('https://brand.fr/page-12', 'Mentions légales | Brand', undefined, [])).toEqual(['legal-notice']);
    expect(classifyPage('https://brand.fr/page-12', 'Brand', 'Foire aux questions', [])).toEqual(['faq']);
    expect(classifyPage('https://brand.fr/page-12', undefined, undefined, ['En savoir plus', 'Impressum'])).toEqual(['legal-notice']);
  });

  it('combines URL and text kinds', () => {
    expect(classifyPage('https://brand.fr/service-client', 'Nous contacter – Brand', undefined, [])).toEqual(['contact', 'customer-service']);
  });

  it('the deepest URL segment naming a kind wins', () => {
    expect(classifyPage('https://brand.com/legal/privacy', undefined, undefined, [])).toEqual(['privacy']);
    expect(classifyPage('https://brand.fr/aide/suivre-ma-commande', undefined, undefined, [])).toEqual(['help']);
    // "legal" alone is ambiguous: it names the page itself, not everything below it
    expect(classifyPage('https://brand.com/legal', undefined, undefined, [])).toEqual(['legal-notice']);
    expect(classifyPage('https://brand.com/legal/cookies', undefined, undefined, [])).toEqual([]);
  });

  it('leaves ordinary pages unclassified', () => {
    expect(classifyPage('https://brand.com/blog/how-we-help-small-shops', 'How we help small shops grow | Brand blog', 'How we help small shops grow', ['Read the story'])).toEqual([]);
  });
});
