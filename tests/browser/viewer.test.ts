// Browser tests of the viewer in headless Chromium (software WebGL): it draws, search finds, an edge shows its sentence,
// filters hide what they should, the URL reopens a view, and untrusted text stays text.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startViewerServer, type RunningViewer } from '../../src/view/server.js';
import type { ViewerGraph } from '../../src/view/graph-json.js';
import { launchChromium, type Browser } from './chromium.js';
import { ensureViewerBuilt, HOSTILE, TMP, writeDenseGraph, writeExampleGraph, writeHostileGraph } from './graphs.js';
import { countInkPixels, edgePoint, nodePoint, openViewer } from './page-helpers.js';

/** Waits for a condition the page reaches (never a fixed delay); generous, for a loaded 2-core machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 50 });

let browser: Browser;
let example: { graph: ViewerGraph; source: string; server: RunningViewer };
let hostile: { graph: ViewerGraph; server: RunningViewer };

beforeAll(async () => {
  ensureViewerBuilt();
  const exampleDir = join(TMP, 'example');
  const hostileDir = join(TMP, 'hostile');
  const built = await writeExampleGraph(exampleDir);
  example = { ...built, server: await startViewerServer({ outputDir: exampleDir, port: 0 }) };
  hostile = { graph: await writeHostileGraph(hostileDir), server: await startViewerServer({ outputDir: hostileDir, port: 0 }) };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await example?.server.close();
  await hostile?.server.close();
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => { throw error; });
  return page;
}

/** The label a node has in the graph the page shows. */
const labelOf = (graph: ViewerGraph, id: string): string => graph.nodes.find((n) => n.id === id)?.label ?? id;

