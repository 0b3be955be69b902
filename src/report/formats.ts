// The names of the output formats: a leaf, so the configuration file's schema can list them without the formatters.

export const FORMATS = ['terminal', 'json', 'html', 'markdown', 'junit', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
