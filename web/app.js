// The statecraft dashboard: a relations graph between countries (cytoscape),
// monthly timelines of cooperation and conflict (echarts) and a paged event
// table whose sentences show the source, verb and target spans.
//
// Everything is asked of the HTTP API (docs/http_api.md) with the current
// filters, which the server aggregates and pages: the page never fetches all
// events, so it stays responsive on a large store. The filters live in the
// URL's fragment (#actor=KOR&from=2025-01-01…), so a view can be shared.
//
// For tests, window.__statecraft exposes the cytoscape instance (cy), the
// echarts instance (timeline), the current state and load counters;
// <html data-busy="1"> while any request is in flight.

const API = 'api/v1/';
const PAGE_SIZE = 20;
const MAX_GRAPH_NODES = 120;
const MAX_GRAPH_EDGES = 400;
const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
const COLORS = {
  conflict: '#c0392b',
  neutral: '#d9a514',
  cooperation: '#2e8b57',
  coopLight: '#7fbf9a',
  conflictLight: '#e59a8f',
  node: '#34557a',
  selected: '#f28c28',
};
// Mean Goldstein scores beyond this magnitude get the end colours.
const GOLDSTEIN_SATURATION = 7;
// The filters sent to the API, in URL-fragment order.
const FILTER_KEYS = ['from', 'to', 'actor', 'root', 'quad', 'q'];

const $ = (id) => document.getElementById(id);

const state = {
  filters: { from: '', to: '', actor: '', root: '', quad: '', q: '' },
  dyad: null,            // {source, target}: both directions
  cursor: '',            // the cursor of the page shown ('' = first page)
  cursorStack: [],       // cursors of the pages before it
  next: null,            // the API's next cursor, null on the last page
  page: 1,
  cameo: {},             // code -> {name, quad, goldstein}, from vendor/cameo.json
  labels: {},            // country code -> name, from the network
};

const loads = { graph: 0, table: 0, series: 0 };
let pending = 0;
let cy = null;
let timeline = null;

window.__statecraft = { state, loads, get cy() { return cy; }, get timeline() { return timeline; } };

// ---------------------------------------------------------------- requests

function setBusy(delta) {
  pending += delta;
  document.documentElement.dataset.busy = pending > 0 ? '1' : '0';
}

// One in-flight request per panel: a newer one aborts the older.
const controllers = {};

async function api(panel, path, params) {
  if (controllers[panel]) controllers[panel].abort();
  const controller = new AbortController();
  controllers[panel] = controller;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== '' && value !== null && value !== undefined) query.set(key, value);
  }
  const url = API + path + (query.toString() ? '?' + query : '');
  setBusy(+1);
  try {
    const response = await fetch(url, { signal: controller.signal });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  } finally {
    setBusy(-1);
    if (controllers[panel] === controller) delete controllers[panel];
  }
}

function isAbort(error) {
  return error && error.name === 'AbortError';
}

const errors = {};
function showError(panel, error) {
  if (error) errors[panel] = error.message; else delete errors[panel];
  const messages = [...new Set(Object.values(errors))];
  $('error').hidden = messages.length === 0;
  $('error').textContent = messages.join(' · ');
}

// Filters for the API. `withSelection`: also the actor / dyad selection.
function apiFilters(withSelection) {
  const f = state.filters;
  const params = { from: f.from, to: f.to, root: f.root, quad: f.quad, q: f.q };
  if (withSelection) {
    params.actor = f.actor;
    if (state.dyad) {
      params.source = state.dyad.source;
      params.target = state.dyad.target;
      params.symmetric = 'true';
    }
  }
  return params;
}

// ---------------------------------------------------------------- helpers

function goldsteinColor(value) {
  const t = Math.max(-1, Math.min(1, value / GOLDSTEIN_SATURATION));
  return t < 0 ? mix(COLORS.neutral, COLORS.conflict, -t) : mix(COLORS.neutral, COLORS.cooperation, t);
}