describe('viewer on the example graph', () => {
  it('draws the graph: the canvas is not blank and a screenshot is written', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const shot = await page.locator('#graph').screenshot();
    mkdirSync(join(TMP), { recursive: true });
    writeFileSync(join(TMP, '..', 'viewer-example.png'), await page.screenshot());
    const pixels = await countInkPixels(page, shot);
    // Nodes are coloured discs and edges grey lines: a blank white canvas has neither.
    expect(pixels.colored, `graph from ${example.source}`).toBeGreaterThan(500);
    expect(pixels.ink / pixels.total).toBeGreaterThan(0.005);
    const status = await page.locator('#status').textContent();
    expect(status).toContain(`${example.graph.nodes.length.toLocaleString('en')} of ${example.graph.nodes.length.toLocaleString('en')} entities`);
    await page.close();
  });

  it('exports the view as PNG', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('#export-button').click()]);
    expect(download.suggestedFilename()).toBe('newsgraph.png');
    const png = await readFile((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('runs ForceAtlas2 in a web worker from the layout button, and stops it', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const position = (): Promise<string> => page.evaluate(() => {
      const app = window.__viewer!;
      return app.graph.nodes().slice(0, 20).map((n) => `${app.graph.getNodeAttribute(n, 'x')},${app.graph.getNodeAttribute(n, 'y')}`).join(' ');
    });
    const before = await position();
    await page.locator('#layout-button').click();
    await poll(() => page.locator('#layout-button').textContent()).toBe('Stop layout');
    await poll(position).not.toBe(before);
    await page.locator('#layout-button').click();
    await poll(() => page.locator('#layout-button').textContent()).toBe('Run layout');
    await page.close();
  });

  it('search suggests "Matthew Miller" from a prefix and a surname, and choosing it opens its panel', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    // Found by its label or by an alias: the resolver decides which name is canonical.
    for (const typed of ['Matthew', 'miller']) {
      await page.locator('#search').fill(typed);
      await poll(async () => (await page.locator('#suggestions .suggestion').allTextContents()).join('\n')).toContain('Matthew Miller');
    }
    await page.locator('#search').fill('Matthew Mil');
    await poll(async () => (await page.locator('#suggestions .suggestion').first().textContent()) ?? '').toContain('Matthew Miller');
    await page.locator('#search').press('Enter');
    await poll(async () => `${await page.locator('#details .entity-label').textContent()} ${(await page.locator('#details .aliases').allTextContents()).join(' ')}`)
      .toContain('Matthew Miller');
    expect(await page.locator('#details .entity-type').textContent()).toContain('Person');
    // The selection is in the URL, so the link reopens it.
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('node=');
    // Wait for the camera to settle on the node before the picture.
    await page.waitForFunction(() => !(window.__viewer!.sigma.getCamera() as unknown as { isAnimated(): boolean }).isAnimated());
    writeFileSync(join(TMP, '..', 'viewer-node.png'), await page.screenshot());
    await page.close();
  });

  it('clicking an edge on the canvas shows its source sentence with the mentions marked', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    // The longest edge on screen whose evidence has a sentence: clear of other nodes and easy to hit.
    const candidates = example.graph.edges.filter((e) => e.statements.some((s) => s.sentence && s.highlights.length));
    let best: { id: string; x: number; y: number; length: number } | undefined;
    for (const edge of candidates) {
      const p = await edgePoint(page, edge.id);
      if (!best || p.length > best.length) best = { id: edge.id, ...p };
    }
    expect(best, 'an edge with a sentence').toBeDefined();
    await page.mouse.move(best!.x, best!.y);
    await page.mouse.click(best!.x, best!.y);
    await poll(() => page.evaluate(() => window.__viewer!.state().edge)).toBeTruthy();
    const clicked = example.graph.edges.find((e) => e.id === (page.url().match(/edge=([^&]+)/)?.[1] ?? ''))!;
    expect(clicked, 'the clicked edge is in the URL').toBeDefined();
    const sentences = await page.locator('#details .sentence').allTextContents();
    expect(sentences).toContain(clicked.statements.find((s) => s.sentence)!.sentence);
    expect(await page.locator('#details .edge-title').textContent()).toContain(labelOf(example.graph, clicked.source));
    // Every highlight the graph carries for the shown statements is drawn as a mark.
    const marks = clicked.statements.reduce((n, st) => n + (st.sentence ? st.highlights.length : 0), 0);
    expect(await page.locator('#details mark.hl').count()).toBe(marks);
    expect(await page.locator('#details .doc-title').first().textContent()).toBeTruthy();
    writeFileSync(join(TMP, '..', 'viewer-edge.png'), await page.screenshot());
    await page.close();
  });

  it('clicking a relation in a node panel shows its provenance, with claims and denials marked', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const denial = example.graph.edges.find((e) => e.kind === 'denial');
    const edge = denial ?? example.graph.edges.find((e) => e.statements.length > 0)!;
    await page.evaluate((id) => (window.__viewer as unknown as { selectNode(id: string): void }).selectNode(id), edge.source);
    await page.locator(`#details button.relation[data-edge="${edge.id}"]`).click();
    await poll(() => page.locator('#details .statement').count()).toBe(edge.statements.length);
    if (denial) {
      expect(await page.locator('#details .statement .badge-denial').count()).toBeGreaterThan(0);
      expect(await page.locator('#details .statement').first().getAttribute('class')).toContain('statement-denial');
    }
    const speaker = edge.statements[0]!.attributedTo?.label;
    if (speaker) expect(await page.locator('#details .prov').first().textContent()).toContain(speaker);
    await page.close();
  });

  it('hovering a node highlights its neighbours and fades the rest', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const hub = [...example.graph.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    const point = await nodePoint(page, hub.id);
    await page.mouse.move(point.x, point.y);
    await poll(() => page.evaluate(() => window.__viewerTimings?.hover !== undefined)).toBe(true);
    const faded = await page.evaluate((id) => {
      const app = window.__viewer!;
      const neighbours = new Set(app.graph.neighbors(id));
      const colours = app.graph.nodes().filter((n) => n !== id && !neighbours.has(n)).map((n) => app.sigma.getNodeDisplayData(n)!.color);
      const near = [...neighbours].map((n) => app.sigma.getNodeDisplayData(n)!.color);
      return { others: [...new Set(colours)], near: [...new Set(near)] };
    }, hub.id);
    if (faded.others.length) expect(faded.others).toEqual(['#e4e7ec']);
    expect(faded.near).not.toContain('#e4e7ec');
    await page.close();
  });

  it('filters hide what they should: claims, a type, an article; the URL reopens the same view', async () => {
    const page = await newPage();
    await openViewer(page, example.server.url);
    const hiddenEdges = (): Promise<string[]> => page.evaluate(() => {
      const app = window.__viewer!;
      return app.graph.edges().filter((e) => app.sigma.getEdgeDisplayData(e)?.hidden);
    });
    expect(await hiddenEdges()).toEqual([]);

    const claims = example.graph.edges.filter((e) => e.kind === 'claim').map((e) => e.id).sort();
    await page.locator('#show-claim').uncheck();
    await poll(async () => (await hiddenEdges()).sort()).toEqual(claims);

    await page.locator('#show-claim').check();
    const type = example.graph.nodes.find((n) => n.degree > 0)!.type;
    await page.locator(`.legend-item[data-type="${type}"]`).click();
    const ofType = new Set(example.graph.nodes.filter((n) => n.type === type).map((n) => n.id));
    const hiddenNodes = await page.evaluate(() => {
      const app = window.__viewer!;
      return app.graph.nodes().filter((n) => app.sigma.getNodeDisplayData(n)?.hidden);
    });
    expect(new Set(hiddenNodes)).toEqual(ofType);
    const touching = example.graph.edges.filter((e) => ofType.has(e.source) || ofType.has(e.target)).map((e) => e.id).sort();
    expect((await hiddenEdges()).sort()).toEqual(touching);
    await page.locator(`.legend-item[data-type="${type}"]`).click();

    if (example.graph.documents.length > 1) {
      const doc = example.graph.documents[example.graph.documents.length - 1]!;
      await page.locator('#article-filter').selectOption(doc.id);
      const docIndex = example.graph.documents.indexOf(doc);
      const expected = example.graph.edges.filter((e) => !e.statements.some((s) => s.document === docIndex)).map((e) => e.id).sort();
      await poll(async () => (await hiddenEdges()).sort()).toEqual(expected);
    }

    await page.locator('#article-filter').selectOption('');
    // A date range after every article hides every relation; then a minimum confidence above every statement's.
    await page.locator('#date-from').fill('2999-01-01');
    await page.locator('#date-from').dispatchEvent('change');
    await poll(async () => (await hiddenEdges()).length).toBe(example.graph.edges.length);
    await page.locator('#date-from').fill('');
    await page.locator('#date-from').dispatchEvent('change');
    await poll(async () => (await hiddenEdges()).length).toBe(0);
    const threshold = 0.95;
    await page.locator('#min-confidence').evaluate((input, value) => {
      (input as HTMLInputElement).value = String(value);
      input.dispatchEvent(new Event('change'));
    }, threshold);
    const unsure = example.graph.edges.filter((e) => !e.statements.some((st) => (st.confidence ?? 1) >= threshold) && !(e.statements.length === 0 && e.confidence >= threshold));
    await poll(async () => (await hiddenEdges()).sort()).toEqual(unsure.map((e) => e.id).sort());
    await page.locator('#min-confidence').evaluate((input) => {
      (input as HTMLInputElement).value = '0';
      input.dispatchEvent(new Event('change'));
    });

    // Reopen the link in a new page: same filters, same hidden edges.
    await page.locator('#show-denial').uncheck();
    const url = page.url();
    const before = (await hiddenEdges()).sort();
    const again = await newPage();
    await openViewer(again, url);
    expect(await again.locator('#show-denial').isChecked()).toBe(false);
    const after = await again.evaluate(() => {
      const app = window.__viewer!;
      return app.graph.edges().filter((e) => app.sigma.getEdgeDisplayData(e)?.hidden);
    });
    expect(after.sort()).toEqual(before);
    await again.close();
    await page.close();
  });
});

