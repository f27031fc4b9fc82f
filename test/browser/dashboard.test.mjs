// Browser tests of the dashboard (web/), run by dashboard_test.sh against a
// real `statecraft serve` on a store coded from samples/world_news.jsonl (and
// the seed when present):  node --test test/browser/dashboard.test.mjs
//
// Environment: STATECRAFT_URL (the server, e.g. http://127.0.0.1:43121/),
// STATECRAFT_ARTIFACTS (folder for screenshots), STATECRAFT_CHROMIUM (default
// /usr/bin/chromium). What the page shows is checked against what the API
// answers for the same question, read here with fetch.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.STATECRAFT_URL;
const ARTIFACTS = process.env.STATECRAFT_ARTIFACTS || 'build/test-artifacts';
const CHROMIUM = process.env.STATECRAFT_CHROMIUM || '/usr/bin/chromium';
const EXPECTED_COUNTRIES = ['KOR', 'JPN', 'USA', 'IND', 'UKR', 'RUS'];
const TIMEOUT_MS = 30000;

if (!BASE) throw new Error('STATECRAFT_URL is not set (run test/browser/dashboard_test.sh)');

async function api(pathAndQuery) {
  const response = await fetch(new URL('api/v1/' + pathAndQuery, BASE));
  assert.equal(response.status, 200, `GET ${pathAndQuery}: ${response.status} ${await response.clone().text()}`);
  return response.json();
}

// Every event matching `query`, following `next` (the store is small).
async function allEvents(query) {
  const events = [];
  let cursor = '';
  for (;;) {
    const page = await api(`events?limit=1000&${query}${cursor ? '&cursor=' + encodeURIComponent(cursor) : ''}`);
    events.push(...page.events);
    if (!page.next) return events;
    cursor = page.next;
  }
}

// The bytes [begin, end) of `text` (UTF-8) as a string: computed with
// Buffer, independently of the page's TextEncoder mapping.
function byteSlice(text, begin, end) {
  return Buffer.from(text, 'utf8').subarray(begin, end).toString('utf8');
}

let browser;
const problems = [];  // console errors and uncaught exceptions of every page

async function openDashboard(hash = '') {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(TIMEOUT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(new URL(hash ? '#' + hash : '', BASE).href);
  await page.waitForFunction(() => {
    const sc = window.__statecraft;
    return sc && sc.loads.graph > 0 && sc.loads.table > 0 && sc.loads.series > 0 &&
      document.documentElement.dataset.busy === '0';
  });
  return page;
}

// Runs `action` and waits until the event table has been reloaded.
async function afterTableReload(page, action) {
  const before = await page.evaluate(() => window.__statecraft.loads.table);
  await action();
  await page.waitForFunction((n) => window.__statecraft.loads.table > n &&
    document.documentElement.dataset.busy === '0', before);
}

function rowIds(page) {
  return page.$$eval('#events tbody tr', (rows) => rows.map((row) => row.dataset.eventId));
}

before(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  if (browser) await browser.close();
});