function mix(a, b, t) {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return '#' + pa.map((x, i) => Math.round(x + (pb[i] - x) * t).toString(16).padStart(2, '0')).join('');
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function formatNumber(n) {
  return Number(n).toLocaleString('en-US');
}

function formatGoldstein(g) {
  return (g > 0 ? '+' : '') + Number(g).toFixed(1);
}

function countryName(code) {
  return state.labels[code] || code;
}

function cameoName(code) {
  const entry = state.cameo[code];
  return entry ? entry.name : '';
}

// ------------------------------------------------------- spans and bytes

const encoder = new TextEncoder();

// Maps UTF-8 byte offsets of `text` to string (UTF-16) indexes; null for an
// offset outside the text or inside a multi-byte character. Walks the text
// code point by code point, counting each one's UTF-8 length as
// TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes).
export function byteOffsetMapper(text) {
  const index = new Map();
  let byte = 0;
  let unit = 0;
  for (const ch of text) {
    index.set(byte, unit);
    byte += encoder.encode(ch).length;
    unit += ch.length;
  }
  index.set(byte, text.length);
  return (offset) => (index.has(offset) ? index.get(offset) : null);
}

// The [begin, end) string range of a story-relative byte span inside the
// sentence that starts at byte `sentenceBegin`; null when the span is not
// inside the sentence. `expected` (the span's surface text, when known)
// guards against a sentence text that differs from the story bytes (e.g.
// invalid UTF-8 replaced by U+FFFD): then the text is searched instead.
export function sentenceRange(sentence, sentenceBegin, span, expected, toIndex) {
  if (!Array.isArray(span) || span.length !== 2) return null;
  const begin = toIndex(span[0] - sentenceBegin);
  const end = toIndex(span[1] - sentenceBegin);
  if (begin !== null && end !== null && begin < end &&
      (!expected || sentence.slice(begin, end) === expected)) {
    return [begin, end];
  }
  if (expected) {
    const at = sentence.indexOf(expected);
    if (at >= 0) return [at, at + expected.length];
  }
  return null;
}

// The sentence as a fragment with <mark class="hl hl-source|hl-verb|hl-target">
// around the event's spans. Overlapping spans are cut into segments that
// carry every class covering them.
export function highlightSentence(event) {
  const sentence = event.sentence_text || '';
  const sentenceBegin = Array.isArray(event.sentence_span) ? event.sentence_span[0] : 0;
  const toIndex = byteOffsetMapper(sentence);
  const marks = [];
  const add = (span, expected, role) => {
    const range = sentenceRange(sentence, sentenceBegin, span, expected, toIndex);
    if (range) marks.push({ begin: range[0], end: range[1], role });
  };
  if (event.source) add(event.source.span, event.source.text, 'source');
  add(event.verb_span, null, 'verb');
  if (event.target) add(event.target.span, event.target.text, 'target');

  const cuts = new Set([0, sentence.length]);
  for (const m of marks) { cuts.add(m.begin); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const roles = marks.filter((m) => m.begin <= from && to <= m.end).map((m) => m.role);
    const text = sentence.slice(from, to);
    if (roles.length === 0) {
      fragment.append(text);
    } else {
      const mark = el('mark', { class: 'hl ' + roles.map((r) => 'hl-' + r).join(' '), text });
      mark.title = roles.join(' + ');
      fragment.append(mark);
    }
  }
  return fragment;
}

// ---------------------------------------------------------------- graph

function initGraph() {
  cy = cytoscape({
    container: $('graph'),
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': COLORS.node,
          'width': 'data(size)',
          'height': 'data(size)',
          'label': 'data(id)',
          'font-size': 13,
          'min-zoomed-font-size': 6,
          'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
          'font-weight': 600,
          'color': '#1f2d3d',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2,
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      {
        selector: 'edge',
        style: {
          'width': 'data(width)',
          'line-color': 'data(color)',
          'curve-style': 'straight',
          'opacity': 0.8,
        },
      },
      { selector: '.faded', style: { 'opacity': 0.12 } },
      { selector: 'node.focus', style: { 'border-color': COLORS.selected, 'border-width': 4 } },
      { selector: 'node.neighbour', style: { 'border-color': '#9fb3c8' } },
      { selector: 'edge.focus', style: { 'opacity': 1, 'z-index': 10, 'underlay-color': COLORS.selected, 'underlay-opacity': 0.35, 'underlay-padding': 3 } },
    ],
  });

  cy.on('tap', 'node', (e) => selectActor(e.target.id()));
  cy.on('tap', 'edge', (e) => selectDyad(e.target.data('a'), e.target.data('b')));
  cy.on('tap', (e) => { if (e.target === cy) clearSelection(); });

  const tip = $('graph-tip');
  cy.on('mouseover', 'node, edge', (e) => {
    const d = e.target.data();
    tip.replaceChildren();
    if (e.target.isNode()) {
      tip.append(el('strong', { text: `${d.id} · ${d.label}` }), el('div', { text: `${formatNumber(d.events)} events` }));
    } else {
      tip.append(
        el('strong', { text: `${d.a} ↔ ${d.b}` }),
        el('div', { text: `${formatNumber(d.events)} events · mean Goldstein ${formatGoldstein(d.goldstein)}` }),
        el('div', { class: 'muted', text: d.quad.map((n, i) => `${QUAD_NAMES[i].toLowerCase()} ${n}`).join(' · ') }));
    }
    const p = e.renderedPosition || e.target.renderedMidpoint?.() || { x: 0, y: 0 };
    tip.style.left = `${p.x + 14}px`;
    tip.style.top = `${p.y + 10}px`;
    tip.hidden = false;
  });
  cy.on('mouseout', 'node, edge', () => { tip.hidden = true; });
  cy.on('tap pan zoom', () => { tip.hidden = true; });
}

