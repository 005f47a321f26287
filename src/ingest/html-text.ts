// Plain text from HTML: paragraphs kept apart by blank lines, scripts and styles dropped, white space collapsed.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree with one paragraph per block element, joined by blank lines: the
 * sentence splitter then never runs two paragraphs (or a heading and a paragraph) together,
 * which `textContent` would do.
 */
export function blockText(root: unknown): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const b = current.replace(/\s+/g, ' ').trim();
    if (b) blocks.push(b);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) { current += node.nodeValue ?? ''; return; }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root as DomNode);
  flush();
  return blocks.join('\n\n');
}

/** A DOM document as linkedom gives it (the project compiles without the browser DOM typings). */
export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

/** Parses an HTML document or fragment; linkedom needs an <html> element to give a body. */
export function parseDocument(html: string): HtmlDocument {
  // A fragment (Readability's output, a page without <html>) would become the root element, and
  // linkedom then reports an empty <body>: wrap it.
  if (/<(?:html|body)[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    if (document.documentElement?.nodeName === 'HTML' && document.body) return document;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/** The text of an HTML fragment (a feed item's description), or the string itself when it has no markup. */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*\n\s*/g, '\n\n').trim();
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return blockText(document.body);
}
