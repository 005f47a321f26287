// Reads an `.html` article: Readability finds the body; title, date and URL come from meta tags, JSON-LD and <time>.
import { Readability } from '@mozilla/readability';
import { FormatError, hasText, type Draft } from './draft.js';
import { toIsoDay } from './dates.js';
import { blockText, parseDocument, type HtmlDocument } from './html-text.js';

// Meta tags that carry the publication date, most specific first (Open Graph / Facebook, schema.org
// microdata, Dublin Core, Parse.ly, Sailthru and plain names newspapers use).
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date',
  'date', 'og:published_time', 'article.published', 'article:modified_time',
];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const URL_META = ['og:url', 'twitter:url'];

/** Parses an HTML page into one article. */
export function parseHtml(content: string): Draft {
  if (!/<[A-Za-z!]/.test(content)) throw new FormatError('no HTML markup found (is it a text file with an .html name?)');
  const document = parseDocument(content);
  // Read metadata before Readability, which rewrites the DOM as it goes.
  const meta = metaTags(document);
  const jsonLd = jsonLdArticle(document);
  const timeEl = document.querySelector('article time[datetime], time[datetime]');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;

  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as never, { charThreshold: 100 }).parse();
  } catch {
    article = null; // Readability gives up on some odd pages; the whole body is the fallback.
  }
  let text = article?.content ? blockText(parseDocument(article.content).body) : '';
  if (!hasText(text)) text = blockText(parseDocument(content).body);
  if (!hasText(text)) throw new FormatError('no text found');

  const title = pick(meta, TITLE_META) ?? str(jsonLd.headline) ?? (article?.title?.trim() || undefined) ?? pageTitle;
  const published = firstDay([
    ...DATE_META.slice(0, -1).map((k) => meta.get(k)),
    str(jsonLd.datePublished), str(jsonLd.dateCreated),
    timeEl?.getAttribute('datetime') ?? undefined,
    article?.publishedTime ?? undefined,
    meta.get('article:modified_time'), str(jsonLd.dateModified),
  ]);
  const url = [pick(meta, URL_META), canonical, str(jsonLd.url)].find((u) => u && /^https?:\/\//.test(u));
  return { text, title: title ? collapse(title) : undefined, published, url };
}

function metaTags(document: HtmlDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta')) as HtmlElement[]) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), value);
  }
  return map;
}

function pick(meta: Map<string, string>, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

function firstDay(values: Array<string | undefined>): string | undefined {
  for (const v of values) {
    const day = toIsoDay(v);
    if (day) return day;
  }
  return undefined;
}

type JsonObject = Record<string, unknown>;
interface HtmlElement { getAttribute(name: string): string | null; textContent: string | null }

/** The first schema.org Article-like object in the page's JSON-LD blocks (they may nest in @graph or arrays). */
function jsonLdArticle(document: HtmlDocument): JsonObject {
  const found: JsonObject[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const obj = node as JsonObject;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    if (types.some((t) => /Article|Posting|Report|BlogPosting/.test(t)) || 'datePublished' in obj) found.push(obj);
    if (obj['@graph']) visit(obj['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as HtmlElement[]) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on the web and is only metadata; the article is still read.
    }
  }
  return found[0] ?? {};
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