// Directed API edges merged into one undirected edge per pair (events
// summed, mean Goldstein weighted by events); loops (a country acting on
// itself) are left out of the drawing.
export function mergeEdges(edges) {
  const pairs = new Map();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = a + '|' + b;
    const p = pairs.get(key) || { a, b, events: 0, weighted: 0, quad: [0, 0, 0, 0] };
    p.events += e.events;
    p.weighted += e.mean_goldstein * e.events;
    (e.quad || []).forEach((n, i) => { p.quad[i] += n; });
    pairs.set(key, p);
  }
  return [...pairs.values()].map((p) => ({ ...p, goldstein: p.events ? p.weighted / p.events : 0 }));
}

async function loadGraph() {
  let network;
  try {
    network = await api('graph', 'network', { ...apiFilters(false), by: 'country', max_nodes: MAX_GRAPH_NODES });
    showError('graph', null);
  } catch (error) {
    if (isAbort(error)) return;
    showError('graph', error);
    network = { nodes: [], edges: [] };
  }
  const nodes = network.nodes || [];
  for (const n of nodes) state.labels[n.id] = n.label || n.id;
  const present = new Set(nodes.map((n) => n.id));
  const edges = mergeEdges((network.edges || []).filter((e) => present.has(e.source) && present.has(e.target)))
    .sort((x, y) => y.events - x.events)
    .slice(0, MAX_GRAPH_EDGES);
  // Countries without a partner (only events with no target, or with
  // themselves) are left out of the drawing; the actor filter still finds them.
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  const drawn = nodes.filter((n) => linked.has(n.id));
  const maxNode = Math.max(1, ...drawn.map((n) => n.events));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));

  const datalist = $('actor-list');
  datalist.replaceChildren(...nodes.map((n) => el('option', { value: n.id, label: n.label || n.id })));
  const alone = nodes.length - drawn.length;
  $('graph-note').textContent = alone > 0
    ? `${alone} ${alone === 1 ? 'country' : 'countries'} without a partner in these events not drawn.` : '';

  cy.batch(() => {
    cy.elements().remove();
    // Start on a circle, busiest first, so the force layout is deterministic.
    const ordered = [...drawn].sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1));
    const radius = 40 + 12 * ordered.length;
    cy.add(ordered.map((n, i) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label || n.id, events: n.events, size: 16 + 40 * Math.sqrt(n.events / maxNode) },
      position: {
        x: radius * Math.cos((2 * Math.PI * i) / ordered.length),
        y: radius * Math.sin((2 * Math.PI * i) / ordered.length),
      },
    })));
    cy.add(edges.map((e) => ({
      group: 'edges',
      data: {
        id: `${e.a}|${e.b}`, source: e.a, target: e.b, a: e.a, b: e.b,
        events: e.events, goldstein: e.goldstein, quad: e.quad,
        color: goldsteinColor(e.goldstein), width: 1.5 + 9 * Math.sqrt(e.events / maxEdge),
      },
    })));
  });
  $('graph-empty').hidden = drawn.length > 0;
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: true,
    padding: 20,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 48,
    edgeElasticity: () => 60,
    nodeOverlap: 12,
    gravity: 1.2,
    componentSpacing: 30,
    numIter: 2000,
    nodeDimensionsIncludeLabels: true,
  }).run();
  highlightSelection();
  loads.graph++;
}

