/* khabar dashboard: map, weekly timeline with brushing, filters, event list and an article view
 * whose evidence spans are linked to the extracted fields.
 *
 * Everything from the API is untrusted text. The DOM is built with createElement, textContent
 * and append (which makes text nodes); no data ever goes through innerHTML or an HTML parser.
 * Offsets in records are Unicode code points, so article text is split with Array.from.
 */
"use strict";

const MAP_LIMIT = 500;
const PAGE = 50;

const state = {
  facets: null,
  world: null,
  colour: null,
  offset: 0,
  article: null,
  pieces: [],
  fields: [],
  pending: 0,
};

/* ---------- small helpers ---------- */

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

function byId(id) {
  return document.getElementById(id);
}

function setPending(delta) {
  state.pending += delta;
  document.body.dataset.pending = String(state.pending);
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  setPending(1);
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
      throw new Error(`${response.status}: ${detail}`);
    }
    showError(null);
    return body;
  } catch (error) {
    showError(error.message);
    throw error;
  } finally {
    setPending(-1);
  }
}

function showError(message) {
  const box = byId("error");
  box.hidden = !message;
  box.textContent = message || "";
}

function filters({ withDates = true } = {}) {
  const value = (id) => byId(id).value.trim();
  const params = {
    q: value("f-q"),
    type: value("f-type"),
    country: value("f-country"),
    language: value("f-language"),
    actor: value("f-actor"),
  };
  if (withDates) {
    params.since = value("f-since");
    params.until = value("f-until");
  }
  return params;
}

/* Calls fn once input has paused for ms; counts as pending meanwhile, so the page is not idle. */
function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    if (timer === null) setPending(1);
    else clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn(...args);
      setPending(-1);
    }, ms);
  };
}

function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function countLabel(counts) {
  return Object.entries(counts || {})
    .map(([what, n]) => `${n.toLocaleString()} ${what}`)
    .join(", ");
}

/* ---------- facets and filters ---------- */

function fillSelect(select, buckets, label) {
  for (const bucket of buckets) {
    select.append(el("option", { value: bucket.key, text: `${label(bucket)} (${bucket.events})` }));
  }
}

async function loadFacets() {
  const facets = await api("facets");
  state.facets = facets;
  const palette = [...d3.schemeTableau10, ...d3.schemeDark2];
  state.colour = d3.scaleOrdinal(facets.all_types, palette).unknown("#888");
  fillSelect(byId("f-type"), facets.types, (b) => b.key);
  fillSelect(byId("f-country"), facets.countries, (b) => `${b.name} · ${b.key}`);
  fillSelect(byId("f-language"), facets.languages, (b) => b.key);
  byId("summary").textContent =
    `${facets.events.toLocaleString()} events in ${facets.articles.toLocaleString()} articles` +
    (facets.first_date ? `, ${facets.first_date} to ${facets.last_date}` : "");
}

/* ---------- map ---------- */

async function loadWorld() {
  const topology = await (await fetch("static/vendor/countries-110m.json")).json();
  state.world = topojson.feature(topology, topology.objects.countries);
}

/* The view: the area around the events (at least MIN_SPAN degrees each way), else the world. */
const MIN_SPAN = [70, 35];

