// The view's state (selection, filters, search) and its encoding in the URL hash, so a link reopens the same view.

export interface ViewState {
  /** Selected node id (IRI). */
  node?: string;
  /** Selected edge id. */
  edge?: string;
  /** Text in the search box. */
  query?: string;
  /** Entity types hidden through the legend. */
  hiddenTypes: string[];
  /** Predicate IRIs hidden through the filters. */
  hiddenPredicates: string[];
  /** Only relations with evidence from this article (document IRI). */
  document?: string;
  /** Inclusive ISO dates bounding the articles' dates. */
  from?: string;
  to?: string;
  /** 0..1: relations whose best statement is less confident are hidden. */
  minConfidence: number;
  hideClaims: boolean;
  hideDenials: boolean;
}

export function emptyState(): ViewState {
  return { hiddenTypes: [], hiddenPredicates: [], minConfidence: 0, hideClaims: false, hideDenials: false };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the state from a URL hash (`#node=...&hide=Person&...`); unknown or malformed parts are ignored. */
export function parseState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  const node = params.get('node');
  if (node) state.node = node;
  const edge = params.get('edge');
  if (edge) state.edge = edge;
  const query = params.get('q');
  if (query) state.query = query;
  state.hiddenTypes = params.getAll('hide').filter(Boolean);
  state.hiddenPredicates = params.getAll('hidePred').filter(Boolean);
  const doc = params.get('doc');
  if (doc) state.document = doc;
  const from = params.get('from');
  if (from && ISO_DATE.test(from)) state.from = from;
  const to = params.get('to');
  if (to && ISO_DATE.test(to)) state.to = to;
  const conf = Number(params.get('conf'));
  if (Number.isFinite(conf) && conf > 0 && conf <= 1) state.minConfidence = conf;
  state.hideClaims = params.get('claims') === 'hide';
  state.hideDenials = params.get('denials') === 'hide';
  return state;
}

/** Writes the state as a URL hash, omitting defaults so links stay short. */
export function serializeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.edge) params.set('edge', state.edge);
  if (state.query) params.set('q', state.query);
  for (const type of [...state.hiddenTypes].sort()) params.append('hide', type);
  for (const predicate of [...state.hiddenPredicates].sort()) params.append('hidePred', predicate);
  if (state.document) params.set('doc', state.document);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.minConfidence > 0) params.set('conf', String(state.minConfidence));
  if (state.hideClaims) params.set('claims', 'hide');
  if (state.hideDenials) params.set('denials', 'hide');
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** True when a filter on relations is on, so nodes left without any shown relation are hidden too. */
export function relationFilterActive(state: ViewState): boolean {
  return state.hiddenPredicates.length > 0 || !!state.document || !!state.from || !!state.to ||
    state.minConfidence > 0 || state.hideClaims || state.hideDenials;
}
