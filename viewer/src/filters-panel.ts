// Relation filters: kinds (facts, claims, denials), minimum confidence, article, date range and predicates.
import type { AppContext } from './app-context.js';
import { clear, el } from './dom.js';
import { KIND_COLORS, KIND_DESCRIPTIONS, KIND_NAMES } from './palette.js';
import type { RelationKind } from './types.js';

function kindToggle(ctx: AppContext, kind: RelationKind): HTMLElement {
  const state = ctx.state();
  const checked = kind === 'claim' ? !state.hideClaims : kind === 'denial' ? !state.hideDenials : true;
  const input = el('input', { attrs: { type: 'checkbox', id: `show-${kind}`, 'data-kind': kind } });
  input.checked = checked;
  if (kind === 'fact') input.disabled = true;
  input.addEventListener('change', () => {
    if (kind === 'claim') ctx.update({ hideClaims: !input.checked });
    if (kind === 'denial') ctx.update({ hideDenials: !input.checked });
  });
  const swatch = el('span', { className: `swatch-line swatch-${kind}` });
  swatch.style.borderColor = KIND_COLORS[kind];
  return el('label', { className: 'check', attrs: { for: `show-${kind}` }, title: KIND_DESCRIPTIONS[kind] }, [
    input, swatch, el('span', { text: `${KIND_NAMES[kind]}s` }), el('span', { className: 'muted small', text: ` ${KIND_DESCRIPTIONS[kind]}` }),
  ]);
}

export function renderFilters(ctx: AppContext, container: HTMLElement): void {
  clear(container);
  const state = ctx.state();
  const data = ctx.data;

  container.append(el('div', { className: 'filter-group kinds' }, (['fact', 'claim', 'denial'] as const).map((k) => kindToggle(ctx, k))));

  const confidence = el('input', { attrs: { type: 'range', id: 'min-confidence', min: '0', max: '1', step: '0.05', 'aria-label': 'Minimum confidence' } });
  confidence.value = String(state.minConfidence);
  const confidenceValue = el('output', { text: state.minConfidence.toFixed(2), attrs: { for: 'min-confidence' } });
  confidence.addEventListener('input', () => { confidenceValue.textContent = Number(confidence.value).toFixed(2); });
  confidence.addEventListener('change', () => ctx.update({ minConfidence: Number(confidence.value) }));
  container.append(el('div', { className: 'filter-group' }, [
    el('label', { className: 'filter-label', attrs: { for: 'min-confidence' } }, ['Minimum confidence ', confidenceValue]),
    confidence,
  ]));

  const article = el('select', { attrs: { id: 'article-filter', 'aria-label': 'Article' } });
  article.append(el('option', { text: `All articles (${data.documents.length})`, attrs: { value: '' } }));
  for (const doc of data.documents) {
    const option = el('option', { text: `${doc.date ? `${doc.date} · ` : ''}${doc.title ?? doc.id}`, attrs: { value: doc.id } });
    article.append(option);
  }
  article.value = state.document ?? '';
  article.addEventListener('change', () => ctx.update({ document: article.value || undefined }));
  container.append(el('div', { className: 'filter-group' }, [el('label', { className: 'filter-label', attrs: { for: 'article-filter' }, text: 'Article' }), article]));

  const dates = data.documents.map((d) => d.date).filter((d): d is string => !!d).sort();
  const dateInput = (id: string, value: string | undefined, key: 'from' | 'to'): HTMLInputElement => {
    const input = el('input', { attrs: { type: 'date', id, 'aria-label': key === 'from' ? 'From date' : 'To date' } });
    if (dates.length) {
      input.min = dates[0]!;
      input.max = dates[dates.length - 1]!;
    }
    input.value = value ?? '';
    input.addEventListener('change', () => ctx.update({ [key]: input.value || undefined }));
    return input;
  };
  container.append(el('div', { className: 'filter-group' }, [
    el('span', { className: 'filter-label', text: 'Article date' }),
    el('div', { className: 'date-range' }, [dateInput('date-from', state.from, 'from'), el('span', { text: '–' }), dateInput('date-to', state.to, 'to')]),
  ]));

  const hidden = new Set(state.hiddenPredicates);
  const predicateList = el('ul', { className: 'predicate-list' });
  const predicates = data.predicates.map((p, index) => ({ ...p, index })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  for (const predicate of predicates) {
    const input = el('input', { attrs: { type: 'checkbox', id: `pred-${predicate.index}`, 'data-predicate': predicate.id } });
    input.checked = !hidden.has(predicate.id);
    input.addEventListener('change', () => {
      const now = new Set(ctx.state().hiddenPredicates);
      if (input.checked) now.delete(predicate.id);
      else now.add(predicate.id);
      ctx.update({ hiddenPredicates: [...now] });
    });
    predicateList.append(el('li', {}, [el('label', { className: 'check', attrs: { for: `pred-${predicate.index}` }, title: predicate.id }, [
      input, el('span', { className: 'predicate-name', text: predicate.label }), el('span', { className: 'legend-count', text: String(predicate.count) }),
    ])]));
  }
  const allNone = el('span', { className: 'all-none' }, [
    el('button', { className: 'link-button small', text: 'all', on: { click: () => ctx.update({ hiddenPredicates: [] }) } }),
    ' · ',
    el('button', { className: 'link-button small', text: 'none', on: { click: () => ctx.update({ hiddenPredicates: data.predicates.map((p) => p.id) }) } }),
  ]);
  container.append(el('div', { className: 'filter-group' }, [
    el('div', { className: 'filter-label' }, [`Predicates (${data.predicates.length}) `, allNone]),
    predicateList,
  ]));
}