function mapProjection(svg, points) {
  const { width, height } = svg.getBoundingClientRect();
  const extent = [
    [4, 4],
    [width - 4, height - 4],
  ];
  const projection = d3.geoNaturalEarth1();
  if (!points.length) return { projection: projection.fitExtent(extent, { type: "Sphere" }), width, height };
  const [lons, lats] = [points.map((p) => p[0]), points.map((p) => p[1])];
  const middle = [(d3.min(lons) + d3.max(lons)) / 2, (d3.min(lats) + d3.max(lats)) / 2];
  const spread = [d3.max(lons) - d3.min(lons), d3.max(lats) - d3.min(lats)];
  const half = [0, 1].map((i) => Math.max(MIN_SPAN[i], spread[i] * 1.3) / 2);
  const west = Math.max(-180, middle[0] - half[0]);
  const east = Math.min(180, middle[0] + half[0]);
  const south = Math.max(-60, middle[1] - half[1]);
  const north = Math.min(80, middle[1] + half[1]);
  const frame = {
    type: "MultiPoint",
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  return { projection: projection.fitExtent(extent, frame), width, height };
}

/* Where an event goes on the map: its place, else the middle of its country, else nowhere. */
function eventPoint(event) {
  if (event.lat !== null && event.lon !== null) return [event.lon, event.lat];
  const numeric = state.facets.countries.find((c) => c.key === event.country)?.numeric;
  const feature = numeric && state.world.features.find((f) => f.id === numeric);
  return feature ? d3.geoCentroid(feature) : null;
}

/* One circle per point and type: coloured by type, its area proportional to the number of events. */
function mapMarks(events) {
  const placed = events.map((e) => [e, eventPoint(e)]).filter(([, point]) => point);
  const marks = d3
    .rollups(
      placed,
      (group) => {
        const [[first, [lon, lat]]] = group;
        return { type: first.type, lon, lat, events: group.map(([e]) => e) };
      },
      ([e, point]) => `${point},${e.type}`,
    )
    .map(([, mark]) => mark);
  const byPlace = d3.group(marks, (m) => `${m.lon},${m.lat}`);
  for (const group of byPlace.values()) {
    group.forEach((mark, i) => {
      mark.shift = group.length > 1 ? (i * 2 * Math.PI) / group.length : null; // fan out types at one place
    });
  }
  return marks;
}

function markLabel(mark) {
  const first = mark.events[0];
  const where = first.location_name || first.country || "";
  const counts = mark.events
    .map((e) => countLabel(e.counts))
    .filter(Boolean)
    .join("; ");
  return (
    `${mark.type} · ${where} · ${mark.events.length} event${mark.events.length > 1 ? "s" : ""}` +
    (counts ? ` · ${counts}` : "")
  );
}

function drawMap(events, countryBuckets) {
  const svgNode = byId("map");
  const marks = mapMarks(events);
  const { projection, width, height } = mapProjection(
    svgNode,
    marks.map((m) => [m.lon, m.lat]),
  );
  const path = d3.geoPath(projection);
  const svg = d3.select(svgNode).attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  const numericWithEvents = new Set(countryBuckets.map((b) => b.numeric).filter(Boolean));
  svg
    .append("path")
    .attr("class", "sphere")
    .attr("d", path({ type: "Sphere" }));
  svg
    .append("g")
    .selectAll("path")
    .data(state.world.features)
    .join("path")
    .attr("class", (f) => (numericWithEvents.has(f.id) ? "country has-events" : "country"))
    .attr("d", path)
    .append("title")
    .text((f) => f.properties.name);

  const radius = d3
    .scaleSqrt()
    .domain([0, d3.max(marks, (m) => m.events.length) || 1])
    .range([0, 16]);
  const position = (mark) => {
    const [x, y] = projection([mark.lon, mark.lat]);
    if (mark.shift === null) return `translate(${x},${y})`;
    const r = Math.max(6, radius(mark.events.length));
    return `translate(${x + r * Math.cos(mark.shift)},${y + r * Math.sin(mark.shift)})`;
  };
  svg
    .append("g")
    .selectAll("circle")
    .data(marks.sort((a, b) => b.events.length - a.events.length))
    .join("circle")
    .attr("class", "event-dot")
    .attr("transform", position)
    .attr("r", (m) => Math.max(5, radius(m.events.length)))
    .attr("fill", (m) => state.colour(m.type))
    .on("click", (_, m) => openArticle(m.events[0].article_id, `v:${m.events[0].id}`))
    .append("title")
    .text(markLabel);

  const legend = byId("legend");
  legend.replaceChildren();
  for (const type of [...new Set(marks.map((m) => m.type))].sort()) {
    legend.append(
      el("span", {}, el("i", { class: "swatch", style: `background:${state.colour(type)}` }), type),
    );
  }
  legend.append(el("span", { text: "circle area: number of events at the place" }));
}

/* ---------- timeline with brush ---------- */

let timelineScale = null;
let timelineBrush = null;

async function loadTimeline() {
  const data = await api("aggregates", { by: "week", ...filters({ withDates: false }) });
  const svgNode = byId("timeline");
  const { width, height } = svgNode.getBoundingClientRect();
  const margin = { top: 8, right: 10, bottom: 22, left: 34 };
  const svg = d3.select(svgNode).attr("viewBox", `0 0 ${width} ${height}`);
  svg.selectAll("*").remove();
  const weeks = data.buckets.map((b) => ({ start: d3.isoParse(b.key), events: b.events }));
  if (!weeks.length) {
    svg.append("text").attr("x", 10).attr("y", 24).attr("class", "note").text("no dated events");
    timelineScale = null;
    return;
  }
  const first = d3.min(weeks, (w) => w.start);
  const last = d3.timeDay.offset(
    d3.max(weeks, (w) => w.start),
    7,
  );
  const x = d3.scaleUtc().domain([d3.timeDay.offset(first, -7), d3.timeDay.offset(last, 7)]);
  x.range([margin.left, width - margin.right]);
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(weeks, (w) => w.events)])
    .nice();
  y.range([height - margin.bottom, margin.top]);
  svg
    .append("g")
    .selectAll("rect")
    .data(weeks)
    .join("rect")
    .attr("class", "bar")
    .attr("x", (w) => x(w.start) + 1)
    .attr("width", (w) => Math.max(1, x(d3.utcDay.offset(w.start, 7)) - x(w.start) - 2))
    .attr("y", (w) => y(w.events))
    .attr("height", (w) => y(0) - y(w.events))
    .append("title")
    .text((w) => `week of ${w.start.toISOString().slice(0, 10)}: ${w.events} events`);
  svg
    .append("g")
    .attr("class", "axis")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  svg
    .append("g")
    .attr("class", "axis")
    .attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(3).tickFormat(d3.format("d")));

  timelineScale = x;
  timelineBrush = d3
    .brushX()
    .extent([
      [margin.left, margin.top],
      [width - margin.right, height - margin.bottom],
    ])
    .on("end", brushed);
  svg.append("g").attr("class", "brush").call(timelineBrush);
  moveBrushToInputs();
}

