// loadRenderer (each format's module loaded when asked for, as the CLI writes reports) renders exactly what
// renderReport renders, in every format and language.
import { describe, expect, it } from 'vitest';
import { FORMATS, renderReport } from '../../src/report/index.js';
import { loadRenderer } from '../../src/report/load.js';
import { LANGS } from '../../src/locale/langs.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';

describe('loadRenderer', () => {
  it.each(FORMATS.map((f) => [f]))('%s matches renderReport', async (format) => {
    const render = await loadRenderer(format);
    for (const report of [sampleReport(), sampleSocialReport()]) {
      for (const lang of LANGS) {
        const opts = { lang, color: false, width: 100 };
        expect(render(report, opts)).toBe(renderReport(report, format, opts));
      }
    }
  });
});
