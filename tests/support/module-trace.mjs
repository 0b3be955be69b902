// Preloaded (node --import) into a CLI run by tests/e2e/startup-modules.test.ts: writes every module the process
// loaded to MODULE_TRACE_FILE, one URL or path a line — ES modules as the loader resolves them (a hook, in the
// loader's thread), CommonJS ones (tinyld, ajv: loaded with require) from the require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.MODULE_TRACE_FILE;
if (file) {
  const hook = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const resolved = await next(specifier, context);
      appendFileSync(${JSON.stringify(file)}, resolved.url + '\\n');
      return resolved;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(file, Object.keys(require.cache).join('\n') + '\n'));
}
