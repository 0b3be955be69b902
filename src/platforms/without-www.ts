// A host name without its leading "www.": a site answers on its bare domain and on "www." alike, and its pages, its
// JSON-LD nodes and the brand's own domain name it either way (contacts, redirects, mailboxes, handle rules).

/** `host` with one leading "www." removed; any other host as it is. Case is the caller's: "WWW." stays. */
export function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}
