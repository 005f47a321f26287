// The side panel: a node's type, names, links and relations, or a relation's evidence, one statement a card.
import type { AppContext } from './app-context.js';
import { clear, el, externalLink } from './dom.js';
import { KIND_COLORS, KIND_DESCRIPTIONS, KIND_NAMES, typeColor, typeName } from './palette.js';
import { statementView } from './statement-view.js';
import type { RelationKind, ViewerEdge } from './types.js';

function kindBadge(kind: RelationKind): HTMLElement {
  return el('span', { className: `badge badge-${kind}`, text: KIND_NAMES[kind], title: KIND_DESCRIPTIONS[kind] });
}

function closeButton(ctx: AppContext): HTMLElement {
  return el('button', { className: 'close', text: '×', title: 'Close', attrs: { 'aria-label': 'Close details' }, on: { click: () => ctx.clearSelection() } });
}

function relationButton(ctx: AppContext, edge: ViewerEdge, from: string): HTMLElement {
  const outgoing = edge.source === from;
  const other = ctx.nodesById.get(outgoing ? edge.target : edge.source);
  const predicate = ctx.data.predicates[edge.predicate]?.label ?? '';
  const swatch = el('span', { className: `swatch-line swatch-${edge.kind}` });
  swatch.style.borderColor = KIND_COLORS[edge.kind];
  return el('li', {}, [
    el('button', {
      className: `relation relation-${edge.kind}`,
      attrs: { 'data-edge': edge.id },
      title: `${KIND_NAMES[edge.kind]}: ${KIND_DESCRIPTIONS[edge.kind]}`,
      on: { click: () => ctx.selectEdge(edge.id) },
    }, [
      swatch,
      el('span', { className: 'relation-text' }, outgoing
        ? [el('span', { className: 'relation-predicate', text: predicate }), ' ', el('span', { className: 'relation-other', text: other?.label ?? '?' })]
        : [el('span', { className: 'relation-other', text: other?.label ?? '?' }), ' ', el('span', { className: 'relation-predicate', text: predicate })]),
      edge.kind !== 'fact' ? kindBadge(edge.kind) : null,
      edge.statements.length > 1 ? el('span', { className: 'count', text: `×${edge.statements.length}` }) : null,
    ]),
  ]);
}

function claimButton(ctx: AppContext, edge: ViewerEdge): HTMLElement {
  const swatch = el('span', { className: `swatch-line swatch-${edge.kind}` });
  swatch.style.borderColor = KIND_COLORS[edge.kind];
  return el('li', {}, [
    el('button', { className: `relation relation-${edge.kind}`, attrs: { 'data-edge': edge.id }, on: { click: () => ctx.selectEdge(edge.id) } }, [
      swatch,
      el('span', { className: 'relation-text' }, [
        el('span', { className: 'relation-other', text: ctx.nodesById.get(edge.source)?.label ?? '?' }), ' ',
        el('span', { className: 'relation-predicate', text: ctx.data.predicates[edge.predicate]?.label ?? '' }), ' ',
        el('span', { className: 'relation-other', text: ctx.nodesById.get(edge.target)?.label ?? '?' }),
      ]),
      kindBadge(edge.kind),
    ]),
  ]);
}

