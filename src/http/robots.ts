// robots.txt: fetched once per origin (concurrent callers share the in-flight fetch), then consulted per URL.
import robotsParserModule from 'robots-parser';
import { HttpError } from './errors.js';

type ParseRobots = typeof robotsParserModule.default;
type Robot = ReturnType<ParseRobots>;
// robots-parser is CommonJS but its typings declare an ES default export; under NodeNext the default
// import is the function itself at runtime, while the types see it as the module namespace.
const robotsParser = ((robotsParserModule as unknown as { default?: ParseRobots }).default ??
  (robotsParserModule as unknown as ParseRobots)) as ParseRobots;

/** What the audit reports about an origin's robots.txt. */
export interface RobotsInfo {
  url: string;
  /** True when the file was served (2xx). */
  found: boolean;
  /** Set when the file could not be read for a server or network reason (everything was then allowed). */
  error?: string;
  /** With `error`: the 5xx status that answered, or the HttpError code of the failure (timeout, too-large…). */
  status?: number;
  failure?: string;
}

/** Fetches a robots.txt URL; resolves with the final status and body, throws HttpError on transport failure. */
export type RobotsFetcher = (url: string) => Promise<{ status: number; body?: string }>;

/** Per-origin robots.txt cache. */
export class RobotsCache {
  private readonly rules = new Map<string, Promise<Robot | undefined>>();
  private readonly infos = new Map<string, RobotsInfo>();

  constructor(
    private readonly fetcher: RobotsFetcher,
    private readonly productToken: string,
  ) {}

  /** Whether the product token may fetch `url` (an absolute http(s) URL). */
  async allowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let pending = this.rules.get(origin);
    if (!pending) {
      pending = this.load(origin);
      this.rules.set(origin, pending);
    }
    const robot = await pending;
    // isAllowed answers undefined for a URL outside the file's origin; that cannot happen here, but an
    // undefined must never read as "disallowed".
    return robot ? robot.isAllowed(url, this.productToken) !== false : true;
  }

  /** What is known about `origin`'s robots.txt, once it has been fetched. */
  info(origin: string): RobotsInfo | undefined {
    let key: string;
    try {
      key = new URL(origin).origin;
    } catch {
      return undefined;
    }
    return this.infos.get(key);
  }

  private async load(origin: string): Promise<Robot | undefined> {
    const url = `${origin}/robots.txt`;
    try {
      const { status, body } = await this.fetcher(url);
      if (status >= 200 && status < 300) {
        this.infos.set(origin, { url, found: true });
        return robotsParser(url, body ?? '');
      }
      if (status >= 500) {
        // RFC 9309 §2.3.1.3 would have crawlers assume a full disallow on 5xx; an audit reads a handful of
        // public pages, so it proceeds but records the failure for the report.
        this.infos.set(origin, { url, found: false, error: `HTTP ${status}`, status });
        return undefined;
      }
      // 4xx (404, 410, 401, 403…): RFC 9309 §2.3.1.3 — the crawler may access everything.
      this.infos.set(origin, { url, found: false });
      return undefined;
    } catch (err) {
      const message = err instanceof HttpError || err instanceof Error ? err.message : String(err);
      this.infos.set(origin, { url, found: false, error: message, failure: err instanceof HttpError ? err.code : 'internal' });
      return undefined;
    }
  }
}
