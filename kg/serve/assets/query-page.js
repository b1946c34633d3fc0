// The query page of `kg serve`: YASGUI on this server's endpoint, one tab per canned query.
// Nothing here talks to another site: autocompletion that would fetch prefix.cc or LOV is off,
// and the page's Content-Security-Policy allows connections to this server only.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const endpoint = new URL("/sparql", window.location.href).href;
  const base = data.base;

  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  Yasgui.Yasr.defaults.prefixes = data.prefixes;

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    persistenceId: null, // the canned tabs every time, no state from an earlier visit
    populateFromUrl: false,
    autoAddOnInit: false,
    yasqe: { value: data.newTab, autocompleters: ["variables"] },
    yasr: { prefixes: data.prefixes, defaultPlugin: "table" },
  });

  // one named tab per canned query; the first is shown
  const first = Object.keys(yasgui._tabs);
  data.tabs.forEach((tab, i) => {
    yasgui.addTab(i === 0, {
      name: tab.name,
      yasqe: { value: tab.query },
      requestConfig: { endpoint: endpoint },
    });
  });
  first.forEach((id) => {
    const tab = yasgui.getTab(id);
    if (tab && data.tabs.length) tab.close();
  });

  // entity IRIs in result tables open this server's page about the entity
  function localise(root) {
    root.querySelectorAll("a[href]").forEach((a) => {
      const href = a.getAttribute("href");
      if (href && href.startsWith(base)) {
        a.setAttribute("href", "/resource/" + href.slice(base.length));
        a.removeAttribute("target");
        a.classList.add("kg-entity");
      }
    });
  }
  new MutationObserver(() => localise(document.getElementById("yasgui"))).observe(
    document.getElementById("yasgui"),
    { childList: true, subtree: true },
  );

  // "show as graph": the current tab's query drawn by kg viz's page, in a new tab of the browser
  document.getElementById("kg-show-graph").addEventListener("click", () => {
    const tab = yasgui.getTab();
    const query = tab.getYasqe().getValue();
    const form = document.createElement("form");
    form.method = "POST";
    form.action = "/graph";
    form.target = "_blank";
    const field = document.createElement("input");
    field.type = "hidden";
    field.name = "query";
    field.value = query;
    form.appendChild(field);
    document.body.appendChild(form);
    form.submit();
    form.remove();
  });

  window.kgYasgui = yasgui;
  window.kgReady = true;
})();
