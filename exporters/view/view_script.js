// Draws the page diplograph --format html writes (exporters/html_exporter.cpp)
// from its JSON data island. Plain JavaScript and SVG, no library, and no
// randomness: the same graph always gets the same picture.
'use strict';
(function () {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('diplograph-data').textContent);

  function svg(name, attributes, parent) {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (parent) parent.appendChild(element);
    return element;
  }

  // A tooltip: SVG's <title>, which every browser shows on hover.
  function tooltip(parent, text) {
    svg('title', {}, parent).textContent = text;
  }

  function html(name, text, parent) {
    const element = document.createElement(name);
    if (text !== undefined) element.textContent = text;
    if (parent) parent.appendChild(element);
    return element;
  }

  // Fruchterman-Reingold from a circle, with a pull to the centre so that
  // separate components stay on screen. Deterministic.
  function layout(count, edges, width, height) {
    const margin = 60;
    const positions = [];
    for (let i = 0; i < count; i++) {
      const angle = (2 * Math.PI * i) / Math.max(count, 1);
      positions.push({x: width / 2 + (width / 2 - margin) * Math.cos(angle),
                      y: height / 2 + (height / 2 - margin) * Math.sin(angle)});
    }
    if (count < 2) {
      for (const p of positions) { p.x = width / 2; p.y = height / 2; }
      return positions;
    }
    // Pull along each linked pair once: six relations between two countries
    // should not glue them together.
    const pairs = [];
    const seen = new Set();
    for (const edge of edges) {
      const from = Math.min(edge.from, edge.to);
      const to = Math.max(edge.from, edge.to);
      if (from === to || seen.has(from + ' ' + to)) continue;
      seen.add(from + ' ' + to);
      pairs.push([from, to]);
    }
    const mass = positions.map(() => 1);
    for (const [from, to] of pairs) { mass[from]++; mass[to]++; }
    const k = 0.5 * Math.sqrt((width * height) / count);
    // O(n^2) per step: fewer steps for big graphs keep the page responsive.
    const iterations = Math.max(10, Math.min(300, Math.floor(2e8 / (count * count))));
    let temperature = width / 8;
    for (let step = 0; step < iterations; step++) {
      const moves = positions.map(() => ({x: 0, y: 0}));
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          const dx = positions[i].x - positions[j].x;
          const dy = positions[i].y - positions[j].y;
          const distance = Math.max(Math.hypot(dx, dy), 0.01);
          // Hubs push harder (as in ForceAtlas2), so that two countries
          // linked to everything do not end up on top of each other.
          const force = ((k * k) / distance) * Math.sqrt(mass[i] * mass[j]);
          moves[i].x += (dx / distance) * force;
          moves[i].y += (dy / distance) * force;
          moves[j].x -= (dx / distance) * force;
          moves[j].y -= (dy / distance) * force;
        }
      }
      for (const [from, to] of pairs) {
        const a = positions[from];
        const b = positions[to];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const distance = Math.max(Math.hypot(dx, dy), 0.01);
        const force = (distance * distance) / k;
        moves[from].x -= (dx / distance) * force;
        moves[from].y -= (dy / distance) * force;
        moves[to].x += (dx / distance) * force;
        moves[to].y += (dy / distance) * force;
      }
      for (let i = 0; i < count; i++) {
        moves[i].x += (width / 2 - positions[i].x) * 0.08;
        moves[i].y += (height / 2 - positions[i].y) * 0.08;
        const length = Math.max(Math.hypot(moves[i].x, moves[i].y), 0.01);
        const step = Math.min(length, temperature);
        // Labels run to the right of their node: leave them room.
        positions[i].x = Math.min(width - 3 * margin, Math.max(margin, positions[i].x + (moves[i].x / length) * step));
        positions[i].y = Math.min(height - margin, Math.max(margin, positions[i].y + (moves[i].y / length) * step));
      }
      temperature = Math.max(temperature * 0.985, 0.5);
    }
    return positions;
  }

  function edgeTooltip(edge) {
    const lines = [data.nodes[edge.from].label + ' ' + edge.predicate + ' ' + data.nodes[edge.to].label];
    if (edge.dates.length) lines.push('dates: ' + edge.dates.join(', '));
    for (const sentence of edge.evidence) lines.push('\u2022 ' + sentence);
    if (!edge.evidence.length) lines.push('(a role: no event sentence)');
    return lines.join('\n');
  }

  function drawGraph() {
    const width = 1200;
    const height = Math.max(600, Math.min(1600, 160 + 28 * data.nodes.length));
    const root = document.getElementById('graph');
    root.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const positions = layout(data.nodes.length, data.edges, width, height);

    // One arrowhead per colour: markers cannot take the stroke of their path.
    const defs = svg('defs', {}, root);
    const markers = new Map();
    for (const edge of data.edges) {
      if (markers.has(edge.colour)) continue;
      const id = 'arrow' + markers.size;
      markers.set(edge.colour, id);
      const marker = svg('marker', {id: id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
                                    markerHeight: 7, orient: 'auto-start-reverse'}, defs);
      svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', fill: edge.colour}, marker);
    }

    // Several relations between one pair fan out as curves of their own.
    const pairs = new Map();
    for (const edge of data.edges) {
      const key = Math.min(edge.from, edge.to) + ' ' + Math.max(edge.from, edge.to);
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(edge);
    }
    const degree = data.nodes.map(() => 0);
    for (const edge of data.edges) { degree[edge.from]++; degree[edge.to]++; }
    const radius = (index) => 7 + Math.min(6, degree[index]);

    const edgeLayer = svg('g', {}, root);
    let drawnEdges = 0;
    for (const group of pairs.values()) {
      group.forEach((edge, index) => {
        const a = positions[edge.from];
        const b = positions[edge.to];
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length = Math.max(Math.hypot(dx, dy), 0.01);
        // Bend relative to a fixed direction (low index to high), so edges
        // of one pair in opposite directions still spread apart.
        const sign = edge.from < edge.to ? 1 : -1;
        const bend = (index - (group.length - 1) / 2) * 28 * sign;
        const mx = (a.x + b.x) / 2 - (dy / length) * bend;
        const my = (a.y + b.y) / 2 + (dx / length) * bend;
        // End at the target's rim so the arrowhead shows.
        const ex = b.x - ((b.x - mx) / Math.max(Math.hypot(b.x - mx, b.y - my), 0.01)) * (radius(edge.to) + 2);
        const ey = b.y - ((b.y - my) / Math.max(Math.hypot(b.x - mx, b.y - my), 0.01)) * (radius(edge.to) + 2);
        const d = 'M ' + a.x.toFixed(1) + ' ' + a.y.toFixed(1) + ' Q ' + mx.toFixed(1) + ' ' + my.toFixed(1) +
                  ' ' + ex.toFixed(1) + ' ' + ey.toFixed(1);
        const element = svg('g', {class: 'edge'}, edgeLayer);
        tooltip(element, edgeTooltip(edge));
        svg('path', {class: 'line' + (edge.role ? ' role' : ''), d: d, stroke: edge.colour,
                     'marker-end': 'url(#' + markers.get(edge.colour) + ')'}, element);
        svg('path', {class: 'hit', d: d}, element);
        const label = svg('text', {x: (0.25 * a.x + 0.5 * mx + 0.25 * b.x).toFixed(1),
                                   y: (0.25 * a.y + 0.5 * my + 0.25 * b.y).toFixed(1),
                                   'text-anchor': 'middle', fill: edge.colour}, element);
        label.textContent = edge.predicate;
        drawnEdges++;
      });
    }

    const nodeLayer = svg('g', {}, root);
    let drawnNodes = 0;
    data.nodes.forEach((node, index) => {
      const p = positions[index];
      const group = svg('g', {class: 'node'}, nodeLayer);
      tooltip(group, node.label + ' (' + node.type + ')' + (node.sameAs ? '\n' + node.sameAs : '') + '\n' + node.id);
      svg('circle', {cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: radius(index), fill: node.colour}, group);
      const label = svg('text', {x: (p.x + radius(index) + 3).toFixed(1), y: (p.y + 4).toFixed(1)}, group);
      label.textContent = node.label;
      drawnNodes++;
    });
    return {nodes: drawnNodes, edges: drawnEdges};
  }

  function eventText(event) {
    return event.date + ': ' + data.nodes[event.agent].label + ' \u2014 ' + event.type + ' \u2192 ' +
           data.nodes[event.target].label + '\n' + event.evidence +
           (event.sourceName ? '\n(' + event.sourceName + ')' : '');
  }

  function drawTimeline() {
    const dated = data.events.filter((event) => event.date !== '');
    const dates = [...new Set(dated.map((event) => event.date))];  // already in date order
    const width = 1200;
    const column = dates.length ? Math.min(160, (width - 80) / dates.length) : 0;
    const perDate = new Map();
    for (const event of dated) perDate.set(event.date, (perDate.get(event.date) || 0) + 1);
    const tallest = Math.max(1, ...perDate.values());
    const height = 70 + 16 * tallest;
    const root = document.getElementById('timeline');
    root.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const baseline = height - 40;
    svg('line', {class: 'axis', x1: 20, y1: baseline, x2: width - 20, y2: baseline}, root);
    const xOf = new Map();
    dates.forEach((date, index) => {
      const x = 40 + column * index + column / 2;
      xOf.set(date, x);
      svg('line', {class: 'axis', x1: x, y1: baseline, x2: x, y2: baseline + 5}, root);
      const label = svg('text', {x: x, y: baseline + 20, 'text-anchor': 'middle'}, root);
      label.textContent = date;
    });
    const stacked = new Map();
    let drawn = 0;
    const body = document.querySelector('#events tbody');
    for (const event of dated) {
      const level = stacked.get(event.date) || 0;
      stacked.set(event.date, level + 1);
      const group = svg('g', {class: 'event'}, root);
      tooltip(group, eventText(event));
      svg('circle', {cx: xOf.get(event.date), cy: baseline - 12 - 16 * level, r: 6, fill: event.colour}, group);
      drawn++;
      const row = html('tr', undefined, body);
      html('td', event.date, row);
      html('td', event.type, row);
      html('td', data.nodes[event.agent].label, row);
      html('td', data.nodes[event.target].label, row);
      html('td', event.evidence, row).className = 'evidence';
    }
    return drawn;
  }

  function drawLegend() {
    const present = new Set(data.nodes.map((node) => node.type));
    const legend = document.getElementById('legend');
    for (const type of data.classes) {
      if (!present.has(type.name)) continue;
      const item = html('li', undefined, legend);
      const swatch = html('span', undefined, item);
      swatch.className = 'swatch';
      swatch.style.background = type.colour;
      html('span', type.name, item);
    }
  }

  drawLegend();
  const drawn = drawGraph();
  const events = drawTimeline();
  const undated = data.events.length - events;
  document.getElementById('summary').textContent =
      drawn.nodes + ' entities, ' + drawn.edges + ' relations, ' + data.events.length + ' events (' + events +
      ' dated, ' + undated + ' undated).';
  // What was drawn, for people (the tab) and for tests (--dump-dom).
  document.title = 'diplograph: ' + drawn.nodes + ' entities, ' + drawn.edges + ' relations, ' + events + ' dated events';
  document.body.setAttribute('data-drawn-nodes', String(drawn.nodes));
  document.body.setAttribute('data-drawn-edges', String(drawn.edges));
  document.body.setAttribute('data-drawn-events', String(events));
})();
