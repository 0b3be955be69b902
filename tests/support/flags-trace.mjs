// Preloaded (node --import) into a CLI run by tests/e2e/builtins-first.test.ts: writes to FLAGS_TRACE_FILE, at exit,
// the Node built-in modules the process loaded before the first V8 flag was set (node:v8's setFlagsFromString, which
// the bin calls) and those it loaded after, as JSON: V8 rejects Node's own code cache for the latter
// (bin/builtins-first.js says why).
import { writeFileSync } from 'node:fs';

const file = process.env.FLAGS_TRACE_FILE;
if (file) {
  // The same object the bin takes with process.getBuiltinModule('node:v8'), patched before the bin reads it.
  const v8 = process.getBuiltinModule('node:v8');
  const setFlagsFromString = v8.setFlagsFromString;
  let at;
  v8.setFlagsFromString = (flags) => {
    at ??= process.moduleLoadList.length;
    setFlagsFromString(flags);
  };
  process.on('exit', () => {
    const ids = (list) => list.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    const list = process.moduleLoadList;
    writeFileSync(file, JSON.stringify({ flagsSet: at !== undefined, before: ids(list.slice(0, at ?? list.length)), after: ids(list.slice(at ?? list.length)) }));
  });
}
