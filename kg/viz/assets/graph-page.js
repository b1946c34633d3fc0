/* kg graph page: builds the vis-network view from the JSON in #kg-data.
 * Every string from the data reaches the DOM through textContent or a property
 * (never innerHTML), so names and sentences from articles cannot inject markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var styles = data.styles;
  var en = data.lang === "en";
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function span(first, last) {
    if (!first) { return ""; }
    return first === last || !last ? first : first + " – " + last;
  }
  function typeName(type) {
    return (styles[type] || styles.Thing).name;
  }
  function tenureMark(tenure) {
    if (tenure === "acting") { return en ? " (acting)" : " (Pj./Plt.)"; }
    if (tenure === "former") { return en ? " (former)" : " (mantan)"; }
    return "";
  }
  function line(parent, label, text) {
    var p = el("div", "kg-line");
    p.appendChild(el("span", "kg-key", label + ": "));
    p.appendChild(el("span", null, text));
    parent.appendChild(p);
  }

  /* The description of a node: `full` (side panel) adds links and every item. */
  function describe(n, full) {
    var box = el("div", full ? "kg-detail" : "kg-tip");
    box.appendChild(el(full ? "h2" : "div", "kg-name", n.label));
    box.appendChild(el("div", "kg-type", typeName(n.type)));
    var few = full ? 99 : 3;
    if (n.aliases && n.aliases.length) { line(box, en ? "Also" : "Alias", n.aliases.slice(0, full ? 99 : 5).join(", ")); }
    if (n.date) { line(box, en ? "Date" : "Tanggal", n.date); }
    (n.roles || []).slice(0, few).forEach(function (r) {
      line(box, en ? "Role" : "Jabatan", r.role + tenureMark(r.tenure) + " — " + r.office + (r.first ? " (" + span(r.first, r.last) + ")" : ""));
    });
    (n.holders || []).slice(0, full ? 99 : 6).forEach(function (h) {
      line(box, en ? "Holder" : "Pejabat", h.name + tenureMark(h.tenure) + (h.first ? " (" + span(h.first, h.last) + ")" : ""));
    });
    line(box, en ? "Connections" : "Hubungan", String(n.degree) + (data.size !== "degree" ? " · " + data.size + " " + n.score : ""));
    if (n.article_count) { line(box, en ? "Articles" : "Artikel", String(n.article_count)); }
    var articles = (n.articles || []).slice(0, few);
    if (articles.length) {
      var list = el("ul", "kg-articles");
      articles.forEach(function (a) {
        var li = el("li");
        var url = full ? safeUrl(a.url) : null;
        if (url) {
          var link = el("a", null, a.title);
          link.href = url;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          li.appendChild(link);
        } else {
          li.appendChild(el("span", null, a.title));
        }
        if (a.date) { li.appendChild(el("span", "kg-date", " " + a.date)); }
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    (n.evidence || []).slice(0, full ? 99 : 2).forEach(function (ev) {
      var q = el("blockquote", "kg-evidence", "“" + ev.text + "”");
      if (ev.article) { q.appendChild(el("cite", null, " — " + ev.article)); }
      box.appendChild(q);
    });
    return box;
  }

  function edgeTitle(e) {
    var from = byId[e.from], to = byId[e.to];
    var text = (from ? from.label : e.from) + " — " + e.label + (en ? "" : " (" + e.relation + ")") + " → " + (to ? to.label : e.to);
    if (e.role) { text += "\n" + e.role + tenureMark(e.tenure) + (e.first ? ", " + span(e.first, e.last) : ""); }
    return el("div", "kg-tip", text);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var s = styles[n.type] || styles.Thing;
    var short = n.label.length > 42 ? n.label.slice(0, 40) + "…" : n.label;
    return {
      id: n.id, label: short, shape: s.shape, value: n.score, title: describe(n, false),
      color: { background: s.color, border: "#333333", highlight: { background: s.color, border: "#000000" } },
      font: { size: n.type === "Article" ? 11 : 14 }
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, label: e.label, title: edgeTitle(e), arrows: "to" };
  }));

  var layout = data.layout;
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    layout: { randomSeed: 7, improvedLayout: layout.improved },
    nodes: { scaling: { min: 10, max: 44, label: { enabled: true, min: 13, max: 24, drawThreshold: 6 } }, borderWidth: 1 },
    edges: {
      color: { color: "#9e9e9e", highlight: "#333333", hover: "#555555" },
      font: { size: 10, color: "#555555", strokeWidth: 2, align: "middle" },
      smooth: layout.smooth ? { type: "continuous" } : false, width: 1, selectionWidth: 2
    },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 90, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: layout.iterations, updateInterval: 25, fit: true },
      timestep: 0.5, minVelocity: 1
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: data.nodes.length > 500, keyboard: false }
  });
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  var status = document.getElementById("kg-status");
  function ready(reason) {
    if (window.kgReady) { return; }
    network.setOptions({ physics: false });
    window.kgReady = true;
    window.kgReadyAt = performance.now();
    document.body.setAttribute("data-ready", reason);
    if (data.focus.length) { focusNode(data.focus[0]); }
  }
  network.once("stabilizationIterationsDone", function () { ready("stabilized"); });
  // physics is bounded in time as well as iterations: a slow machine gets a rougher layout, not a frozen page
  setTimeout(function () { if (!window.kgReady) { network.stopSimulation(); ready("time limit"); } }, layout.timeLimitMs);
  if (!data.nodes.length) {
    container.appendChild(el("p", "kg-empty", en ? "Nothing to show with these options." : "Tidak ada simpul untuk opsi ini."));
    ready("empty");
  }

  var panel = document.getElementById("kg-panel");
  function showPanel(id) {
    var n = byId[id];
    if (!n) { return; }
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    panel.appendChild(describe(n, true));
  }
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showPanel(id);
    window.kgFocused = id;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showPanel(params.nodes[0]); }
  });

  function fold(text) { return String(text).toLowerCase().replace(/\s+/g, " ").trim(); }
  function findNode(query) {
    var q = fold(query);
    if (!q) { return null; }
    var ranked = [null, null, null];
    data.nodes.forEach(function (n) {
      var label = fold(n.label);
      var names = [label].concat((n.aliases || []).map(fold));
      if (!ranked[0] && names.indexOf(q) >= 0) { ranked[0] = n.id; }
      if (!ranked[1] && label.indexOf(q) === 0) { ranked[1] = n.id; }
      if (!ranked[2] && names.some(function (x) { return x.indexOf(q) >= 0; })) { ranked[2] = n.id; }
    });
    return ranked[0] || ranked[1] || ranked[2];
  }
  var search = document.getElementById("kg-search");
  var names = document.getElementById("kg-names");
  data.nodes.forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });
  function doSearch() {
    var id = findNode(search.value);
    if (id) {
      focusNode(id);
      status.textContent = "";
    } else if (search.value.trim()) {
      status.textContent = en ? "not on this page" : "tidak ada di halaman ini";
    }
    return id;
  }
  search.addEventListener("change", doSearch);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { doSearch(); } });
})();
