// The highlight of a node's neighbourhood in dense graphs, drawn on a 2D canvas over sigma's layers instead of
// re-rendering the whole graph: a white veil fades everything below, then the node's relations and neighbours are
// drawn on it. In software WebGL a full redraw of 10k nodes and 20k edges takes about a second; this takes
// milliseconds, since it touches only the neighbourhood.
import type Sigma from 'sigma';
import type { DrawnGraph } from './build-graph.js';

/** Opacity of the white veil over what is not in the neighbourhood (the faded rest). */
const VEIL = 'rgba(255, 255, 255, 0.82)';
const LAYER = 'focus';

export interface Focus {
  node: string;
  /** Its visible neighbours. */
  neighbors: ReadonlySet<string>;
  /** Its visible relations. */
  edges: ReadonlySet<string>;
}

export class FocusOverlay {
  private readonly context: CanvasRenderingContext2D;
  private focus: Focus | undefined;

  constructor(private readonly sigma: Sigma, private readonly graph: DrawnGraph) {
    // Above the node labels, below sigma's hover layers, so the hovered node's own box stays on top.
    // (sigma 3.0.3 places a layer with `afterLayer` but does not declare the option; moving it is the same.)
    sigma.createCanvasContext(LAYER, { style: { pointerEvents: 'none' } });
    const canvases = sigma.getCanvases();
    canvases['labels']!.after(canvases[LAYER]!);
    const canvas = canvases[LAYER]!;
    this.context = canvas.getContext('2d')!;
    // sigma sizes its layers on resize only; this one comes after the first, so it is sized here once.
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    if (ratio !== 1) this.context.scale(ratio, ratio);
    // Redrawn after every sigma frame, so it follows the camera.
    sigma.on('afterRender', () => this.draw());
  }

  /** Shows (or, with undefined, clears) the highlight now, without a sigma render. */
  set(focus: Focus | undefined): void {
    this.focus = focus;
    this.draw();
  }

  private draw(): void {
    const { sigma, graph, context } = this;
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    const focus = this.focus;
    if (!focus) return;
    const centre = sigma.getNodeDisplayData(focus.node);
    if (!centre || centre.hidden) return;
    context.fillStyle = VEIL;
    context.fillRect(0, 0, width, height);

    const viewport = (node: string): { x: number; y: number; r: number; color: string; label: string | null } | undefined => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return undefined;
      const p = sigma.framedGraphToViewport(data);
      return { x: p.x, y: p.y, r: sigma.scaleSize(data.size), color: data.color, label: data.label };
    };

    // Relations first, with an arrow head at the target's rim, so the discs cover their ends.
    context.lineWidth = 1.5;
    for (const edge of focus.edges) {
      const data = sigma.getEdgeDisplayData(edge);
      if (!data || data.hidden) continue;
      const [s, t] = graph.extremities(edge);
      const a = viewport(s);
      const b = viewport(t);
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = Math.hypot(dx, dy);
      if (length < 1) continue;
      const ux = dx / length;
      const uy = dy / length;
      const tipX = b.x - ux * b.r;
      const tipY = b.y - uy * b.r;
      context.strokeStyle = data.color;
      context.fillStyle = data.color;
      // Claims and denials dashed, as in small graphs.
      context.setLineDash(graph.getEdgeAttribute(edge, 'kind') === 'fact' ? [] : [6, 4]);
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(tipX, tipY);
      context.stroke();
      context.setLineDash([]);
      const head = 6;
      context.beginPath();
      context.moveTo(tipX, tipY);
      context.lineTo(tipX - ux * head - uy * head * 0.5, tipY - uy * head + ux * head * 0.5);
      context.lineTo(tipX - ux * head + uy * head * 0.5, tipY - uy * head - ux * head * 0.5);
      context.closePath();
      context.fill();
    }

    // Neighbours, then their labels on top (the focused node itself is drawn by sigma's hover layer or here).
    const nodes = [focus.node, ...focus.neighbors];
    const drawn: Array<NonNullable<ReturnType<typeof viewport>>> = [];
    for (const node of nodes) {
      const v = viewport(node);
      if (!v) continue;
      drawn.push(v);
      context.fillStyle = v.color;
      context.beginPath();
      context.arc(v.x, v.y, Math.max(v.r, 2), 0, Math.PI * 2);
      context.fill();
    }
    const size = sigma.getSetting('labelSize');
    const font = sigma.getSetting('labelFont');
    const weight = sigma.getSetting('labelWeight');
    const labelColor = sigma.getSetting('labelColor');
    context.font = `${weight} ${size}px ${font}`;
    context.fillStyle = 'color' in labelColor && labelColor.color ? labelColor.color : '#000';
    for (const v of drawn) {
      if (v.label) context.fillText(v.label, v.x + Math.max(v.r, 2) + 3, v.y + size / 3);
    }
  }
}