describe('dashboard', () => {
  test('the graph shows the countries of the network, sized and coloured by the data', async () => {
    const page = await openDashboard();
    const graph = await page.evaluate(() => ({
      nodes: window.__statecraft.cy.nodes().map((n) => ({ id: n.id(), size: n.data('size'), events: n.data('events') })),
      edges: window.__statecraft.cy.edges().map((e) => ({
        a: e.data('a'), b: e.data('b'), events: e.data('events'), goldstein: e.data('goldstein'),
        color: e.style('line-color'), width: parseFloat(e.style('width')),
      })),
    }));
    const ids = graph.nodes.map((n) => n.id);
    for (const country of EXPECTED_COUNTRIES) assert.ok(ids.includes(country), `${country} is a node (have ${ids})`);

    // Each drawn pair is the two directions of the API's network summed.
    const network = await api('network?by=country&max_nodes=120');
    for (const edge of graph.edges) {
      const directed = network.edges.filter((e) => (e.source === edge.a && e.target === edge.b) ||
        (e.source === edge.b && e.target === edge.a));
      assert.ok(directed.length > 0, `${edge.a}-${edge.b} comes from the API`);
      assert.equal(edge.events, directed.reduce((sum, e) => sum + e.events, 0), `${edge.a}-${edge.b} events`);
    }
    const byId = Object.fromEntries(network.nodes.map((n) => [n.id, n]));
    for (const node of graph.nodes) assert.equal(node.events, byId[node.id].events, `${node.id} events`);

    // The busiest node is the biggest; conflict edges are red, cooperation green.
    const busiest = graph.nodes.reduce((x, y) => (y.events > x.events ? y : x));
    assert.equal(Math.max(...graph.nodes.map((n) => n.size)), busiest.size);
    const rgb = (color) => color.match(/\d+/g).map(Number);
    const worst = graph.edges.reduce((x, y) => (y.goldstein < x.goldstein ? y : x));
    const best = graph.edges.reduce((x, y) => (y.goldstein > x.goldstein ? y : x));
    assert.ok(worst.goldstein < 0 && best.goldstein > 0, 'the sample has both conflict and cooperation');
    const [wr, wg] = rgb(worst.color);
    const [br, bg] = rgb(best.color);
    assert.ok(wr > wg, `conflict edge ${worst.a}-${worst.b} is red: ${worst.color}`);
    assert.ok(bg > br, `cooperation edge ${best.a}-${best.b} is green: ${best.color}`);
    const heaviest = graph.edges.reduce((x, y) => (y.events > x.events ? y : x));
    assert.equal(Math.max(...graph.edges.map((e) => e.width)), heaviest.width);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.close();
  });

  test('the table pages with the API cursor, 20 rows a page, forward and back', async () => {
    const page = await openDashboard();
    const first = await api('events?limit=20');
    assert.ok(first.next, 'the store has more than one page');
    const second = await api(`events?limit=20&cursor=${encodeURIComponent(first.next)}`);

    const page1 = await rowIds(page);
    assert.deepEqual(page1, first.events.map((e) => e.event_id));
    assert.equal(await page.isDisabled('#prev'), true);

    await afterTableReload(page, () => page.click('#next'));
    assert.deepEqual(await rowIds(page), second.events.map((e) => e.event_id));
    assert.equal(await page.textContent('#page-label'), 'Page 2');
    assert.equal(await page.isDisabled('#prev'), false);

    await afterTableReload(page, () => page.click('#prev'));
    assert.deepEqual(await rowIds(page), page1);
    assert.equal(await page.textContent('#page-label'), 'Page 1');
    await page.close();
  });

  test('clicking an edge selects that dyad in both directions', async () => {
    const page = await openDashboard();
    // A pair among the expected countries whose middle is not under a node.
    const target = await page.evaluate((preferred) => {
      const cy = window.__statecraft.cy;
      const box = cy.container().getBoundingClientRect();
      const free = (p) => cy.nodes().every((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: true });
        return p.x < bb.x1 - 4 || p.x > bb.x2 + 4 || p.y < bb.y1 - 4 || p.y > bb.y2 + 4;
      });
      const edges = cy.edges().sort((x, y) => y.data('events') - x.data('events'));
      const candidates = edges.filter((e) => preferred.includes(e.data('a')) && preferred.includes(e.data('b')))
        .union(edges);
      for (const edge of candidates) {
        const mid = edge.renderedMidpoint();
        if (free(mid)) return { a: edge.data('a'), b: edge.data('b'), x: box.left + mid.x, y: box.top + mid.y };
      }
      return null;
    }, EXPECTED_COUNTRIES);
    assert.ok(target, 'an edge to click');

    await afterTableReload(page, () => page.mouse.click(target.x, target.y));
    const dyad = await page.evaluate(() => window.__statecraft.state.dyad);
    assert.deepEqual([dyad.source, dyad.target].sort(), [target.a, target.b].sort(), 'the clicked pair is selected');
    assert.match(await page.textContent('#selection'), new RegExp(`${dyad.source} ↔ ${dyad.target}`));

    // The rows are the dyad's events, both directions, and only those.
    const query = `source=${dyad.source}&target=${dyad.target}&symmetric=true`;
    const events = await allEvents(query);
    assert.ok(events.length > 0);
    const pair = [target.a, target.b].sort().join();
    for (const event of events) {
      assert.equal([event.source.country, event.target && event.target.country].sort().join(), pair,
        `event ${event.event_id} belongs to ${pair}`);
    }
    assert.deepEqual(await rowIds(page), events.slice(0, 20).map((e) => e.event_id));
    const directions = new Set(events.map((e) => e.source.country));

    // The timeline shows the dyad's months: cooperation up, conflict down.
    const series = await api(`series?${query}&granularity=month`);
    const chart = await page.evaluate(() => {
      const option = window.__statecraft.timeline.getOption();
      const values = (s) => s.data.map((d) => (typeof d === 'object' ? d.value : d));
      return { coop: values(option.series[0]), conflict: values(option.series[1]), goldstein: values(option.series[2]) };
    });
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    assert.equal(sum(chart.coop), sum(series.points.map((p) => p.quad[0] + p.quad[1])));
    assert.equal(sum(chart.conflict.map(Math.abs)), sum(series.points.map((p) => p.quad[2] + p.quad[3])));
    assert.ok(Math.abs(sum(chart.goldstein) - sum(series.points.map((p) => p.goldstein_sum))) < 0.5);
    assert.match(await page.textContent('#timeline-title'), /↔/);

    const focused = await page.evaluate(() => window.__statecraft.cy.edges('.focus').map((e) => e.id()));
    assert.deepEqual(focused, [[target.a, target.b].sort().join('|')]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-dyad.png'), fullPage: true });
    console.log(`# clicked ${pair}: ${events.length} events, sources ${[...directions]}`);
    await page.close();
  });

  test('clicking a node filters by that actor', async () => {
    const page = await openDashboard();
    const point = await page.evaluate(() => {
      const cy = window.__statecraft.cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById('KOR').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await afterTableReload(page, () => page.mouse.click(point.x, point.y));
    assert.equal(await page.inputValue('input[name=actor]'), 'KOR');
    const events = await api('events?actor=KOR&limit=20');
    assert.deepEqual(await rowIds(page), events.events.map((e) => e.event_id));
    for (const event of events.events) {
      assert.ok(event.source.country === 'KOR' || (event.target && event.target.country === 'KOR'));
    }
    await page.close();
  });

  test('the sentence highlights the source, verb and target spans', async () => {
    // Events with a span after a multi-byte character, where byte offsets
    // and JavaScript string indexes differ, are the point.
    const events = await allEvents('');
    const multibyteBefore = (e) => {
      const last = Math.max(e.source.span[0], e.verb_span[0], e.target ? e.target.span[0] : 0);
      const prefix = byteSlice(e.sentence_text, 0, last - e.sentence_span[0]);
      return Buffer.byteLength(prefix) !== prefix.length;
    };
    const tricky = events.filter((e) => e.target && multibyteBefore(e));
    assert.ok(tricky.length > 0, 'the corpus has an event after a multi-byte character');
    const plain = events.filter((e) => e.target && !multibyteBefore(e)).slice(0, 3);

    let checked = 0;
    const page = await openDashboard();
    for (const event of [...tricky.slice(0, 4), ...plain]) {
      // Filter the page down to the event's day and source (through the URL
      // fragment), so that it is on page 1.
      const hash = `actor=${event.source.code}&from=${event.date}&to=${event.date}`;
      await afterTableReload(page, () => page.evaluate((h) => { location.hash = h; }, hash));
      const row = page.locator(`#events tbody tr[data-event-id="${event.event_id}"]`);
      assert.equal(await row.count(), 1, `row for ${event.event_id}`);
      const marked = await row.evaluate((tr) => {
        const text = (cls) => [...tr.querySelectorAll(`.sentence .${cls}`)].map((m) => m.textContent).join('');
        return { source: text('hl-source'), verb: text('hl-verb'), target: text('hl-target'),
          sentence: tr.querySelector('.sentence').textContent };
      });
      const start = event.sentence_span[0];
      const expected = (span) => byteSlice(event.sentence_text, span[0] - start, span[1] - start);
      assert.equal(marked.sentence, event.sentence_text, 'the whole sentence is shown');
      assert.equal(marked.source, event.source.text, `source of ${event.event_id}`);
      assert.equal(marked.source, expected(event.source.span));
      assert.equal(marked.target, event.target.text, `target of ${event.event_id}`);
      assert.equal(marked.target, expected(event.target.span));
      assert.equal(marked.verb, expected(event.verb_span), `verb of ${event.event_id}`);
      assert.ok(marked.verb.length > 0);
      const rule = await row.locator('.rule').textContent();
      assert.equal(rule, event.rule);
      checked++;
    }
    assert.ok(checked >= 2);
    await page.close();
  });

  test('the period, root and quad filters reach the table and the API', async () => {
    const page = await openDashboard();
    await afterTableReload(page, () => page.selectOption('select[name=quad]', '4'));
    const quads = await page.$$eval('#events tbody .quad', (tags) => tags.map((t) => t.textContent));
    assert.ok(quads.length > 0);
    assert.ok(quads.every((q) => q === 'Q4'), `only material conflict: ${quads}`);

    await afterTableReload(page, () => page.selectOption('select[name=quad]', ''));
    await afterTableReload(page, () => page.selectOption('select[name=root]', '04'));
    const codes = await page.$$eval('#events tbody .cameo', (tags) => tags.map((t) => t.textContent));
    assert.ok(codes.length > 0 && codes.every((c) => c.startsWith('04')), `only consultations: ${codes}`);

    await afterTableReload(page, () => page.fill('input[name=from]', '2025-01-01').then(() =>
      page.locator('input[name=from]').dispatchEvent('change')));
    await afterTableReload(page, () => page.fill('input[name=to]', '2025-12-31').then(() =>
      page.locator('input[name=to]').dispatchEvent('change')));
    const expected = await api('events?root=04&from=2025-01-01&to=2025-12-31&limit=20');
    assert.deepEqual(await rowIds(page), expected.events.map((e) => e.event_id));
    const dates = await page.$$eval('#events tbody .c-date', (cells) => cells.map((c) => c.textContent.slice(0, 10)));
    assert.ok(dates.every((d) => d >= '2025-01-01' && d <= '2025-12-31'), `dates in 2025: ${dates}`);
    assert.match(page.url(), /root=04/, 'the filters are in the URL');

    // A bad actor is the API's 400, shown to the user, not a silent empty table.
    await afterTableReload(page, () => page.fill('input[name=actor]', 'K!').then(() =>
      page.locator('input[name=actor]').dispatchEvent('change')));
    assert.equal(await page.isVisible('#error'), true);
    assert.match(await page.textContent('#error'), /actor/);
    await page.close();
  });

  test('no console errors or uncaught exceptions', () => {
    // The bad-actor request of the previous test is an expected 400.
    const unexpected = problems.filter((p) => !/status of 400/.test(p));
    assert.deepEqual(unexpected, []);
  });
});
