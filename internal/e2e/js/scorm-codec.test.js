// The suspend_data codec of the SCORM bridge: node --test internal/e2e/js
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const codec = require("../../../themes/default/static/scorm.js");
const core = require("../../../themes/default/static/progress-core.js");

const HOUR = 3600000;
const NOW = Date.UTC(2026, 10, 30, 18, 0, 0);

// course makes an outline of a course: chapters × skills, kps key points
// each, a quiz per chapter and a drill per skill point.
function course(chapters, skills, kps) {
  const o = { courses: [{ id: "c", url: "c/", chapters: [] }], quizzes: [] };
  for (let c = 0; c < chapters; c++) {
    const ch = { id: "c/ch" + c, skills: [] };
    for (let s = 0; s < skills; s++) {
      const id = "c/ch" + c + "/技能点-" + s;
      const ids = [];
      for (let k = 0; k < kps; k++) ids.push("要点" + k + "-" + s);
      ch.skills.push({ id, url: id + "/", title: "技能点 " + s, keypointIds: ids, quizzes: ["c/q" + c] });
      o.quizzes.push({ id: "drill/" + id, course: "c", drill: true });
    }
    o.courses[0].chapters.push(ch);
    o.quizzes.push({ id: "c/q" + c, course: "c", drill: false });
  }
  return o;
}

// everything is the fullest record a trainee can have: every key point
// ticked and reviewed, every page read, every quiz taken twenty times.
function everything(o) {
  const r = core.empty();
  let i = 0;
  o.courses[0].chapters.forEach((ch) => ch.skills.forEach((s) => {
    r.read[s.id] = NOW - 5 * HOUR;
    r.ticks[s.id] = {};
    s.keypointIds.forEach((kp) => {
      r.ticks[s.id][kp] = NOW - 3 * HOUR;
      core.answer(r, s.id + " " + kp, i % 3 !== 0, NOW - (i++ % 500) * HOUR);
    });
  }));
  o.quizzes.forEach((q, n) => {
    for (let a = 0; a < 20; a++) {
      core.attempt(r, q.id, { score: (a + n) % 11, total: 10, passed: (a + n) % 11 >= 6, at: NOW - (40 - a) * HOUR, missed: ["x"] });
    }
  });
  const chs = o.courses[0].chapters, s = chs[chs.length - 1].skills[1];
  r.last = { id: s.id, url: s.url, title: s.title, time: NOW };
  return r;
}

test("a course of 120 skill points and 600 key points with every quiz taken fits SCORM 1.2's 4,096 characters", () => {
  const o = course(12, 10, 5);
  const data = codec.encode(everything(o), o, NOW);
  console.log("suspend_data for 120 skill points, 600 key points, " + o.quizzes.length + " quizzes and drills: " + data.length + " characters");
  assert.ok(data.length <= 4096, "suspend_data is " + data.length + " characters");
});

test("decode gives back what encode kept", () => {
  const o = course(3, 4, 5);
  const r = everything(o);
  r.ticks[o.courses[0].chapters[0].skills[0].id]["要点1-0"] = -NOW; // unticked
  const back = codec.decode(codec.encode(r, o, NOW), o);
  assert.ok(back);
  Object.keys(r.ticks).forEach((s) => Object.keys(r.ticks[s]).forEach((kp) => {
    assert.strictEqual(core.ticked(back, s, kp), core.ticked(r, s, kp), s + " " + kp);
  }));
  assert.deepStrictEqual(Object.keys(back.read).sort(), Object.keys(r.read).sort());
  Object.keys(r.review).forEach((card) => {
    assert.strictEqual(back.review[card].box, r.review[card].box, card);
    assert.ok(Math.abs(back.review[card].due - r.review[card].due) <= HOUR, card + " is due within the hour");
  });
  Object.keys(r.quizzes).forEach((id) => {
    const q = r.quizzes[id], b = back.quizzes[id], a = q.attempts[q.attempts.length - 1];
    assert.strictEqual(b.passed, q.passed, id);
    assert.strictEqual(b.best, Math.round(q.best * 1000) / 1000, id);
    assert.deepStrictEqual([b.attempts[0].score, b.attempts[0].total, b.attempts[0].passed], [a.score, a.total, a.passed], id);
  });
  assert.strictEqual(back.last.id, r.last.id);
  assert.ok(core.upgrade(back), "the decoded record is a progress record");
});

test("an empty record stays empty, and suspend_data for other content or from elsewhere is refused", () => {
  const o = course(2, 2, 3);
  const data = codec.encode(core.empty(), o, NOW);
  assert.deepStrictEqual(codec.decode(data, o), Object.assign(core.empty(), { v: 2 }));
  assert.strictEqual(codec.decode(data, course(2, 3, 3)), null, "another outline");
  assert.strictEqual(codec.decode("bookmark=3", o), null);
  assert.strictEqual(codec.decode(data.slice(0, 12), o), null, "cut short");
});
