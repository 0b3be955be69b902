// What the research CSV reader keeps of every valid row of a file that may hold millions: numbers in typed arrays
// (a row costs a few dozen bytes), the post ids once, as the keys of the map that finds duplicates and parents. The
// text, the only large field, is not kept: the rows that become posts are read from the file again.

/** A typed array that grows (doubling) as rows are added. */
class Column<T extends Uint32Array | Int32Array | Float64Array | Uint8Array> {
  constructor(
    public data: T,
    private readonly make: (length: number) => T,
  ) {}

  set(index: number, value: number): void {
    if (index >= this.data.length) {
      const grown = this.make(Math.max(1024, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[index] = value;
  }
}

const u32 = (n: number): Uint32Array => new Uint32Array(n);
const i32 = (n: number): Int32Array => new Int32Array(n).fill(-1);
const f64 = (n: number): Float64Array => new Float64Array(n);
const u8 = (n: number): Uint8Array => new Uint8Array(n);

/** Interns strings: each distinct one gets a small number. */
export class Names {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];

  of(name: string): number {
    let n = this.index.get(name);
    if (n === undefined) {
      n = this.list.length;
      this.index.set(name, n);
      this.list.push(name);
    }
    return n;
  }

  find(name: string): number | undefined {
    return this.index.get(name);
  }
}

/** A valid row of the research CSV, as the reader checked it. */
export interface TableRow {
  line: number;
  id: string;
  /** normHandle of author_id. */
  author: string;
  inbound: boolean;
  time: number;
  /** The post the row's own in_response_to_tweet_id names (a valid id other than its own), known or not. */
  replyTo?: string;
  /** The ids response_tweet_id lists. */
  responses: readonly string[];
  /** The @handles its text names, lower-cased (inbound rows). */
  mentions: readonly string[];
}

/**
 * The valid, first-seen rows of a research CSV in file order, numbered from 0. Links a row to the post it answers:
 * its own reply column, else the first row (in file order) whose response column lists it — the same rule whether
 * the answered post comes before or after.
 */
export class ResearchTable {
  count = 0;
  /** Post id → row number (first occurrence). */
  private readonly ids = new Map<string, number>();
  readonly authors = new Names();
  readonly mentioned = new Names();
  private readonly lines = new Column(u32(0), u32);
  private readonly times = new Column(f64(0), f64);
  private readonly authorOf = new Column(u32(0), u32);
  private readonly inbound = new Column(u8(0), u8);
  /** Row number of the post answered, -1 when none (or not in the file). */
  private readonly parents = new Column(i32(0), i32);
  /** 1 when the row's own reply column named a post (known or not): a response list then does not link it. */
  private readonly ownReply = new Column(u8(0), u8);
  /** Own reply columns naming a post not read yet: row → id, linked at the end. */
  private readonly laterParents = new Map<number, string>();
  /** Ids listed as responses before their row was read: id → the first row listing them. */
  private readonly listedBy = new Map<string, number>();
  /** Mentions of inbound rows, as pairs (row, name number). */
  private readonly mentionRows = new Column(u32(0), u32);
  private readonly mentionNames = new Column(u32(0), u32);
  mentionCount = 0;

  /** The first line an id was read on, or undefined when it is new. */
  firstLine(id: string): number | undefined {
    const at = this.ids.get(id);
    return at === undefined ? undefined : this.lines.data[at];
  }

  /** Adds a row (its id must be new) and links it. */
  add(row: TableRow): void {
    const at = this.count++;
    this.ids.set(row.id, at);
    this.lines.set(at, row.line);
    this.times.set(at, row.time);
    this.authorOf.set(at, this.authors.of(row.author));
    this.inbound.set(at, row.inbound ? 1 : 0);
    this.parents.set(at, -1);
    this.ownReply.set(at, row.replyTo !== undefined ? 1 : 0);
    if (row.replyTo !== undefined) {
      const parent = this.ids.get(row.replyTo);
      if (parent !== undefined) this.parents.data[at] = parent;
      else this.laterParents.set(at, row.replyTo);
    } else {
      const lister = this.listedBy.get(row.id);
      if (lister !== undefined) this.parents.data[at] = lister;
    }
    this.listedBy.delete(row.id);
    for (const child of row.responses) {
      if (child === row.id) continue;
      const c = this.ids.get(child);
      if (c === undefined) {
        if (!this.listedBy.has(child)) this.listedBy.set(child, at);
      } else if (this.ownReply.data[c] === 0 && this.parents.data[c] === -1) this.parents.data[c] = at;
    }
    if (row.inbound) {
      for (const m of row.mentions) {
        this.mentionRows.set(this.mentionCount, at);
        this.mentionNames.set(this.mentionCount, this.mentioned.of(m));
        this.mentionCount++;
      }
    }
  }

  /** Links the replies to posts read after them; call once every row was added. */
  finish(): void {
    for (const [at, id] of this.laterParents) {
      const parent = this.ids.get(id);
      if (parent !== undefined) this.parents.data[at] = parent;
    }
    this.laterParents.clear();
    this.listedBy.clear();
  }

  line(at: number): number {
    return this.lines.data[at];
  }

  time(at: number): number {
    return this.times.data[at];
  }

  author(at: number): number {
    return this.authorOf.data[at];
  }

  isInbound(at: number): boolean {
    return this.inbound.data[at] === 1;
  }

  /** Row number of the post this row answers, or -1. */
  parent(at: number): number {
    return this.parents.data[at];
  }

  /** The ids of the rows, by row number. */
  idList(): string[] {
    return [...this.ids.keys()];
  }

  /** Calls `fn` for each (row, name number) mention pair. */
  forEachMention(fn: (row: number, name: number) => void): void {
    for (let k = 0; k < this.mentionCount; k++) fn(this.mentionRows.data[k], this.mentionNames.data[k]);
  }
}