function brushed(event) {
  if (!event.sourceEvent) return; // moved by code, not by the user
  if (!event.selection) {
    byId("f-since").value = "";
    byId("f-until").value = "";
  } else {
    const [from, to] = event.selection.map((px) => d3.utcDay.round(timelineScale.invert(px)));
    byId("f-since").value = from.toISOString().slice(0, 10);
    byId("f-until").value = d3.utcDay.offset(to, -1).toISOString().slice(0, 10);
  }
  showPeriod();
  refreshEvents();
}

function showPeriod() {
  const since = byId("f-since").value;
  const until = byId("f-until").value;
  byId("brush-note").textContent =
    since || until
      ? `${since || "start"} to ${until || "end"} (click the timeline to clear)`
      : "drag to select a period";
}

function moveBrushToInputs() {
  showPeriod();
  if (!timelineScale) return;
  const since = byId("f-since").value;
  const until = byId("f-until").value;
  const brushGroup = d3.select("#timeline .brush");
  if (!since && !until) {
    brushGroup.call(timelineBrush.move, null);
    return;
  }
  const [low, high] = timelineScale.domain();
  const from = since ? d3.isoParse(since) : low;
  const to = until ? d3.utcDay.offset(d3.isoParse(until), 1) : high;
  brushGroup.call(timelineBrush.move, [timelineScale(from), timelineScale(to)]);
}

/* ---------- event list ---------- */

