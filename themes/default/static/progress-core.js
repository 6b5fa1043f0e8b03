// Skillbook progress records: the pure rules, shared by the pages and by the
// tests (node --test). A record is
//   {v, ticks: {skill: {kp: time}}, read: {page: time}, last: {id, url, time},
//    review: {skill + " " + kp: {box, due, at}}}
// where a tick's time is negative when the key point was unticked then, so
// that merging two devices' records keeps the newest change of every item.
(function (root) {
  "use strict";
  var VERSION = 1;
  var DAY = 86400000;
  var INTERVALS = [1, 2, 4, 8, 16]; // days until a card in box 1…5 is due again

  function empty() { return { v: VERSION, ticks: {}, read: {}, last: null, review: {} }; }
  function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

  // upgrade returns the record brought up to VERSION, or null when it is
  // not a progress record or comes from a newer Skillbook.
  function upgrade(r) {
    if (!isObject(r) || typeof r.v !== "number" || r.v > VERSION) return null;
    if (!isObject(r.ticks) || !isObject(r.read)) return null;
    if (!isObject(r.review)) r.review = {};
    if (!isObject(r.last)) r.last = null;
    r.v = VERSION;
    return r;
  }

  function newer(a, b) { return Math.abs(b) > Math.abs(a) ? b : a; }

  // merge combines two records item by item, the newest change winning.
  function merge(a, b) {
    var out = empty();
    [a, b].forEach(function (r) {
      Object.keys(r.ticks).forEach(function (skill) {
        var t = out.ticks[skill] || (out.ticks[skill] = {});
        Object.keys(r.ticks[skill]).forEach(function (kp) { t[kp] = newer(t[kp] || 0, r.ticks[skill][kp]); });
      });
      Object.keys(r.read).forEach(function (id) { out.read[id] = Math.max(out.read[id] || 0, r.read[id]); });
      Object.keys(r.review).forEach(function (card) {
        if (!out.review[card] || r.review[card].at > out.review[card].at) out.review[card] = r.review[card];
      });
      if (r.last && (!out.last || r.last.time > out.last.time)) out.last = r.last;
    });
    return out;
  }

  // prune drops what refers to skill points and key points the site no
  // longer has; outline maps skill ids to their key point ids.
  function prune(r, outline) {
    Object.keys(r.ticks).forEach(function (skill) {
      if (!outline[skill]) { delete r.ticks[skill]; return; }
      Object.keys(r.ticks[skill]).forEach(function (kp) {
        if (outline[skill].indexOf(kp) < 0) delete r.ticks[skill][kp];
      });
    });
    Object.keys(r.review).forEach(function (card) {
      var p = card.split(" ");
      if (!outline[p[0]] || outline[p[0]].indexOf(p[1]) < 0) delete r.review[card];
    });
    return r;
  }

  function ticked(r, skill, kp) { return (r.ticks[skill] && r.ticks[skill][kp]) > 0; }

  // mastered: by default read, and every key point ticked; rule, from the
  // site's configuration, lists the requirements that are on.
  function mastered(r, skill, kps, rule) {
    rule = rule || "read keypoints";
    var read = rule.indexOf("read") < 0 || !!r.read[skill];
    var ticks = rule.indexOf("keypoints") < 0 || kps.every(function (kp) { return ticked(r, skill, kp); });
    return read && ticks;
  }

  // answer moves a review card: up a box when the trainee knew it, back to
  // the first when not; the box sets when it is due again.
  function answer(r, card, knew, now) {
    var c = r.review[card] || { box: 0 };
    var box = knew ? Math.min(c.box + 1, INTERVALS.length) : 1;
    r.review[card] = { box: box, due: now + INTERVALS[box - 1] * DAY, at: now };
    return r.review[card];
  }

  // due lists the cards to review now: the key points of skill points read,
  // never reviewed or due, the longest overdue first.
  function due(r, outline, now) {
    var cards = [];
    Object.keys(outline).forEach(function (skill) {
      if (!r.read[skill]) return;
      outline[skill].forEach(function (kp) {
        var c = r.review[skill + " " + kp];
        if (!c || c.due <= now) cards.push({ skill: skill, kp: kp, due: c ? c.due : 0 });
      });
    });
    return cards.sort(function (a, b) { return a.due - b.due; });
  }

  var api = { VERSION: VERSION, empty: empty, upgrade: upgrade, merge: merge, prune: prune, ticked: ticked,
    mastered: mastered, answer: answer, due: due };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else (root.Skillbook = root.Skillbook || {}).progressCore = api;
})(typeof window !== "undefined" ? window : globalThis);
