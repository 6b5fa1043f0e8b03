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

  // The overlay speaks the site's language and sets its own colours, so
  // that no theme style (a light <pre>, say) can make it unreadable; it can
  // be closed, and the next failed build opens it again.
  var zh = /^zh/i.test(document.documentElement.lang || "");
  var words = zh ? {
    kept: "构建失败：在修正错误之前，显示的是上一次成功构建的网站",
    none: "构建失败：修正错误之后才有网站可以显示",
    close: "关闭", hint: "提示："
  } : {
    kept: "Build failed — the last good site is shown until the errors are fixed",
    none: "Build failed — there is no site to show until the errors are fixed",
    close: "Close", hint: "hint: "
  };
  var overlay;
  function el(tag, css, text) {
    var e = document.createElement(tag);
    e.style.cssText = css;
    if (text) e.textContent = text;
    return e;
  }
  function diagnostic(d) {
    var where = d.file + (d.line ? ":" + d.line + (d.col ? ":" + d.col : "") : "");
    var item = el("li", "margin:0 0 1.25rem;padding:0;list-style:none");
    var head = el("div", "font-weight:bold;color:#ffb4a9");
    // The file:line opens the page the file belongs to, when it has one.
    var place = d.url ? el("a", "color:#ffd8d2;text-decoration:underline;font:inherit", where) : document.createTextNode(where);
    if (d.url) place.href = d.url;
    head.appendChild(place);
    head.appendChild(document.createTextNode(": " + d.severity + ": " + d.message));
    item.appendChild(head);
    if (d.source) item.appendChild(sourceLine(d.source, d.col));
    if (d.hint) item.appendChild(el("div", "color:#9fe0b0", words.hint + d.hint));
    return item;
  }
  // The source line with the character at the column (counted in
  // characters, from 1) marked, as the terminal's caret marks it.
  function sourceLine(source, col) {
    var pre = el("pre", "margin:.4rem 0;padding:.4rem .6rem;background:#26262c;color:#f4f4f5;border:0;border-radius:4px;white-space:pre-wrap;font:inherit");
    var chars = Array.from(source);
    if (!col || col < 1 || col > chars.length + 1) {
      pre.textContent = source;
      return pre;
    }
    pre.appendChild(document.createTextNode(chars.slice(0, col - 1).join("")));
    var at = el("mark", "background:#ffb4a9;color:#141418;border-radius:2px;outline:1px solid #ffb4a9", chars[col - 1] || " ");
    at.className = "skillbook-caret";
    pre.appendChild(at);
    pre.appendChild(document.createTextNode(chars.slice(col).join("")));
    return pre;
  }
  function showOverlay(diags, built) {
    hideOverlay();
    overlay = el("div", "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24," + (built ? ".96" : "1") + ");" +
      "color:#f4f4f5;padding:1.5rem;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace;text-align:left");
    overlay.id = "skillbook-overlay";
    overlay.setAttribute("role", "alert");
    overlay.lang = zh ? "zh-CN" : "en";
    var close = el("button", "float:right;min-width:44px;min-height:44px;padding:0 1rem;background:#f4f4f5;color:#141418;border:0;border-radius:4px;font:inherit;cursor:pointer", words.close);
    close.type = "button";
    close.addEventListener("click", hideOverlay);
    overlay.appendChild(close);
    overlay.appendChild(el("p", "color:#ffb4a9;font-weight:bold;margin:0 0 1rem", built ? words.kept : words.none));
    var list = el("ul", "margin:0;padding:0");
    diags.forEach(function (d) { list.appendChild(diagnostic(d)); });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
    close.focus();
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