function highlightSelection() {
  if (!cy) return;
  cy.elements().removeClass('faded focus neighbour');
  const actor = state.filters.actor;
  if (state.dyad) {
    const { source, target } = state.dyad;
    const [a, b] = source < target ? [source, target] : [target, source];
    const edge = cy.getElementById(`${a}|${b}`);
    const ends = cy.getElementById(a).union(cy.getElementById(b));
    if (edge.nonempty() || ends.nonempty()) {
      cy.elements().addClass('faded');
      edge.union(ends).removeClass('faded').addClass('focus');
    }
  } else if (actor) {
    const country = actor.slice(0, 3);
    const node = cy.getElementById(country);
    if (node.nonempty()) {
      const hood = node.closedNeighborhood();
      cy.elements().addClass('faded');
      hood.removeClass('faded');
      hood.nodes().addClass('neighbour');
      node.addClass('focus');
      node.connectedEdges().addClass('focus');
    }
  }
}

// ---------------------------------------------------------------- timeline

function initTimeline() {
  timeline = echarts.init($('timeline'), null, { renderer: 'canvas' });
  window.addEventListener('resize', () => { timeline.resize(); });
}

// Months from the first to the last period, so that quiet months show as 0.
export function fillMonths(points) {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const months = points.map((p) => p.period).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
  if (months.length !== points.length || months.length === 0) return points;
  const out = [];
  let [y, m] = months[0].split('-').map(Number);
  const [ly, lm] = months[months.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byPeriod.get(period) || { period, events: 0, quad: [0, 0, 0, 0], goldstein_sum: 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

function selectionTitle() {
  if (state.dyad) return `${state.dyad.source} ↔ ${state.dyad.target}`;
  if (state.filters.actor) return `${state.filters.actor} with anyone`;
  return 'All events';
}

async function loadSeries() {
  let series;
  try {
    series = await api('series', 'series', { ...apiFilters(true), granularity: 'month' });
    showError('series', null);
  } catch (error) {
    if (isAbort(error)) return;
    showError('series', error);
    series = { points: [] };
  }
  const points = fillMonths(series.points || []);
  const total = points.reduce((sum, p) => sum + p.events, 0);
  $('timeline-title').textContent = `${selectionTitle()}, by month`;
  $('timeline-total').textContent = `${formatNumber(total)} events`;
  $('table-summary').textContent = `${formatNumber(total)} matching`;
  $('timeline-empty').hidden = total > 0;

  const periods = points.map((p) => p.period);
  const coop = points.map((p) => p.quad[0] + p.quad[1]);
  const conflict = points.map((p) => -(p.quad[2] + p.quad[3]));
  const goldstein = points.map((p) => ({
    value: Math.round(p.goldstein_sum * 10) / 10,
    itemStyle: { color: p.goldstein_sum < 0 ? COLORS.conflict : COLORS.cooperation },
  }));
  const axisLabel = { color: '#5b6b7d', fontSize: 11 };
  const splitLine = { lineStyle: { color: '#edf0f4' } };
  const subtitle = { fontSize: 11, fontWeight: 'normal', color: '#8595a6' };
  timeline.setOption({
    animation: false,
    textStyle: { fontFamily: 'Inter, "Segoe UI", system-ui, sans-serif' },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: '#34495e', fontSize: 12 },
      data: ['Cooperation (quad 1+2)', 'Conflict (quad 3+4)'] },
    title: [
      { text: 'events per month: cooperation up, conflict down', left: 40, top: 24, textStyle: subtitle },
      { text: 'Goldstein sum per month', left: 40, top: '63%', textStyle: subtitle },
    ],
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items) => {
        const p = points[items[0].dataIndex];
        return `<b>${p.period}</b><br>${formatNumber(p.events)} events<br>` +
          `cooperation ${p.quad[0] + p.quad[1]} (verbal ${p.quad[0]}, material ${p.quad[1]})<br>` +
          `conflict ${p.quad[2] + p.quad[3]} (verbal ${p.quad[2]}, material ${p.quad[3]})<br>` +
          `Goldstein sum ${formatGoldstein(p.goldstein_sum)}`;
      },
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [
      { left: 44, right: 16, top: 48, bottom: '40%' },
      { left: 44, right: 16, top: '69%', bottom: periods.length > 24 ? 48 : 26 },
    ],
    xAxis: [
      { type: 'category', data: periods, gridIndex: 0, axisLabel: { show: false }, axisTick: { show: false },
        axisLine: { lineStyle: { color: '#c9d1db' } } },
      { type: 'category', data: periods, gridIndex: 1, axisLabel, axisLine: { lineStyle: { color: '#c9d1db' } } },
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, minInterval: 1, splitLine, axisLabel: { ...axisLabel, formatter: (v) => Math.abs(v) } },
      { type: 'value', gridIndex: 1, splitLine, axisLabel, splitNumber: 3 },
    ],
    dataZoom: periods.length > 24
      ? [{ type: 'inside', xAxisIndex: [0, 1] }, { type: 'slider', xAxisIndex: [0, 1], height: 14, bottom: 4 }]
      : [],
    series: [
      { name: 'Cooperation (quad 1+2)', type: 'bar', stack: 'q', xAxisIndex: 0, yAxisIndex: 0, data: coop,
        itemStyle: { color: COLORS.cooperation, borderRadius: [2, 2, 0, 0] }, barMaxWidth: 26 },
      { name: 'Conflict (quad 3+4)', type: 'bar', stack: 'q', xAxisIndex: 0, yAxisIndex: 0, data: conflict,
        itemStyle: { color: COLORS.conflict, borderRadius: [0, 0, 2, 2] }, barMaxWidth: 26 },
      { name: 'Goldstein sum', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: goldstein, barMaxWidth: 26,
        itemStyle: { color: '#6b7c93' } },
    ],
  }, { notMerge: true });
  loads.series++;
}

