// Helpers the browser tests share: open the viewer and wait for its ready signal, count drawn pixels, find an edge on screen.
/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import './viewer-window.js';

/** Opens the viewer and waits until the app says its first frame is drawn (window.__viewerReady). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__viewerReady === true || !!window.__viewerError, undefined, { timeout: 60_000 });
  const error = await page.evaluate(() => window.__viewerError);
  if (error) throw new Error(`viewer reported: ${error}`);
}

/** Counts pixels of a PNG screenshot that are not (near) white, decoding it in the page's own 2D canvas. */
export async function countInkPixels(page: Page, png: Buffer): Promise<{ ink: number; colored: number; total: number }> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let ink = 0;
    let colored = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      if (r < 235 || g < 235 || b < 235) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) colored++;
    }
    return { ink, colored, total: image.width * image.height };
  }, png.toString('base64'));
}

/** Viewport coordinates (page pixels) of a node's centre. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const app = window.__viewer!;
    const d = app.graph.getNodeAttributes(nodeId) as { x: number; y: number };
    const p = app.sigma.graphToViewport({ x: d.x, y: d.y });
    const box = app.sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/**
 * A point on an edge, away from nodes and labels: the midpoint of the part between the two node discs.
 * Returns the on-screen length too, so a test can pick an edge long enough to click.
 */
export async function edgePoint(page: Page, id: string): Promise<{ x: number; y: number; length: number }> {
  return page.evaluate((edgeId) => {
    const app = window.__viewer!;
    const [s, t] = app.graph.extremities(edgeId);
    const ds = app.graph.getNodeAttributes(s) as { x: number; y: number };
    const dt = app.graph.getNodeAttributes(t) as { x: number; y: number };
    const ps = app.sigma.graphToViewport({ x: ds.x, y: ds.y });
    const pt = app.sigma.graphToViewport({ x: dt.x, y: dt.y });
    const box = app.sigma.getContainer().getBoundingClientRect();
    const length = Math.hypot(pt.x - ps.x, pt.y - ps.y);
    // 40% of the way from the source: clear of the arrow head and of the midpoint where a label sits.
    return { x: box.left + ps.x + (pt.x - ps.x) * 0.4, y: box.top + ps.y + (pt.y - ps.y) * 0.4, length };
  }, id);
}