describe('viewer with hostile text', () => {
  it('shows HTML in names, titles and sentences as text and runs no script', async () => {
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openViewer(page, hostile.server.url);
    await page.locator('#search').fill('<img');
    await poll(() => page.locator('#suggestions .suggestion-label').allTextContents()).toContain(HOSTILE);
    await page.locator('#search').press('Enter');
    await poll(() => page.locator('#details .entity-label').textContent()).toBe(HOSTILE);
    expect(await page.locator('#details .aliases').textContent()).toContain('<script>alert(2)</script>');

    const edge = hostile.graph.edges.find((e) => e.statements.some((s) => s.sentence?.startsWith(HOSTILE)))!;
    await page.evaluate((id) => (window.__viewer as unknown as { selectEdge(id: string): void }).selectEdge(id), edge.id);
    await poll(() => page.locator('#details .sentence').first().textContent()).toContain('<svg onload=alert(5)>');
    expect(await page.locator('#details mark.hl-speaker').first().textContent()).toBe(HOSTILE);
    await page.locator('#article-filter').focus();
    expect(await page.locator('#article-filter option').allTextContents()).toContainEqual(expect.stringContaining('<iframe'));

    // No element was made from the data: no img, script, svg, iframe or b anywhere in the page's panels.
    const injected = await page.evaluate(() => document.querySelectorAll('body img, body iframe, body svg, #details script, #details b, #suggestions img').length);
    expect(injected).toBe(0);
    // Give an image error handler, had one been created, the chance to fire: one frame and the network round trip.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('viewer on a dense graph (drawn the light way)', () => {
  it('hovering a hub highlights its neighbours on the overlay and fades the rest; leaving clears it', async () => {
    const dir = join(TMP, 'dense');
    const graph = await writeDenseGraph(dir);
    expect(graph.edges.length).toBeGreaterThan(3000);
    const server = await startViewerServer({ outputDir: dir, port: 0 });
    try {
      const page = await newPage();
      await openViewer(page, server.url);
      const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree)[0]!;
      const point = await nodePoint(page, hub.id);
      await page.mouse.move(point.x, point.y);
      await poll(() => page.evaluate(() => window.__viewerTimings?.hover !== undefined)).toBe(true);
      // Reads the overlay canvas at each node's centre: the neighbourhood in colour, the rest under a white veil.
      const sample = (id: string) => page.evaluate((hubId) => {
        const app = window.__viewer!;
        const canvas = app.sigma.getContainer().querySelector<HTMLCanvasElement>('canvas.sigma-focus')!;
        const ctx = canvas.getContext('2d')!;
        const neighbours = new Set(app.graph.neighbors(hubId));
        const at = (node: string) => {
          const d = app.sigma.getNodeDisplayData(node)!;
          const p = app.sigma.framedGraphToViewport(d);
          const [r, g, b, a] = ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data;
          return { veiled: r! > 240 && g! > 240 && b! > 240 && a! > 150, covered: a! > 150, coloured: a! > 200 && Math.max(r!, g!, b!) - Math.min(r!, g!, b!) > 40 };
        };
        const near = [...neighbours].map(at);
        const others = app.graph.nodes().filter((n) => n !== hubId && !neighbours.has(n)).map(at);
        const corner = ctx.getImageData(0, 0, 4, 4).data;
        return {
          neighbours: near.length, nearColoured: near.filter((x) => x.coloured).length, nearVeiled: near.filter((x) => x.veiled).length,
          others: others.length, othersVeiled: others.filter((x) => x.veiled).length, othersCovered: others.filter((x) => x.covered).length,
          cornerAlpha: corner[3]!,
        };
      }, id);
      const on = await sample(hub.id);
      expect(on.neighbours).toBeGreaterThan(100);
      // A neighbour's centre shows its disc, or a neighbour's label drawn over it; never the veil.
      expect(on.nearVeiled).toBe(0);
      expect(on.nearColoured / on.neighbours).toBeGreaterThan(0.7);
      // Every other node is covered, mostly by the veil, else by a highlighted relation or label crossing it.
      expect(on.othersCovered).toBe(on.others);
      expect(on.othersVeiled / on.others).toBeGreaterThan(0.6);
      expect(on.cornerAlpha).toBeGreaterThan(150);

      const box = await page.locator('#graph').boundingBox();
      await page.mouse.move(box!.x + 3, box!.y + 3);
      await poll(async () => (await sample(hub.id)).cornerAlpha).toBe(0);
      const off = await sample(hub.id);
      expect(off.nearColoured).toBe(0);
      expect(off.othersCovered).toBe(0);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