function eventItem(event) {
  const actors = [event.source_name || event.source_text?.text, event.target_name || event.target_text?.text]
    .filter(Boolean)
    .join(" → ");
  const where = event.location_name || event.country || "";
  return el(
    "li",
    {
      class: "event",
      tabindex: "0",
      dataset: { article: event.article_id, event: event.id },
      onclick: () => openArticle(event.article_id, `v:${event.id}`),
      onkeydown: (e) => {
        if (e.key === "Enter") openArticle(event.article_id, `v:${event.id}`);
      },
    },
    el(
      "div",
      { class: "line1" },
      el("span", { class: "badge", style: `background:${state.colour(event.type)}`, text: event.type }),
      event.mode ? el("span", { class: "note", text: event.mode }) : null,
      el("span", { class: "when", text: event.date || event.published || "" }),
      event.language ? el("span", { class: "lang", text: event.language }) : null,
    ),
    el("div", { class: "actors", text: [actors, where].filter(Boolean).join(" · ") || "—" }),
    countLabel(event.counts) ? el("div", { class: "note", text: countLabel(event.counts) }) : null,
    el("div", { class: "title", text: event.title || "" }),
  );
}

async function loadList(append) {
  const page = await api("events", { ...filters(), limit: PAGE, offset: state.offset });
  const list = byId("events");
  if (!append) list.replaceChildren();
  for (const event of page.items) list.append(eventItem(event));
  const shown = state.offset + page.items.length;
  byId("list-note").textContent = `${shown} of ${page.total}`;
  byId("more").hidden = shown >= page.total;
}

async function refreshEvents() {
  state.offset = 0;
  const params = filters();
  const [mapPage, countries] = await Promise.all([
    api("events", { ...params, limit: MAP_LIMIT }),
    api("aggregates", { by: "country", ...params }),
    loadList(false),
  ]);
  drawMap(mapPage.items, countries.buckets);
  byId("map-note").textContent =
    mapPage.total > MAP_LIMIT ? `first ${MAP_LIMIT} of ${mapPage.total} events` : `${mapPage.total} events`;
}

async function refreshAll() {
  await Promise.all([loadTimeline(), refreshEvents()]);
}

/* ---------- article view ---------- */

function entityName(article, id) {
  return article.entities.find((e) => e.id === id)?.name ?? null;
}

function articleFields(article) {
  const fields = [];
  const add = (group, key, label, kind, spans, mark) => fields.push({ group, key, label, kind, spans, mark });
  for (const event of article.events) {
    const actors = [
      entityName(article, event.source) || event.source_text?.text,
      entityName(article, event.target) || event.target_text?.text,
    ]
      .filter(Boolean)
      .join(" → ");
    const spans = event.evidence.length ? event.evidence : [{ start: event.start, end: event.end }];
    add(
      "Events",
      `v:${event.id}`,
      `${event.type}${event.mode ? ` (${event.mode})` : ""} ${actors}`,
      [event.date, countLabel(event.counts)].filter(Boolean).join(" · "),
      spans,
      null,
    );
  }
  for (const entity of article.entities) {
    add(
      "Entities",
      `e:${entity.id}`,
      entity.name,
      [entity.type, entity.country].filter(Boolean).join(" "),
      entity.mentions,
      "m-entity",
    );
  }
  for (const [i, d] of article.dates.entries()) add("Dates", `d:${i}`, d.text, d.value, [d], "m-date");
  for (const [i, c] of article.counts.entries()) {
    add(
      "Counts",
      `c:${i}`,
      c.text,
      `${c.what} ${c.approx ? "≈" : ""}${c.value.toLocaleString()}`,
      [c],
      "m-count",
    );
  }
  for (const [i, q] of article.quotes.entries()) {
    const label = q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text;
    add("Quotes", `q:${i}`, label, entityName(article, q.speaker) || "", [q], "m-quote");
  }
  for (const [i, e] of article.embeds.entries()) {
    add("Embedded posts", `p:${i}`, e.platform, [e.author, e.date].filter(Boolean).join(" · "), [e], null);
  }
  return fields;
}

