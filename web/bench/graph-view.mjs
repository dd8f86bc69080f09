// The network graph page with a synthetic graph of N nodes, in Debian's Chromium with software WebGL:
// how long until it draws and until its layout settles, how busy the main thread is meanwhile, and frame
// times while hovering and panning afterwards. Run by `python -m benchmarks.graph_view` (which serves the
// built app); prints one JSON object.
//   node bench/graph-view.mjs <app url> <nodes>
import { chromium } from '@playwright/test';

const [url, size] = [process.argv[2], Number(process.argv[3] ?? 2000)];

function syntheticGraph(total) {
  const nodes = [];
  const edges = [];
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`;
  const add = (kind, label, extra = {}) => { const node = { id: id(), kind, label, ...extra }; nodes.push(node); return node; };
  const pick = (list, i) => list[(i * 7919) % list.length];
  const networks = [0, 1, 2].map((i) => add('network', `Network ${i}`));
  const partnerships = Array.from({ length: Math.round(total * 0.02) }, (_, i) => add('partnership', `Partnership ${i}`));
  partnerships.forEach((p, i) => edges.push({ kind: 'network_membership', source: pick(networks, i).id, target: p.id }));
  const organisations = Array.from({ length: Math.round(total * 0.15) }, (_, i) =>
    add('organisation', `Organisation ${i}`, { city: 'Kharkiv', country: 'UA', organisation_kind: 'university' }));
  organisations.forEach((o, i) => edges.push({ kind: 'membership', source: pick(partnerships, i).id, target: o.id, role: 'partner' }));
  const resources = Math.round(total * 0.08);
  while (nodes.length < total - resources) {
    const i = nodes.length;
    const expert = add('expert', `Expert ${i}`, { city: 'Kyiv', country: 'UA', skills: ['ux-design'] });
    edges.push({ kind: 'affiliation', source: pick(organisations, i).id, target: expert.id });
  }
  while (nodes.length < total) {
    const owner = pick(organisations, nodes.length);
    const resource = add('resource', `Resource ${nodes.length}`, { resource_kind: 'venue', organisation_id: owner.id });
    edges.push({ kind: 'ownership', source: owner.id, target: resource.id });
  }
  return { nodes, edges, truncated: false, experts_in_scope: nodes.filter((x) => x.kind === 'expert').length };
}

/** Frame intervals (ms) in the page while `act` runs. */
async function frameTimes(page, act) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__sampling) requestAnimationFrame(tick); };
    window.__sampling = true;
    requestAnimationFrame(tick);
  });
  await act();
  return page.evaluate(() => { window.__sampling = false; return window.__frames.slice(1); });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : null;
};

const graph = syntheticGraph(size);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.route('**/api/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('/map/graph')) return route.fulfill({ json: graph });
    if (path.endsWith('/skills') || path.endsWith('/networks')) return route.fulfill({ json: [] });
    return route.fulfill({ status: 404, json: { detail: 'not in this benchmark' } });
  });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration)))
      .observe({ type: 'longtask', buffered: true });
  });
  const started = Date.now();
  await page.goto(`${url}/experts/graph`);
  await page.getByText('Arranging the graph…').waitFor({ timeout: 60_000 });
  const firstDrawMs = Date.now() - started;
  await page.getByText('Graph arranged.').waitFor({ timeout: 120_000 });
  const settledMs = Date.now() - started;
  const longTasks = await page.evaluate(() => window.__longTasks);

  const canvas = await page.locator('.graph-canvas').boundingBox();
  const [cx, cy, w, h] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2, canvas.width, canvas.height];
  const hover = await frameTimes(page, async () => {
    for (let i = 0; i <= 60; i++) await page.mouse.move(canvas.x + (w * i) / 60, cy + (h / 4) * Math.sin(i / 6));
  });
  const pan = await frameTimes(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i <= 40; i++) await page.mouse.move(cx - (w / 4) * Math.sin(i / 8), cy - (h / 6) * Math.cos(i / 8));
    await page.mouse.up();
  });
  console.log(JSON.stringify({
    nodes: graph.nodes.length, edges: graph.edges.length,
    first_draw_ms: firstDrawMs, layout_settled_ms: settledMs,
    main_thread_long_tasks: longTasks.length, longest_task_ms: Math.round(Math.max(0, ...longTasks)),
    hover_frame_ms_p50: quantile(hover, 0.5), hover_frame_ms_p95: quantile(hover, 0.95),
    pan_frame_ms_p50: quantile(pan, 0.5), pan_frame_ms_p95: quantile(pan, 0.95),
  }));
} finally {
  await browser.close();
}
