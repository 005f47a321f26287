// Entity tag schemes: IOB1 to BIO (IOB2) conversion, and BIO tags to typed token spans and back.

export interface TagSpan {
  /** Token span, end exclusive. */
  start: number;
  end: number;
  type: string;
}

/** IOB1 (I- opens an entity unless it continues one of the same type; B- only between two) to BIO. */
export function iob1ToBio(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.startsWith('I-')) {
      const type = tag.slice(2);
      const prev = i > 0 ? out[i - 1]! : 'O';
      out.push(prev !== 'O' && prev.slice(2) === type ? tag : `B-${type}`);
    } else out.push(tag);
  }
  return out;
}

/** Entity spans of a BIO sequence; a stray I- (no open entity of its type) starts a new entity. */
export function bioSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = tag.startsWith('I-') && open !== null && open.type === type;
    if (open && !continues) { open.end = i; spans.push(open); open = null; }
    if (!continues && (tag.startsWith('B-') || tag.startsWith('I-'))) open = { start: i, end: i, type };
  }
  return spans;
}

/** BIO tags for `length` tokens from spans (later spans overwrite earlier ones where they overlap). */
export function spansToBio(length: number, spans: readonly TagSpan[]): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
