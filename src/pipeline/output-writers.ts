// The output writers a build runs, in order, once the store is built. Add a writer here to add an output.
import type { Quad, Store } from 'n3';
import type { ResolvedCorpus } from '../resolve/entity.js';

/** What every writer gets: the built store, the resolved corpus, where to write and the build's options. */
export interface OutputContext {
  /** The graph as an N3.Store; a build indexes it on first access only, so writers that can work from `quads` should. */
  store: Store;
  corpus: ResolvedCorpus;
  outDir: string;
  base: string;
  nquads: boolean;
  /** Every quad of the graph, each once, in the order `store.getQuads(null, null, null, null)` lists them. */
  quads: Quad[];
}

/** A writer writes its files atomically into ctx.outDir and returns the paths it wrote. */
export interface OutputWriter {
  name: string;
  write(ctx: OutputContext): Promise<string[]>;
}

/**
 * The writers, run one after the other. Heavy modules are imported inside `write`, so a build only
 * loads what it writes. The RDF files come first: they are the product; later writers derive from them.
 */
export const OUTPUT_WRITERS: OutputWriter[] = [
  {
    name: 'rdf',
    // Both default writers read `quads` only, so a build never indexes a store for them.
    async write({ corpus, outDir, base, nquads, quads }) {
      const { writeOutputs } = await import('../export/write-outputs.js');
      return writeOutputs(undefined, corpus, outDir, { base, nquads, quads });
    },
  },
  { name: 'viewer', write: async ({ outDir, quads }) => [(await (await import('../view/write-graph.js')).writeViewerGraph(undefined, outDir, { quads })).path] },
  // Further writers (the viewer's graph.json, ...) go here.
];
