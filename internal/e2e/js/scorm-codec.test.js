// The suspend_data codec of the SCORM bridge: node --test internal/e2e/js
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const codec = require("../../../themes/default/static/scorm-codec.js");
const core = require("../../../themes/default/static/progress-core.js");

const HOUR = 3600000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 30, 18, 0, 0);

// course makes an outline of a course: chapters × skills, kps key points
// each, a quiz per chapter and a drill per skill point.
function course(chapters, skills, kps) {
  const o = { courses: [{ id: "c", url: "c/", chapters: [] }], quizzes: [] };
  for (let c = 0; c < chapters; c++) {
    const ch = { id: "c/ch" + c, skills: [] };
    for (let s = 0; s < skills; s++) {
      const id = "c/ch" + c + "/技能点-" + s;
      const ids = [], texts = [];
      for (let k = 0; k < kps; k++) {
        ids.push("要点" + k + "-" + s);
        texts.push("第 " + c + "-" + s + " 个技能点的第 " + k + " 条要点");
      }
      ch.skills.push({ id, url: id + "/", title: "技能点 " + s, keypointIds: ids, keypoints: texts, quizzes: ["c/q" + c] });
      o.quizzes.push({ id: "drill/" + id, course: "c", drill: true });
    }
    o.courses[0].chapters.push(ch);
    o.quizzes.push({ id: "c/q" + c, course: "c", drill: false });
  }
  return o;
}
function skills(o) { return o.courses[0].chapters.flatMap((ch) => ch.skills); }

// everything is the fullest record a trainee can have: every page opened
// and read, every key point ticked and reviewed (reviews times grades
// 1–4, so that cards are new, forgotten, due soon and due in months),
// every quiz taken twenty times.
function everything(o, reviews) {
  const r = core.empty();
  let i = 0;
  skills(o).forEach((s) => {
    r.opened[s.id] = NOW - 6 * HOUR;
    r.read[s.id] = NOW - 5 * HOUR;
    r.ticks[s.id] = {};
    s.keypointIds.forEach((kp) => {
      r.ticks[s.id][kp] = NOW - 3 * HOUR;
      const card = s.id + " " + kp, n = 1 + i % reviews;
      for (let k = n; k > 0; k--) core.answer(r, card, 1 + (i + k) % 4, NOW - (i % 500) * HOUR - k * 30 * DAY);
      i++;
    });
    core.carry(r, s.id, s.keypointIds.map((id, k) => ({ id, text: s.keypoints[k] })));
  });
  o.quizzes.forEach((q, n) => {
    for (let a = 0; a < 20; a++) {
      core.attempt(r, q.id, { score: (a + n) % 11, total: 10, passed: (a + n) % 11 >= 6, at: NOW - (40 - a) * HOUR, missed: ["x"] });
    }
  });
  const s = skills(o)[skills(o).length - 2];
  r.last = { id: s.id, url: s.url, title: s.title, time: NOW };
  return r;
}

test("a course of 120 skill points and 600 key points, every quiz taken and every card reviewed, fits SCORM 1.2's 4,096 characters", () => {
  const o = course(12, 10, 5);
  [1, 6].forEach((reviews) => {
    const data = codec.encode(everything(o, reviews), o, NOW);
    console.log("suspend_data for 120 skill points, 600 key points, " + o.quizzes.length + " quizzes and drills, up to " + reviews + " reviews a card: " + data.length + " characters");
    assert.ok(data.startsWith("sb2."));
    assert.ok(data.length <= 4096, "suspend_data is " + data.length + " characters");
  });
});

test("decode gives back what encode kept", () => {
  const o = course(3, 4, 5);
  const r = everything(o, 6);
  r.ticks[skills(o)[0].id]["要点1-0"] = -NOW; // unticked
  const back = codec.decode(codec.encode(r, o, NOW), o);
  assert.ok(back);
  Object.keys(r.ticks).forEach((s) => Object.keys(r.ticks[s]).forEach((kp) => {
    assert.strictEqual(core.ticked(back, s, kp), core.ticked(r, s, kp), s + " " + kp);
  }));
  assert.deepStrictEqual(Object.keys(back.read).sort(), Object.keys(r.read).sort());
  assert.deepStrictEqual(Object.keys(back.opened).sort(), Object.keys(r.opened).sort());
  assert.deepStrictEqual(Object.keys(back.review).sort(), Object.keys(r.review).sort());
  Object.keys(r.review).forEach((card) => {
    const c = r.review[card], b = back.review[card];
    assert.ok(Math.abs(b.at - c.at) <= DAY / 2, card + " was answered within half a day of " + new Date(c.at).toISOString());
    assert.ok(Math.abs(b.due - c.due) <= DAY / 2 + c.s * DAY / 32, card + " is due within half a day (and 1/32 of its stability)");
    assert.ok(Math.abs(b.s - c.s) <= 0.5 + c.s / 32, card + ": stability " + b.s + " for " + c.s);
    assert.ok(Math.abs(b.d - c.d) <= 0.3, card + ": difficulty " + b.d + " for " + c.d);
    assert.deepStrictEqual([b.reps, b.lapses], [c.reps, c.lapses], card);
  });
  Object.keys(r.quizzes).forEach((id) => {
    const q = r.quizzes[id], b = back.quizzes[id], a = q.attempts[q.attempts.length - 1];
    assert.strictEqual(b.passed, q.passed, id);
    assert.strictEqual(b.best, Math.round(q.best * 1000) / 1000, id);
    assert.deepStrictEqual([b.attempts[0].score, b.attempts[0].total, b.attempts[0].passed], [a.score, a.total, a.passed], id);
    assert.ok(Math.abs(b.attempts[0].at - a.at) <= HOUR / 2, id);
  });
  assert.strictEqual(back.last.id, r.last.id);
  assert.deepStrictEqual(back.kps, r.kps, "the key points' text comes back from the outline");
  assert.ok(core.upgrade(back), "the decoded record is a progress record");
});

