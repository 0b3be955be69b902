// The largest logo a report embeds, for --logo and the configuration file's branding alike. A leaf module: the flag
// definitions read it without loading the configuration file's loader.

/** A logo is embedded in the HTML report: a bigger file would swell every report. */
export const MAX_LOGO_BYTES = 512 * 1024;