export function renderNodeDetails(ctx: AppContext, container: HTMLElement, id: string): void {
  clear(container);
  const node = ctx.nodesById.get(id);
  if (!node) {
    container.append(closeButton(ctx), el('p', { className: 'muted', text: 'This entity is not in the graph.' }));
    return;
  }
  const dot = el('span', { className: 'dot' });
  dot.style.background = typeColor(node.type);
  container.append(
    closeButton(ctx),
    el('div', { className: 'entity-type' }, [dot, typeName(node.type), node.subtype ? ` · ${node.subtype}` : '']),
    el('h2', { className: 'entity-label', text: node.label }),
  );
  if (node.aliases.length) {
    container.append(el('div', { className: 'aliases' }, [el('span', { className: 'muted', text: 'Also: ' }), node.aliases.join(' · ')]));
  }
  const links: HTMLElement[] = [];
  if (node.links.wikidata) links.push(el('li', {}, ['Wikidata ', externalLink(`https://www.wikidata.org/wiki/${encodeURIComponent(node.links.wikidata)}`, node.links.wikidata)]));
  if (node.links.iso3166) links.push(el('li', {}, ['ISO 3166 ', externalLink(`https://www.iso.org/obp/ui/#iso:code:3166:${encodeURIComponent(node.links.iso3166)}`, node.links.iso3166)]));
  links.push(el('li', {}, [el('span', { className: 'iri', text: node.id, title: 'IRI' })]));
  container.append(el('ul', { className: 'links' }, links));

  const visible = ctx.visibility().edges;
  const outgoing = ctx.graph.outEdges(id).map((e) => ctx.edgesById.get(e)!).filter(Boolean);
  const incoming = ctx.graph.inEdges(id).map((e) => ctx.edgesById.get(e)!).filter((e) => e && e.source !== e.target);
  const section = (title: string, edges: ViewerEdge[]): void => {
    const shown = edges.filter((e) => visible.has(e.id));
    const hidden = edges.length - shown.length;
    container.append(el('h3', { text: `${title} (${shown.length})` }));
    if (shown.length) container.append(el('ul', { className: 'relations' }, shown.map((e) => relationButton(ctx, e, id))));
    else container.append(el('p', { className: 'muted', text: 'None.' }));
    if (hidden) container.append(el('p', { className: 'muted small', text: `${hidden} more hidden by the filters.` }));
  };
  section('Relations out', outgoing);
  section('Relations in', incoming);

  // What this entity is reported as saying: claims, denials and its own reported acts.
  const said = (ctx.edgesBySpeaker.get(id) ?? []).filter((e) => visible.has(e.id));
  if (said.length) {
    container.append(el('h3', { text: `Statements attributed to ${node.label} (${said.length})` }));
    container.append(el('ul', { className: 'relations' }, said.map((e) => claimButton(ctx, e))));
  }

  const attributes = ctx.attributesBySubject.get(id) ?? [];
  if (attributes.length) {
    container.append(el('h3', { text: `Values (${attributes.length})` }));
    const list = el('ul', { className: 'attributes' });
    for (const attribute of attributes) {
      const predicate = ctx.data.predicates[attribute.predicate]?.label ?? '';
      const summary = el('summary', {}, [
        el('span', { className: 'relation-predicate', text: `${predicate}: ` }),
        el('span', { className: 'relation-other', text: attribute.value }),
        attribute.kind !== 'fact' ? kindBadge(attribute.kind) : null,
      ]);
      const body = attribute.statements.length
        ? attribute.statements.map((st) => statementView(ctx.data, st, (speaker) => ctx.selectNode(speaker, true)))
        : [el('p', { className: 'muted small', text: 'Stated in the graph without a statement node.' })];
      list.append(el('li', {}, [el('details', {}, [summary, ...body])]));
    }
    container.append(list);
  }
}

export function renderEdgeDetails(ctx: AppContext, container: HTMLElement, id: string): void {
  clear(container);
  const edge = ctx.edgesById.get(id);
  if (!edge) {
    container.append(closeButton(ctx), el('p', { className: 'muted', text: 'This relation is not in the graph.' }));
    return;
  }
  const source = ctx.nodesById.get(edge.source);
  const target = ctx.nodesById.get(edge.target);
  const selectedNode = ctx.state().node;
  const nodeButton = (nodeId: string, label: string): HTMLElement =>
    el('button', { className: 'link-button entity-link', text: label, on: { click: () => ctx.selectNode(nodeId, true) } });
  container.append(closeButton(ctx));
  if (selectedNode && (selectedNode === edge.source || selectedNode === edge.target)) {
    const back = ctx.nodesById.get(selectedNode);
    container.append(el('button', { className: 'link-button back', text: `← ${back?.label ?? 'back'}`, on: { click: () => ctx.selectNode(selectedNode) } }));
  }
  container.append(
    el('div', { className: 'entity-type' }, [kindBadge(edge.kind), ` ${KIND_DESCRIPTIONS[edge.kind]}`]),
    el('h2', { className: 'edge-title' }, [
      nodeButton(edge.source, source?.label ?? edge.source),
      el('span', { className: 'edge-predicate', text: ` ${ctx.data.predicates[edge.predicate]?.label ?? ''} ` }),
      nodeButton(edge.target, target?.label ?? edge.target),
    ]),
    el('h3', { text: edge.statements.length === 1 ? 'Evidence' : `Evidence (${edge.statements.length} statements)` }),
  );
  if (!edge.statements.length) {
    container.append(el('p', { className: 'muted', text: 'Stated in the graph as a plain triple, without a statement node.' }));
  }
  for (const st of edge.statements) container.append(statementView(ctx.data, st, (speaker) => ctx.selectNode(speaker, true)));
}
