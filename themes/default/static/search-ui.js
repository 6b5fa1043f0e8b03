// Skillbook search interface: the box in every page header (press / to
// focus it; results as you type, arrow keys to choose, Enter to open) and
// the results page search/?q=… with filters. Waits while an input method
// composes Chinese text.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var href = SB.href;

  // ---- the engine, loaded when first needed ------------------------------
  // search.js is most of search's code; a page loads it only when the
  // search box gets focus or a search is asked for, so that pages stay
  // light (issue 19). Until then Skillbook.search and Skillbook.ask load
  // it and hand the query on.
  var engine;
  function loadEngine() {
    engine = engine || new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL("assets/search.js", SB.root).href;
      s.onload = function () { SB.search !== stubs.search ? resolve() : reject(new Error(s.src + " did not start")); };
      s.onerror = function () { engine = null; reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    });
    return engine;
  }
  var stubs = {
    search: function (q, o) { return loadEngine().then(function () { return SB.search(q, o); }); },
    ask: function (q, o) { return loadEngine().then(function () { return SB.ask(q, o); }); }
  };
  if (!SB.search) {
    SB.search = stubs.search;
    SB.ask = stubs.ask;
  }

  function debounce(fn, ms) {
    var t;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  // ---- the header box --------------------------------------------------
  function headerBox() {
    var input = document.getElementById("site-search-q"), list = document.getElementById("site-search-list");
    if (!input || !list) return;
    var composing = false, active = -1, items = [], seq = 0;
    // A touch screen has no / key to press: the placeholder is the label alone.
    if (window.matchMedia && matchMedia("(hover: none) and (pointer: coarse)").matches) input.placeholder = input.labels[0].textContent;
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; }
    function choose(i) {
      var opts = list.querySelectorAll("[role=option]:not([aria-disabled])");
      if (!opts.length) return;
      active = (i + opts.length) % opts.length;
      opts.forEach(function (o, j) { o.setAttribute("aria-selected", j === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", opts[active].id);
      opts[active].scrollIntoView({ block: "nearest" }); // the list scrolls: the option chosen is the one seen
    }
    var run = debounce(function () {
      var q = input.value.trim(), mine = ++seq;
      if (!q) { close(); return; }
      SB.ask(q, { limit: 8, suggest: false }).then(function (answer) {
        if (mine !== seq) return;
        var hits = answer.results;
        items = hits;
        list.textContent = "";
        if (answer.instead) list.appendChild(insteadNote(q, answer.instead));
        hits.forEach(function (h, i) {
          var li = document.createElement("li"), a = optionLink("site-search-opt-" + i, href(h.url));
          li.setAttribute("role", "none");
          var t = document.createElement("strong");
          t.textContent = h.title;
          var s = document.createElement("span");
          s.innerHTML = h.snippet; // escaped by the index, only <mark> added
          a.appendChild(kindBadge(h));
          a.appendChild(t);
          if (h.courseTitle) a.appendChild(courseLine(h));
          a.appendChild(s);
          li.appendChild(a);
          list.appendChild(li);
        });
        list.appendChild(allResults(q, hits.length));
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
      }, close);
    }, 120);
    input.addEventListener("focus", function () { loadEngine().catch(function () {}); });
    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; run(); });
    input.addEventListener("input", function (e) { if (!composing && !e.isComposing) run(); });
    input.addEventListener("keydown", function (e) {
      if (e.isComposing || composing) return;
      if (e.key === "ArrowDown") { e.preventDefault(); choose(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); choose(active - 1); }
      else if (e.key === "Escape" && !list.hidden) { e.preventDefault(); close(); } // the list goes, the query stays (a second Escape clears it)
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
    // Enter opens the chosen result, or else the results page.
    input.form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (active >= 0 && items[active] && !list.hidden) location.href = href(items[active].url);
      else location.href = resultsURL(input.value);
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target.tagName;
      if (e.key === "/" && t !== "INPUT" && t !== "TEXTAREA" && t !== "SELECT" && !e.target.isContentEditable) {
        e.preventDefault();
        var icon = document.querySelector(".search-icon");
        if (!input.offsetParent && icon) icon.click(); // a narrow screen: the box is behind the icon
        else input.focus();
      }
    });
  }

  // insteadNote says, atop the list, which query was searched in place of
  // the one typed, a pinyin slip, as the results page does (an option that
  // cannot be chosen, so that a screen reader reads it with the list).
  function insteadNote(typed, instead) {
    var li = document.createElement("li");
    li.id = "site-search-instead";
    li.className = "search-note";
    li.setAttribute("role", "option");
    li.setAttribute("aria-disabled", "true");
    li.textContent = insteadText((SB.labels || {}).search_instead || "%s %s", typed, instead);
    return li;
  }
  // insteadText fills the label's two %s: the query typed, the one searched.
  function insteadText(label, typed, instead) { return label.replace("%s", typed).replace("%s", instead); }
  // resultsURL is the results page of q (from disk, search/index.html).
  function resultsURL(q) { return href("search/") + "?q=" + encodeURIComponent(q.trim()); }
  // allResults is the list's last option: the results page of q, where
  // more results, or the nearest pages when there are none, are shown.
  function allResults(q, found) {
    var li = document.createElement("li"), a = optionLink("site-search-opt-all", resultsURL(q)), labels = SB.labels || {};
    li.className = "search-all";
    li.setAttribute("role", "none");
    a.textContent = (found ? labels.search_all : labels.search_none_box) || "";
    li.appendChild(a);
    return li;
  }

  // optionLink is an option of the header box's list: the link itself, its
  // list item only a wrapper (role none), so that no control sits inside an
  // option (axe's nested-interactive). Focus stays in the box.
  function optionLink(id, url) {
    var a = document.createElement("a");
    a.id = id;
    a.href = url;
    a.tabIndex = -1;
    a.setAttribute("role", "option");
    a.setAttribute("aria-selected", "false");
    return a;
  }

  // ---- the results page ------------------------------------------------
  function resultsPage() {
    var results = document.getElementById("search-results"), status = document.getElementById("search-status");
    if (!results || !status) return;
    var form = document.querySelector("form.search-page"), params = new URLSearchParams(location.search);
    var q = params.get("q") || "", course = params.get("course") || "", kind = params.get("kind") || "";
    searchingForm(form, { q: q, course: course, kind: kind });
    if (!q.trim()) { form.q.focus(); return; } // come to search: the box is where to type
    var more = document.getElementById("search-more"), wanted = kept("wanted") || PAGE, shown = 0, explained = false;
    keepScroll();
    // show asks for the results up to the page wanted and adds those not
    // shown yet.
    function show() {
      return askFiltered(q, wanted, { course: course, kind: kind }).then(function (r) {
        var a = r.answer, hits = r.hits, first = null;
        hits.slice(shown).forEach(function (h) {
          var li = resultItem(h);
          results.appendChild(li);
          first = first || li.querySelector("a");
        });
        if (shown && first) first.focus();
        else if (shown && results.lastElementChild) results.lastElementChild.querySelector("a").focus(); // nothing more: stay by the list
        shown = hits.length;
        var label = r.complete ? status.dataset.count : status.dataset.shown;
        // nothing passed the filters, but there are results: say so (they are listed below, explain)
        var none = r.elsewhere ? status.dataset.filtered : status.dataset.none;
        status.textContent = hits.length ? label.replace("%d", hits.length) : none.replace("%s", q);
        if (more) more.hidden = r.complete;
        if (!explained) explain(q, a, hits);
        explained = true;
      });
    }
    if (more) {
      more.addEventListener("click", function () {
        wanted += PAGE;
        more.disabled = true;
        show().then(function () { more.disabled = false; keep("wanted", wanted); }, failed);
      });
    }
    function failed() {
      if (more) more.hidden = true;
      status.textContent = status.dataset.failed;
    }
    status.textContent = status.dataset.searching;
    show().then(backToScroll).catch(failed);
  }
  // searchingForm fills the form with what was asked and makes it search:
  // when it is submitted, and when a filter is chosen (searchOnFilter).
  function searchingForm(form, asked) {
    showAsked(form, asked);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      searchForm(form);
    });
    searchOnFilter(form);
  }
  // showAsked makes the form say what the URL asked, whatever the browser
  // put back in it: now, and each time the page is shown (from the
  // back-forward cache too, as it was left, filters changed since). The
  // form keeps no state for the browser to restore when it is loaded anew.
  function showAsked(form, asked) {
    form.setAttribute("autocomplete", "off");
    function fill() { ["q", "course", "kind"].forEach(function (k) { form[k].value = asked[k]; }); }
    fill();
    window.addEventListener("pageshow", fill);
  }
  // searchForm opens the results page of the form's query and filters.
  function searchForm(form) {
    var p = new URLSearchParams();
    ["q", "course", "kind"].forEach(function (k) { if (form[k].value) p.set(k, form[k].value.trim()); });
    location.href = href("search/") + "?" + p.toString();
  }
  // searchOnFilter searches when a filter is chosen, as the 搜索 button
  // does, unless the box is empty: at once when picked by pointer or
  // touch; when picked with the keys (each arrow key changes a closed
  // list), on Enter or on leaving the list, not at every key; the list
  // picked from has the focus on the new page, as it had here.
  function searchOnFilter(form) {
    var refocus = sessionFocus(null);
    if (refocus && form[refocus]) form[refocus].focus();
    [form.course, form.kind].forEach(function (select) {
      var byKeys = false, asked = select.value;
      function go() { if (select.value !== asked && form.q.value.trim()) { sessionFocus(select.name); searchForm(form); } }
      select.addEventListener("keydown", function (e) { byKeys = true; if (e.key === "Enter") go(); });
      select.addEventListener("change", function () { if (!byKeys) go(); });
      select.addEventListener("blur", function () { if (byKeys) go(); byKeys = false; });
    });
  }
  // sessionFocus keeps, for the next page of this tab, the name of the
  // field to focus (name), or takes it (null); nothing where storage is
  // refused.
  function sessionFocus(name) {
    var key = "skillbook-search-focus";
    try {
      if (name) return sessionStorage.setItem(key, name);
      var was = sessionStorage.getItem(key);
      sessionStorage.removeItem(key);
      return was;
    } catch (e) { return null; }
  }
  // kept is what this visit of the results page kept in its history entry
  // under key (keep), or undefined: the results page shown anew (Back, a
  // reload) shows as many results as before, where the trainee was.
  function kept(key) {
    var state = history.state;
    return state && typeof state === "object" ? state[key] : undefined;
  }
  // keep adds key: value to the page's history entry (from disk too); a
  // new search is a new entry, with nothing kept.
  function keep(key, value) {
    var state = {}, old = history.state;
    if (old && typeof old === "object") for (var k in old) state[k] = old[k];
    state[key] = value;
    history.replaceState(state, "");
  }
  // keepScroll keeps where the page was scrolled to when the trainee
  // leaves it (to open a result).
  function keepScroll() {
    window.addEventListener("pagehide", function () { keep("scrollY", window.scrollY); });
  }
  // backToScroll scrolls, once the results are drawn, to where the page
  // was left, when it is shown anew.
  function backToScroll() {
    var y = kept("scrollY");
    if (y > 0) window.scrollTo(0, y);
  }
  // PAGE is how many results the results page shows at first, and how many
  // more each press of 更多结果 adds: one-character queries take their
  // first results (two pages and one) from the character's shard (see
  // search.js), and a page of results fetches a pack per result.
  var PAGE = 10;
  // askFiltered asks for `wanted` results among the pages of the course and
  // kind chosen (only: the engine filters before it fetches a page's text)
  // and one more, so that a page that shows them all says so (no 更多结果
  // that adds nothing): {answer, hits, complete: whether they are all there
  // are}. When none passes the filters, it asks for five results of the
  // whole site, which the page lists below (explain): {elsewhere: true,
  // answer: theirs}.
  function askFiltered(q, wanted, only) {
    return SB.ask(q, { limit: wanted + 1, course: only.course, kind: only.kind }).then(function (a) {
      var r = { answer: a, hits: a.results.slice(0, wanted), complete: a.results.length <= wanted };
      if (a.results.length || !(only.course || only.kind)) return r;
      return SB.ask(q, { limit: 5, suggest: false }).then(function (all) {
        return all.results.length ? { answer: all, hits: [], complete: true, elsewhere: true } : r;
      });
    });
  }
  function resultItem(h) {
    var li = document.createElement("li"), a = document.createElement("a"), p = document.createElement("p");
    a.href = href(h.url);
    a.textContent = h.title;
    p.innerHTML = h.snippet; // escaped by the index, only <mark> added
    li.appendChild(kindBadge(h));
    li.appendChild(a);
    if (h.courseTitle) li.appendChild(courseLine(h));
    li.appendChild(p);
    return li;
  }
  // courseLine names the course of a skill point's or chapter's result on
  // a site of several courses, whose skill points' titles may repeat
  // (课程 · 客户服务培训).
  function courseLine(h) {
    var c = document.createElement("span");
    c.className = "result-course";
    c.textContent = ((SB.labels || {}).kind_course ? SB.labels.kind_course + " · " : "") + h.courseTitle;
    return c;
  }
  // kindBadge says what a result is: 技能点, 文章, 章节 or 课程 (labels.js's
  // kind_*; empty for a kind it does not name).
  function kindBadge(h) {
    var k = document.createElement("span");
    k.className = "result-kind";
    k.textContent = (SB.labels || {})["kind_" + h.kind] || "";
    return k;
  }
  // explain says which query was searched instead of q, a pinyin slip, which
  // words the results leave out, and the nearest pages: those suggested,
  // or when no result is shown, the results the filters left out (under
  // the status that says so, not under the suggestions' heading).
  function explain(q, a, shown) {
    var instead = document.getElementById("search-instead"), dropped = document.getElementById("search-dropped");
    var near = document.getElementById("search-suggestions");
    if (instead && a.instead) {
      instead.textContent = insteadText(instead.dataset.text, q.trim(), a.instead);
      instead.hidden = false;
    }
    if (dropped && shown.length && a.dropped.length) {
      dropped.textContent = dropped.dataset.text.replace("%s", a.dropped.join(" "));
      dropped.hidden = false;
    }
    var suggestions = a.suggestions.length ? a.suggestions : shown.length ? [] : a.results.slice(0, 5);
    if (!near || !suggestions.length) return;
    if (!a.suggestions.length) near.querySelector("h2").hidden = true; // the filters' leftovers: the status names them
    var list = near.querySelector("ol");
    suggestions.forEach(function (s) { list.appendChild(resultItem(s)); });
    near.hidden = false;
  }

  // ---- the home page's box ----------------------------------------------
  // It goes to the results page as the header box does: from disk, search/
  // is a folder, its page search/index.html (href).
  function homeBox() {
    var form = document.querySelector("form.home-search");
    if (!form) return;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      location.href = resultsURL(form.q.value);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    headerBox();
    homeBox();
    resultsPage();
  });
})();
