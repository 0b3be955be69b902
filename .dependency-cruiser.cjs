// The boundaries of src/, checked in `npm test` (tests/architecture.test.ts) and by `npm run depcruise`.
//
// Imports only go down the pipeline (DESIGN.md):
//
//   cli (src/cli.ts, src/cli/, src/progress.ts)       commands, options, gates, output files, exit codes
//    ├─ demo                                          the bundled sites' server, for `brand-audit demo` only
//    ├─ index (src/index.ts)                          public API: collect + audit + render, prints nothing
//    │   ├─ collect ──┬─ http                         the crawler and social sources, through the one HTTP layer
//    │   │            └─ platforms                    social URLs and targets, shared with config
//    │   └─ pipeline (src/pipeline.ts)                snapshot → computed → rules → scoring → AuditReport
//    ├─ config                                        brand files, rule sets, portfolios: YAML + JSON Schemas
//    ├─ compare                                       the diff of two saved reports (gates read its regressions)
//    └─ report                                        formatters: read the AuditReport (and a diff's type), render
//                                                     through locale
//        scoring → rules → computed → text            rules are pure functions of snapshot + computed artifacts
//   leaves: snapshot (types, save/load), text, locale, http, platforms (→ snapshot types), errors.ts, version.ts,
//   limits.ts (input size limits, → errors.ts), write-file.ts (files written whole), bounded-cache.ts (the Map that
//   starts over when full: every stage may cache through it), escape-regexp.ts (a text read as itself in a pattern)
//
// Each "X may import only …" rule below lists what a folder may import inside src/; packages are not restricted,
// and of Node's built-ins only I/O is (pure-stages-do-no-io). Type-only imports count: a formatter that needs a
// rule's types imports rules/types.ts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles, type-only ones included: a cycle means two modules are one module or a layer is upside down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment:
        'A module nothing imports is dead code (entry points excepted, and src/latin1-fast-pattern.ts, which the bundle build imports into the modules whose patterns it wraps: scripts/latin1-patterns.mjs).',
      from: { orphan: true, pathNot: ['^src/(cli|index)\\.ts$', '\\.d\\.ts$', '^src/latin1-fast-pattern\\.ts$'] },
      to: {},
    },
    {
      name: 'cli-is-the-top',
      severity: 'error',
      comment: 'Nothing imports the CLI: it is built on the public API and the pipeline, never the other way round.',
      from: { pathNot: '^src/(cli\\.ts|cli/|progress\\.ts)' },
      to: { path: '^src/(cli\\.ts|cli/|progress\\.ts)' },
    },
    {
      name: 'demo-only-from-cli',
      severity: 'error',
      comment: 'The demo server is for `brand-audit demo`: only the CLI starts it (tests use tests/support).',
      from: { pathNot: '^src/(cli\\.ts|cli/|demo/)' },
      to: { path: '^src/demo/' },
    },
    {
      name: 'demo-imports-errors-only',
      severity: 'error',
      comment: 'The demo serves files: it needs nothing of the product but its errors.',
      from: { path: '^src/demo/' },
      to: { path: '^src/', pathNot: '^src/(demo/|errors\\.ts$)' },
    },
    {
      name: 'index-below-cli',
      severity: 'error',
      comment: 'The public API prints nothing and knows no command: it never imports the CLI or the demo.',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/(cli|demo)' },
    },
    {
      name: 'pipeline-imports-stages',
      severity: 'error',
      comment:
        'The pipeline joins the stages (collect, computed, rules, scoring) into the AuditReport type; it renders nothing and reads no configuration file.',
      from: { path: '^src/pipeline\\.ts$' },
      to: {
        path: '^src/',
        pathNot: '^src/(collect|computed|rules|scoring|snapshot|text|http|platforms)/|^src/report/types\\.ts$|^src/(errors|version|bounded-cache)\\.ts$',
      },
    },
    {
      name: 'report-reads-the-report',
      severity: 'error',
      comment:
        'Formatters render the AuditReport through the catalogues: they import locale, the report types and their parts (rules, scoring, computed and snapshot types), never a stage that collects, scores or configures.',
      from: { path: '^src/report/' },
      to: {
        path: '^src/',
        pathNot:
          '^src/(report|locale)/|^src/(rules/(types|categories)|scoring/types|computed/types|snapshot/types|compare/diff)\\.ts$|^src/(errors|version|bounded-cache)\\.ts$',
      },
    },
    {
      name: 'report-reads-diff-types-only',
      severity: 'error',
      comment: 'The diff formatter renders a ReportDiff; computing one is the compare stage, which the CLI runs.',
      from: { path: '^src/report/' },
      to: { path: '^src/compare/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'compare-reads-reports',
      severity: 'error',
      comment: 'A diff is computed from two AuditReports: it needs their types and nothing that collects or renders.',
      from: { path: '^src/compare/' },
      to: { path: '^src/', pathNot: '^src/compare/|^src/(report/types|rules/types|scoring/types|snapshot/types|bounded-cache)\\.ts$' },
    },
    {
      name: 'compare-for-cli',
      severity: 'error',
      comment: 'Diffs are computed by the CLI (compare, --baseline gates); formatters only render them.',
      from: { pathNot: '^src/(cli\\.ts|cli/|compare/|report/|index\\.ts)' },
      to: { path: '^src/compare/' },
    },
    {
      name: 'scoring-imports-rule-types',
      severity: 'error',
      comment: 'Scoring weighs rule results: it needs the rule types and the category order, nothing that evaluates.',
      from: { path: '^src/scoring/' },
      to: { path: '^src/', pathNot: '^src/scoring/|^src/rules/(types|categories)\\.ts$|^src/bounded-cache\\.ts$' },
    },
    {
      name: 'rules-import-computed-text-snapshot',
      severity: 'error',
      comment: 'Rules are pure functions of the snapshot and the computed artifacts: no prose (locale), no I/O, no scoring.',
      from: { path: '^src/rules/' },
      to: { path: '^src/', pathNot: '^src/(rules|computed|text|snapshot|platforms)/|^src/(bounded-cache|lazy-pattern|escape-regexp)\\.ts$' },
    },
    {
      name: 'computed-imports-text-snapshot',
      severity: 'error',
      comment: 'Computed artifacts are derived from the snapshot alone (with options passed in): rules read them, not the reverse.',
      from: { path: '^src/computed/' },
      to: { path: '^src/', pathNot: '^src/(computed|text|snapshot)/|^src/(bounded-cache|escape-regexp)\\.ts$' },
    },
    {
      name: 'collect-imports-http-text-snapshot',
      severity: 'error',
      comment: 'Collectors fetch and record codes with data: the HTTP layer, text detection, platforms, the snapshot types.',
      from: { path: '^src/collect/' },
      to: { path: '^src/', pathNot: '^src/(collect|http|text|snapshot|platforms)/|^src/(errors|version|limits|bounded-cache|lazy-pattern|escape-regexp)\\.ts$' },
    },
    {
      name: 'config-imports-rules-snapshot',
      severity: 'error',
      comment:
        'Loaders validate against the rule registry and the snapshot types (platforms for declared accounts); they never collect, render or run a command. The configuration file names languages and formats: their two leaf lists only.',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/(config|rules|snapshot|platforms)/|^src/(errors|limits|bounded-cache|locale/langs|report/formats)\.ts$' },
    },
    {
      name: 'leaves-import-nothing',
      severity: 'error',
      comment: 'http, text, locale and snapshot are leaves (snapshot/io throws the shared errors; http names the tool version; text caches through bounded-cache.ts and escapes words with escape-regexp.ts).',
      from: { path: '^src/(http|text|locale|snapshot)/' },
      to: { path: '^src/', pathNot: ['^src/$1/', '^src/(errors|version|limits|write-file|bounded-cache|escape-regexp)\\.ts$'] },
    },
    {
      name: 'platforms-import-snapshot-types',
      severity: 'error',
      comment: 'What the tool knows of social platforms (URLs, handles, targets) sits below collect and config.',
      from: { path: '^src/platforms/' },
      to: { path: '^src/', pathNot: '^src/(platforms/|snapshot/types\\.ts$|bounded-cache\\.ts$)' },
    },
    {
      name: 'pure-stages-do-no-io',
      severity: 'error',
      comment:
        'Rules, computed artifacts, scoring, text detection, the pipeline and the formatters are pure: no file system, network or process (the CLI writes files; collect and http fetch; config and locale read their files).',
      from: { path: '^src/(report|rules|computed|scoring|text|compare)/|^src/pipeline\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dns|tls|dgram|worker_threads)$' },
    },
    {
      name: 'limits-imports-errors-only',
      severity: 'error',
      comment: 'The input size limits are read by the loaders of every layer: the file imports nothing of src/ but errors.ts.',
      from: { path: '^src/limits\\.ts$' },
      to: { path: '^src/', pathNot: '^src/errors\\.ts$' },
    },
    {
      name: 'write-file-is-a-leaf',
      severity: 'error',
      comment: 'Writing a file whole (a temporary file, then a rename) is one helper used by the CLI and snapshot saving: it imports nothing of src/.',
      from: { path: '^src/write-file\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'bounded-cache-is-a-leaf',
      severity: 'error',
      comment: 'Every stage may cache through the bounded cache (rules, text, collect and platforms do), so it imports nothing of src/.',
      from: { path: '^src/bounded-cache\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'errors-and-version-are-leaves',
      severity: 'error',
      comment: 'Every layer may import these two files, so they import nothing of src/.',
      from: { path: '^src/(errors|version)\\.ts$' },
      to: { path: '^src/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (a formatter importing a collector's types is still coupled to it).
    tsPreCompilationDeps: true,
    // NodeNext sources import './x.js' for './x.ts': dependency-cruiser resolves that on its own.
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
