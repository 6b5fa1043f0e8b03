// Skillbook progress records: the pure rules, shared by the pages and by the
// tests (node --test). A record is
//   {v, ticks: {skill: {kp: time}}, read: {page: time}, last: {id, url, time},
//    review: {skill + " " + kp: {box, due, at}},
//    quizzes: {quiz: {attempts: [{score, total, passed, at, missed}], best, passed}}}
// where a tick's time is negative when the key point was unticked then, so
// that merging two devices' records keeps the newest change of every item.
// Version 1 had no quizzes.
(function (root) {
  "use strict";
  var VERSION = 2;
  var ATTEMPTS = 20; // attempts kept per quiz, the newest
  var DAY = 86400000;
  var INTERVALS = [1, 2, 4, 8, 16]; // days until a card in box 1…5 is due again

  function empty() { return { v: VERSION, ticks: {}, read: {}, last: null, review: {}, quizzes: {} }; }
  function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

  // upgrade returns the record brought up to VERSION, or null when it is
  // not a progress record or comes from a newer Skillbook.
  function upgrade(r) {
    if (!isObject(r) || typeof r.v !== "number" || r.v > VERSION) return null;
    if (!isObject(r.ticks) || !isObject(r.read)) return null;
    if (!isObject(r.review)) r.review = {};
    if (!isObject(r.last) || !isTime(r.last.time)) r.last = null;
    if (r.v < 2 || !isObject(r.quizzes)) r.quizzes = {};
    keep(r.ticks, function (t) { return isObject(t) && keep(t, isTime); });
    keep(r.read, isTime);
    keep(r.review, function (c) { return isObject(c) && isTime(c.at); });
    keep(r.quizzes, function (q) {
      return isObject(q) && Array.isArray(q.attempts) &&
        (q.attempts = q.attempts.filter(function (a) { return isObject(a) && isTime(a.at); }));
    });
    r.v = VERSION;
    return r;
  }

  // keep deletes the entries of o that fail ok, and keys that would reach
  // Object.prototype when assigned; a damaged import loses only those.
  function keep(o, ok) {
    Object.keys(o).forEach(function (k) { if (k === "__proto__" || !ok(o[k])) delete o[k]; });
    return true;
  }
  function isTime(x) { return typeof x === "number" && isFinite(x); }
  // own is o[k] when o has it itself: a key such as "toString" is no
  // inherited function then.
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }

  // attempt records a quiz attempt: {score, total, passed, at, missed}.
  function attempt(r, quiz, a) {
    var q = r.quizzes[quiz] || (r.quizzes[quiz] = { attempts: [] });
    q.attempts.push({ score: a.score, total: a.total, passed: !!a.passed, at: a.at, missed: a.missed || [] });
    return summarize(q);
  }

  // summarize keeps the newest attempts and sets the best score (a
  // fraction) and whether an attempt passed, including dropped ones.
  function summarize(q) {
    q.attempts.sort(function (x, y) { return x.at - y.at; });
    q.best = q.best || 0;
    q.passed = !!q.passed;
    q.attempts.forEach(function (a) {
      q.best = Math.max(q.best, a.total ? a.score / a.total : 0);
      q.passed = q.passed || a.passed;
    });
    q.attempts = q.attempts.slice(-ATTEMPTS);
    return q;
  }

  function newer(a, b) { return Math.abs(b) > Math.abs(a) ? b : a; }

  // merge combines two records item by item, the newest change winning.
  function merge(a, b) {
    var out = empty();
    [a, b].forEach(function (r) {
      Object.keys(r.ticks).forEach(function (skill) {
        var t = own(out.ticks, skill) || (out.ticks[skill] = {});
        Object.keys(r.ticks[skill]).forEach(function (kp) { t[kp] = newer(own(t, kp) || 0, r.ticks[skill][kp]); });
      });
      Object.keys(r.read).forEach(function (id) { out.read[id] = Math.max(own(out.read, id) || 0, r.read[id]); });
      Object.keys(r.review).forEach(function (card) {
        if (!own(out.review, card) || r.review[card].at > out.review[card].at) out.review[card] = r.review[card];
      });
      if (r.last && (!out.last || r.last.time > out.last.time)) out.last = r.last;
      Object.keys(r.quizzes || {}).forEach(function (quiz) {
        var q = own(out.quizzes, quiz) || (out.quizzes[quiz] = { attempts: [] }), from = r.quizzes[quiz];
        q.best = Math.max(q.best || 0, from.best || 0);
        q.passed = q.passed || !!from.passed;
        from.attempts.forEach(function (a) {
          if (!q.attempts.some(function (b) { return b.at === a.at; })) q.attempts.push(a);
        });
      });
    });
    Object.keys(out.quizzes).forEach(function (quiz) { summarize(out.quizzes[quiz]); });
    return out;
  }

  // prune drops what refers to skill points, key points and quizzes the
  // site no longer has; outline maps skill ids to their key point ids,
  // quizzes (when given) holds the quiz ids.
  function prune(r, outline, quizzes) {
    if (quizzes) {
      Object.keys(r.quizzes).forEach(function (quiz) { if (!quizzes[quiz]) delete r.quizzes[quiz]; });
    }
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

  function passed(r, quiz) { return !!(r.quizzes[quiz] && r.quizzes[quiz].passed); }

  // mastered: read, every key point ticked, and every quiz the skill point
  // has passed; rule, from the site's configuration, lists the requirements
  // that are on.
  function mastered(r, skill, kps, rule, quizzes) {
    rule = rule || "read keypoints quizzes";
    var read = rule.indexOf("read") < 0 || !!r.read[skill];
    var ticks = rule.indexOf("keypoints") < 0 || kps.every(function (kp) { return ticked(r, skill, kp); });
    var quiz = rule.indexOf("quizzes") < 0 || (quizzes || []).every(function (q) { return passed(r, q); });
    return read && ticks && quiz;
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
    mastered: mastered, answer: answer, due: due, attempt: attempt, passed: passed };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else (root.Skillbook = root.Skillbook || {}).progressCore = api;
})(typeof window !== "undefined" ? window : globalThis);
