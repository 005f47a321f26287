// Ingest: every format read into documents with exact text and metadata; every bad input named with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import type { NewsDocument } from '../../src/ingest/document.js';

let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function one(name: string, content: string | Uint8Array): Promise<NewsDocument> {
  await writeFile(path(name), content);
  const { documents, problems } = await ingest([path(name)]);
  expect(problems).toEqual([]);
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

async function problemOf(name: string, content: string | Uint8Array): Promise<string> {
  await writeFile(path(name), content);
  const { documents, problems } = await ingest([path(name)]);
  expect(documents).toEqual([]);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.source).toBe(path(name));
  return problems[0]!.reason;
}

describe('plain text', () => {
  const body = 'The harbour authority said on Tuesday that the ferry would sail again.\n\nA second paragraph.\n';
  it.each([
    ['no header', body, undefined, undefined, 0],
    ['a title line', `title Ferry to sail again\n\n${body}`, 'Ferry to sail again', undefined, 'title Ferry to sail again\n\n'.length],
    ['a dated title line', ` date 2023-11-07 Ferry to sail again\n\n${body}`, 'Ferry to sail again', '2023-11-07', ' date 2023-11-07 Ferry to sail again\n\n'.length],
    ['title then date lines', `title Ferry\ndate 2023-11-07\n\n${body}`, 'Ferry', '2023-11-07', 'title Ferry\ndate 2023-11-07\n\n'.length],
  ])('%s', async (_name, content, title, published, offset) => {
    const doc = await one('ferry.txt', content);
    expect(doc.text).toBe(body);
    expect(doc.title).toBe(title);
    expect(doc.published).toBe(published);
    expect(doc.textOffset).toBe(offset);
    expect(content.slice(doc.textOffset)).toBe(doc.text);
    expect(doc.id).toBe('ferry');
    expect(doc.source).toBe(path('ferry.txt'));
  });

  it('does not take a body that starts with an ordinary word for a header', async () => {
    const doc = await one('dated.txt', 'date night plans were cancelled by the storm.\n');
    expect(doc.text).toBe('date night plans were cancelled by the storm.\n');
    expect(doc.published).toBeUndefined();
  });

  it('reads UTF-8 with a BOM and UTF-16 in both byte orders', async () => {
    const text = 'Zoë Müller met the mayor of Kraków.\n';
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect((await one('bom8.txt', bom)).text).toBe(text);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await one('le16.txt', le)).text).toBe(text);
    const be = Buffer.from(le);
    be[0] = 0xfe; be[1] = 0xff;
    for (let i = 2; i < be.length; i += 2) { const x = be[i]!; be[i] = be[i + 1]!; be[i + 1] = x; }
    expect((await one('be16.txt', be)).text).toBe(text);
  });
});

describe('markdown', () => {
  it('reads front matter and keeps the body exactly', async () => {
    const body = 'The council voted to close the bridge.\n\nEngineers had warned of cracks.\n';
    const content = `---\ntitle: "Bridge closed: council votes"\ndate: 2022-05-04T09:30:00+02:00\nurl: https://news.example.org/bridge\ntags: [a, b]\n---\n\n${body}`;
    const doc = await one('bridge.md', content);
    expect(doc).toMatchObject({ title: 'Bridge closed: council votes', published: '2022-05-04', url: 'https://news.example.org/bridge', text: body });
    expect(content.slice(doc.textOffset)).toBe(body);
  });

  it('takes the title from a leading heading when the front matter has none', async () => {
    const doc = await one('heading.md', '# Storm hits the coast\n\nWaves flooded the promenade.\n');
    expect(doc.title).toBe('Storm hits the coast');
    expect(doc.text).toBe('# Storm hits the coast\n\nWaves flooded the promenade.\n');
  });
});

describe('html', () => {
  const page = (head: string, extra = ''): string => `<!DOCTYPE html><html><head><title>Site name | Dam opens</title>${head}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam opens</h1>${extra}
<p>The new dam on the river opened on Saturday after eight years of building work by the regional water board.</p>
<p>Officials said the reservoir would supply water to three cities and that the project came in under its budget.</p>
<script>var tracking = "do not read me";</script>
</article><footer>Copyright 2024</footer></body></html>`;

  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2021-08-14T06:00:00Z">', '', '2021-08-14'],
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Dam opens","datePublished":"2021-08-15"}]}</script>', '', '2021-08-15'],
    ['a <time datetime>', '', '<time datetime="2021-08-16T10:00">16 August</time>', '2021-08-16'],
  ])('reads the date from %s', async (_name, head, extra, date) => {
    const doc = await one('dam.html', page(`<meta property="og:title" content="Dam opens"><link rel="canonical" href="https://news.example.org/dam">${head}`, extra));
    expect(doc.published).toBe(date);
    expect(doc.title).toBe('Dam opens');
    expect(doc.url).toBe('https://news.example.org/dam');
    expect(doc.text).toContain('The new dam on the river opened on Saturday');
    // Paragraphs stay apart, scripts and navigation are not text.
    expect(doc.text).toMatch(/regional water board\.\n\nOfficials said/);
    expect(doc.text).not.toContain('do not read me');
    expect(doc.text).not.toContain('Home');
  });

  it.each([
    ['no markup at all', 'just some words without any tags', 'no HTML markup found'],
    ['markup but no text', '<html><head><title>x</title></head><body><script>1</script></body></html>', 'no text found'],
  ])('refuses %s', async (_name, content, reason) => {
    expect(await problemOf('bad.html', content)).toContain(reason);
  });
});

