// Cases for the support-account rule.
import { rule } from '../../src/rules/support-account.js';
import { account, ruleCases, snapshot, startPage } from './snapshot-builder.js';
import { conversation } from './social-builder.js';

const skincare = { url: 'https://skincare.example/', domain: 'skincare.example', brandName: 'SkinCare' };
/** A social audit that ran: one account read, whatever its outcome (facebook has no public data). */
const ran = [conversation({ platform: 'facebook', handle: 'brand', status: 'no-source', notes: [{ code: 'no-public-data', data: { platform: 'facebook' } }] })];

ruleCases(rule, [
  {
    name: 'pass: an official care account linked from the site',
    snapshot: snapshot([startPage()], [account('x', 'brand'), account('x', 'Brand_SAV')], { conversations: ran }),
    status: 'pass',
    messageId: 'found',
    data: { supportAccounts: ['x:Brand_SAV'], checked: 3 },
    evidence: ['https://x.example/Brand_SAV'],
  },
  {
    name: 'pass: a care account from the brand file, even one that could not be read',
    snapshot: snapshot([startPage()], [account('instagram', 'brand')], {
      conversations: [conversation({ platform: 'x', handle: 'brandhilfe', status: 'no-source', notes: [{ code: 'no-public-data', data: { platform: 'x' } }] })],
    }),
    status: 'pass',
    messageId: 'found',
    data: { supportAccounts: ['x:brandhilfe'], checked: 2 },
    evidence: ['https://x.example/brandhilfe'],
  },
  {
    name: 'pass: a Bluesky care handle on the brand’s domain',
    snapshot: snapshot([startPage()], [], { conversations: [conversation({ handle: 'support.brand.example' })] }),
    status: 'pass',
    messageId: 'found',
    data: { supportAccounts: ['bluesky:support.brand.example'], checked: 1 },
  },
  {
    name: 'fail: "SkinCare" is the brand’s name, a community is not an account, an unofficial @brand_help is not the brand’s',
    snapshot: snapshot([startPage()], [account('instagram', 'skincare'), account('x', 'brand_help', [{}], false)], {
      target: skincare,
      conversations: [conversation({ platform: 'discourse', handle: 'support.skincare.example' })],
    }),
    status: 'fail',
    messageId: 'not-found',
    score: 0,
    data: { supportAccounts: [], checked: 1 },
    evidence: ['https://instagram.example/skincare'],
  },
  {
    name: 'na: a website-only audit (no social audit ran) is not marked down',
    snapshot: snapshot([startPage()], [account('x', 'brand'), account('instagram', 'brand')]),
    status: 'na',
    messageId: 'no-social-audit',
    data: { supportAccounts: [], checked: 0 },
  },
  {
    name: 'na: the brand has no known account',
    snapshot: snapshot([startPage()], [account('x', 'brand_help', [{}], false)], {
      conversations: [conversation({ platform: 'discourse', handle: 'forum.brand.example' })],
    }),
    status: 'na',
    messageId: 'no-accounts',
    data: { supportAccounts: [], checked: 0 },
  },
]);