function renderText(text, fields) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const field of fields) {
    for (const span of field.spans) {
      cuts.add(Math.max(0, Math.min(chars.length, span.start)));
      cuts.add(Math.max(0, Math.min(chars.length, span.end)));
    }
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  const container = byId("article-text");
  container.replaceChildren();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const covering = fields.filter((f) => f.spans.some((s) => s.start <= start && end <= s.end));
    const classes = new Set(["piece", ...covering.map((f) => f.mark).filter(Boolean)]);
    const node = el("span", {
      class: [...classes].join(" "),
      dataset: { start: String(start), end: String(end) },
      text: chars.slice(start, end).join(""),
    });
    const clickable = covering.filter((f) => f.mark && f.mark !== "m-quote");
    if (clickable.length) {
      const smallest = clickable.reduce((a, b) => (spanLength(a) <= spanLength(b) ? a : b));
      node.addEventListener("click", () => activate(smallest.key, { scrollField: true }));
    }
    pieces.push({ start, end, node });
    container.append(node);
  }
  return pieces;
}

function spanLength(field) {
  return Math.min(...field.spans.map((s) => s.end - s.start));
}

function renderFields(fields) {
  const aside = byId("article-fields");
  aside.replaceChildren();
  let group = null;
  for (const field of fields) {
    if (field.group !== group) {
      group = field.group;
      aside.append(el("h3", { text: group }));
    }
    field.button = el(
      "button",
      { class: "field", type: "button", dataset: { key: field.key }, onclick: () => activate(field.key) },
      el("span", { text: field.label }),
      field.kind ? el("span", { class: "kind", text: field.kind }) : null,
    );
    aside.append(field.button);
  }
}

function activate(key, { scrollField = false } = {}) {
  for (const piece of state.pieces) piece.node.classList.remove("active");
  for (const field of state.fields) field.button.classList.remove("active");
  const field = state.fields.find((f) => f.key === key);
  if (!field) return;
  field.button.classList.add("active");
  const hit = state.pieces.filter((p) => field.spans.some((s) => s.start <= p.start && p.end <= s.end));
  for (const piece of hit) piece.node.classList.add("active");
  if (hit.length) hit[0].node.scrollIntoView({ block: "center", behavior: "instant" });
  if (scrollField) field.button.scrollIntoView({ block: "nearest", behavior: "instant" });
}

async function openArticle(id, focusKey) {
  const article = await api(`articles/${encodeURIComponent(id)}`);
  state.article = article;
  const section = byId("article");
  section.hidden = false;
  section.dataset.article = article.id;
  byId("article-title").textContent = article.title || "(untitled article)";
  const meta = byId("article-meta");
  meta.replaceChildren([article.published, article.language, article.source].filter(Boolean).join(" · "));
  const href = article.url ? safeHref(article.url) : null;
  if (href)
    meta.append(" · ", el("a", { href, rel: "noopener noreferrer", target: "_blank", text: article.url }));
  state.fields = articleFields(article);
  state.pieces = renderText(article.text, state.fields);
  renderFields(state.fields);
  section.scrollIntoView({ block: "start", behavior: "instant" });
  if (focusKey) activate(focusKey, { scrollField: true });
}

/* ---------- start ---------- */

async function start() {
  setPending(0);
  await Promise.all([loadFacets(), loadWorld()]);
  const form = byId("filters");
  const onChange = () => {
    moveBrushToInputs();
    refreshAll();
  };
  for (const id of ["f-type", "f-country", "f-language", "f-since", "f-until"]) {
    byId(id).addEventListener("change", onChange);
  }
  for (const id of ["f-q", "f-actor"]) byId(id).addEventListener("input", debounce(onChange, 300));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onChange();
  });
  form.addEventListener("reset", debounce(onChange, 0)); // after the form has cleared its fields
  byId("more").addEventListener("click", () => {
    state.offset += PAGE;
    loadList(true);
  });
  byId("article-close").addEventListener("click", () => {
    byId("article").hidden = true;
  });
  await refreshAll();
  document.body.dataset.ready = "true";
}

window.addEventListener("DOMContentLoaded", () => {
  start().catch((error) => showError(error.message));
});
