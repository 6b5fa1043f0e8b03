// Skillbook page script: small, dependency-free, no requests to other hosts.
(function () {
  "use strict";
  // Opened from disk there is no server to turn a folder into its
  // index.html, so links to folders get index.html added.
  function fixFolderLinks() {
    if (location.protocol !== "file:") return;
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z]+:/i.test(href) || href.charAt(0) === "#") return;
      var parts = href.split("#");
      if (parts[0] === "" || parts[0].slice(-1) === "/") {
        parts[0] = parts[0] + "index.html";
        a.setAttribute("href", parts.join("#"));
      }
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
