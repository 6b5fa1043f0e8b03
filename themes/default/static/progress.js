// Skillbook progress: what this trainee has read and ticked, kept in this
// browser's localStorage under the site's id, in a versioned record. Keys
// are the stable ids of skill points and key points, so renaming a file or
// adding a key point loses nothing. A damaged or newer record is set aside
// (never deleted) with a notice; without storage the page still works and
// says that progress is not being saved.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var VERSION = 1;
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

  function empty() { return { v: VERSION, ticks: {}, read: {} }; }
  function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }
  function valid(r) { return isObject(r) && r.v === VERSION && isObject(r.ticks) && isObject(r.read); }
  // migrate brings an older record up to VERSION; version 1 is the first.
  function migrate(r) { return r; }

  function load() {
    var raw = storage && storage.getItem(key);
    if (!raw) return empty();
    var rec = null;
    try { rec = migrate(JSON.parse(raw)); } catch (e) { rec = null; }
    if (valid(rec)) return rec;
    try { storage.setItem(key + ":set-aside:" + Date.now(), raw); } catch (e) { /* full: keep going */ }
    notice = "reset";
    return empty();
  }
  var record = load();
  function save() {
    if (!storage) return;
    try { storage.setItem(key, JSON.stringify(record)); } catch (e) { notice = "unsaved"; showNotice(); }
  }

  function ticked(skill, kp) { return !!(record.ticks[skill] && record.ticks[skill][kp]); }
  function tick(skill, kp, on) {
    var t = record.ticks[skill] || (record.ticks[skill] = {});
    if (on) t[kp] = Date.now(); else delete t[kp];
    save();
  }
  function markRead(id) {
    if (!record.read[id]) { record.read[id] = Date.now(); save(); }
  }
  // A skill point is mastered when it was read and every key point ticked.
  function mastered(skill, kps) {
    return !!record.read[skill] && kps.every(function (kp) { return ticked(skill, kp); });
  }
  SB.progress = { record: function () { return record; }, mastered: mastered, storageKey: key };

  function showNotice() {
    var el = document.querySelector(".progress-notice");
    if (!el || !notice) return;
    el.textContent = notice === "unsaved" ? el.dataset.unsaved : el.dataset.reset;
    el.hidden = false;
  }

  // The skill point's checklist keeps its ticks; reaching the end of the
  // page counts as reading it.
  function skillPage() {
    var article = document.querySelector("article[data-id]");
    if (!article) return;
    var id = article.dataset.id;
    document.querySelectorAll(".keypoints input[data-kp]").forEach(function (box) {
      box.checked = ticked(id, box.dataset.kp);
      box.addEventListener("change", function () { tick(id, box.dataset.kp, box.checked); });
    });
    var end = document.querySelector(".pager") || article.lastElementChild || article;
    if (!("IntersectionObserver" in window)) { markRead(id); return; }
    new IntersectionObserver(function (entries, obs) {
      if (entries.some(function (e) { return e.isIntersecting; })) { markRead(id); obs.disconnect(); }
    }).observe(end);
  }

  function kpsOf(el) { return (el.dataset.kps || "").split(" ").filter(Boolean); }

  // Lists mark mastered skill points and count them.
  function lists() {
    var items = document.querySelectorAll(".skill-item[data-id], .course-nav a[data-kps]");
    items.forEach(function (el) {
      if (mastered(el.dataset.id, kpsOf(el))) el.classList.add("mastered");
    });
    var bar = document.querySelector(".progress");
    var skills = document.querySelectorAll(".skill-item[data-id]");
    if (!bar || !skills.length) return;
    var done = [].filter.call(skills, function (el) { return mastered(el.dataset.id, kpsOf(el)); }).length;
    bar.querySelector("progress").value = done / skills.length;
    bar.querySelector(".progress-text").textContent = bar.dataset.label.replace("%d", done).replace("%d", skills.length);
    bar.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    skillPage();
    lists();
    showNotice();
  });
})();
