// Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item or entry becomes one document.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatError, hasText, type Draft, type ParseResult } from './draft.js';
import { toIsoDay } from './dates.js';
import { fragmentText } from './html-text.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** True when an `.xml` file's root element is a feed we read (other XML is not an article). */
export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  return /^\s*<(?:rss|feed|rdf:RDF)\b/.test(head);
}

/**
 * The validator's error in words. A file cut off before its end tags is reported as "Invalid '[ \"rss\", ...]'
 * found" at line 1, column 1: name the elements left open instead, since a truncated download is the usual cause.
 */
function xmlProblem(err: { code: string; msg: string; line: number; col: number }): string {
  const open = err.code === 'InvalidXml' ? /^Invalid '\[([\s\S]*)\]' found\.$/.exec(err.msg) : null;
  if (open) {
    const names = [...open[1].matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
    if (names.length > 0) return `malformed XML: the file ends before ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} closed (cut off?)`;
  }
  return `malformed XML at line ${err.line}, column ${err.col}: ${err.msg}`;
}

/** Parses a feed; items without text are reported, the others kept. */
export function parseFeed(content: string): ParseResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    throw new FormatError(xmlProblem(valid.err));
  }
  const root = parser.parse(content) as Node;
  let items: Node[];
  let atom = false;
  if (isNode(root.rss)) items = asNodes((root.rss as Node).channel && ((root.rss as Node).channel as Node).item);
  else if (isNode(root['rdf:RDF'])) items = asNodes((root['rdf:RDF'] as Node).item);
  else if (isNode(root.feed)) { items = asNodes((root.feed as Node).entry); atom = true; }
  else throw new FormatError('not an RSS or Atom feed (root element is not <rss>, <rdf:RDF> or <feed>)');
  if (items.length === 0) throw new FormatError('feed has no items');

  const result: ParseResult = { drafts: [], problems: [] };
  items.forEach((node, i) => {
    const item = `#${i + 1}`;
    const draft = atom ? atomEntry(node) : rssItem(node);
    if (!hasText(draft.text)) result.problems.push({ item, reason: 'no text found (item has no description or content)' });
    else result.drafts.push({ ...draft, item });
  });
  return result;
}

function rssItem(node: Node): Draft {
  const body = text(node['content:encoded']) || text(node.description) || text(node['dc:description']);
  const guid = node.guid;
  const guidUrl = isNode(guid) ? (guid['@_isPermaLink'] !== 'false' ? text(guid) : '') : text(guid);
  const url = [text(first(node.link)), guidUrl, text(node['@_rdf:about'])].find((u) => /^https?:\/\//.test(u));
  return {
    text: fragmentText(body),
    title: clean(text(node.title)),
    published: toIsoDay(text(node.pubDate)) ?? toIsoDay(text(node['dc:date'])),
    url,
  };
}

function atomEntry(node: Node): Draft {
  const links = asNodes(node.link);
  const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate');
  const href = alternate ? String(alternate['@_href'] ?? '') : '';
  return {
    text: fragmentText(atomText(node.content) || atomText(node.summary)),
    title: clean(fragmentText(atomText(node.title))),
    published: toIsoDay(text(node.published)) ?? toIsoDay(text(node.updated)),
    url: /^https?:\/\//.test(href) ? href : undefined,
  };
}

/** Atom text constructs: type="text" and "html" are strings; "xhtml" is markup we rebuild into a string. */
function atomText(value: unknown): string {
  if (isNode(value) && value['@_type'] === 'xhtml') {
    const { '@_type': _, ...inner } = value;
    return String(builder.build(inner));
  }
  return text(value);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isNode(value)) return text(value['#text']);
  return '';
}

function clean(s: string): string | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asNodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter(isNode);
  return isNode(value) ? [value] : [];
}
