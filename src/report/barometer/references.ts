// The figures the studies published (REFERENCE.md), which the barometer sets beside the same measure on the
// portfolio. Each names its source; the full citation is in the catalogues (barometer.sources.<source>).

export interface PublishedFigure {
  /** Benchmark id (catalogue key barometer.benchmarks.<id>). */
  id: string;
  /** The rule whose results (or data) give the portfolio's measure. */
  rule: string;
  unit: 'share' | 'ratio' | 'mean';
  published: number;
  publishedOf?: number;
  source: string;
  study: string;
  /** The study's year, when the source gives it. */
  year?: number;
}

export const PUBLISHED_FIGURES: PublishedFigure[] = [
  // Qualiweb 2013, 50 top brands: 2% linked to their social networks from the customer-service area.
  { id: 'support-links-to-social', rule: 'support-links-to-social', unit: 'share', published: 0.02, publishedOf: 50, source: 'qualiweb-2013', study: 'Qualiweb', year: 2013 },
  // Qualiweb 2013: 61% had a Facebook page, 42% a Twitter account.
  { id: 'facebook-presence', rule: 'official-accounts', unit: 'share', published: 0.61, publishedOf: 50, source: 'qualiweb-2013', study: 'Qualiweb', year: 2013 },
  { id: 'x-presence', rule: 'official-accounts', unit: 'share', published: 0.42, publishedOf: 50, source: 'qualiweb-2013', study: 'Qualiweb', year: 2013 },
  // Socialbakers "Socially Devoted" (Mar–May 2012, 9,000+ pages): 70% of fans' questions left unanswered.
  { id: 'unanswered-questions', rule: 'unanswered-questions', unit: 'ratio', published: 0.7, source: 'socialbakers-2012', study: 'Socialbakers', year: 2012 },
  // Eptica barometer (REFERENCE.md gives no year): chat on 7.3% of sites, FAQ on 71%, 4.25 contact channels per site on average.
  { id: 'chat', rule: 'realtime-channel', unit: 'share', published: 0.073, source: 'eptica', study: 'Eptica' },
  { id: 'faq', rule: 'self-service', unit: 'share', published: 0.71, source: 'eptica', study: 'Eptica' },
  { id: 'contact-channels', rule: 'contact-channels', unit: 'mean', published: 4.25, source: 'eptica', study: 'Eptica' },
];
