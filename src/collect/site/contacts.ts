// Ways to reach the brand found on a page: e-mail, phone, contact form, messaging links, callback offers, live chat.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ContactFinding, VendorFinding } from '../../snapshot/types.js';
import { attrIs, boundedText, collectElements, elementsUnder, firstElement, textMayHold, textOf } from './dom.js';
import { cleanText, foldText, snippet } from './text.js';
import { withoutWww } from '../../platforms/without-www.js';

/** What contact extraction needs besides the DOM. */
export interface ContactContext {
  /** Base URL links and form actions resolve against (the page URL or its <base href>). */
  baseUrl: string;
  /** Visible text lines of the page (for addresses and numbers written out in text). */
  lines: string[];
  /**
   * foldAligned(lines.join('\n')), when the caller folded it and it folds character for character: each line's
   * folding is then its slice, not a folding of its own.
   */
  folded?: string;
  /** Vendors found on the page; chat vendors are a live-chat channel. */
  vendors: VendorFinding[];
  /** The page's elements that can offer a contact, when a walk of the page already sorted them (contactElements). */
  elements?: ContactElements;
}

/** The elements of a page findContacts reads, each list in document order. */
export interface ContactElements {
  links: Element[];
  forms: Element[];
  labelled: Element[];
}

/**
 * Empty lists of contact elements and the function that sorts one element (and its lower-case name) into them:
 * handed every element of a page in document order (by a walk the caller makes anyway), it gives findContacts what
 * its own walk would.
 */
export function contactElements(): { elements: ContactElements; sort: (el: Element, name?: string) => void } {
  const elements: ContactElements = { links: [], forms: [], labelled: [] };
  return {
    elements,
    sort: (el, name = el.name.toLowerCase()) => {
      if (LINK_TAGS.has(name)) elements.links.push(el);
      if (FORM_TAGS.has(name)) elements.forms.push(el);
      if (LABEL_TAGS.has(name) || isButton(el)) elements.labelled.push(el);
    },
  };
}

