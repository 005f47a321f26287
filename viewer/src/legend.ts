// The legend of entity types: colour, name and count; clicking a type shows or hides its nodes.
import type { AppContext } from './app-context.js';
import { clear, el } from './dom.js';
import { typeColor, typeName } from './palette.js';

export function renderLegend(ctx: AppContext, container: HTMLElement): void {
  clear(container);
  const counts = new Map<string, number>();
  for (const node of ctx.data.nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const hidden = new Set(ctx.state().hiddenTypes);
  const types = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [type, count] of types) {
    const dot = el('span', { className: 'dot' });
    dot.style.background = typeColor(type);
    const off = hidden.has(type);
    const button = el('button', {
      className: `legend-item${off ? ' off' : ''}`,
      title: off ? `Show ${typeName(type)}` : `Hide ${typeName(type)}`,
      attrs: { 'aria-pressed': String(!off), 'data-type': type },
      on: {
        click: () => {
          const now = new Set(ctx.state().hiddenTypes);
          if (now.has(type)) now.delete(type);
          else now.add(type);
          ctx.update({ hiddenTypes: [...now] });
        },
      },
    }, [dot, el('span', { className: 'legend-name', text: typeName(type) }), el('span', { className: 'legend-count', text: count.toLocaleString('en') })]);
    container.append(el('li', {}, [button]));
  }
  if (!types.length) container.append(el('li', { className: 'muted', text: 'No entities.' }));
}
