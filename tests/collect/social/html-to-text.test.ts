// htmlToText reads an HTML fragment with htmlparser2 alone: it must give, fragment for fragment, the text cheerio/slim
// gave it before (load as a fragment, script and style removed, the root's text), on tricky fragments and on every
// `content` and `note` of the Mastodon fixtures.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio/slim';
import { htmlToText, plainText } from '../../../src/collect/social/common.js';

const BLOCK_END = /<\s*br\s*\/?\s*>|<\/\s*(?:p|div|li|blockquote|h[1-6]|pre|tr)\s*>/gi;

/** What htmlToText answered when it read fragments with cheerio. */
function throughCheerio(html: string): string {
  const $ = load(html.replace(BLOCK_END, (m) => `${m} `), null, false);
  $('script, style').remove();
  return plainText($.root().text());
}

const TRICKY = [
  '<p>Bonjour&nbsp;!<br>Le plaid&#8239;€ &amp; 29&#x20AC;</p><p>Merci</p>',
  '<p>ok<script>alert(1)</script><style>p{}</style>\u0007 fin</p>',
  '<P>Majuscules<SCRIPT>x()</SCRIPT><Style>a{}</Style><BR>suite</P>',
  '<div><script>if (a < b) { "</p>" }</script>après</div>',
  '<p>un <!-- commentaire --> deux <![CDATA[trois]]> quatre</p>',
  '<!doctype html><html><head><title>Titre</title><style>x</style></head><body><p>corps</p></body></html>',
  '<ul><li>a<li>b</ul><table><tr><td>c</td></tr></table><pre>d\ne</pre>',
  'texte seul &eacute;t&eacute; &notanentity; &amp &lt;b&gt; &#0; &#x110000;',
  '<p>non fermé <b>gras <i>italique</p> reste',
  '<svg><style>s</style><text>svg</text></svg><math><mi>x</mi></math>',
  '<noscript><p>sans script</p></noscript><template><p>modèle</p></template>',
  '<textarea><b>brut</b></textarea><title>&amp; t</title><xmp><i>x</i></xmp>',
  '<p>\u202eévil\u202c <span>\u2028ligne</span>\t\ttab</p>',
  '<a href="https://x.test/a"><span class="invisible">https://</span><span class="ellipsis">x.test/a</span></a>',
  '<script>seul</script>',
  '<',
  '</p>',
  '<br/><br /><br>',
];

/** Every string field named `content` or `note` in the Mastodon fixtures (demo brand and unit fixtures). */
function fixtureFragments(): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'content' || key === 'note') && typeof v === 'string') out.push(v);
        else visit(v);
      }
    }
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.json')) visit(JSON.parse(readFileSync(file, 'utf8')));
    }
  };
  walk('fixtures/sites/maison-exemple/mastodon-api.test');
  walk('fixtures/social/mastodon');
  return out;
}

describe('htmlToText', () => {
  it('reads tricky fragments as cheerio did', () => {
    for (const html of TRICKY) expect(htmlToText(html), html).toBe(throughCheerio(html));
  });

  it('reads every Mastodon fixture text as cheerio did', () => {
    const fragments = fixtureFragments();
    expect(fragments.length).toBeGreaterThan(20);
    for (const html of fragments) expect(htmlToText(html), html).toBe(throughCheerio(html));
  });
});
