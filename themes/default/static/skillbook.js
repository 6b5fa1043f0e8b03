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

  // siteOutline returns the site's outline (courses, chapters, skill points
  // with their key points, quizzes) on the pages that load it, else null.
  // Every script reads the outline through here, so how it is loaded
  // (today one skillbook-outline.js setting Skillbook.outline) is known
  // in this one place.
  SB.siteOutline = function () { return SB.outline || null; };

  // fill fills the %d and %s of an interface text (the pages carry them in
  // data attributes) with the arguments, in order; %% is a percent sign.
  SB.fill = function (label) {
    var args = [].slice.call(arguments, 1);
    return label.replace(/%[ds%]/g, function (m) { return m === "%%" ? "%" : args.shift(); });
  };

  // Links written in the pages get the same treatment.
  function fixFolderLinks() {
    if (!folderIndex()) return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:/i.test(href) || href.charAt(0) === "#") return;
      a.href = SB.href(new URL(href, location.href).href);
    });
  }
  // On a phone the course contents start folded, so the page opens on its text.
  function foldCourseNav() {
    if (!window.matchMedia("(max-width: 52rem)").matches) return;
    document.querySelectorAll("details.course-nav[open]").forEach(function (d) {
      d.removeAttribute("open");
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    fixFolderLinks();
    foldCourseNav();
  });
})();
