// Type declarations for shacl-engine (the package ships none): only what src/export/validate.ts uses.
declare module 'shacl-engine' {
  import type { DatasetCore, Term } from '@rdfjs/types';

  export interface ShaclResult {
    focusNode?: { term: Term };
    path?: Array<{ predicates: Term[] }>;
    value?: { term: Term } | null;
    message?: Term[];
    constraintComponent?: Term;
    shape?: { ptr?: { term: Term } };
  }

  export interface ShaclReport {
    conforms: boolean;
    results: ShaclResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; validations?: unknown; targetResolvers?: unknown; debug?: boolean });
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<ShaclReport>;
  }
}

declare module 'shacl-engine/sparql.js' {
  export const validations: Map<unknown, unknown>;
  export const targetResolvers: Map<unknown, unknown>;
}
