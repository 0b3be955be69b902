// Preloaded (node --import) into a CLI run by tests/e2e/crypto-on-demand.test.ts: writes the Node built-in modules
// the process loaded (process.moduleLoadList, "NativeModule <id>" entries) to BUILTIN_TRACE_FILE at exit, one id a line.
import { writeFileSync } from 'node:fs';

const file = process.env.BUILTIN_TRACE_FILE;
if (file) {
  process.on('exit', () => {
    const ids = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    writeFileSync(file, `${ids.join('\n')}\n`);
  });
}
