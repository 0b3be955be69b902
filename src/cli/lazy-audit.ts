// Within `audit`: the crawler and its libraries load only when there is something to crawl (not for
// --from-snapshot), and the Markdown formatter only when there is a GitHub job summary to write. Kept apart from
// cli/lazy.ts, which loads the audit command itself.
type PublicApi = typeof import('../index.js');
type GithubSummary = typeof import('./github-summary.js');

export async function collectSnapshot(...args: Parameters<PublicApi['collectSnapshot']>): ReturnType<PublicApi['collectSnapshot']> {
  return (await import('../index.js')).collectSnapshot(...args);
}

export async function appendGithubSummary(...args: Parameters<GithubSummary['appendGithubSummary']>): Promise<boolean> {
  const [, env] = args;
  if (!env.GITHUB_STEP_SUMMARY) return false;
  return (await import('./github-summary.js')).appendGithubSummary(...args);
}
