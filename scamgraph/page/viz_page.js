// scamgraph graph page: builds the vis network from the JSON data block and runs the
// investigation moves (expand, path, time, communities, hide, pin, link, picture) on that data
// alone. Every string from a report reaches the page through textContent, never as markup.
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("scamgraph-data").textContent);
  timings.parsed = performance.now();
  var summary = data.summary;
  var state = { context: !!summary.show_context, hidden: {}, expanded: {}, pinned: {}, labelsOff: {},
                date: null, colour: "type", path: [] };
  var meta = {}, adjacency = {}, shownNodes = {}, shownEdges = {};

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function say(text) { document.getElementById("status").textContent = text; }

  function tooltip(info) {
    var box = el("div", null, "tip");
    box.appendChild(el("b", info.name));
    box.appendChild(el("span", info.label + (info.role ? " · " + info.role : "")));
    if (info.chips.length) box.appendChild(el("div", "context: " + info.chips.join(", ")));
    Object.keys(info.facts).forEach(function (k) { box.appendChild(el("div", k + ": " + info.facts[k])); });
    if (info.evidence.length) {
      var ev = info.evidence[0];
      box.appendChild(el("div", ev.type + " " + ev.other));
      box.appendChild(el("blockquote", "\u201c" + ev.quote + "\u201d"));
      box.appendChild(el("div", ev.report + (ev.reported ? " (" + ev.reported + ")" : "")));
    }
    return box;
  }

  function evidence(panel, ev) {
    panel.appendChild(el("blockquote", ev.quote, "quote"));
    var source = el("div", ev.report + (ev.reported ? " · " + ev.reported : ""), "source");
    if (ev.url && /^https?:\/\//.test(ev.url)) {
      var link = el("a", " source");
      link.href = ev.url;
      link.rel = "noopener noreferrer";
      source.appendChild(link);
    }
    panel.appendChild(source);
  }

  function button(text, id, action) {
    var b = el("button", text);
    b.type = "button";
    if (id) b.id = id;
    b.addEventListener("click", action);
    return b;
  }

  function showDetails(id) {
    var info = data.details[id];
    var panel = document.getElementById("details");
    panel.textContent = "";
    if (!info) { panel.appendChild(el("p", "Click an entity to see its facts and evidence.")); return; }
    panel.appendChild(el("h3", info.name));
    panel.appendChild(el("p", info.label + (info.role ? " · " + info.role : "") + " · " + info.key));
    var moves = el("div", null, "moves");
    moves.appendChild(button("Hide", "hide-entity", function () { state.hidden[id] = true; network.unselectAll(); refresh(); showDetails(null); }));
    moves.appendChild(button(state.pinned[id] ? "Unpin" : "Pin", "pin-entity", function () { pin(id, !state.pinned[id]); showDetails(id); }));
    moves.appendChild(button("Show hidden neighbours", "expand-entity", function () { expand(id); }));
    panel.appendChild(moves);
    if (info.chips.length) panel.appendChild(el("p", "Context: " + info.chips.join(", "), "chips"));
    Object.keys(info.facts).forEach(function (k) { panel.appendChild(el("div", k + ": " + info.facts[k])); });
    if (!info.evidence.length) panel.appendChild(el("p", "No quoted facts."));
    info.evidence.forEach(function (ev) {
      panel.appendChild(el("h4", ev.type + " · " + ev.other + (ev.count ? " (" + ev.count + ")" : "")));
      evidence(panel, ev);
    });
    panel.appendChild(el("p", "Ctrl+click a second entity to trace the shortest path.", "hint"));
  }

  // ---- the network -------------------------------------------------------------------------
  data.nodes.forEach(function (n) {
    meta[n.id] = { kind: n.kind, category: n.category, color: n.color, alone: !!n.alone, first: null };
    adjacency[n.id] = [];
    shownNodes[n.id] = !n.hidden;  // as written: the first refresh then changes nothing
  });
  data.edges.forEach(function (e, i) {
    var info = data.links[i];
    e.id = "e" + i;
    e.info = info;
    shownEdges[e.id] = !e.hidden;
    adjacency[e.from].push(i);
    adjacency[e.to].push(i);
    var first = info.dates[0];
    [e.from, e.to].forEach(function (id) { if (first && (!meta[id].first || first < meta[id].first)) meta[id].first = first; });
  });
  // Only what is drawn goes into vis at first (creating vis items is most of the load time on big
  // pages); hidden ones join when first shown, carrying whatever changed meanwhile.
  var nodeById = {}, inNodes = {}, inEdges = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; if (!n.hidden) inNodes[n.id] = true; });
  data.edges.forEach(function (e) { if (!e.hidden) inEdges[e.id] = true; });
  var nodes = new vis.DataSet(data.nodes.filter(function (n) { return inNodes[n.id]; }));
  var edges = new vis.DataSet(data.edges.filter(function (e) { return inEdges[e.id]; }));
  function put(set, present, all, changes) {
    var now = [];
    changes.forEach(function (c) {
      var item = all(c.id);
      Object.keys(c).forEach(function (k) { item[k] = c[k]; });
      if (present[c.id]) now.push(c);
      else if (c.hidden === false) { present[c.id] = true; now.push(item); }
    });
    set.update(now);
  }
  function putNodes(changes) { put(nodes, inNodes, function (id) { return nodeById[id]; }, changes); }
  function putEdges(changes) { put(edges, inEdges, function (id) { return data.edges[Number(id.slice(1))]; }, changes); }
  var container = document.getElementById("graph");
  timings.datasets = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  timings.network = performance.now();

  function linkOn(e) {
    return nodeOn(e.from) && nodeOn(e.to) && (!state.date || !e.info.dates.length || e.info.dates[0] <= state.date);
  }
  function nodeOn(id) {
    var m = meta[id];
    if (state.hidden[id] || state.labelsOff[m.category]) return false;
    if (m.kind === "context" && !state.context) return false;
    if (m.kind === "ring" && !state.expanded[id]) return false;
    return !(state.date && m.first && m.first > state.date);
  }

  // One rule for what is drawn: an entity is shown when every filter lets it through and it keeps
  // a link in the view (or it never had one: those wait in the grid to the right).
  function refresh() {
    var degree = {}, nodeChanges = [], edgeChanges = [];
    data.edges.forEach(function (e) {
      var on = linkOn(e);
      if (on) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; }
      e.on = on;
    });
    data.nodes.forEach(function (n) {
      var on = nodeOn(n.id) && (degree[n.id] > 0 || meta[n.id].alone);
      if (shownNodes[n.id] !== on) nodeChanges.push({ id: n.id, hidden: !on });
      shownNodes[n.id] = on;
    });
    data.edges.forEach(function (e) {
      var on = e.on && shownNodes[e.from] && shownNodes[e.to];
      if (shownEdges[e.id] !== on) edgeChanges.push({ id: e.id, hidden: !on });
      shownEdges[e.id] = on;
    });
    putNodes(nodeChanges);
    putEdges(edgeChanges);
    colour();
    count();
    remember();
  }

  function count() {
    var shown = Object.keys(shownNodes).filter(function (id) { return shownNodes[id]; }).length;
    var links = Object.keys(shownEdges).filter(function (id) { return shownEdges[id]; }).length;
    var hidden = Object.keys(state.hidden).length;
    document.getElementById("summary").textContent = shown + " entities, " + links + " links shown" +
      (filterWords.length ? " · " + filterWords.join(" · ") : "") + " · size by " + summary.size_by;
    document.getElementById("unhide").textContent = "Show hidden (" + hidden + ")";
    document.getElementById("unhide").disabled = hidden === 0;
  }

  window.scamgraph = { network: network, nodes: nodes, edges: edges, details: data.details, data: data, state: state,
                       meta: meta, shown: shownNodes, refresh: refresh, ready: false, timings: timings };
  window.scamgraph.moves = {};
  var filterWords = Object.keys(summary.filters).map(function (k) { return k + " " + summary.filters[k]; });
  document.getElementById("page-title").textContent = summary.title;
  document.getElementById("note").textContent = summary.note || "";
  //=MOVES=
  network.once("afterDrawing", function () {
    window.scamgraph.ready = true;
    window.scamgraph.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  network.once("stabilizationIterationsDone", function () {
    window.scamgraph.stableAt = performance.now();
    document.body.setAttribute("data-stable", "1");
  });
})();