// ---------------------------------------------------------------- table

function actorCell(actor) {
  if (!actor) return el('td', { class: 'c-actor none', text: '—' });
  return el('td', { class: 'c-actor' },
    el('div', { class: 'code', text: actor.code }),
    el('div', { class: 'muted small', text: actor.name || '' }));
}

function eventCell(event) {
  const quad = event.quad_class;
  const name = cameoName(event.cameo);
  const tags = el('div', { class: 'tags' },
    el('span', { class: `quad q${quad}`, text: `Q${quad}`, title: QUAD_NAMES[quad - 1] || '' }),
    el('span', { class: 'goldstein', text: formatGoldstein(event.goldstein), title: 'Goldstein score' }),
    event.modality ? el('span', { class: 'tag', text: event.modality }) : null,
    event.background ? el('span', { class: 'tag', text: 'background' }) : null,
    event.negated ? el('span', { class: 'tag', text: 'negated' }) : null);
  return el('td', { class: 'c-event' },
    el('div', {}, el('span', { class: 'cameo', text: event.cameo }), ' ', el('span', { class: 'cameo-name', text: name })),
    tags);
}

function sentenceCell(event) {
  const open = el('a', { href: '#', class: 'doc-link', text: event.doc_id, title: 'show the story' });
  open.addEventListener('click', (e) => { e.preventDefault(); openDocument(event); });
  return el('td', { class: 'c-sentence' },
    el('div', { class: 'sentence' }, highlightSentence(event)),
    el('div', { class: 'provenance' },
      el('span', { text: 'rule ' }), el('code', { class: 'rule', text: event.rule || '' }),
      el('span', { text: ' · story ' }), open));
}

