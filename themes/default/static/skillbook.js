// Skillbook page script: small, dependency-free, no requests to other hosts.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var me = document.currentScript;
  // root is the site's root folder; the other scripts resolve URLs from it.
  SB.root = new URL(me ? me.getAttribute("data-root") || "./" : "./", location.href);

  // href resolves a URL relative to the site's root (as the manifest and
  // the search give them). Opened from disk there is no server to turn a
  // folder into its index.html, so folder URLs get index.html added; so do
  // they in an LMS package (scorm.js sets SB.folderIndex), as an LMS's file
  // server may not either.
  function folderIndex() { return location.protocol === "file:" || SB.folderIndex === true; }
  SB.href = function (url) {
    var u = new URL(url, SB.root);
    if (folderIndex() && u.pathname.slice(-1) === "/") u.pathname += "index.html";
    return u.href;
  };

  // label is an interface text the scripts show: the element's attribute
  // when it has it (as pages made before assets/labels.js did), else the
  // site's text for key (labels.js, SB.labels).
  SB.label = function (el, attr, key) {
    return (el && el.getAttribute(attr)) || (SB.labels && SB.labels[key]) || "";
  };

  // idOf is the id of the page a link of the site leads to, when its
  // element gives none (data-id): its URL from the site's root without the
  // last slash, as ids are unless the front matter sets one.
  SB.idOf = function (a) {
    return fromRoot(new URL(a.getAttribute("href"), location.href)).replace(/\/$/, "");
  };
  // here is this page's URL from the site's root, as the manifest gives
  // URLs ("course/chapter/skill/").
  SB.here = function () { return fromRoot(location); };
  function fromRoot(u) {
    var path = decodeURIComponent(u.pathname).replace(/index\.html$/, "");
    return path.slice(decodeURIComponent(SB.root.pathname).length);
  }

  // fill fills the %d and %s of an interface text (the pages carry them in
  // data attributes) with the arguments, in order; %% is a percent sign.
  SB.fill = function (label) {
    var args = [].slice.call(arguments, 1);
    return label.replace(/%[ds%]/g, function (m) { return m === "%%" ? "%" : args.shift(); });
  };

  // outline resolves to the outline of the site as far as a page needs it:
  // {title, courses, quizzes}, every course in the site's order, those
  // whose ids are given whole (chapters, skill points, key points) and the
  // others as {id, title, url, skills: count, chapters: null}; the quizzes
  // of the whole courses and of no course. skillbook-outline.js (on the
  // pages that show progress) holds the summary; each course is a script
  // of its own, loaded once and only when asked for: scripts, not fetch(),
  // so that it works from file://. It rejects when there is no summary or a
  // course cannot be loaded. Every script reads the outline through here.
  SB.outline = function (ids) {
    var sum = SB.outlineSummary;
    if (!sum) return Promise.reject(new Error("no outline on this page"));
    var want = {};
    (ids || []).forEach(function (id) { want[id] = true; });
    return Promise.all(sum.courses.map(function (c, i) {
      return want[c.id] ? outlinePart(i) : null;
    })).then(function (got) { return assemble(sum, got); });
  };
  // summary resolves once the summary is here: at once on the pages that
  // carry skillbook-outline.js, else by loading it (progress.js, on a
  // skill point that may have taken the place of one renamed).
  var summaryLoad = null;
  SB.outline.summary = function () {
    if (SB.outlineSummary) return Promise.resolve();
    return summaryLoad || (summaryLoad = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL("skillbook-outline.js", SB.root).href;
      s.onload = function () { SB.outlineSummary ? resolve() : reject(new Error(s.src)); };
      s.onerror = function () { summaryLoad = null; reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    }));
  };
  // loaded is the same outline, at once, with the courses whose scripts
  // are already loaded whole (an LMS package's page loads its one course
  // with a script element of its own); null without the summary.
  SB.outline.loaded = function () {
    var sum = SB.outlineSummary, got = SB.outlineParts || {};
    return sum ? assemble(sum, sum.courses.map(function (c, i) { return got[i] || null; })) : null;
  };
  function assemble(sum, got) {
    got = got.map(wholePart);
    var quizzes = sum.quizzes.slice();
    var courses = sum.courses.map(function (c, i) {
      if (!got[i]) return { id: c.id, title: c.title, url: c.url, skills: c.skills, chapters: null };
      quizzes = quizzes.concat(got[i].quizzes);
      return got[i].course;
    });
    return { title: sum.title, courses: courses, quizzes: quizzes };
  }
  // courseOf is the id of the course a skill point's, quiz's or drill's id
  // belongs to ("" for none): the course whose URL starts the id (ids follow
  // URLs unless the front matter sets them), less the ids the summary lists.
  SB.outline.courseOf = function (id) {
    var sum = SB.outlineSummary;
    if (!sum) return "";
    if (Object.prototype.hasOwnProperty.call(sum.other, id)) return sum.other[id] < 0 ? "" : sum.courses[sum.other[id]].id;
    var bare = id.replace(/^drill\//, "") + "/";
    for (var i = 0; i < sum.courses.length; i++) {
      if (bare.indexOf(sum.courses[i].url) === 0) return sum.courses[i].id;
    }
    return "";
  };
  // wholePart puts back what a course's script leaves out
  // (internal/manifest): URLs that are the id and "/", empty lists of
  // quizzes, and the quizzes of the drills it lists in short, [skill point
  // id, questions], after its other quizzes, as the build lists them.
  function wholePart(p) {
    if (!p || p.whole) return p;
    var skills = {}, url = function (e) { if (!e.url) e.url = e.id + "/"; };
    url(p.course);
    p.course.chapters.forEach(function (ch) {
      url(ch);
      ch.skills.forEach(function (s) { url(s); s.quizzes = s.quizzes || []; skills[s.id] = s; });
    });
    p.whole = true;
    if (!p.drills) return p;
    p.quizzes = p.quizzes.concat(p.drills.map(function (d) {
      var s = skills[d[0]];
      return { id: "drill/" + s.id, title: s.title + p.drillTitleEnd, url: "drills/?s=" + encodeURIComponent(s.url),
        "for": s.id, course: p.course.id, drill: true, questions: d[1], pass: p.drillPass };
    }));
    delete p.drills;
    return p;
  }
  var parts = {};
  function outlinePart(i) {
    if (!parts[i] && SB.outlineParts && SB.outlineParts[i]) parts[i] = Promise.resolve(SB.outlineParts[i]);
    if (!parts[i]) {
      parts[i] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = new URL("skillbook-outline/" + i + ".js", SB.root).href;
        s.onload = function () { SB.outlineParts && SB.outlineParts[i] ? resolve(SB.outlineParts[i]) : reject(new Error(s.src)); };
        s.onerror = function () { delete parts[i]; reject(new Error("cannot load " + s.src)); };
        document.head.appendChild(s);
      });
    }
    return parts[i];
  }

  // Links written in the pages get the same treatment.
  function fixFolderLinks() {
    if (!folderIndex()) return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:/i.test(href) || href.charAt(0) === "#") return;
      a.href = SB.href(new URL(href, location.href).href);
    });
  }
  // A chapter's pages list their own chapter alone in the course
  // contents; the others come from the course's chapters script
  // (skillbook-outline/N-chapters.js, Skillbook.courseChapters: [title,
  // URL from the root]), as titles linking to their pages, in their places.
  function otherChapters() {
    var chapters = SB.courseChapters, list = document.querySelector(".course-nav nav > ol");
    var own = list && list.children.length === 1 ? list.firstElementChild : null, link = own && own.querySelector("a");
    if (!chapters || !link) return;
    var at = -1, path = SB.idOf(link) + "/";
    chapters.forEach(function (c, i) { if (c[1] === path) at = i; });
    if (at < 0) return;
    chapters.forEach(function (c, i) {
      if (i === at) return;
      var li = document.createElement("li"), a = li.appendChild(document.createElement("a"));
      a.href = SB.href(c[1]);
      a.textContent = c[0];
      list.insertBefore(li, i < at ? own : null);
    });
  }
  // The course contents come folded, so that a phone opens on the text;
  // a wider screen shows them beside it.
  function openCourseNav() {
    if (window.matchMedia("(max-width: 52rem)").matches) return;
    document.querySelectorAll("details.course-nav:not([open])").forEach(function (d) {
      d.setAttribute("open", "");
    });
  }
  // Folded on a narrow screen, the open course contents shut with Escape,
  // focus back on their toggle.
  function courseNavEscape() {
    document.querySelectorAll("details.course-nav").forEach(function (d) {
      d.addEventListener("keydown", function (e) {
        if (e.key !== "Escape" || !d.open || !window.matchMedia("(max-width: 52rem)").matches) return;
        d.open = false;
        d.querySelector("summary").focus();
      });
    });
  }
  // A link to a place in the page (去勾选牢记要点, a quiz result's 第 2 题,
  // the contents) takes focus there, as the skip link does: the next Tab
  // goes on from it and a screen reader reads it.
  function focusInPageLinks() {
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest('a[href^="#"]');
      var target = a && a.hash.length > 1 && document.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (!target || e.defaultPrevented) return;
      if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      setTimeout(function () { target.focus({ preventScroll: true }); }, 0);
    });
  }
  // On a phone the header's search is behind an icon, a link to the search
  // page; with scripts it opens the search box in the header instead.
  function searchIcon() {
    var icon = document.querySelector(".search-icon"), header = document.querySelector(".site-header"), field = document.getElementById("site-search-q");
    if (!icon || !header || !field) return;
    icon.setAttribute("aria-expanded", "false");
    icon.setAttribute("aria-controls", "site-search-q");
    icon.addEventListener("click", function (e) {
      e.preventDefault();
      var open = header.classList.toggle("search-open");
      icon.setAttribute("aria-expanded", String(open));
      if (open && e.detail) field.focus();
      else if (open) afterKey(function () { field.focus(); }); // by a key: focused at once, the rest of Enter submitted the empty box
    });
    // Escape in the empty box shuts it again, back to the icon.
    field.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !field.value && header.classList.contains("search-open")) {
        header.classList.remove("search-open");
        icon.setAttribute("aria-expanded", "false");
        icon.focus();
      }
    });
  }
  // afterKey runs f once the key that is down comes up (or soon, if none is).
  function afterKey(f) {
    var done = false;
    function once() {
      if (done) return;
      done = true;
      document.removeEventListener("keyup", once, true);
      f();
    }
    document.addEventListener("keyup", once, true);
    setTimeout(once, 500);
  }
  // The header's search box lists results as you type (search-ui.js):
  // a combobox and its list box, which do nothing without scripts, so
  // the page does not carry them (2.6 MB at 10,000 skill points).
  function searchCombobox() {
    var input = document.getElementById("site-search-q");
    if (!input || document.getElementById("site-search-list")) return;
    var attrs = { role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "site-search-list" };
    Object.keys(attrs).forEach(function (k) { input.setAttribute(k, attrs[k]); });
    var list = document.createElement("ul");
    list.id = "site-search-list";
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", (SB.labels && SB.labels.search_results) || "");
    list.hidden = true;
    input.parentNode.appendChild(list);
  }
  document.addEventListener("DOMContentLoaded", function () {
    searchCombobox();
    otherChapters();
    fixFolderLinks();
    openCourseNav();
    courseNavEscape();
    focusInPageLinks();
    searchIcon();
  });
})();
