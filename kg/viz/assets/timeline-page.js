/* kg timeline page: events and office holders on a vis-timeline, from the JSON in #kg-data.
 * Item and group contents and tooltips are DOM elements filled with textContent
 * (vis-timeline would pass plain strings through innerHTML). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function line(parent, label, text) {
    var p = el("div", "kg-line");
    p.appendChild(el("span", "kg-key", label + ": "));
    p.appendChild(el("span", null, text));
    parent.appendChild(p);
  }
  function span(first, last) { return first === last ? first : first + " – " + last; }
  var acting = { acting: " (Pj./Plt.)", former: " (mantan)" };

  var records = {};
  function describeEvent(e, full) {
    var box = el("div", full ? "kg-detail" : "kg-tip");
    box.appendChild(el(full ? "h2" : "div", "kg-name", e.label));
    box.appendChild(el("div", "kg-type", "kegiatan / event"));
    line(box, "Tanggal", e.start);
    if (e.place) { line(box, "Tempat", e.place); }
    line(box, "Peserta / participants", String(e.participants));
    return box;
  }
  function describeHolder(h, full) {
    var box = el("div", full ? "kg-detail" : "kg-tip");
    box.appendChild(el(full ? "h2" : "div", "kg-name", h.name));
    box.appendChild(el("div", "kg-type", h.role + (acting[h.tenure] || "")));
    line(box, "Jabatan / office", groupLabels[h.group] || "");
    line(box, "Tercatat / attested", span(h.first, h.last) + " (" + h.attested + "×)");
    return box;
  }

  var groupLabels = {};
  var groups = [{ id: "events", content: el("span", "kg-group", "Kegiatan / Events"), order: 0 }];
  data.groups.forEach(function (g, i) {
    groupLabels[g.id] = g.label;
    groups.push({ id: g.id, content: el("span", "kg-group", g.label), order: i + 1 });
  });
  var items = [];
  data.events.forEach(function (e) {
    records[e.id] = { kind: "event", value: e };
    // many events are drawn as bare dots (names would stack into hundreds of rows); hover, click or search names them
    items.push({ id: e.id, group: "events", start: e.start, type: "point", className: "event",
                 content: el("span", null, data.eventLabels ? e.label : ""), title: describeEvent(e, false) });
  });
  data.items.forEach(function (h) {
    records[h.id] = { kind: "holder", value: h };
    items.push({ id: h.id, group: h.group, start: h.start, end: h.end, type: "range", className: h.tenure,
                 content: el("span", null, h.name + (acting[h.tenure] || "")), title: describeHolder(h, false) });
  });

  var container = document.getElementById("kg-timeline");
  var timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
    groupOrder: "order", stack: true, orientation: { axis: "top", item: "top" }, zoomKey: "ctrlKey",
    tooltip: { followMouse: true, overflowMethod: "cap" }, margin: { item: 4 }, selectable: true,
    showCurrentTime: false, start: data.window.start, end: data.window.end,
    maxHeight: container.clientHeight, verticalScroll: true
  });
  window.kgTimeline = timeline;

  var panel = document.getElementById("kg-panel");
  function showPanel(id) {
    var record = records[id];
    if (!record) { return; }
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    panel.appendChild(record.kind === "event" ? describeEvent(record.value, true) : describeHolder(record.value, true));
  }
  timeline.on("select", function (props) { if (props.items.length) { showPanel(props.items[0]); } });

  var names = document.getElementById("kg-names");
  var seen = {};
  Object.keys(records).forEach(function (id) {
    var r = records[id].value;
    var name = records[id].kind === "event" ? r.label : r.name;
    if (!seen[name]) {
      seen[name] = id;
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    }
  });
  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  function doSearch() {
    var q = search.value.toLowerCase().trim();
    if (!q) { return null; }
    var id = null;
    Object.keys(records).some(function (key) {
      var r = records[key].value;
      var name = (records[key].kind === "event" ? r.label : r.name).toLowerCase();
      if (name.indexOf(q) >= 0) { id = key; return true; }
      return false;
    });
    if (id) {
      timeline.setSelection([id], { focus: true, animation: false });
      showPanel(id);
      status.textContent = "";
    } else {
      status.textContent = "tidak ada / not found";
    }
    window.kgFocused = id;
    return id;
  }
  search.addEventListener("change", doSearch);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { doSearch(); } });

  if (!items.length) { container.appendChild(el("p", "kg-empty", "Tidak ada kegiatan atau jabatan bertanggal. Nothing dated to show.")); }
  window.kgReady = true;
  window.kgReadyAt = performance.now();
  document.body.setAttribute("data-ready", "drawn");
})();
