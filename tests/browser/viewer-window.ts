// What the viewer app exposes on `window` for tests and benchmarks (ready signal, timings, the app), typed for Node code.
/// <reference lib="dom" />
import type { AbstractGraph as Graph } from 'graphology-types';
import type Sigma from 'sigma';

export interface ViewerTimings {
  fetched?: number;
  parsed?: number;
  built?: number;
  constructed?: number;
  firstDraw?: number;
  /** Two animation frames after the first render: the frame has been rasterised. */
  painted?: number;
  hover?: number;
  hoverPainted?: number;
}

declare global {
  interface Window {
    __viewerReady?: boolean;
    __viewerError?: string;
    __viewerTimings?: ViewerTimings;
    __viewer?: {
      sigma: Sigma;
      graph: Graph;
      state(): { node?: string; edge?: string; hiddenTypes: string[]; hideClaims: boolean; document?: string };
      visibility(): { nodes: Set<string>; edges: Set<string> };
    };
  }
}

export {};
