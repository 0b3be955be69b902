// The scoring tables of the question and complaint models, packed by the build (scripts/build-config.mjs) into one
// file each beside the compiled module, in the form the scorers read: typed arrays and a few strings. Built from the
// shipped weights instead, the tables cost ~30 ms of CPU and much of the garbage of an audit's first post (splitting
// ~34,000 features, parsing their weights, filling Maps), which a short audit paid in full. Unpacking is a view over
// the file's bytes (hash tables are packed as their entries, in order, and filled again at load: a third of the bytes,
// the same table). The file is a CommonJS module holding the bytes in base64, loaded like the required literals
// (regex-literals.ts): text detection does no file I/O of its own. Tests run src/, where no packed file exists: the
// tables are then built from the weights.

type Packable = Float64Array | Int32Array | Uint8Array;
const KINDS = { f64: Float64Array, i32: Int32Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS;

/** The parts of a set of tables: typed arrays, strings and numbers. */
export type Packed = Record<string, Packable | string | number>;

interface Header {
  /** What the tables were built from (packFingerprint): a file left by an earlier build is not read. */
  fingerprint: string;
  /** Typed arrays are written in the machine's byte order; a file moved to another order is not read. */
  littleEndian: boolean;
  values: Record<string, string | number>;
  arrays: Array<[name: string, kind: Kind, length: number]>;
}

/** The form of the packed tables: changed with it (what each scorer packs, or how), so that no older file is read. */
const PACK_FORMAT = 2;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const ALIGN = 8;
const pad = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

function kindOf(a: Packable): Kind {
  return a instanceof Float64Array ? 'f64' : a instanceof Int32Array ? 'i32' : 'u8';
}

/** The file's bytes: a 4-byte header length, the header (JSON, holding the strings and numbers), then each array. */
export function packTables(fingerprint: string, parts: Packed): Uint8Array {
  const header: Header = { fingerprint, littleEndian: LITTLE_ENDIAN, values: {}, arrays: [] };
  const arrays: Packable[] = [];
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'string' || typeof part === 'number') header.values[name] = part;
    else {
      header.arrays.push([name, kindOf(part), part.length]);
      arrays.push(part);
    }
  }
  const head = new TextEncoder().encode(JSON.stringify(header));
  let size = pad(4 + head.length);
  for (const a of arrays) size += pad(a.byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = pad(4 + head.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad(a.byteLength);
  }
  return out;
}

/** The text of a packed file: a CommonJS module exporting the bytes in base64. */
export function packedModule(bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return `module.exports = ${JSON.stringify(base64)};\n`;
}

/**
 * The tables in a packed module (`load` requires it), or undefined when there is none or it was built from other
 * weights than `fingerprint` names (the caller then builds them itself). Each model requires its own module by a name
 * relative to itself, which the CLI's bundle can follow (scripts/bundle-cli.mjs).
 */
export function readPackedTables(load: () => unknown, fingerprint: string): Packed | undefined {
  let base64: string;
  try {
    base64 = load() as string;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw err;
  }
  return readPackedTablesFrom(Buffer.from(base64, 'base64'), fingerprint);
}

/**
 * A model's weights, made on first use and kept: the tables of the packed module `load` requires when they were built
 * from the weights `fingerprint()` names, else `build()` from the shipped data. The fingerprint is taken only then (it
 * hashes the weights).
 */
export function lazyTables<W>(load: () => unknown, fingerprint: () => string, unpack: (packed: Packed) => W, build: () => W): () => W {
  let weights: W | undefined;
  return () => {
    if (weights === undefined) {
      const packed = readPackedTables(load, fingerprint());
      weights = packed ? unpack(packed) : build();
    }
    return weights;
  };
}

/** The tables in a packed file's bytes, or undefined when they were built from other weights (readPackedTables). */
export function readPackedTablesFrom(bytes: Uint8Array, fingerprint: string): Packed | undefined {
  // Typed-array views need aligned offsets: a file read into a shared pool may start anywhere.
  if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
  const length = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as Header;
  if (header.fingerprint !== fingerprint || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  const out: Packed = { ...header.values };
  let at = bytes.byteOffset + pad(4 + length);
  for (const [name, kind, count] of header.arrays) {
    const Type = KINDS[kind];
    out[name] = new Type(bytes.buffer as ArrayBuffer, at, count);
    at += pad(count * Type.BYTES_PER_ELEMENT);
  }
  return out;
}

/**
 * A fingerprint of a model's shipped weights (SHA-1 of their text): the packed tables are used only for the weights
 * they were built from, so weights retrained without a rebuild are never scored with old tables. Native hashing
 * (~0.3 ms for both models' text) where a loop in JavaScript over the ~560,000 characters cost ~6 ms on its first run.
 * The CLI's bundle takes neither: its build writes each model's fingerprint in place of the call (scripts/bundle-cli.mjs).
 */
export function packFingerprint(...texts: string[]): string {
  const hash = process.getBuiltinModule('node:crypto').createHash('sha1').update(`packed tables ${PACK_FORMAT}\n`);
  for (const text of texts) hash.update(`${text.length}:`).update(text);
  return hash.digest('hex');
}