describe('feeds', () => {
  it('reads each RSS item as a document with its link, date and text without markup', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
<item><title>Port strike ends</title><link>https://news.example.org/port</link><pubDate>Tue, 05 Mar 2024 21:30:00 -0500</pubDate>
<description>&lt;p&gt;Dock workers returned to work on Tuesday.&lt;/p&gt;&lt;p&gt;The union &amp;amp; the employers signed a deal.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://news.example.org/empty</link></item>
<item><title>Rail line reopens</title><guid>https://news.example.org/rail</guid><content:encoded><![CDATA[<p>Trains ran again between the two towns.</p>]]></content:encoded></item>
</channel></rss>`;
    await writeFile(path('news.rss'), rss);
    const { documents, problems } = await ingest([path('news.rss')]);
    expect(documents.map((d) => [d.id, d.source, d.title, d.url, d.published])).toEqual([
      ['news#1', `${path('news.rss')}#1`, 'Port strike ends', 'https://news.example.org/port', '2024-03-05'],
      ['news#3', `${path('news.rss')}#3`, 'Rail line reopens', 'https://news.example.org/rail', undefined],
    ]);
    expect(documents[0]!.text).toBe('Dock workers returned to work on Tuesday.\n\nThe union & the employers signed a deal.');
    expect(problems).toEqual([{ source: `${path('news.rss')}#2`, reason: expect.stringContaining('no text found') }]);
  });

  it('reads Atom entries', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title type="html">Mayor &lt;b&gt;resigns&lt;/b&gt;</title><link rel="alternate" href="https://news.example.org/mayor"/>
<updated>2020-01-02T08:00:00Z</updated><published>2020-01-01T20:00:00Z</published>
<summary>The mayor resigned after a vote of no confidence.</summary></entry></feed>`;
    const doc = await one('feed.atom', atom);
    expect(doc).toMatchObject({ title: 'Mayor resigns', url: 'https://news.example.org/mayor', published: '2020-01-01', text: 'The mayor resigned after a vote of no confidence.' });
  });

  it('names malformed XML with its line', async () => {
    expect(await problemOf('broken.rss', '<rss><channel>\n<item><title>x</title>\n</channel></rss>')).toMatch(/malformed XML at line \d+/);
  });

  it('names the elements a cut-off feed leaves open', async () => {
    expect(await problemOf('cut.rss', '<rss><channel><item><title>x</title>')).toContain(
      'malformed XML: the file ends before <rss>, <channel>, <item> are closed (cut off?)',
    );
  });

  it('refuses an XML file that is not a feed when named, and skips it in a folder', async () => {
    expect(await problemOf('data.xml', '<?xml version="1.0"?><catalog><book/></catalog>')).toContain('not an RSS or Atom feed');
    const folder = path('xml-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'data.xml'), '<catalog/>');
    await writeFile(join(folder, 'a.txt'), 'Some news text.');
    const { documents, problems } = await ingest([folder]);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(problems).toEqual([]);
  });
});

describe('jsonl', () => {
  it('reads one document a line, reports bad lines by number and keeps the rest', async () => {
    const lines = [
      JSON.stringify({ id: 'A-1', url: 'https://news.example.org/a', title: 'First', date: '2019-07-01', text: 'The first story.' }),
      '',
      '{not json',
      JSON.stringify({ title: 'No text' }),
      JSON.stringify({ text: 'The fifth line has no id.' }),
    ].join('\n');
    await writeFile(path('batch.jsonl'), lines);
    const { documents, problems } = await ingest([path('batch.jsonl')]);
    expect(documents.map((d) => [d.id, d.title, d.published, d.url, d.text])).toEqual([
      ['batch#a-1', 'First', '2019-07-01', 'https://news.example.org/a', 'The first story.'],
      ['batch#5', undefined, undefined, undefined, 'The fifth line has no id.'],
    ]);
    expect(problems).toEqual([
      { source: `${path('batch.jsonl')}#3`, reason: expect.stringContaining('line 3: not valid JSON') },
      { source: `${path('batch.jsonl')}#4`, reason: expect.stringContaining('line 4: no text found') },
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), 'empty file'],
    ['white space only', 'blank.txt', '  \n\n\t\n', 'no text found'],
    ['a binary file', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'binary file (NUL byte at offset 4)'],
    ['Latin-1 text', 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'not valid UTF-8 (first bad byte at offset 3)'],
    ['odd-length UTF-16', 'odd.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd number of bytes'],
    ['an unsupported file type', 'report.pdf', 'whatever', 'unsupported file type ".pdf"'],
    ['a front matter never closed', 'open.md', '---\ntitle: x\nbody text\n', 'never closed'],
  ])('%s', async (_name, file, content, reason) => {
    expect(await problemOf(file, content)).toContain(reason);
  });

  it('refuses a file over the size limit', async () => {
    await writeFile(path('big.txt'), 'word '.repeat(1000));
    const { documents, problems } = await ingest([path('big.txt')], { maxBytes: 1000 });
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ source: path('big.txt'), reason: expect.stringMatching(/^too large/) }]);
  });

  it('names a missing input', async () => {
    const { problems } = await ingest([path('nowhere.txt')]);
    expect(problems).toEqual([{ source: path('nowhere.txt'), reason: 'no such file or directory' }]);
  });

  it.skipIf(process.getuid?.() === 0)('names an unreadable file', async () => {
    await writeFile(path('secret.txt'), 'Hidden news.');
    await chmod(path('secret.txt'), 0o000);
    const { problems } = await ingest([path('secret.txt')]);
    expect(problems).toEqual([{ source: path('secret.txt'), reason: 'permission denied' }]);
    await chmod(path('secret.txt'), 0o644);
  });
});