test("a restored record carries no tick or card over: its key points are the outline's", () => {
  const o = course(1, 2, 3);
  const r = everything(o, 2);
  const back = codec.decode(codec.encode(r, o, NOW), o);
  const before = JSON.stringify([back.ticks, back.review]);
  skills(o).forEach((s) => core.carry(back, s.id, s.keypointIds.map((id, k) => ({ id, text: s.keypoints[k] }))));
  assert.strictEqual(JSON.stringify([back.ticks, back.review]), before);
});

test("a restored card is reviewed as the card it was", () => {
  const o = course(1, 1, 1), card = "c/ch0/技能点-0 要点0-0";
  const r = core.empty(), back = () => codec.decode(codec.encode(r, o, NOW), o);
  core.answer(r, card, 3, NOW - 40 * DAY);
  core.answer(r, card, 3, NOW - 30 * DAY);
  const b = back();
  assert.strictEqual(b.review[card].due, r.review[card].due, "due to the hour: answered on the hour, whole days");
  const next = core.answer(b, card, 3, NOW), want = core.answer(r, card, 3, NOW);
  assert.ok(Math.abs(next.s - want.s) / want.s < 0.05, "next stability " + next.s + " for " + want.s);
  core.answer(r, card, 1, NOW);
  assert.strictEqual(back().review[card].due, NOW + 10 * 60000, "a forgotten card is due in ten minutes");
});

test("sb1 suspend_data from the bridge before FSRS is read into the new record", () => {
  const o = course(1, 2, 2);
  o.courses[0].chapters[0].skills.forEach((s, i) => { s.keypoints = i ? ["第三条", "第四条"] : ["第一条", "第二条"]; });
  // made by the sb1 encoder (main before sb2): ticked 要点0-0 of 技能点-0,
  // read it, a box-3 card answered five hours before, the quiz passed (7 of 10).
  const back = codec.decode("sb1.AAec2uskx4mABQAeQQBwCoADgAA", o);
  const s0 = "c/ch0/技能点-0", at = NOW - 5 * HOUR;
  assert.deepStrictEqual(back, {
    v: 2, ticks: { [s0]: { "要点0-0": NOW } }, read: { [s0]: NOW }, opened: {},
    last: { id: s0, url: s0 + "/", title: "技能点 0", time: NOW },
    review: { [s0 + " 要点0-0"]: { due: at + 4 * DAY, at } },
    quizzes: { "c/q0": { passed: true, best: 0.8, attempts: [{ score: 7, total: 10, passed: true, missed: [], wrong: [], at: NOW - 3 * HOUR }] } },
    kps: { [s0]: { "要点0-0": "第一条", "要点1-0": "第二条" } },
    fresh: {}, known: {}, newSkills: {},
    attic: { skills: {}, quizzes: {} }
  });
  assert.ok(core.upgrade(back));
  assert.strictEqual(core.answer(back, s0 + " 要点0-0", 3, NOW).reps, 1, "the box card is reviewed as a new FSRS card");
  assert.ok(codec.encode(back, o, NOW).startsWith("sb2."), "and saved as sb2");
});

test("an empty record stays empty, and suspend_data for other content or from elsewhere is refused", () => {
  const o = course(2, 2, 3);
  const data = codec.encode(core.empty(), o, NOW);
  assert.deepStrictEqual(codec.decode(data, o), core.empty());
  assert.strictEqual(codec.decode(data, course(2, 3, 3)), null, "another outline");
  assert.strictEqual(codec.decode("bookmark=3", o), null);
  assert.strictEqual(codec.decode("sb3." + data.slice(4), o), null, "a newer encoding");
  assert.strictEqual(codec.decode(data.slice(0, 12), o), null, "cut short");
});
