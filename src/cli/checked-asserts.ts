// The per-report gates of --assert (or the configuration file's `assert`), checked the same way for `audit` and for
// each brand of a `batch`: before any network work, so a typo is exit 2 rather than a gate that fails every brand.
import { ConfigError } from '../errors.js';
import { assertionTarget, parseAssert, targetProblem, type Assertion } from '../config/asserts.js';
import type { RuleSet } from '../config/rule-set.js';
import type { Origin } from './config-options.js';

/**
 * --assert values, checked for syntax and for a rule or category the rule set scores, then the rule set's own
 * `assert:` list (checked when it loaded). `skip` leaves out the values another parser reads (batch's portfolio
 * gates, share:RULE=X); the others keep their place in the list, so a value from the configuration file is said at
 * its own line.
 */
export function checkedAsserts(specs: string[], ruleSet: RuleSet, origin: Origin = () => undefined, skip: (spec: string) => boolean = () => false): Assertion[] {
  const out: Assertion[] = [];
  specs.forEach((spec, i) => {
    if (skip(spec)) return;
    // From the configuration file, a problem is said at its line; from the command line, at the flag.
    const fail = (message: string): never => {
      const at = origin('assert', i);
      throw at ? new ConfigError(message, at.file, at.line, at.key) : new ConfigError(`--assert ${spec}: ${message}`);
    };
    let assertion: Assertion;
    try {
      assertion = parseAssert(spec);
    } catch (err) {
      fail((err as Error).message);
    }
    const target = assertionTarget(assertion!);
    const problem = target && targetProblem(target, ruleSet);
    if (problem) fail(problem);
    out.push(assertion!);
  });
  for (const spec of ruleSet.asserts) out.push(parseAssert(spec));
  return out;
}