describe('folders', () => {
  it('reads recursively in sorted order, skipping hidden files, READMEs and other extensions, with unique ids', async () => {
    const root = path('corpus');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.hidden'), { recursive: true });
    await writeFile(join(root, 'z.txt'), 'Zed story.');
    await writeFile(join(root, 'a.md'), 'Alpha story.');
    await writeFile(join(root, 'README.md'), 'About this folder.');
    await writeFile(join(root, 'notes.csv'), 'a,b');
    await writeFile(join(root, '.draft.txt'), 'Hidden draft.');
    await writeFile(join(root, '.hidden', 'x.txt'), 'Hidden folder.');
    await writeFile(join(root, 'b-sub', 'z.txt'), 'Another zed story.');
    await writeFile(join(root, 'b-sub', 'deeper', 'c.txt'), 'Deep story.');
    await writeFile(join(root, 'empty.txt'), '');
    await symlink(root, join(root, 'b-sub', 'loop'));
    const { documents, problems } = await ingest([root]);
    expect(documents.map((d) => [d.id, d.source])).toEqual([
      ['a', join(root, 'a.md')],
      ['c', join(root, 'b-sub', 'deeper', 'c.txt')],
      ['z', join(root, 'b-sub', 'z.txt')],
      ['z-2', join(root, 'z.txt')],
    ]);
    expect(problems).toEqual([{ source: join(root, 'empty.txt'), reason: 'empty file' }]);
  });

  it('reads a file reached through a symbolic link once, and walks a linked folder once', async () => {
    const root = path('links');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(root, 'x.txt'), 'The story itself.');
    await writeFile(join(root, 'sub', 'y.txt'), 'A story in a folder.');
    await symlink(join(root, 'x.txt'), join(root, 'link.txt'));
    await symlink(join(root, 'sub'), join(root, 'sub-link'));
    await symlink(join(root, 'sub'), join(root, 'a-sub-link'));
    const { documents, problems } = await ingest([root]);
    // Code-point order: 'a-sub-link' is walked before 'sub', and 'link.txt' is read before 'x.txt'.
    expect(documents.map((d) => d.source)).toEqual([join(root, 'a-sub-link', 'y.txt'), join(root, 'link.txt')]);
    expect(problems).toEqual([]);
  });

  it('keeps ids apart when a feed item and a file would have the same IRI', async () => {
    const root = path('clash');
    await mkdir(root);
    await writeFile(join(root, 'news-1.txt'), 'A story.');
    await writeFile(join(root, 'news.jsonl'), `${JSON.stringify({ text: 'Another story.' })}\n`);
    const { documents } = await ingest([root]);
    expect(documents.map((d) => d.id)).toEqual(['news-1', 'news#1-2']);
  });

  it('names a folder with no articles', async () => {
    await mkdir(path('nothing-here'));
    const { problems } = await ingest([path('nothing-here')]);
    expect(problems).toEqual([{ source: path('nothing-here'), reason: expect.stringContaining('no article files found') }]);
  });
});
