// Skillbook live reload: injected by `skillbook serve` only, never built.
(function () {
  "use strict";
  window.Skillbook = window.Skillbook || {};
  window.Skillbook.searchAPI = "/api/search";
  var scrollKey = "skillbook-serve-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.addEventListener("load", function () { window.scrollTo(0, +saved); });
  }

  function pagePath() {
    var p = decodeURIComponent(location.pathname).replace(/^\//, "");
    return p === "" || p.slice(-1) === "/" ? p + "index.html" : p;
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  }

  // A stylesheet-only change swaps the stylesheets in place.
  function swapStyles(paths) {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.getAttribute("href"), location.href);
      var p = decodeURIComponent(url.pathname).replace(/^\//, "");
      if (paths.indexOf(p) >= 0) {
        url.searchParams.set("v", Date.now());
        link.href = url.href;
      }
    });
  }

  // The page reloads when it changed or a script or other asset did; the
  // search export and other pages do not concern it.
  function onChange(paths) {
    hideOverlay();
    var shown = paths.filter(function (p) { return !/^search\//.test(p); });
    var css = shown.filter(function (p) { return /\.css$/.test(p); });
    var rest = shown.filter(function (p) { return !/\.css$/.test(p); });
    if (rest.indexOf(pagePath()) >= 0 || rest.some(function (p) { return !/\.html$/.test(p); })) {
      reload();
    } else if (css.length) {
      swapStyles(css);
    }
  }

  var overlay;
  function showOverlay(diags, built) {
    hideOverlay();
    overlay = document.createElement("div");
    overlay.id = "skillbook-overlay";
    overlay.setAttribute("role", "alert");
    // Over the last good site the page shows through a little; over the
    // error page (no site yet) the overlay hides it, as it says the same.
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24," + (built ? ".94" : "1") + ");" +
      "color:#fff;padding:1.5rem;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
    var title = document.createElement("p");
    title.style.cssText = "color:#ff8a80;font-weight:bold;margin:0 0 1rem";
    title.textContent = built ? "Build failed — the last good site is shown until the errors are fixed"
      : "Build failed — there is no site to show until the errors are fixed";
    var text = document.createElement("pre");
    text.style.cssText = "white-space:pre-wrap;margin:0";
    text.textContent = diags.map(function (d) { return d.text; }).join("\n");
    overlay.appendChild(title);
    overlay.appendChild(text);
    document.body.appendChild(overlay);
  }
  function hideOverlay() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  var events = new EventSource("/__skillbook/events");
  events.addEventListener("change", function (e) { onChange(JSON.parse(e.data).paths || []); });
  events.addEventListener("errors", function (e) {
    window.Skillbook.live = "connected";
    var data = JSON.parse(e.data);
    showOverlay(data.diagnostics || [], data.built);
  });
  events.addEventListener("ready", function () {
    window.Skillbook.live = "connected";
    hideOverlay();
  });
})();