function renderRows(events) {
  const rows = events.map((event) => {
    const tr = el('tr', { 'data-event-id': event.event_id });
    tr.append(
      el('td', { class: 'c-date' }, el('div', { text: event.date || '—' }),
        event.date_precision && event.date_precision !== 'day'
          ? el('div', { class: 'muted small', text: event.date_precision }) : null),
      actorCell(event.source), eventCell(event), actorCell(event.target), sentenceCell(event));
    return tr;
  });
  document.querySelector('#events tbody').replaceChildren(...rows);
  $('table-empty').hidden = events.length > 0;
}

async function loadTable() {
  let page;
  try {
    page = await api('table', 'events', { ...apiFilters(true), limit: PAGE_SIZE, cursor: state.cursor });
    showError('table', null);
  } catch (error) {
    if (isAbort(error)) return;
    showError('table', error);
    page = { events: [], next: null };
  }
  state.next = page.next || null;
  renderRows(page.events || []);
  $('prev').disabled = state.cursorStack.length === 0;
  $('next').disabled = !state.next;
  $('page-label').textContent = `Page ${state.page}`;
  loads.table++;
}

function nextPage() {
  if (!state.next) return;
  state.cursorStack.push(state.cursor);
  state.cursor = state.next;
  state.page++;
  loadTable();
  document.querySelector('.table-card').scrollIntoView({ block: 'nearest' });
}

function prevPage() {
  if (state.cursorStack.length === 0) return;
  state.cursor = state.cursorStack.pop();
  state.page--;
  loadTable();
}

// ---------------------------------------------------------------- story

async function openDocument(event) {
  const dialog = $('doc-dialog');
  $('doc-title').textContent = event.doc_id;
  $('doc-meta').textContent = 'loading…';
  $('doc-text').replaceChildren();
  if (!dialog.open) dialog.showModal();
  try {
    const doc = await api('document', `documents/${encodeURIComponent(event.doc_id)}`, {});
    $('doc-title').textContent = doc.title || doc.id;
    $('doc-meta').replaceChildren(
      [doc.date, doc.source, doc.origin].filter(Boolean).join(' · '),
      doc.url ? ' · ' : '',
      doc.url ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', text: 'original' }) : '');
    // The story with this event's spans (byte offsets into the story text).
    const story = { ...event, sentence_text: doc.text, sentence_span: [0, 0] };
    const text = $('doc-text');
    text.append(highlightSentence(story));
    const first = text.querySelector('mark');
    if (first) text.scrollTop = Math.max(0, first.offsetTop - text.offsetTop - text.clientHeight / 3);
  } catch (error) {
    if (!isAbort(error)) $('doc-meta').textContent = error.message;
  }
}

// ---------------------------------------------------------------- state

function renderSelection() {
  const box = $('selection');
  box.replaceChildren();
  const chip = (label, clear) => {
    const button = el('button', { type: 'button', class: 'chip-x', text: '×', title: 'clear' });
    button.addEventListener('click', clear);
    return el('span', { class: 'chip' }, label, button);
  };
  if (state.dyad) {
    const { source, target } = state.dyad;
    box.append(chip(el('span', { class: 'dyad', text: `${source} ↔ ${target}`,
      title: `${countryName(source)} and ${countryName(target)}, both directions` }), () => clearSelection()));
  }
  if (state.filters.actor) {
    box.append(chip(el('span', { text: `actor ${state.filters.actor}`, title: countryName(state.filters.actor) }),
      () => { state.filters.actor = ''; refresh({ graph: false }); }));
  }
  if (!box.childElementCount) box.append(el('span', { class: 'muted', text: 'No selection: all countries.' }));
}

function writeHash() {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.dyad) { params.set('source', state.dyad.source); params.set('target', state.dyad.target); }
  const hash = params.toString();
  history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const key of FILTER_KEYS) state.filters[key] = params.get(key) || '';
  const source = params.get('source');
  const target = params.get('target');
  state.dyad = source && target ? { source, target } : null;
}

