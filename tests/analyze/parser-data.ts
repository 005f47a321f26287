// Paths of the shared UD English-EWT files the parser tests train and evaluate on (tiny slices only).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DATA = resolve(ROOT, '..', 'shared', 'data');
export const EWT_TRAIN = join(SHARED_DATA, 'ud-english-ewt', 'en_ewt-ud-train.conllu');
export const EWT_DEV = join(SHARED_DATA, 'ud-english-ewt', 'en_ewt-ud-dev.conllu');
/** The shared data sits beside the project in development and CI; elsewhere (a lone clone) these tests are skipped. */
export const HAVE_EWT = existsSync(EWT_TRAIN) && existsSync(EWT_DEV);
