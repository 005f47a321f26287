// The output writers a build runs, in order, once the store is built. Add a writer here to add an output.
import type { Quad, Store } from 'n3';
import type { ResolvedCorpus } from '../resolve/entity.js';

/** What every writer gets: the built store, the resolved corpus, where to write and the build's options. */
export interface OutputContext {
  store: Store;
  corpus: ResolvedCorpus;
  outDir: string;
  base: string;
  nquads: boolean;
  /** Every quad of the store (`store.getQuads(null, null, null, null)`), read once for all writers: each read walks every named graph. */
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
    async write({ store, corpus, outDir, base, nquads, quads }) {
      const { writeOutputs } = await import('../export/write-outputs.js');
      return writeOutputs(store, corpus, outDir, { base, nquads, quads });
    },
  },
  { name: 'viewer', write: async ({ store, outDir, quads }) => [(await (await import('../view/write-graph.js')).writeViewerGraph(store, outDir, { quads })).path] },
  // Further writers (the viewer's graph.json, ...) go here.
];
