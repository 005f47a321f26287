// The short summary a build prints: documents, entities by type, relations, time taken, and each input that failed.
import type { BuildReport } from './build-report.js';

/** Lines of the summary (no trailing newline), in a fixed order so scripts and people can read them. */
export function summaryLines(report: BuildReport, outDir: string): string[] {
  const n = (x: number): string => x.toLocaleString('en-US');
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const types = Object.entries(report.entitiesByType)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([type, count]) => `${type} ${n(count)}`);
  const lines = [
    `documents  ${n(report.documents)} (${n(report.sentences)} sentences, ${n(report.tokens)} tokens)`,
    `entities   ${n(report.entities)}${types.length ? ` (${types.join(', ')})` : ''}`,
    `events     ${n(report.events)}`,
    `relations  ${n(report.relations)} (${n(report.facts)} asserted as fact; ${n(report.statements)} statements with provenance)`,
    `time       ${seconds} s`,
  ];
  if (report.files.length) lines.push(`written    ${outDir}: ${report.files.map((f) => f.replace(/^.*[\\/]/, '')).join(', ')}`);
  else lines.push(`written    nothing (${outDir} left as it was)`);
  return lines;
}

/** One line per failed input: `ingest: <file>: <reason>` (or the stage that failed on it). */
export function problemLines(report: BuildReport): string[] {
  return report.problems.map((p) => `${p.stage ?? 'ingest'}: ${p.source}: ${p.reason}`);
}
