// The SCORM bridge's suspend_data codec: the trainee's progress record
// (progress-core.js) in the few characters SCORM 1.2 allows (4,096). Loaded
// in SCORM packages only, before scorm.js; node --test runs it too
// (internal/e2e/js/scorm-codec.test.js). Layout: docs/scorm.md.
//
// "sb2." and then a bit stream in URL-safe base64 (6 bits a character).
// Items are named by their place in the course's outline, so the stream
// starts with a fingerprint of the outline's ids: a record made for other
// content is not restored. Times are kept as hours (review cards: days)
// before the stream's own time; ticks, reads and opened pages keep no time.
// Per quiz: the best score, whether it was passed, and the newest attempt.
// A new layout gets a new prefix; decode still reads "sb1." (decodeV1).
(function (root) {
  "use strict";
  var PREFIX = "sb2.", PREFIX_V1 = "sb1.";
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var HOUR = 3600000, DAY = 86400000, AGE_BITS = 15, CARD_AGE_BITS = 10;
  var RELEARN = 10 * 60000; // progress-core.js: a forgotten card is due again in ten minutes
  // Review card kinds (2 bits): none, an FSRS card due after whole days,
  // an FSRS card forgotten at its last review (due in ten minutes), and a
  // card with only its times (the Leitner boxes of Skillbook before FSRS).
  var NO_CARD = 0, SCHEDULED = 1, RELEARNING = 2, TIMES_ONLY = 3;

  // ---- bits ---------------------------------------------------------------
  function writer() {
    var bits = [];
    var w = {
      put: function (v, n) { for (var i = n - 1; i >= 0; i--) bits.push(Math.floor(v / Math.pow(2, i)) % 2); },
      // count writes a whole number ≥ 0 in Exp-Golomb code: 1 bit for 0,
      // 3 for 1–2, 5 for 3–6, 7 for 7–14…
      count: function (v) {
        var n = Math.floor(Math.log2(v + 1)) + 1;
        w.put(0, n - 1);
        w.put(v + 1, n);
      },
      // approx writes a whole number ≥ 0 in 7 bits: exact up to 31, then
      // within 1/32 (a 3-bit exponent and 4-bit mantissa), up to 1,984.
      approx: function (v) {
        var best = 0;
        for (var code = 1; code < 128; code++) if (Math.abs(approxValue(code) - v) < Math.abs(approxValue(best) - v)) best = code;
        w.put(best, 7);
      },
      text: function () {
        var s = "";
        for (var i = 0; i < bits.length; i += 6) {
          var v = 0;
          for (var j = 0; j < 6; j++) v = v * 2 + (bits[i + j] || 0);
          s += B64.charAt(v);
        }
        return s;
      }
    };
    return w;
  }
  function approxValue(code) {
    var e = code >> 4, m = code & 15;
    return e === 0 ? m : (16 + m) * Math.pow(2, e - 1);
  }
  function reader(text) {
    var pos = 0;
    var r = {
      get: function (n) {
        var v = 0;
        for (var i = 0; i < n; i++, pos++) {
          var c = B64.indexOf(text.charAt(Math.floor(pos / 6)));
          if (c < 0) throw new Error("suspend_data ends early");
          v = v * 2 + (Math.floor(c / Math.pow(2, 5 - pos % 6)) % 2);
        }
        return v;
      },
      count: function () {
        var zeros = 0;
        while (r.get(1) === 0) if (++zeros > 40) throw new Error("suspend_data is damaged");
        return Math.pow(2, zeros) + r.get(zeros) - 1;
      },
      approx: function () { return approxValue(r.get(7)); }
    };
    return r;
  }

  // ---- the outline ----------------------------------------------------------
  // items lists what the codec names by place: skills, key points (as
  // [skill, kp]) and quizzes (drills too) of the outline's courses.
  function items(outline) {
    var it = { skills: [], kps: [], quizzes: [] };
    eachSkill(outline, function (s) {
      it.skills.push(s.id);
      s.keypointIds.forEach(function (kp) { it.kps.push([s.id, kp]); });
    });
    outline.quizzes.forEach(function (q) { it.quizzes.push(q.id); });
    return it;
  }
  function eachSkill(outline, fn) {
    outline.courses.forEach(function (c) { c.chapters.forEach(function (ch) { ch.skills.forEach(fn); }); });
  }
  function fingerprint(it) {
    var h = 0x811c9dc5, s = JSON.stringify(it);
    for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return (h >>> 0) % 0x1000000;
  }
  function age(now, t, unit, bits) { return Math.max(0, Math.min(Math.pow(2, bits) - 1, Math.round((now - t) / unit))); }
  function ticked(r, skill, kp) { return (r.ticks[skill] && r.ticks[skill][kp]) > 0; }
  function emptyRecord() { return { v: 2, ticks: {}, read: {}, opened: {}, last: null, review: {}, quizzes: {}, kps: {}, fresh: {}, known: {}, newSkills: {}, attic: { skills: {}, quizzes: {} } }; }

  // ---- encode -----------------------------------------------------------------
  // encode returns the record as suspend_data, for the outline, at now.
  function encode(r, outline, now) {
    var it = items(outline), w = writer(), hours = Math.floor(now / HOUR);
    now = hours * HOUR;
    w.put(hours, 32);
    w.put(fingerprint(it), 24);
    it.kps.forEach(function (k) { w.put(ticked(r, k[0], k[1]) ? 1 : 0, 1); });
    it.skills.forEach(function (s) { w.put(r.read[s] ? 1 : 0, 1); });
    it.skills.forEach(function (s) { w.put(r.opened && r.opened[s] ? 1 : 0, 1); });
    it.kps.forEach(function (k) { putCard(w, r.review[k[0] + " " + k[1]], now); });
    it.quizzes.forEach(function (id) { putQuiz(w, r.quizzes[id], now); });
    var last = r.last ? it.skills.indexOf(r.last.id) : -1;
    w.put(last >= 0 ? 1 : 0, 1);
    if (last >= 0) w.put(last, 12);
    return PREFIX + w.text();
  }

  // putCard writes a review card: its kind, the day it was last answered,
  // and for an FSRS card the days until it is due (its stability, as FSRS
  // schedules a card after its stability rounded) or, when forgotten, the
  // stability in sixteenths of a day; then difficulty, reps and lapses.
  function putCard(w, c, now) {
    if (!c) { w.put(NO_CARD, 2); return; }
    var days = Math.max(0, Math.round((c.due - c.at) / DAY));
    var kind = typeof c.s !== "number" || typeof c.d !== "number" ? TIMES_ONLY : days === 0 ? RELEARNING : SCHEDULED;
    w.put(kind, 2);
    w.put(age(now, c.at, DAY, CARD_AGE_BITS), CARD_AGE_BITS);
    // (a stability rounded to 0 would stall FSRS: at least 1/16 of a day)
    w.approx(kind === RELEARNING ? Math.max(1, Math.round(c.s * 16)) : days);
    if (kind === TIMES_ONLY) return;
    w.put(Math.round((Math.min(Math.max(c.d, 1), 10) - 1) / 9 * 15), 4);
    w.count(Math.max(1, c.reps || 0) - 1);
    w.count(Math.max(0, c.lapses || 0));
  }
  function putQuiz(w, q, now) {
    w.put(q ? 1 : 0, 1);
    if (!q) return;
    var a = q.attempts[q.attempts.length - 1];
    w.put(q.passed ? 1 : 0, 1);
    w.put(Math.round((q.best || 0) * 1000), 10);
    w.put(a ? 1 : 0, 1);
    if (!a) return;
    w.count(Math.max(0, Math.round(a.score)));
    w.count(Math.max(0, Math.round(a.total)));
    w.put(a.passed ? 1 : 0, 1);
    w.put(age(now, a.at, HOUR, AGE_BITS), AGE_BITS);
  }

  // ---- decode -----------------------------------------------------------------
  // decode returns the record suspend_data holds (sb2 or sb1), or null when
  // it is not Skillbook's or was made for other content.
  function decode(text, outline) {
    if (typeof text !== "string") return null;
    var v1 = text.indexOf(PREFIX_V1) === 0;
    if (!v1 && text.indexOf(PREFIX) !== 0) return null;
    var it = items(outline), rd = reader(text.slice(PREFIX.length));
    try {
      var now = rd.get(32) * HOUR;
      if (rd.get(24) !== fingerprint(it)) return null;
      var r = (v1 ? decodeV1 : decodeV2)(rd, it, now);
      if (rd.get(1)) r.last = lastPage(outline, it.skills[rd.get(12)], now);
      return keyPoints(r, outline);
    } catch (e) {
      return null;
    }
  }
  function decodeV2(rd, it, now) {
    var r = emptyRecord();
    it.kps.forEach(function (k) { if (rd.get(1)) (r.ticks[k[0]] || (r.ticks[k[0]] = {}))[k[1]] = now; });
    it.skills.forEach(function (s) { if (rd.get(1)) r.read[s] = now; });
    it.skills.forEach(function (s) { if (rd.get(1)) r.opened[s] = now; });
    it.kps.forEach(function (k) { var c = getCard(rd, now); if (c) r.review[k[0] + " " + k[1]] = c; });
    it.quizzes.forEach(function (id) { var q = getQuiz(rd, now); if (q) r.quizzes[id] = q; });
    return r;
  }
  function getCard(rd, now) {
    var kind = rd.get(2);
    if (kind === NO_CARD) return null;
    var at = now - rd.get(CARD_AGE_BITS) * DAY, n = rd.approx();
    if (kind === TIMES_ONLY) return { due: at + n * DAY, at: at };
    var c = kind === RELEARNING ? { s: n / 16, due: at + RELEARN } : { s: n, due: at + n * DAY };
    c.d = 1 + rd.get(4) * 9 / 15;
    c.reps = rd.count() + 1;
    c.lapses = rd.count();
    c.at = at;
    return c;
  }
  function getQuiz(rd, now) {
    if (!rd.get(1)) return null;
    var q = { passed: !!rd.get(1), best: rd.get(10) / 1000, attempts: [] };
    if (rd.get(1)) {
      var a = { score: rd.count(), total: rd.count(), passed: !!rd.get(1), missed: [], wrong: [] };
      a.at = now - rd.get(AGE_BITS) * HOUR;
      q.attempts.push(a);
    }
    return q;
  }

  // decodeV1 reads the sb1 layout (before opened pages and FSRS): review
  // cards as Leitner boxes (3 bits, then 15 bits of hours), quiz scores in
  // 12 bits. A box card becomes a card with only its times.
  var INTERVALS_V1 = [1, 2, 4, 8, 16]; // days until a card in box 1…5 was due
  function decodeV1(rd, it, now) {
    var r = emptyRecord();
    it.kps.forEach(function (k) { if (rd.get(1)) (r.ticks[k[0]] || (r.ticks[k[0]] = {}))[k[1]] = now; });
    it.skills.forEach(function (s) { if (rd.get(1)) r.read[s] = now; });
    it.kps.forEach(function (k) {
      var box = rd.get(3);
      if (!box) return;
      var at = now - rd.get(AGE_BITS) * HOUR;
      r.review[k[0] + " " + k[1]] = { due: at + INTERVALS_V1[box - 1] * DAY, at: at };
    });
    it.quizzes.forEach(function (id) {
      if (!rd.get(1)) return;
      var q = r.quizzes[id] = { passed: !!rd.get(1), best: rd.get(10) / 1000, attempts: [] };
      if (!rd.get(1)) return;
      var a = { score: rd.get(12), total: rd.get(12), passed: !!rd.get(1), missed: [], wrong: [] };
      a.at = now - rd.get(AGE_BITS) * HOUR;
      q.attempts.push(a);
    });
    return r;
  }

  // keyPoints gives back the key points' text as last seen (r.kps, which
  // progress-core's carry compares with the page's) from the outline, for
  // the skill points the record has anything of: the fingerprint proved
  // the outline is the one the record was made for, and a key point's id
  // is a hash of its text, so these are the texts the trainee saw.
  function keyPoints(r, outline) {
    eachSkill(outline, function (s) {
      var used = r.ticks[s.id] || r.read[s.id] || r.opened[s.id] ||
        s.keypointIds.some(function (kp) { return r.review[s.id + " " + kp]; });
      if (!used || !s.keypoints) return;
      var k = r.kps[s.id] = {};
      s.keypointIds.forEach(function (kp, i) { k[kp] = s.keypoints[i]; });
    });
    return r;
  }
  function lastPage(outline, id, now) {
    var found = null;
    eachSkill(outline, function (s) { if (s.id === id) found = { id: s.id, url: s.url, title: s.title, time: now }; });
    return found;
  }

  // writtenAt is the time suspend_data was written (to the hour), or NaN.
  function writtenAt(text) {
    try { return reader(String(text).slice(PREFIX.length)).get(32) * HOUR; } catch (e) { return NaN; }
  }

  var codec = { encode: encode, decode: decode, writtenAt: writtenAt, PREFIX: PREFIX };
  if (typeof module !== "undefined" && module.exports) module.exports = codec;
  else (root.Skillbook = root.Skillbook || {}).scormCodec = codec;
})(typeof window !== "undefined" ? window : globalThis);
