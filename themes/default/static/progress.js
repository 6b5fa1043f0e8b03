// Skillbook progress: what this trainee has read and ticked, kept in this
// browser's localStorage under the site's id (rules in progress-core.js). A
// damaged or newer record is set aside, never deleted, with a notice;
// without storage the pages work and say that progress is not being saved.
(function () {
  "use strict";
  var SB = window.Skillbook || {}, core = SB.progressCore;
  if (!core) return;
  var meta = document.querySelector('meta[name="skillbook-site"]');
  var key = "skillbook:" + (meta ? meta.content : "");
  var storage = null, notice = "";
  try {
    storage = window.localStorage;
    storage.setItem(key + ":probe", "1");
    storage.removeItem(key + ":probe");
  } catch (e) {
    storage = null;
    notice = "unsaved";
  }

  function load() {
    var raw = storage && storage.getItem(key);
    if (!raw) return core.empty();
    var rec = null;
    try { rec = core.upgrade(JSON.parse(raw)); } catch (e) { rec = null; }
    if (rec) return rec;
    try { storage.setItem(key + ":set-aside:" + Date.now(), raw); } catch (e) { /* full: go on */ }
    notice = "reset";
    return core.empty();
  }
  var record = load();
  function save() {
    if (!storage) return;
    try { storage.setItem(key, JSON.stringify(record)); } catch (e) { notice = "unsaved"; showNotice(); }
  }

  // The outline (skillbook-outline.js, on the pages that need it) maps
  // skill ids to their key point ids; what it no longer has is dropped.
  // Before that, ticks follow key points whose wording changed (carry).
  var outline = SB.siteOutline(), skills = {}, quizzes = {};
  if (outline) {
    eachSkill(function (s) {
      skills[s.id] = s.keypointIds;
      if (record.ticks[s.id] || record.kps[s.id]) {
        core.carry(record, s.id, s.keypointIds.map(function (id, i) { return { id: id, text: s.keypoints[i] }; }));
      }
    });
    outline.quizzes.forEach(function (q) { quizzes[q.id] = q; });
    core.prune(record, skills, quizzes);
    save();
  }
  function eachSkill(fn) {
    outline.courses.forEach(function (c) { c.chapters.forEach(function (ch) { ch.skills.forEach(function (s) { fn(s, ch, c); }); }); });
  }
  var href = SB.href;
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  var fill = SB.fill;
  var rule = meta ? meta.getAttribute("data-mastery") : "";
  function mastered(id, kps, qs) { return core.mastered(record, id, kps, rule, qs); }
  function bar(done, total, label) {
    var d = el("div", "", { "class": "progress" }), p = el("progress", "", { max: "1", value: String(total ? done / total : 0) });
    p.setAttribute("aria-label", fill(label, done, total));
    d.appendChild(p);
    d.appendChild(el("span", fill(label, done, total), { "class": "progress-text" }));
    return d;
  }

  function showNotice() {
    var n = document.querySelector(".progress-notice");
    if (!n || !notice) return;
    n.textContent = notice === "unsaved" ? n.dataset.unsaved : n.dataset.reset;
    n.hidden = false;
  }

  var currentPage = null; // the skill point this page shows, if any

  // A skill point keeps its ticks; reaching the end of the page reads it.
  function skillPage() {
    var data = document.getElementById("skillbook-page");
    var article = document.querySelector("article.skill[data-id]");
    if (!data || !article) return;
    var page = JSON.parse(data.textContent), id = page.id;
    currentPage = page;
    record.last = { id: id, url: page.url, title: page.title, time: Date.now() };
    record.opened[id] = record.opened[id] || Date.now();
    core.carry(record, id, page.keypoints);
    core.pruneSkill(record, id, page.keypoints.map(function (k) { return k.id; }));
    save();
    document.querySelectorAll(".keypoints input[data-kp]").forEach(function (box) {
      box.checked = core.ticked(record, id, box.dataset.kp);
      box.addEventListener("change", function () {
        var t = record.ticks[id] || (record.ticks[id] = {});
        t[box.dataset.kp] = box.checked ? Date.now() : -Date.now();
        save();
        masteryPanel(page);
      });
    });
    masteryPanel(page);
    var end = document.querySelector(".pager") || article.lastElementChild || article;
    var read = function () { if (!record.read[id]) { record.read[id] = Date.now(); save(); masteryPanel(page); } };
    if (!("IntersectionObserver" in window)) { read(); return; }
    new IntersectionObserver(function (entries, obs) {
      if (entries.some(function (e) { return e.isIntersecting; })) { read(); obs.disconnect(); }
    }).observe(end);
  }

  // The panel at the end of a skill point says what its mastery still
  // needs: read, key points ticked (n / m), each quiz passed.
  function masteryPanel(page) {
    var panel = document.querySelector("section.mastery");
    if (!panel) return;
    var kps = page.keypoints.map(function (k) { return k.id; }), id = page.id;
    var ticks = kps.filter(function (kp) { return core.ticked(record, id, kp); }).length;
    panel.querySelectorAll("li[data-need]").forEach(function (li) {
      var need = li.dataset.need, done = need === "read" ? !!record.read[id] : need === "keypoints" ? ticks === kps.length : core.passed(record, li.dataset.quiz);
      li.classList.toggle("is-done", done);
      li.querySelector(".mastery-mark").textContent = done ? "✓" : "○";
      if (need === "keypoints") li.querySelector(".mastery-count").textContent = ticks + " / " + kps.length;
      if (need === "quiz") li.querySelector(".mastery-state").textContent = done ? panel.dataset.passed : panel.dataset.todo;
    });
    var all = mastered(id, kps, page.quizzes);
    panel.classList.toggle("is-mastered", all);
    panel.querySelector("h2").textContent = all ? panel.dataset.done : panel.dataset.needs;
  }

  // A chapter's last skill point leads to the chapter's quiz until it is
  // passed, then to the next chapter.
  function pager() {
    var next = document.querySelector(".pager a[data-quiz]");
    if (!next || !core.passed(record, next.dataset.quiz)) return;
    if (!next.dataset.afterHref) { next.remove(); return; }
    next.href = SB.href(new URL(next.dataset.afterHref, location.href).href);
    next.lastChild.textContent = " " + next.dataset.afterTitle;
    next.querySelector("span").textContent = next.dataset.afterLabel;
  }

  function words(s) { return (s || "").split(" ").filter(Boolean); }
  function masteredItem(e) { return mastered(e.dataset.id, words(e.dataset.kps), words(e.dataset.quizzes)); }

  // Lists mark mastered skill points; course and chapter pages count them.
  function lists() {
    document.querySelectorAll(".skill-item[data-id], .course-nav a[data-kps]").forEach(function (e) {
      e.classList.toggle("mastered", masteredItem(e));
    });
    var b = document.querySelector(".progress[data-label]"), items = document.querySelectorAll(".skill-item[data-id]");
    if (!b || !items.length) return;
    var done = [].filter.call(items, masteredItem).length;
    var fresh = bar(done, items.length, b.dataset.label);
    fresh.setAttribute("data-label", b.dataset.label);
    b.replaceWith(fresh);
  }

  // Quiz lists show each quiz's best score.
  function quizBests() {
    document.querySelectorAll(".quiz-item[data-quiz]").forEach(function (e) {
      var q = record.quizzes[e.dataset.quiz], out = e.querySelector(".quiz-best");
      if (q && out && out.dataset.label) out.textContent = fill(out.dataset.label, Math.round(q.best * 100)) + (q.passed ? " · " + out.dataset.passed : "");
    });
  }

  // A checked quiz (quiz.js) is recorded, and the counts on the page follow.
  document.addEventListener("skillbook:quiz", function (e) {
    core.attempt(record, e.detail.quiz, e.detail);
    save();
    lists();
    quizBests();
    if (currentPage) masteryPanel(currentPage);
  });

  function courseCounts(c) {
    var done = 0, total = 0;
    c.chapters.forEach(function (ch) {
      ch.skills.forEach(function (s) { total++; if (mastered(s.id, s.keypointIds, s.quizzes)) done++; });
    });
    return [done, total];
  }

  // The home page: progress per course, and where to continue.
  function home() {
    var n = document.querySelector(".progress-notice");
    if (!outline || !document.body.classList.contains("kind-home") || !n) return;
    outline.courses.forEach(function (c) {
      var card = document.querySelector('.card[data-id="' + CSS.escape(c.id) + '"]');
      if (card) card.appendChild(bar.apply(null, courseCounts(c).concat(n.dataset.label)));
    });
    var order = [], byId = {};
    eachSkill(function (s) { order.push(s.id); byId[s.id] = s; });
    var next = record.last && core.nextSkill(order, record.last.id, function (id) {
      return mastered(id, byId[id].keypointIds, byId[id].quizzes);
    });
    if (next) {
      var s = byId[next], p = el("p", "", { "class": "continue" }), a = el("a", n.dataset.continue + "：" + s.title, { href: href(s.url) });
      p.appendChild(a);
      document.querySelector("main h1").after(p);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    skillPage();
    pager();
    lists();
    quizBests();
    home();
    if (SB.progressPages) SB.progressPages({ record: function () { return record; }, save: save, set: function (r) { record = r; save(); },
      outline: outline, skills: skills, quizzes: quizzes, href: href, el: el, bar: bar, fill: fill, mastered: mastered, courseCounts: courseCounts, eachSkill: eachSkill });
    showNotice();
  });
  // The record's hook for other scripts (an LMS bridge, say): record()
  // reads it, replace(r) sets an upgraded copy of r and saves it (false
  // when r is not a progress record), save() writes it after a change.
  SB.progress = {
    record: function () { return record; },
    storageKey: key,
    save: save,
    replace: function (r) {
      var up = core.upgrade(JSON.parse(JSON.stringify(r)));
      if (!up) return false;
      record = up;
      save();
      return true;
    }
  };
})();