const EMAIL = /^[^\s@<>()[\]",;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;
const EMAIL_IN_TEXT = /(?<![\w.+-])[\w.+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?![\w-])/gi;

// A number written next to a phone word ("Tél. : 01 23 45 67 89", "Call us at +1 800 555 0100", "Telefon: 089 …").
const PHONE_IN_TEXT =
  /(?<![\p{L}\p{N}])(?:telephone|tel|phone|appelez[- ]nous|appelez|call us|telefon|telefono|llamanos|llamenos|hotline)[\s.:]*(?:(?:au|le|at|on|unter|al)\s+)?(\+?\d[\d\s.\-()/]{5,22}\d)/gu;

// Literal words every PHONE_IN_TEXT and CALLBACK match contains: a cheap test before the full patterns, which most
// lines and labels of a page fail.
const PHONE_WORD = /tel|phone|appelez|call us|llam|hotline/;
const CALLBACK_WORD = /rappel|call|ruckruf|rufen|llam/;
// The same words on text not yet folded, and with the words every CHAT_LABEL holds: an element whose text has none
// of them offers neither a callback nor a chat, and its label is not built (most paragraphs and links of a page).
const CALLBACK_WORD_ANY_CASE = /rappel|call|ruckruf|rufen|llam/i;
const CALLBACK_OR_CHAT_WORD_ANY_CASE = /rappel|call|ruckruf|rufen|llam|chat|discut/i;
const CHAT_HREF = /#(live-?)?chat$/i;
const CHAT_ONCLICK = /\b(open|start|show|launch)_?chat\b/i;

// Callback offers, accent-folded (Qualiweb counts "être rappelé" as a channel of its own).
const CALLBACK =
  /(?<![\p{L}\p{N}])(etre rappelee?|vous rappeler|rappel gratuit|demande de rappel|demander un rappel|on vous rappelle|nous vous rappelons|call me back|call-back|callback|request a call|we will call you|we'll call you|ruckruf\p{L}*|wir rufen sie (zuruck|an)|le llamamos|te llamamos|solicitar (una )?llamada|devolucion de llamada)(?![\p{L}\p{N}])/u;

// Text of a chat launcher button or link: the whole label must be about chat (French "chat" is also "cat").
const CHAT_LABEL =
  /^(live[- ]?chat|chat|chat en ligne|chat en direct|chat now|start (a )?chat|chat with (us|an? \p{L}+)|chat avec (nous|un conseiller|un expert)|chatter( avec \p{L}+( \p{L}+)?)?|discuter( avec \p{L}+( \p{L}+)?)?|discutons|(demarrer|ouvrir|lancer) (le|un) chat|chat starten|jetzt chatten|chatten|chatear( con \p{L}+)?|chatea con nosotros|chat en vivo|iniciar (el )?chat)$/u;

const NO_TAGS: ReadonlySet<string> = new Set();
const LINK_TAGS = new Set(['a', 'area']);
const FORM_TAGS = new Set(['form']);
// Elements whose short text can offer a callback or open a chat.
const LABEL_TAGS = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label', 'p', 'li']);

const isButton = (el: Element): boolean =>
  el.attribs.role === 'button' || (el.name === 'input' && /^(button|submit)$/i.test(el.attribs.type ?? ''));

const MESSAGING_HINT = /^(sms|whatsapp):|m\.me|messenger\.com|wa\.me|whatsapp\.com|t\.me|telegram\.me|apple\.com|google\.com/i;

function resolve(href: string, base: string): URL | null {
  try {
    return new URL(href.trim(), base);
  } catch {
    return null;
  }
}

/** Digits of a phone number, keeping a leading + and dropping the "(0)" trunk prefix of "+33 (0)1 …". */
export function normalizePhone(raw: string): string {
  const text = raw.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  const digits = text.replace(/\D/g, '');
  return text.startsWith('+') ? `+${digits}` : digits;
}

// Longest label read for callback and chat offers: a button or heading, not a paragraph of body text.
const LABEL_MAX = 200;

/** Visible label of an element (text, else aria-label, title or value); '' when longer than LABEL_MAX. */
function labelOf(el: Element): string {
  const text = boundedText(el, LABEL_MAX);
  if (text === null) return '';
  const a = el.attribs;
  return text || cleanText(a['aria-label'] ?? '') || cleanText(a.title ?? '') || cleanText(a.value ?? '');
}

/** A messaging link (m.me, wa.me, t.me, Apple Messages for Business, Google Business Messages, sms:), normalised. */
function messagingValue(href: string, base: string): string | null {
  const raw = href.trim();
  if (!MESSAGING_HINT.test(raw)) return null; // most links: skip URL parsing
  if (/^sms:/i.test(raw)) {
    const number = normalizePhone(raw.slice(4).split(/[?&]/)[0] ?? '');
    return number.replace('+', '').length >= 3 ? `sms:${number}` : null; // sms:?body=… is a share button
  }
  if (/^whatsapp:/i.test(raw)) {
    const phone = /[?&]phone=([^&]+)/i.exec(raw)?.[1];
    return phone ? `https://wa.me/${normalizePhone(decodeURIComponent(phone)).replace('+', '')}` : null;
  }
  const url = resolve(raw, base);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const host = withoutWww(url.hostname.toLowerCase());
  const path = url.pathname.replace(/\/+$/, '');
  const first = path.split('/')[1]?.toLowerCase() ?? '';
  const clean = `https://${host}${path}`;
  if (host === 'm.me' && first) return clean;
  if (host === 'messenger.com' && first === 't') return clean;
  if (host === 'wa.me') return first && first !== 'share' ? clean : null; // wa.me/?text=… is a share button
  if (host === 'api.whatsapp.com' && first === 'send') {
    const phone = url.searchParams.get('phone');
    return phone ? `https://wa.me/${normalizePhone(phone).replace('+', '')}` : null;
  }
  if ((host === 't.me' || host === 'telegram.me') && first && !['share', 'joinchat', 'addstickers', 'iv'].includes(first)) return clean;
  if (host === 'bcrw.apple.com' || (host === 'business.apple.com' && /message|chat/i.test(path))) return clean;
  if (host === 'businessmessages.google.com' || (host === 'business.google.com' && /messag/i.test(path))) return clean;
  return null;
}

const FIELD_TAGS = new Set(['input', 'textarea', 'select']);
const HEADING_TAGS = new Set(['legend', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function formFinding(form: Element, base: string): ContactFinding | null {
  const a = form.attribs;
  const attrs = foldText(`${a.role ?? ''} ${a.class ?? ''} ${a.id ?? ''} ${a.action ?? ''} ${a.name ?? ''}`);
  if (/\bsearch\b/.test(attrs) || firstElement(form, (el) => el.name === 'input' && (attrIs(el, 'type', 'search') || attrIs(el, 'type', 'password')))) return null;
  const fields = elementsUnder(form, (el) => FIELD_TAGS.has(el.name)).filter(
    (el) => !/^(hidden|submit|button|image|reset|checkbox|radio)$/i.test(el.attribs.type ?? ''),
  );
  const describe = (el: Element): string => foldText(`${el.attribs.name ?? ''} ${el.attribs.id ?? ''} ${el.attribs.placeholder ?? ''} ${el.attribs.type ?? ''}`);
  const hasTextarea = fields.some((el) => el.name === 'textarea');
  const isEmail = (el: Element): boolean => /\b(email|e-mail|mail|courriel|correo)\b/.test(describe(el)) || (el.attribs.type ?? '').toLowerCase() === 'email';
  const isMessage = (el: Element): boolean =>
    /(message|subject|sujet|objet|nachricht|betreff|mensaje|asunto|comment|question|demande|anfrage|consulta|phone|tel|name|nom|vorname|nombre)/.test(describe(el));
  const emailField = fields.some(isEmail);
  const otherField = fields.some((el) => !isEmail(el) && isMessage(el));
  const isSearchOnly = fields.length > 0 && fields.every((el) => /^(q|s|search|query|recherche|suche|buscar|keywords?)$/i.test(el.attribs.name ?? ''));
  if (isSearchOnly) return null;
  // A lone e-mail box is a newsletter sign-up; a form that says "newsletter" and has no message box is one too. The
  // form's whole text is read only for the forms it decides (no message box, an e-mail and another field).
  const newsletter = (): boolean => /newsletter|subscribe|abonn|inscri|signup|sign-up|anmeld|suscrib/.test(`${attrs} ${foldText(cleanText(textOf(form)))}`);
  if (!hasTextarea && !(emailField && otherField && !newsletter())) return null;
  const action = a.action;
  const target = action && action.trim() ? resolve(action, base) : resolve(base, base);
  const value = target ? `${target.origin}${target.pathname}` : base;
  const headingEl = firstElement(form, (el) => HEADING_TAGS.has(el.name));
  const heading = headingEl ? textOf(headingEl) : '';
  const submit = firstElement(form, (el) => el.name === 'button' || (el.name === 'input' && attrIs(el, 'type', 'submit')));
  const label = cleanText(a['aria-label'] ?? '') || cleanText(heading) || cleanText((submit && (textOf(submit) || submit.attribs.value)) || '') || 'form';
  return { kind: 'form', value, snippet: snippet(label) };
}

/**
 * Contact channels on a page: `mailto:` and e-mail addresses in text (email), `tel:` and numbers next to a phone
 * word (phone, digits with a leading +), contact forms (a textarea, or an e-mail field plus a message/name field —
 * never search, login or newsletter-only forms), messaging links (messaging), callback offers (callback), chat
 * vendors and chat launcher buttons (chat). Deduplicated by kind and value.
 */
export function findContacts(page: AnyNode | CheerioAPI, ctx: ContactContext): ContactFinding[] {
  const found = new Map<string, ContactFinding>();
  const add = (f: ContactFinding): void => {
    const key = `${f.kind}|${f.value}`;
    if (!found.has(key)) found.set(key, f.snippet ? { ...f, snippet: snippet(f.snippet) } : f);
  };

  // The links, forms and labelled elements, in one walk of the page (each list in document order).
  let elements = ctx.elements;
  if (!elements) {
    const collector = contactElements();
    collectElements(typeof page === 'function' ? page.root()[0] : page, NO_TAGS, (el) => {
      collector.sort(el);
      return false;
    });
    elements = collector.elements;
  }
  const { links, forms, labelled } = elements;
  // Each list is read by a function of its own: findContacts runs once a page, and its loops, left in it, made it hot
  // late in a crawl, when the optimising compiler then compiled it whole with all it inlines (30-44 ms of compile
  // time in a 300-page audit, as V8 reports it; see docs/performance.md).
  contactLinks(links, ctx.baseUrl, add);
  contactLines(ctx.lines, ctx.folded, add);
  for (let i = 0; i < forms.length; i++) {
    const f = formFinding(forms[i], ctx.baseUrl);
    if (f) add(f);
  }
  contactLabels(labelled, ctx.baseUrl, add);

  for (const v of ctx.vendors) if (v.category === 'chat') add({ kind: 'chat', value: v.vendor, snippet: v.marker });
  return [...found.values()];
}

// Index loops here and below: this runs on every page, mostly before V8 optimises it, and a for…of loop over an
// array then allocates an iterator result at every step.

/** mailto:, tel: and messaging links. */
function contactLinks(links: Element[], baseUrl: string, add: (f: ContactFinding) => void): void {
  for (let i = 0; i < links.length; i++) {
    const el = links[i];
    if (el.attribs.href === undefined) continue;
    const href = el.attribs.href.trim();
    const messaging = messagingValue(href, baseUrl);
    const contact = messaging !== null || /^(mailto|tel):/i.test(href);
    if (!contact) continue; // most links: no need for their label
    const text = labelOf(el);
    if (/^mailto:/i.test(href)) {
      const addresses = href.slice(7).split('?')[0];
      for (const part of safeDecode(addresses).split(/[,;]/)) {
        const email = part.trim().toLowerCase();
        if (EMAIL.test(email)) add({ kind: 'email', value: email, snippet: text || email });
      }
    } else if (/^tel:/i.test(href)) {
      const phone = normalizePhone(safeDecode(href.slice(4)));
      if (phone.replace('+', '').length >= 3) add({ kind: 'phone', value: phone, snippet: text || phone });
    }
    if (messaging) add({ kind: 'messaging', value: messaging, snippet: text || messaging });
  }
}

/**
 * E-mail addresses and numbers next to a phone word in the page's text lines. `foldedLines` is the lines' joined text
 * folded aligned (ContactContext.folded): a line's folding is its slice there, as foldAligned promises.
 */
function contactLines(lines: string[], foldedLines: string | undefined, add: (f: ContactFinding) => void): void {
  // Where the line starts in the joined text (one '\n' between lines).
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const from = start;
    start += line.length + 1;
    if (line.includes('@')) for (const m of line.matchAll(EMAIL_IN_TEXT)) add({ kind: 'email', value: m[0].toLowerCase(), snippet: line });
    if (!/\d[\d\s.()/-]{5,}\d/.test(line)) continue; // no phone-number-like run of digits
    const folded = foldedLines === undefined ? foldText(line) : foldedLines.slice(from, from + line.length);
    if (!PHONE_WORD.test(folded)) continue;
    for (const m of folded.matchAll(PHONE_IN_TEXT)) {
      const phone = normalizePhone(m[1]);
      const digits = phone.replace('+', '').length;
      if (digits >= 8 && digits <= 15) add({ kind: 'phone', value: phone, snippet: line });
    }
  }
}

/** Callback offers and chat launchers, from the labels of buttons, links, headings and short blocks. */
function contactLabels(labelled: Element[], baseUrl: string, add: (f: ContactFinding) => void): void {
  for (let i = 0; i < labelled.length; i++) {
    const el = labelled[i];
    const launcher = el.name === 'a' || el.name === 'button' || el.name === 'input' || el.attribs.role === 'button';
    const chatCode = launcher && (CHAT_HREF.test(el.attribs.href ?? '') || CHAT_ONCLICK.test(el.attribs.onclick ?? ''));
    if (!chatCode && !textMayHold(el, launcher ? CALLBACK_OR_CHAT_WORD_ANY_CASE : CALLBACK_WORD_ANY_CASE, LABEL_MAX)) continue;
    const text = labelOf(el);
    if (!text) continue;
    const folded = foldText(text);
    if (CALLBACK_WORD.test(folded) && CALLBACK.test(folded)) {
      const href = el.name === 'a' ? resolve(el.attribs.href ?? '', baseUrl) : null;
      const value = href && (href.protocol === 'https:' || href.protocol === 'http:') && !href.hash ? `${href.origin}${href.pathname}` : 'callback';
      add({ kind: 'callback', value, snippet: text });
    }
    if (launcher) {
      const label = folded.replace(/[!.?…]+$/, '').trim();
      if (chatCode || CHAT_LABEL.test(label)) {
        add({ kind: 'chat', value: 'chat-launcher', snippet: text });
      }
    }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
