  // Investigation moves; this text sits inside the closure of viz_page.js (at its //=MOVES= line).
  var moves = window.scamgraph.moves;

  // ---- expand: reveal the hidden neighbours the page carries -------------------------------
  function expand(id) {
    var added = [];
    adjacency[id].forEach(function (i) {
      var e = data.edges[i], other = e.from === id ? e.to : e.from;
      if (meta[other].kind === "ring" && !state.expanded[other] && added.indexOf(other) < 0) added.push(other);
    });
    added.forEach(function (m) { state.expanded[m] = true; });
    refresh();
    var name = data.details[id].name;
    say(added.length ? "+" + added.length + " neighbours of " + name
                     : "No more hidden neighbours of " + name + " within " + summary.expand_hops + " links of the view.");
    return added;
  }
  network.on("doubleClick", function (params) { if (params.nodes.length) expand(params.nodes[0]); });
  moves.expand = expand;

  // ---- shortest path between two selected entities, over the links shown ----------------------
  function shortestPath(a, b) {
    var previous = {}, queue = [a];
    previous[a] = null;
    while (queue.length) {
      var id = queue.shift();
      if (id === b) break;
      adjacency[id].forEach(function (i) {
        var e = data.edges[i], other = e.from === id ? e.to : e.from;
        if (shownEdges[e.id] && !(other in previous)) { previous[other] = { node: id, edge: i }; queue.push(other); }
      });
    }
    if (!(b in previous)) return null;
    var hops = [];
    for (var at = b; previous[at]; at = previous[at].node) hops.unshift({ from: previous[at].node, to: at, edge: previous[at].edge });
    return hops;
  }

  function markPath(hops) {
    var changes = state.path.map(function (i) { return { id: "e" + i, color: "#9a9a9a", width: data.edges[i].plainWidth }; });
    state.path = (hops || []).map(function (h) { return h.edge; });
    state.path.forEach(function (i) {
      if (data.edges[i].plainWidth === undefined) data.edges[i].plainWidth = data.edges[i].width || 1;
      changes.push({ id: "e" + i, color: "#e6550d", width: 5 });
    });
    putEdges(changes);
  }

  function showPath(a, b) {
    var hops = shortestPath(a, b);
    markPath(hops);
    var panel = document.getElementById("details");
    panel.textContent = "";
    panel.appendChild(el("h3", "Path: " + data.details[a].name + " \u2192 " + data.details[b].name));
    if (!hops) { panel.appendChild(el("p", "No path between them among the links shown.", "no-path")); return null; }
    panel.appendChild(el("p", hops.length + " link" + (hops.length > 1 ? "s" : "") + ", each with its evidence:"));
    hops.forEach(function (h) {
      var info = data.links[h.edge];
      var hop = el("div", null, "hop");
      hop.appendChild(el("h4", data.details[h.from].name + " \u2014" + info.type + "\u2014 " + data.details[h.to].name +
                               " (" + info.facts + " fact" + (info.facts > 1 ? "s" : "") + ")"));
      info.evidence.forEach(function (ev) { evidence(hop, ev); });
      panel.appendChild(hop);
    });
    return hops;
  }
  moves.path = showPath;

  function showLink(id) {
    var info = data.edges[Number(id.slice(1))].info;
    var panel = document.getElementById("details");
    panel.textContent = "";
    panel.appendChild(el("h3", data.details[info.from].name + " \u2014" + info.type + "\u2014 " + data.details[info.to].name));
    panel.appendChild(el("p", info.facts + " fact" + (info.facts > 1 ? "s" : "") + (info.dates.length ? ", reported " + info.dates[0] +
      (info.dates.length > 1 ? " to " + info.dates[info.dates.length - 1] : "") : "")));
    info.evidence.forEach(function (ev) { evidence(panel, ev); });
  }

  function selected(params) {
    var chosen = network.getSelectedNodes();
    if (chosen.length === 2) showPath(chosen[0], chosen[1]);
    else if (!chosen.length && params && params.edges && params.edges.length) { markPath(null); showLink(params.edges[0]); }
    else { markPath(null); showDetails(chosen.length ? chosen[chosen.length - 1] : null); }
    remember();
  }
  network.on("click", selected);

  // ---- time: the graph as known on a reported date --------------------------------------------
  var slider = document.getElementById("time");
  slider.max = String(data.dates.length);
  slider.value = String(data.dates.length);
  slider.disabled = data.dates.length === 0;
  function setDate(index) {
    state.date = index < data.dates.length ? data.dates[index] : null;
    slider.value = String(index);
    document.getElementById("time-label").textContent = state.date ? "as known on " + state.date : "all dates";
    refresh();
  }
  slider.addEventListener("input", function () { setDate(Number(slider.value)); });
  moves.setDate = setDate;

  // ---- colour by community --------------------------------------------------------------------
  var painted = "type";
  function colour() {
    if (state.colour === painted) return;
    painted = state.colour;
    var last = data.palette.length - 1;
    putNodes(data.nodes.map(function (n) {
      var group = data.communities[n.id];
      var c = state.colour === "community" && group !== undefined ? data.palette[Math.min(group, last)] : meta[n.id].color;
      return { id: n.id, color: c };
    }));
    document.getElementById("colour").textContent = "Colour: " + (state.colour === "community" ? "community" : "label");
    document.getElementById("legend").style.opacity = state.colour === "community" ? "0.35" : "1";  // no reflow
  }
  document.getElementById("colour").addEventListener("click", function () {
    state.colour = state.colour === "community" ? "type" : "community";
    refresh();
  });

  // ---- hide, pin, context ---------------------------------------------------------------------
  function pin(id, on) {
    if (on) state.pinned[id] = true; else delete state.pinned[id];
    putNodes([{ id: id, fixed: { x: on, y: on }, borderWidth: on ? 4 : 1 }]);
    remember();
  }
  moves.pin = pin;
  document.getElementById("unhide").addEventListener("click", function () { state.hidden = {}; refresh(); });
  var contextBox = document.getElementById("context");
  contextBox.checked = state.context;
  contextBox.addEventListener("change", function () { state.context = contextBox.checked; refresh(); });

  // ---- the view in the address: #sel=...&hide=...&open=...&pin=...&ctx=1&date=...&colour=... --
  function keys(set) { return Object.keys(set).map(encodeURIComponent).join(","); }
  var restored = false;
  function remember() {
    if (!restored) return;
    var parts = [["sel", network.getSelectedNodes().map(encodeURIComponent).join(",")], ["hide", keys(state.hidden)],
                 ["open", keys(state.expanded)], ["pin", keys(state.pinned)], ["ctx", state.context ? "1" : ""],
                 ["date", state.date || ""], ["colour", state.colour === "community" ? "community" : ""]];
    var hash = parts.filter(function (p) { return p[1]; }).map(function (p) { return p[0] + "=" + p[1]; }).join("&");
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }
  function restore() {
    var found = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at > 0) found[part.slice(0, at)] = part.slice(at + 1).split(",").filter(Boolean).map(decodeURIComponent);
    });
    var known = function (id) { return id in meta; };
    (found.hide || []).filter(known).forEach(function (id) { state.hidden[id] = true; });
    (found.open || []).filter(known).forEach(function (id) { state.expanded[id] = true; });
    state.context = found.ctx ? true : state.context;
    contextBox.checked = state.context;
    if (found.colour) state.colour = "community";
    var index = found.date ? data.dates.indexOf(found.date[0]) : -1;
    setDate(index >= 0 ? index : data.dates.length);
    (found.pin || []).filter(known).forEach(function (id) { pin(id, true); });
    var sel = (found.sel || []).filter(function (id) { return known(id) && shownNodes[id]; });
    restored = true;
    if (sel.length) { network.selectNodes(sel); selected(); }
  }

  // ---- picture --------------------------------------------------------------------------------
  function savePicture() {
    var canvas = container.querySelector("canvas");
    var link = document.createElement("a");
    link.href = canvas.toDataURL("image/png");
    link.download = "scamgraph.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  document.getElementById("png").addEventListener("click", savePicture);
  network.on("beforeDrawing", function (ctx) {  // white, not transparent, in the saved picture
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });

  // ---- context chips above their entities, while context is not drawn as nodes ---------------
  var chipped = data.nodes.filter(function (n) { return data.details[n.id].chips.length; });
  network.on("afterDrawing", function (ctx) {
    if (state.context) return;
    var scale = network.getScale();
    var ids = chipped.filter(function (n) { return shownNodes[n.id]; }).map(function (n) { return n.id; });
    var at = network.getPositions(ids);
    ids.forEach(function (id) {
      var n = nodes.get(id), size = n.font.size * 0.75;
      if (size * scale < 8) return;
      var chips = data.details[id].chips, text = chips.slice(0, 2).join(" \u00b7 ") + (chips.length > 2 ? " +" + (chips.length - 2) : "");
      ctx.font = size + "px arial";
      var w = ctx.measureText(text).width + size * 0.6, h = size * 1.4, x = at[id].x + n.size + 3, y = at[id].y - h / 2;
      ctx.fillStyle = "#fff8dc";
      ctx.strokeStyle = "#b8a878";
      ctx.lineWidth = 1 / scale;
      ctx.fillRect(x, y, w, h);
      ctx.strokeRect(x, y, w, h);
      ctx.fillStyle = "#5a4a1a";
      ctx.textBaseline = "middle";
      ctx.textAlign = "left";
      ctx.fillText(text, x + size * 0.3, y + h / 2);
    });
  });

  // ---- hover: a link's type and count; an entity's tooltip, built when first wanted -----------
  network.on("hoverEdge", function (params) {
    var info = data.edges[Number(params.edge.slice(1))].info;
    var known = state.date ? info.dates.filter(function (d) { return d <= state.date; }).length : info.facts;
    var px = 13 / network.getScale();  // 13 px on screen at any zoom
    edges.update({ id: params.edge, label: info.type + " \u00d7" + (known || info.facts), font: { size: px } });
  });
  network.on("blurEdge", function (params) { edges.update({ id: params.edge, label: " " }); });
  network.on("hoverNode", function (params) {
    var n = nodes.get(params.node);
    if (!n.title) nodes.update({ id: params.node, title: tooltip(data.details[params.node]) });
  });

  // ---- arrowheads on big pages only once zoomed in (see ARROWS_UP_TO in viz.py) ---------------
  var arrows = !summary.arrows_from_zoom;
  network.on("zoom", function () {
    var want = !summary.arrows_from_zoom || network.getScale() >= summary.arrows_from_zoom;
    if (want !== arrows) { arrows = want; network.setOptions({ edges: { arrows: { to: { enabled: want } } } }); }
  });

  // ---- search, label filters, legend, physics -------------------------------------------------
  var names = document.getElementById("names");
  data.nodes.forEach(function (n) { if (n.kind === "core") names.appendChild(el("option", data.details[n.id].name)); });
  document.getElementById("search").addEventListener("change", function (event) {
    var wanted = event.target.value.toLowerCase();
    var all = data.nodes.filter(function (n) { return n.kind !== "context" || state.context; });
    var hit = all.filter(function (n) { return data.details[n.id].name.toLowerCase() === wanted; })[0] ||
      all.filter(function (n) { return data.details[n.id].name.toLowerCase().indexOf(wanted) >= 0; })[0];
    if (!hit) { say("No entity named " + event.target.value + " on this page."); return; }
    if (meta[hit.id].kind === "ring") { state.expanded[hit.id] = true; refresh(); }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2 });
    showDetails(hit.id);
    remember();
  });

  var filters = document.getElementById("filters");
  Object.keys(summary.labels).forEach(function (label) {
    var box = el("label");
    var check = document.createElement("input");
    check.type = "checkbox";
    check.checked = true;
    check.dataset.label = label;
    check.addEventListener("change", function () { state.labelsOff[label] = !check.checked; refresh(); });
    box.appendChild(check);
    box.appendChild(document.createTextNode(label + " (" + summary.labels[label] + ")"));
    filters.appendChild(box);
  });

  var legend = document.getElementById("legend");
  Object.keys(summary.legend).forEach(function (label) {
    var item = el("span");
    var swatch = el("i");
    swatch.style.background = summary.legend[label].color;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(label));
    legend.appendChild(item);
  });

  var physics = data.options.physics.enabled;
  document.getElementById("physics").textContent = "Physics: " + (physics ? "on" : "off");
  document.getElementById("physics").addEventListener("click", function (event) {
    physics = !physics;
    putNodes(data.nodes.map(function (n) { return { id: n.id, physics: physics && !state.pinned[n.id] }; }));
    network.setOptions({ physics: { enabled: physics } });
    event.target.textContent = "Physics: " + (physics ? "on" : "off");
  });

  document.getElementById("context-count").textContent = "context as nodes (" + summary.context + ")";
  document.getElementById("budget").textContent = summary.ring
    ? "double-click: " + summary.ring + " hidden entities within " + summary.expand_hops + " links (at most " + summary.expand_budget + ")"
    : "";
  refresh();
  network.once("afterDrawing", function () { restore(); });
