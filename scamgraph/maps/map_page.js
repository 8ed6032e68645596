// The map page's own script: the details panel, zoom and pan. Every string from a report is
// placed with textContent, never parsed as markup.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const svg = document.getElementById("map");
  const details = document.getElementById("details");

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function people(n) {
    return n ? n.toLocaleString("en") + " people, as reported" : "count not reported";
  }

  function factList(facts) {
    const list = el("div");
    for (const f of facts) {
      const head = f.type + ": " + f.from + " \u2192 " + f.to + (f.count ? " (" + f.count + ")" : "");
      list.appendChild(el("div", head, "fact"));
      if (f.quote) list.appendChild(el("blockquote", "\u201c" + f.quote + "\u201d"));
      list.appendChild(el("div", (f.report || "") + (f.reported ? ", " + f.reported : ""), "source"));
    }
    return list;
  }

  function where(c) {
    const via = c.coord_via ? ", via " + c.coord_via : "";
    return c.lat.toFixed(3) + ", " + c.lon.toFixed(3) + " (" + c.coord_precision + ", from the " + c.coord_source + via + ")";
  }

  function showPoint(key) {
    const p = data.points[key];
    details.replaceChildren(el("h3", p.name), el("div", p.label + (p.kind ? " (" + p.kind + ")" : "")),
                            el("div", where(p.coordinate)));
    if (p.people) details.appendChild(el("div", people(p.people)));
    details.appendChild(factList(p.facts));
    for (const e of p.events) {
      details.appendChild(el("h4", e.name + (e.date ? " (" + e.date + ")" : "")));
      details.appendChild(factList(e.facts));
    }
  }

  function showFlow(key) {
    const f = data.flows[key];
    details.replaceChildren(el("h3", f.name + " \u2192 " + f.to_name),
                            el("div", people(f.people) + (f.people ? " (largest single count on this line)" : "")),
                            factList(f.facts));
  }

  function choose(target) {
    for (const old of svg.querySelectorAll(".chosen")) old.classList.remove("chosen");
    target.classList.add("chosen");
    const key = target.getAttribute("data-key");
    if (target.classList.contains("flow")) showFlow(key); else showPoint(key);
  }

  // zoom with the wheel, pan by dragging; a drag is not a click
  const box = svg.viewBox.baseVal;
  let drag = null;
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const r = svg.getBoundingClientRect();
    const k = event.deltaY > 0 ? 1.2 : 1 / 1.2;
    const fx = (event.clientX - r.left) / r.width, fy = (event.clientY - r.top) / r.height;
    const w = box.width * k, h = box.height * k;
    box.x += (box.width - w) * fx; box.y += (box.height - h) * fy; box.width = w; box.height = h;
  }, {passive: false});
  svg.addEventListener("mousedown", (event) => { drag = {x: event.clientX, y: event.clientY, moved: false}; });
  svg.addEventListener("mousemove", (event) => {
    if (!drag) return;
    const r = svg.getBoundingClientRect(), s = Math.max(box.width / r.width, box.height / r.height);
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    box.x -= dx * s; box.y -= dy * s; drag.x = event.clientX; drag.y = event.clientY;
  });
  window.addEventListener("mouseup", () => { setTimeout(() => { drag = null; }, 0); });
  svg.addEventListener("click", (event) => {
    if (drag && drag.moved) return;
    const target = event.target.closest(".point, .flow");
    if (target) choose(target);
  });

  const filters = Object.entries(data.filters).map(([k, v]) => k + " " + v).join(", ");
  if (filters) document.getElementById("filters").textContent = filters;
  window.scamgraphMap = {data: data, show: (key) => choose(svg.querySelector('[data-key="' + CSS.escape(key) + '"]')),
                         ready: true};
})();
