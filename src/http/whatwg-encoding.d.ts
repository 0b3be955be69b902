// Types for whatwg-encoding (the WHATWG Encoding Standard's labels, over iconv-lite's decoders), which ships none.
declare module 'whatwg-encoding' {
  interface WhatwgEncoding {
    /** The encoding name a label stands for ('latin1' → 'windows-1252'), or null when the label names none. */
    labelToName(label: string): string | null;
    /** Decodes bytes: a byte-order mark wins over `fallbackEncodingName`, which must be a supported name. */
    decode(uint8Array: Uint8Array, fallbackEncodingName: string): string;
    /** Whether `decode` can decode this encoding name (case-sensitive: 'UTF-8', 'windows-1252'). */
    isSupported(name: string): boolean;
    /** 'UTF-8', 'UTF-16LE' or 'UTF-16BE' for a byte-order mark at the start of the bytes; null otherwise. */
    getBOMEncoding(uint8Array: Uint8Array): string | null;
  }
  const whatwgEncoding: WhatwgEncoding;
  export = whatwgEncoding;
}
