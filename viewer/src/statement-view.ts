// Renders one statement's provenance: article, date, the sentence with its mentions marked, speaker, polarity, confidence.
import { el } from './dom.js';
import type { Highlight, ViewerGraph, ViewerStatement } from './types.js';

const ROLE_NAMES: Record<Highlight['role'], string> = {
  subject: 'subject', object: 'object', speaker: 'speaker', cue: 'cue',
};

/** The sentence as text nodes, with each highlighted span in a <mark> naming its role. */
export function sentenceWithMarks(sentence: string, highlights: Highlight[]): HTMLElement {
  const quote = el('blockquote', { className: 'sentence' });
  let at = 0;
  for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > sentence.length || h.end <= h.start) continue;
    if (h.start > at) quote.append(document.createTextNode(sentence.slice(at, h.start)));
    quote.append(el('mark', { className: `hl hl-${h.role}`, text: sentence.slice(h.start, h.end), title: ROLE_NAMES[h.role] }));
    at = h.end;
  }
  if (at < sentence.length) quote.append(document.createTextNode(sentence.slice(at)));
  return quote;
}

function row(name: string, value: Node | string): HTMLElement {
  return el('div', { className: 'prov-row' }, [el('dt', { text: name }), el('dd', {}, [value])]);
}

function polarityBadge(st: ViewerStatement): HTMLElement {
  if (st.polarity === 'denied') return el('span', { className: 'badge badge-denial', text: 'Denied' });
  if (st.fact) return el('span', { className: 'badge badge-fact', text: 'Fact' });
  return el('span', { className: 'badge badge-claim', text: st.attributedTo ? 'Claim' : 'Not asserted as fact' });
}

export function confidenceMeter(value: number | undefined): HTMLElement {
  if (value === undefined) return el('span', { className: 'muted', text: 'not given' });
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  const bar = el('span', { className: 'meter-fill' });
  bar.style.width = `${pct}%`;
  return el('span', { className: 'meter-wrap' }, [
    el('span', { className: 'meter', attrs: { role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '1', 'aria-valuenow': String(value) } }, [bar]),
    el('span', { className: 'meter-value', text: value.toFixed(2) }),
  ]);
}

export function statementView(data: ViewerGraph, st: ViewerStatement, onSpeaker?: (id: string) => void): HTMLElement {
  const doc = data.documents[st.document];
  const card = el('article', { className: `statement statement-${st.polarity === 'denied' ? 'denial' : st.fact ? 'fact' : 'claim'}`, attrs: { 'data-statement': st.id } });
  const heading = el('header', { className: 'statement-head' }, [
    el('div', { className: 'doc-title', text: doc?.title ?? doc?.id ?? 'Unknown article' }),
    el('div', { className: 'doc-date', text: doc?.date ?? 'undated' }),
  ]);
  card.append(heading);
  if (st.sentence) card.append(sentenceWithMarks(st.sentence, st.highlights));
  else card.append(el('p', { className: 'muted', text: 'No sentence recorded for this statement.' }));

  const speaker: Node | string = st.attributedTo
    ? st.attributedTo.id && onSpeaker
      ? el('button', { className: 'link-button', text: st.attributedTo.label, on: { click: () => onSpeaker(st.attributedTo!.id) } })
      : st.attributedTo.label
    : 'the article itself';
  const details = el('dl', { className: 'prov' }, [
    row('Status', polarityBadge(st)),
    row('Claimed by', speaker),
    st.cue ? row('Cue', `“${st.cue}”`) : null,
    st.modality && st.modality !== 'actual' ? row('Modality', st.modality) : null,
    row('Confidence', confidenceMeter(st.confidence)),
    row('Extractor', st.extractor ?? 'unknown'),
    st.start !== undefined && st.end !== undefined ? row('Offsets', `${st.start}–${st.end}`) : null,
  ].filter((x): x is HTMLElement => x !== null));
  card.append(details);
  return card;
}
