// scamgraph graph page: builds the vis network from the JSON data block. Every string from a
// report reaches the page through textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("scamgraph-data").textContent);
  var summary = data.summary;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function tooltip(info) {
    var box = el("div", null, "tip");
    box.appendChild(el("b", info.name));
    box.appendChild(el("span", info.label + (info.role ? " · " + info.role : "")));
    Object.keys(info.facts).forEach(function (k) { box.appendChild(el("div", k + ": " + info.facts[k])); });
    if (info.evidence.length) {
      var ev = info.evidence[0];
      box.appendChild(el("div", ev.type + " " + ev.other));
      box.appendChild(el("blockquote", "\u201c" + ev.quote + "\u201d"));
      box.appendChild(el("div", ev.report + (ev.reported ? " (" + ev.reported + ")" : "")));
    }
    return box;
  }

  function showDetails(id) {
    var info = data.details[id];
    var panel = document.getElementById("details");
    panel.textContent = "";
    if (!info) { panel.appendChild(el("p", "Click an entity to see its facts and evidence.")); return; }
    panel.appendChild(el("h3", info.name));
    panel.appendChild(el("p", info.label + (info.role ? " · " + info.role : "") + " · " + info.key));
    Object.keys(info.facts).forEach(function (k) { panel.appendChild(el("div", k + ": " + info.facts[k])); });
    if (!info.evidence.length) panel.appendChild(el("p", "No quoted facts."));
    info.evidence.forEach(function (ev) {
      panel.appendChild(el("h4", ev.type + " · " + ev.other + (ev.count ? " (" + ev.count + ")" : "")));
      panel.appendChild(el("blockquote", ev.quote, "quote"));
      var source = el("div", ev.report + (ev.reported ? " · " + ev.reported : ""));
      if (ev.url && /^https?:\/\//.test(ev.url)) {
        var link = el("a", " source");
        link.href = ev.url;
        link.rel = "noopener noreferrer";
        source.appendChild(link);
      }
      panel.appendChild(source);
    });
  }

  document.getElementById("page-title").textContent = summary.title;
  var filterWords = Object.keys(summary.filters).map(function (k) { return k + " " + summary.filters[k]; });
  document.getElementById("summary").textContent = summary.nodes + " entities, " + summary.links + " links" +
    (filterWords.length ? " · " + filterWords.join(" · ") : "") + " · size by " + summary.size_by;
  document.getElementById("note").textContent = summary.note || "";

  data.nodes.forEach(function (n) { n.title = tooltip(data.details[n.id]); });
  data.edges.forEach(function (e, i) { e.id = "e" + i; });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  var names = document.getElementById("names");
  data.nodes.forEach(function (n) { names.appendChild(el("option", n.label)); });
  document.getElementById("search").addEventListener("change", function (event) {
    var wanted = event.target.value.toLowerCase();
    var hit = data.nodes.filter(function (n) { return data.details[n.id].name.toLowerCase() === wanted; })[0] ||
      data.nodes.filter(function (n) { return data.details[n.id].name.toLowerCase().indexOf(wanted) >= 0; })[0];
    if (hit) { network.selectNodes([hit.id]); network.focus(hit.id, { scale: 1.2 }); showDetails(hit.id); }
  });

  var hiddenLabels = {};
  var filters = document.getElementById("filters");
  Object.keys(summary.labels).forEach(function (label) {
    var box = el("label");
    var check = document.createElement("input");
    check.type = "checkbox";
    check.checked = true;
    check.dataset.label = label;
    check.addEventListener("change", function () {
      hiddenLabels[label] = !check.checked;
      nodes.update(data.nodes.filter(function (n) { return n.category === label; })
        .map(function (n) { return { id: n.id, hidden: !check.checked }; }));
    });
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
    item.appendChild(document.createTextNode(label + " (" + summary.legend[label].shape + ")"));
    legend.appendChild(item);
  });

  var physics = data.options.physics.enabled;
  document.getElementById("physics").textContent = "Physics: " + (physics ? "on" : "off");
  document.getElementById("physics").addEventListener("click", function (event) {
    physics = !physics;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, physics: physics }; }));
    network.setOptions({ physics: { enabled: physics } });
    event.target.textContent = "Physics: " + (physics ? "on" : "off");
  });

  network.on("click", function (params) { if (params.nodes.length) showDetails(params.nodes[0]); });
  window.scamgraph = { network: network, nodes: nodes, edges: edges, details: data.details, ready: false };
  network.once("afterDrawing", function () {
    window.scamgraph.ready = true;
    window.scamgraph.readyAt = performance.now();
  });
  network.once("stabilizationIterationsDone", function () { window.scamgraph.stableAt = performance.now(); });
})();
