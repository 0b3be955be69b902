// The commands' implementations, each loaded when its command runs: `--version` and `--help` then load commander
// and the flag definitions only, not the crawler, the rule engine, the formatters and their libraries (cheerio,
// undici, yaml, ajv, tinyld…), which take far longer to load than printing the help does to run.
// Each wrapper has the signature of the function it loads.
type RunAudit = typeof import('./run-audit.js').runAudit;
type ReportCommand = typeof import('./report-command.js');
type RulesCommand = typeof import('./rules-command.js');
type RuleSetLoader = typeof import('../config/rule-set.js');
type InitCommand = typeof import('./init-command.js');
type DemoCommand = typeof import('./demo-command.js');
type DemoPortfolio = typeof import('./batch/demo-portfolio.js');
type ConfigOptions = typeof import('./config-options.js');

export async function runAudit(...args: Parameters<RunAudit>): Promise<number> {
  return (await import('./run-audit.js')).runAudit(...args);
}

export async function runReportCommand(...args: Parameters<ReportCommand['runReportCommand']>): Promise<number> {
  return (await import('./report-command.js')).runReportCommand(...args);
}

export async function runCompareCommand(...args: Parameters<ReportCommand['runCompareCommand']>): Promise<number> {
  return (await import('./report-command.js')).runCompareCommand(...args);
}

export async function loadRuleSet(...args: Parameters<RuleSetLoader['loadRuleSet']>): Promise<ReturnType<RuleSetLoader['loadRuleSet']>> {
  return (await import('../config/rule-set.js')).loadRuleSet(...args);
}

export async function renderRuleList(...args: Parameters<RulesCommand['renderRuleList']>): Promise<string> {
  return (await import('./rules-command.js')).renderRuleList(...args);
}

export async function runInit(...args: Parameters<InitCommand['runInit']>): Promise<number> {
  return (await import('./init-command.js')).runInit(...args);
}

export async function runDemo(...args: Parameters<DemoCommand['runDemo']>): Promise<number> {
  return (await import('./demo-command.js')).runDemo(...args);
}

export async function runDemoPortfolio(...args: Parameters<DemoPortfolio['runDemoPortfolio']>): Promise<number> {
  return (await import('./batch/demo-portfolio.js')).runDemoPortfolio(...args);
}

/** The configuration file under the flags (its loader brings lilconfig, and YAML or the schemas when a file is found). */
export async function applyRunConfig(...args: Parameters<ConfigOptions['applyRunConfig']>): Promise<ReturnType<ConfigOptions['applyRunConfig']>> {
  return (await import('./config-options.js')).applyRunConfig(...args);
}