function syncForm() {
  const form = $('filters');
  for (const key of FILTER_KEYS) form.elements[key].value = state.filters[key];
}

// Reloads the panels after a change; `graph: false` keeps the network
// (its filters did not change), only re-highlighting the selection.
function refresh({ graph = true } = {}) {
  state.cursor = '';
  state.cursorStack = [];
  state.next = null;
  state.page = 1;
  syncForm();
  writeHash();
  renderSelection();
  if (graph) loadGraph(); else highlightSelection();
  loadSeries();
  loadTable();
}

function selectActor(code) {
  state.filters.actor = code;
  state.dyad = null;
  refresh({ graph: false });
}

function selectDyad(source, target) {
  state.dyad = { source, target };
  state.filters.actor = '';
  refresh({ graph: false });
}

function clearSelection() {
  if (!state.dyad && !state.filters.actor) return;
  state.dyad = null;
  state.filters.actor = '';
  refresh({ graph: false });
}

function initForm() {
  const form = $('filters');
  const roots = $('filters').elements.root;
  for (let r = 1; r <= 20; r++) {
    const code = String(r).padStart(2, '0');
    const name = cameoName(code);
    roots.append(el('option', { value: code, text: name ? `${code} · ${name}` : code }));
  }
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const key = e.target.name;
    if (!FILTER_KEYS.includes(key)) return;
    let value = e.target.value.trim();
    if (key === 'actor') value = value.toUpperCase();
    if (value === state.filters[key]) return;
    state.filters[key] = value;
    // The graph shows every country under the period / type filters; the
    // actor is a selection inside it.
    refresh({ graph: key !== 'actor' });
  });
  $('reset').addEventListener('click', () => {
    for (const key of FILTER_KEYS) state.filters[key] = '';
    state.dyad = null;
    refresh();
  });
  $('prev').addEventListener('click', prevPage);
  $('next').addEventListener('click', nextPage);
}

async function loadStoreInfo() {
  try {
    const health = await api('health', 'health', {});
    $('store-info').textContent =
      `${formatNumber(health.events)} events stored · ${formatNumber(health.documents)} stories · coder ${health.version}`;
  } catch (error) {
    if (!isAbort(error)) $('store-info').textContent = 'store unavailable';
  }
}

async function loadCameo() {
  try {
    const response = await fetch('vendor/cameo.json');
    if (response.ok) state.cameo = await response.json();
  } catch {
    // Without the table the codes show without names.
  }
}

async function main() {
  setBusy(+1);
  try {
    await loadCameo();
    initForm();
    initGraph();
    initTimeline();
    readHash();
    window.addEventListener('hashchange', () => { readHash(); refresh(); });
    loadStoreInfo();
    refresh();
  } finally {
    setBusy(-1);
  }
}

main();
