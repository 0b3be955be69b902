// Reads a PDF the way a client's viewer or a search index would, for the PDF tests: its pages, and the text of each
// decoded through the fonts' ToUnicode maps (so "text extractable" is checked, not assumed). It handles what
// Chromium's printer writes — uncompressed object tables, Flate content streams, Type0 fonts with hex glyph
// strings — and nothing more; it is a test reader, not a PDF library.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2];
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const start = m.index + m[0].indexOf(body) + at + body.slice(at).match(/stream\r?\n/)![0].length;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? -1);
    let raw = length >= 0 ? pdf.subarray(start, start + length) : Buffer.from(body.slice(at).replace(/^stream\r?\n|\r?\nendstream\s*$/g, ''), 'latin1');
    if (/\/FlateDecode/.test(dict)) raw = inflateSync(raw);
    objects.set(Number(m[1]), { dict, stream: raw });
  }
  return objects;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const unicode = (hex: string): string => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), unicode(dst));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const width = lo.length;
      const first = parseInt(dst, 16);
      for (let c = parseInt(lo, 16), i = 0; c <= parseInt(hi, 16); c++, i++) {
        map.set(c.toString(16).padStart(width, '0'), String.fromCodePoint(first + i));
      }
    }
  }
  return map;
}

const ref = (dict: string, key: string): number | undefined => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** The dictionary text of an inline `/Key << … >>` entry, or of the object it references. */
function subDict(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  const rest = dict.slice(at + key.length + 1).trimStart();
  if (rest.startsWith('<<')) {
    let depth = 0;
    for (let i = 0; i < rest.length - 1; i++) {
      if (rest.startsWith('<<', i)) depth++, i++;
      else if (rest.startsWith('>>', i)) {
        depth--;
        i++;
        if (depth === 0) return rest.slice(0, i + 1);
      }
    }
  }
  const id = ref(dict, key);
  return id === undefined ? '' : (objects.get(id)?.dict ?? '');
}

/** The text shown by one content stream, font by font, with a line break where a text block or line ends. */
function showText(content: string, fonts: Map<string, Map<string, string>>): string {
  let font = new Map<string, string>();
  let out = '';
  const decode = (hex: string): string => {
    const width = [...font.keys()][0]?.length ?? 4;
    let s = '';
    for (let i = 0; i + width <= hex.length; i += width) s += font.get(hex.slice(i, i + width).toLowerCase()) ?? '';
    return s;
  };
  const tokens = /\/([\w.-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]]|\n)*?)\]\s*TJ|\b(T\*|Td|TD|Tm|ET)\b/g;
  for (const m of content.matchAll(tokens)) {
    if (m[1]) font = fonts.get(m[1]) ?? new Map();
    else if (m[2] !== undefined) out += decode(m[2]);
    else if (m[3] !== undefined) {
      for (const part of m[3].matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
        if (part[1] !== undefined) out += decode(part[1]);
        else if (Number(part[2]) < -200) out += ' '; // a wide gap between glyphs is a space
      }
    } else out += m[4] === 'ET' ? '\n' : ' ';
  }
  return out;
}

/** The pages of a PDF (in order) and the text of each, whitespace collapsed. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const pageIds = (id: number): number[] => {
    const obj = objects.get(id);
    if (!obj) return [];
    if (/\/Type\s*\/Page\b/.test(obj.dict)) return [id];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(obj.dict)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => pageIds(Number(k[1])));
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = catalog ? ref(catalog.dict, 'Pages') : undefined;
  const pages = root === undefined ? [] : pageIds(root);
  return pages.map((id) => {
    const page = objects.get(id)!;
    const fontDict = subDict(objects, subDict(objects, page.dict, 'Resources'), 'Font');
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, fontId] of fontDict.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) {
      const cmap = ref(objects.get(Number(fontId))?.dict ?? '', 'ToUnicode');
      const stream = cmap === undefined ? undefined : objects.get(cmap)?.stream;
      fonts.set(name, stream ? parseCmap(stream.toString('latin1')) : new Map());
    }
    const contentIds = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? `${ref(page.dict, 'Contents') ?? ''} 0 R`;
    const content = [...contentIds.matchAll(/(\d+) 0 R/g)].map((c) => objects.get(Number(c[1]))?.stream?.toString('latin1') ?? '').join('\n');
    return showText(content, fonts).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  });
}

/**
 * Text compared the way a search in a PDF viewer finds it: case-insensitive (headings may be set in capitals by CSS),
 * ligatures unfolded (ﬀ → ff), no-break spaces and the spaces a printer puts between positioned glyphs ignored.
 */
export function searchable(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, '');
}
