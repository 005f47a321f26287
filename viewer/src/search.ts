// The search box: suggestions from labels and aliases as you type; choosing one selects the node and moves the camera.
import type { AppContext } from './app-context.js';
import { clear, el } from './dom.js';
import { typeColor, typeName } from './palette.js';
import type { ViewerNode } from './types.js';

export interface Suggestion {
  node: ViewerNode;
  /** The alias that matched, when it was not the label. */
  alias?: string;
  score: number;
}

/** Ranks nodes for a query: label prefix, then word prefix, then substring; aliases a little lower; then degree. */
export function suggest(nodes: Iterable<ViewerNode>, query: string, limit = 8): Suggestion[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const rank = (name: string): number => {
    const n = name.toLowerCase();
    if (n === q) return 4;
    if (n.startsWith(q)) return 3;
    if (n.includes(` ${q}`) || n.includes(`-${q}`)) return 2;
    return n.includes(q) ? 1 : 0;
  };
  const found: Suggestion[] = [];
  for (const node of nodes) {
    let score = rank(node.label) * 2;
    let alias: string | undefined;
    for (const a of node.aliases) {
      const s = rank(a) * 2 - 1;
      if (s > score) { score = s; alias = a; }
    }
    if (score > 0) found.push(alias ? { node, alias, score } : { node, score });
  }
  found.sort((a, b) => b.score - a.score || b.node.degree - a.node.degree || (a.node.label < b.node.label ? -1 : 1));
  return found.slice(0, limit);
}

export function setupSearch(ctx: AppContext, input: HTMLInputElement, list: HTMLUListElement): { refresh(): void } {
  let current: Suggestion[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const choose = (s: Suggestion): void => {
    input.value = s.node.label;
    close();
    ctx.update({ query: s.node.label });
    ctx.selectNode(s.node.id, true);
  };
  const render = (): void => {
    clear(list);
    const visible = ctx.visibility().nodes;
    current = suggest([...ctx.nodesById.values()].filter((n) => visible.has(n.id)), input.value);
    current.forEach((s, i) => {
      const dot = el('span', { className: 'dot' });
      dot.style.background = typeColor(s.node.type);
      const item = el('li', {
        className: `suggestion${i === active ? ' active' : ''}`,
        attrs: { role: 'option', 'aria-selected': String(i === active), 'data-node': s.node.id },
        on: { mousedown: (event) => { event.preventDefault(); choose(s); } },
      }, [
        dot,
        el('span', { className: 'suggestion-label', text: s.node.label }),
        s.alias ? el('span', { className: 'suggestion-alias', text: `“${s.alias}”` }) : null,
        el('span', { className: 'suggestion-type', text: typeName(s.node.type) }),
      ]);
      list.append(item);
    });
    if (!current.length && input.value.trim()) list.append(el('li', { className: 'suggestion empty', text: 'No match' }));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  input.addEventListener('input', () => { active = -1; render(); });
  input.addEventListener('focus', () => { if (input.value.trim()) render(); });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!current.length) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + current.length) % current.length;
      render();
    } else if (event.key === 'Enter') {
      const pick = current[active >= 0 ? active : 0];
      if (pick) choose(pick);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('search', () => { if (!input.value) ctx.update({ query: undefined }); });
  return { refresh: () => { input.value = ctx.state().query ?? ''; } };
}
