// Unit tests of the progress record rules: node --test internal/e2e/js
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const core = require("../../../themes/default/static/progress-core.js");

test("upgrade migrates older versions and refuses damaged or newer records", () => {
  assert.deepStrictEqual(core.upgrade({ v: 1, ticks: {}, read: {} }), core.empty());
  const v1 = core.upgrade({ v: 1, ticks: { s: { k: 5 } }, read: { s: 6 }, review: {}, last: null, quizzes: "junk" });
  assert.deepStrictEqual(v1.quizzes, {}, "version 1 had no quizzes: they start empty");
  assert.deepStrictEqual(v1.ticks, { s: { k: 5 } }, "the migration keeps the ticks");
  assert.strictEqual(v1.v, 2);
  assert.deepStrictEqual(core.upgrade(core.empty()), core.empty());
  assert.strictEqual(core.upgrade({ v: 3, ticks: {}, read: {} }), null);
  assert.strictEqual(core.upgrade({ v: 1, ticks: [], read: {} }), null);
  assert.strictEqual(core.upgrade("text"), null);
  assert.strictEqual(core.upgrade(null), null);
});

test("merge keeps the newest change of every item", () => {
  const a = core.empty(), b = core.empty();
  a.ticks.s1 = { k1: 100, k2: 300 };
  b.ticks.s1 = { k1: -200, k2: 250 };
  b.ticks.s2 = { k3: 50 };
  a.read = { s1: 10 };
  b.read = { s1: 20, s2: 5 };
  a.review["s1 k1"] = { box: 3, due: 9, at: 7 };
  b.review["s1 k1"] = { box: 1, due: 8, at: 6 };
  a.last = { id: "s1", url: "u1", time: 1 };
  b.last = { id: "s2", url: "u2", time: 2 };
  const m = core.merge(a, b);
  assert.deepStrictEqual(m.ticks, { s1: { k1: -200, k2: 300 }, s2: { k3: 50 } });
  assert.deepStrictEqual(m.read, { s1: 20, s2: 5 });
  assert.deepStrictEqual(m.review["s1 k1"], { box: 3, due: 9, at: 7 });
  assert.strictEqual(m.last.id, "s2");
  assert.strictEqual(core.ticked(m, "s1", "k1"), false);
  assert.strictEqual(core.ticked(m, "s1", "k2"), true);
});

test("prune drops key points the site no longer has, and shelves skill points it no longer has", () => {
  const r = core.empty();
  r.ticks = { s1: { k1: 1, gone: 1 }, old: { k: 1 } };
  r.review = { "s1 k1": { box: 1, due: 0, at: 0 }, "old k": { box: 1, due: 0, at: 0 } };
  core.prune(r, { s1: ["k1", "k2"] });
  assert.deepStrictEqual(r.ticks, { s1: { k1: 1 } });
  assert.deepStrictEqual(Object.keys(r.review), ["s1 k1"]);
  assert.deepStrictEqual(r.attic.skills.old, { ticks: { k: 1 }, kps: {}, review: { k: { box: 1, due: 0, at: 0 } } });
});

test("mastered needs reading and every key point", () => {
  const r = core.empty();
  r.ticks.s = { a: 1, b: 1 };
  assert.strictEqual(core.mastered(r, "s", ["a", "b"]), false);
  r.read.s = 1;
  assert.strictEqual(core.mastered(r, "s", ["a", "b"]), true);
  assert.strictEqual(core.mastered(r, "s", ["a", "b", "c"]), false);
  assert.strictEqual(core.mastered(r, "s", ["a", "b", "c"], "read"), true, "a rule without keypoints");
  delete r.read.s;
  assert.strictEqual(core.mastered(r, "s", ["a", "b"], "keypoints quizzes"), true, "a rule without read");
  assert.strictEqual(core.mastered(r, "s", ["a", "b"], "read keypoints"), false);
});

test("a quiz changed since it was taken: the best and pass at its version, the questions added and changed", () => {
  const r = core.empty();
  core.attempt(r, "q", { score: 6, total: 6, passed: true, at: 10, version: "v1", seen: { a: "1", b: "2", c: "3" } });
  assert.deepStrictEqual(core.standing(r.quizzes.q, "v1"), { best: 1, passed: true, before: false });
  assert.strictEqual(core.changes(r.quizzes.q, "v1", { a: "1", b: "2", c: "3" }), null, "unchanged");
  const now = { a: "1", b: "2x", c: "3", d: "4", e: "5" };
  assert.deepStrictEqual(core.standing(r.quizzes.q, "v2"), { best: 1, passed: true, before: true },
    "not taken since it changed: the best before, so said");
  assert.strictEqual(core.passed(r, "q"), true, "not taken since it changed: the pass before counts for mastery");
  assert.deepStrictEqual(core.changes(r.quizzes.q, "v2", now), { added: ["d", "e"], changed: ["b"], removed: [] });
  assert.deepStrictEqual(core.changes(r.quizzes.q, "v3", { a: "1", d: "4" }), { added: ["d"], changed: [], removed: ["b", "c"] }, "questions taken out are counted");
  core.attempt(r, "q", { score: 5, total: 8, passed: false, at: 20, version: "v2", seen: now });
  assert.deepStrictEqual(core.standing(r.quizzes.q, "v2"), { best: 5 / 8, passed: false, before: false, earlier: { best: 1, passed: true } },
    "a failed attempt at the new version: its score, not the old 100 %");
  assert.strictEqual(core.changes(r.quizzes.q, "v2", now), null, "taken since: nothing to mark");
  assert.strictEqual(r.quizzes.q.passed, true, "a pass is still on the record");
  assert.strictEqual(core.passed(r, "q"), false, "failed since the quiz changed: its pass before counts no more for mastery");
  core.attempt(r, "q", { score: 8, total: 8, passed: true, at: 30, version: "v2", seen: now });
  assert.strictEqual(core.passed(r, "q"), true, "passed at the new version");
  const old = core.empty();
  core.attempt(old, "q", { score: 1, total: 2, passed: false, at: 5 });
  assert.deepStrictEqual(core.standing(old.quizzes.q, "v2"), { best: 0.5, passed: false, before: false }, "an attempt without a version counts as one at any");
  assert.strictEqual(core.changes(old.quizzes.q, "v2", now), null);
  const phone = core.empty();
  core.attempt(phone, "q", { score: 6, total: 6, passed: true, at: 10, version: "v1", seen: { a: "1" } });
  assert.deepStrictEqual(core.merge(phone, r).quizzes.q.seen, now, "the questions of the newest attempt win a merge");
  assert.deepStrictEqual(core.merge(r, phone).quizzes.q.seen, now);
  const bad = core.upgrade(JSON.parse(JSON.stringify(Object.assign(core.empty(), { quizzes: { q: { attempts: [{ at: 1, version: 7 }, { at: 2, version: "v" }], seen: { a: 1 } } } }))));
  assert.deepStrictEqual(bad.quizzes.q.attempts.map(a => a.at), [2], "an attempt with a damaged version is dropped");
  assert.deepStrictEqual(bad.quizzes.q.seen, {}, "damaged question versions are dropped");
});

test("quiz attempts keep the best score, whether one passed, and merge by time", () => {
  const a = core.empty(), b = core.empty();
  core.attempt(a, "q", { score: 3, total: 4, passed: false, at: 10, missed: ["x"] });
  const q = core.attempt(a, "q", { score: 4, total: 4, passed: true, at: 20 });
  assert.strictEqual(q.best, 1);
  assert.strictEqual(q.passed, true);
  core.attempt(b, "q", { score: 1, total: 4, passed: false, at: 15 });
  core.attempt(b, "q", { score: 3, total: 4, passed: false, at: 10, missed: ["x"] });
  const m = core.merge(a, b);
  assert.deepStrictEqual(m.quizzes.q.attempts.map(t => t.at), [10, 15, 20], "one attempt per time, oldest first");
  assert.strictEqual(m.quizzes.q.best, 1);
  for (let i = 0; i < 30; i++) core.attempt(m, "q", { score: 0, total: 4, passed: false, at: 100 + i });
  assert.strictEqual(m.quizzes.q.attempts.length, 20, "the newest 20 attempts are kept");
  assert.strictEqual(m.quizzes.q.passed, true, "a pass stays when its attempt is no longer kept");
  assert.strictEqual(m.quizzes.q.best, 1);
  core.prune(m, {}, { other: true });
  assert.deepStrictEqual(m.quizzes, {}, "quizzes the site no longer has are shelved");
  assert.strictEqual(m.attic.quizzes.q.passed, true);
});

test("mastery needs the skill point's quizzes passed, when the rule says so", () => {
  const r = core.empty();
  r.read.s = 1;
  r.ticks.s = { a: 1 };
  assert.strictEqual(core.mastered(r, "s", ["a"], "read keypoints quizzes", ["q"]), false);
  assert.strictEqual(core.mastered(r, "s", ["a"], "read keypoints", ["q"]), true);
  core.attempt(r, "q", { score: 2, total: 2, passed: true, at: 1 });
  assert.strictEqual(core.mastered(r, "s", ["a"], "read keypoints quizzes", ["q"]), true);
  assert.strictEqual(core.mastered(r, "s", ["a"], "read keypoints quizzes", []), true, "no quizzes: nothing to pass");
});

test("review cards are scheduled by FSRS: forgetting and remembering differ from the first answer", () => {
  const r = core.empty(), day = 86400000, min = 60000;
  r.read.s = 1;
  const outline = { s: ["a", "b"], unread: ["x"] };
  assert.deepStrictEqual(core.due(r, outline, 0).map(c => c.kp), ["a", "b"]);
  const forgot = core.answer(r, "s a", 1, 0);
  assert.strictEqual(forgot.due, 10 * min, "不记得: due again in ten minutes");
  assert.strictEqual(forgot.lapses, 1);
  const good = core.answer(r, "s b", 3, 0);
  assert.strictEqual(good.due, 4 * day, "记得 on a new card: 4 days (stability 3.7)");
  const days = (g) => { const x = core.empty(); return core.answer(x, "s a", g, 0).due / day; };
  assert.deepStrictEqual([1, 2, 3, 4].map(days).map(Math.round), [0, 1, 4, 14], "again, hard, good, easy");
  const later = core.answer(r, "s b", 3, 4 * day);
  assert.strictEqual(Math.round((later.due - 4 * day) / day), 15, "记得 again on time: stability grows to 14.8 days");
  const lapse = core.answer(r, "s b", 1, later.due);
  assert.ok(lapse.s < later.s && lapse.due === later.due + 10 * min, "不记得 after a review resets it");
  assert.strictEqual(core.answer(r, "s a", true, 0).reps, 2, "true and false still grade (3 and 1)");
  assert.deepStrictEqual(core.due(r, outline, 20 * day).map(c => c.kp), ["a", "b"]);
});

test("steps names every requirement left, and none for key points a skill point does not have", () => {
  const r = core.empty();
  r.ticks.s = { a: 1, b: -1 };
  assert.deepStrictEqual(core.steps(r, "s", ["a", "b", "c"], "read keypoints quizzes", ["q"]),
    { read: true, keypoints: { ticked: 1, total: 3 }, quizzes: ["q"] });
  assert.deepStrictEqual(core.steps(r, "none", [], "", ["q"]), { read: true, quizzes: ["q"] }, "no key points: nothing to tick");
  assert.deepStrictEqual(core.steps(r, "s", ["a", "b"], "keypoints"), { keypoints: { ticked: 1, total: 2 } }, "only what the rule asks");
  r.read.none = 1;
  core.attempt(r, "q", { score: 1, total: 1, passed: true, at: 1 });
  assert.deepStrictEqual(core.steps(r, "none", [], "", ["q"]), {}, "read and passed: mastered without key points");
  assert.strictEqual(core.mastered(r, "none", [], "", ["q"]), true);
});

test("toDo lists every skill point not mastered with its steps and what a failed quiz found wrong", () => {
  const r = core.empty();
  core.attempt(r, "q1", { score: 1, total: 3, passed: false, at: 10, missed: ["a", "b"],
    wrong: [{ q: "a", skill: "quizzed", text: "第一问" }, { q: "b", skill: "opened", text: "第二问" }] });
  core.attempt(r, "q2", { score: 0, total: 1, passed: false, at: 11, wrong: [{ q: "c", skill: "later", text: "旧问" }] });
  core.attempt(r, "q2", { score: 1, total: 1, passed: true, at: 12, wrong: [] });
  const left = { never: { read: true }, opened: { quizzes: ["q1"] }, done: {}, quizzed: { keypoints: { ticked: 0, total: 2 } }, later: { read: true } };
  const got = core.toDo(r, ["never", "opened", "done", "quizzed", "later"], (s) => left[s]);
  assert.deepStrictEqual(got, [
    { skill: "never", steps: { read: true }, failed: [], wrong: [] },
    { skill: "opened", steps: { quizzes: ["q1"] }, failed: ["q1"], wrong: ["第二问"] },
    { skill: "quizzed", steps: { keypoints: { ticked: 0, total: 2 } }, failed: ["q1"], wrong: ["第一问"] },
    { skill: "later", steps: { read: true }, failed: [], wrong: [] },
  ], "never opened ones too; a passed quiz's old questions are not named");
  assert.deepStrictEqual(core.toDo(r, ["done"], (s) => left[s]), [], "all mastered: nothing left");
});

test("nextSkill is the first page left to read or tick, else the first quiz left, in course order", () => {
  const order = ["a", "b", "c", "d"];
  const left = (steps) => (id) => steps[id] || {};
  assert.strictEqual(core.nextSkill(order, left({ a: { read: true }, c: { read: true } })), "a", "an earlier one left unread comes first");
  assert.strictEqual(core.nextSkill(order, left({ a: { quizzes: ["q"] }, b: { quizzes: ["q"] }, c: { keypoints: { ticked: 1, total: 2 } } })), "c",
    "a page whose chapter quiz is still to come does not hold the trainee back");
  assert.strictEqual(core.nextSkill(order, left({ b: { quizzes: ["q"] }, d: { quizzes: ["r"] } })), "b", "only quizzes left: the first of them");
  assert.strictEqual(core.nextSkill(order, left({})), null, "all mastered: nothing to continue");
});

test("nextSkill goes on from the skill point last worked on, and comes round to those left before it", () => {
  const order = ["a", "b", "c", "d"];
  const left = (steps) => (id) => steps[id] || {};
  const r = core.empty();
  assert.strictEqual(core.lastWorked(r, order), -1, "nothing read or ticked");
  r.opened.d = 5; r.last = { id: "d", url: "d/", time: 5 };
  assert.strictEqual(core.lastWorked(r, order), -1, "opening a page is not working on it");
  r.read.b = 10; r.ticks.c = { k1: 20, k2: -30 }; r.read.a = 15;
  assert.strictEqual(core.lastWorked(r, order), 2, "the latest tick (an untick is a change, not work: its time is negative)");
  assert.strictEqual(core.nextSkill(order, left({ a: { read: true }, c: { keypoints: { ticked: 1, total: 2 } }, d: { read: true } }), 2), "c",
    "the one last worked on, while unfinished");
  assert.strictEqual(core.nextSkill(order, left({ a: { read: true }, d: { read: true } }), 2), "d", "then the next one left");
  assert.strictEqual(core.nextSkill(order, left({ a: { read: true } }), 2), "a", "after the course's end, an earlier one left");
  assert.strictEqual(core.nextSkill(order, left({ a: { quizzes: ["q"] }, d: { quizzes: ["r"] }, b: { read: true } }), 2), "b",
    "a page to read before a quiz, wherever it is");
});

test("carry keeps ticks across a wording change, a reorder and an insertion; a deleted key point loses its tick", () => {
  const r = core.empty();
  const v1 = [{ id: "k1", text: "让员工明白培训能给全心全意自己带来的收益" }, { id: "k2", text: "培训要有明确的目的" },
    { id: "k3", text: "选聘具有潜质的员工" }, { id: "k4", text: "编制培训预算" }];
  core.carry(r, "s", v1);
  r.ticks.s = { k1: 1, k2: 2, k3: 3, k4: 4 };
  r.review["s k1"] = { due: 9, at: 1 };
  const v2 = [{ id: "new", text: "制定年度培训计划" }, { id: "k3", text: "选聘具有潜质的员工" },
    { id: "k1b", text: "让员工明白培训能给自己带来的收益" }, { id: "k2", text: "培训要有明确的目的" }];
  core.carry(r, "s", v2);
  core.prune(r, { s: v2.map((k) => k.id) });
  assert.deepStrictEqual(r.ticks.s, { k1b: 1, k2: 2, k3: 3 }, "the fixed one keeps its tick, the deleted one (k4) loses it, the new one has none");
  assert.deepStrictEqual(Object.keys(r.review), ["s k1b"]);
  assert.deepStrictEqual(Object.keys(r.kps.s).sort(), ["k1b", "k2", "k3", "new"]);
  assert.ok(core.similarity("面带微笑", "安全权") < 0.5, "unlike texts do not match");
});

test("keyPointsPrint is the print internal/render writes into lists (its test pins the same values); tickedAll matches it", () => {
  const cases = [[[], "ztntfp"], [["kp-7bc9f447"], "97eftz"], [["kp-7bc9f447", "kp-0aafe489", "kp-a87e9757"], "l8u18g"],
    [["kp-a87e9757", "kp-7bc9f447", "kp-0aafe489"], "l8u18g"], [["kp-7bc9f447", "kp-0aafe489"], "juvvtn"], [["要点", "kp-1", "😀"], "qz5e2f"]];
  cases.forEach(([ids, want]) => assert.strictEqual(core.keyPointsPrint(ids), want, JSON.stringify(ids)));
  const r = core.empty(), print = core.keyPointsPrint(["kp-a", "kp-b"]);
  r.ticks.s = { "kp-a": 1 };
  assert.strictEqual(core.tickedAll(r, "s", print), null, "one of two ticked");
  r.ticks.s["kp-b"] = 2;
  assert.deepStrictEqual(core.tickedAll(r, "s", print).sort(), ["kp-a", "kp-b"]);
  r.ticks.s["kp-b"] = -3;
  assert.strictEqual(core.tickedAll(r, "s", print), null, "unticked again");
  r.ticks.s["kp-b"] = 4;
  r.ticks.s["kp-gone"] = 5;
  assert.strictEqual(core.tickedAll(r, "s", print), null, "a dropped key point still ticked");
  assert.deepStrictEqual(core.tickedAll(core.empty(), "s", core.keyPointsPrint([])), [], "no key points");
});

test("toPass names the quizzes a skill point's mastery still needs passed", () => {
  const r = core.empty();
  r.quizzes.a = { passed: true, attempts: [] };
  r.quizzes.b = { passed: false, attempts: [] };
  assert.deepStrictEqual(core.toPass(r, ["a", "b", "c"], "read keypoints quizzes"), ["b", "c"]);
  assert.deepStrictEqual(core.toPass(r, ["a", "b", "c"], ""), ["b", "c"], "the default rule asks for quizzes");
  assert.deepStrictEqual(core.toPass(r, ["b"], "read keypoints"), [], "a rule without quizzes needs none");
  assert.deepStrictEqual(core.toPass(r, undefined, "quizzes"), []);
});

test("shelve keeps a renamed skill point's progress and hands it to the page that took its place", () => {
  const r = core.empty();
  r.ticks = { "c/ch/old": { k1: 10, k2: 11 }, "c/ch/other": { k9: 5 } };
  r.kps = { "c/ch/old": { k1: "保持微笑", k2: "主动问候", k3: "记住客户名字" } };
  r.review = { "c/ch/old k1": { s: 1, d: 5, due: 9, at: 7 } };
  r.read = { "c/ch/old": 12 };
  r.opened = { "c/ch/old": 3 };
  r.last = { id: "c/ch/old", url: "c/ch/old/", time: 13 };
  core.attempt(r, "quiz/ch", { score: 1, total: 2, passed: false, at: 20, title: "章节测验", questions: 2, wrong: [{ q: "a", skill: "c/ch/old", text: "?" }] });
  // The file renamed: the site has c/ch/new with the same key points, and
  // c/ch/other as before; the quiz's file renamed too.
  const outline = { "c/ch/new": ["k1", "k2", "k3"], "c/ch/other": ["k9"], "c/ch/unrelated": ["x", "y"] };
  const back = core.shelve(r, outline, { "quiz/chapter": { title: "章节测验", questions: 2 } });
  assert.deepStrictEqual(back.sort(), ["c/ch/new", "quiz/chapter"]);
  assert.deepStrictEqual(r.ticks, { "c/ch/new": { k1: 10, k2: 11 }, "c/ch/other": { k9: 5 } });
  assert.deepStrictEqual(Object.keys(r.review), ["c/ch/new k1"]);
  assert.strictEqual(r.read["c/ch/new"], 12);
  assert.strictEqual(r.opened["c/ch/new"], 3);
  assert.strictEqual(r.last.id, "c/ch/new");
  assert.strictEqual(r.quizzes["quiz/chapter"].attempts[0].wrong[0].skill, "c/ch/new");
  assert.deepStrictEqual(r.attic, { skills: {}, quizzes: {} });
});

test("shelve keeps a draft's progress until the page is back, and never gives it to a stranger", () => {
  const r = core.empty();
  r.ticks = { s: { k1: 1, k2: 2 } };
  r.kps = { s: { k1: "甲", k2: "乙" } };
  core.attempt(r, "q", { score: 2, total: 2, passed: true, at: 5, title: "测验", questions: 2 });
  // Made a draft: gone from the site, with its quiz.
  assert.deepStrictEqual(core.shelve(r, { t: ["k1", "z1", "z2"] }, {}), [], "one key point of three in common is not the same page");
  assert.deepStrictEqual(r.ticks, {});
  assert.deepStrictEqual(r.quizzes, {});
  assert.ok(r.attic.skills.s && r.attic.quizzes.q);
  assert.strictEqual(core.mastered(r, "s", ["k1", "k2"], "keypoints"), false, "what is shelved counts for nothing");
  // A record stored and read back keeps its attic.
  const stored = core.upgrade(JSON.parse(JSON.stringify(r)));
  assert.deepStrictEqual(stored.attic, r.attic);
  // Back again.
  assert.deepStrictEqual(core.shelve(stored, { s: ["k1", "k2"], t: ["k1", "z1", "z2"] }, { q: { title: "测验", questions: 2 } }).sort(), ["q", "s"]);
  assert.deepStrictEqual(stored.ticks, { s: { k1: 1, k2: 2 } });
  assert.strictEqual(stored.quizzes.q.passed, true);
});

test("shelve leaves a page to none of two that took its place alike, nor to one with ticks of its own", () => {
  const r = core.empty();
  r.ticks = { old: { k1: 1, k2: 1 } };
  assert.deepStrictEqual(core.shelve(r, { a: ["k1", "k2"], b: ["k1", "k2"] }, null), []);
  assert.deepStrictEqual(core.shelve(r, { a: ["k1", "k2"], b: ["k1", "k3"] }, null), ["a"]);
  const s = core.empty();
  s.ticks = { old: { k1: 1 }, a: { k1: 2 } };
  assert.deepStrictEqual(core.shelve(s, { a: ["k1"] }, null), []);
  assert.deepStrictEqual(s.attic.skills.old.ticks, { k1: 1 });
});

test("merge keeps both devices' shelved progress", () => {
  const a = core.empty(), b = core.empty();
  a.ticks = { old: { k1: 5 } };
  core.shelve(a, {}, {});
  b.ticks = { old: { k1: -7, k2: 3 } };
  core.shelve(b, {}, {});
  const m = core.merge(a, b);
  assert.deepStrictEqual(m.attic.skills.old.ticks, { k1: -7, k2: 3 });
});

test("shelve hands a page's progress to the page that names its old id among its aliases", () => {
  const r = core.empty();
  r.read = { "cs/old": 5 };
  r.opened = { "cs/old": 4 };
  r.ticks = { "cs/old": { k1: 3 }, "cs/new": { k1: -9 } }; // unticked on the new page since
  assert.deepStrictEqual(core.shelve(r, { "cs/new": ["k1"] }, null, { "cs/old": "cs/new" }), ["cs/new"]);
  assert.deepStrictEqual(r.ticks, { "cs/new": { k1: -9 } }, "the newest change wins");
  assert.strictEqual(r.read["cs/new"], 5);
  assert.strictEqual(core.mayInherit(core.empty(), "cs/new", [], ["cs/old"]), false);
  const s = core.empty();
  s.opened = { "cs/old": 1 };
  assert.strictEqual(core.mayInherit(s, "cs/new", [], ["cs/old"]), true, "a page without key points, by its alias");
});

test("shelve merges a renamed quiz's attempts with those taken at its new id since", () => {
  const r = core.empty();
  core.attempt(r, "quizzes/old", { score: 6, total: 6, passed: true, at: 10, title: "第一章 · 章节测验", questions: 6 });
  core.attempt(r, "quizzes/new", { score: 1, total: 6, passed: false, at: 20, title: "第一章 · 章节测验", questions: 6, wrong: [{ q: "a", skill: "cs/old-skill", text: "?" }] });
  assert.strictEqual(core.mayInheritQuiz(r, "quizzes/new", "第一章 · 章节测验"), true);
  const back = core.shelve(r, { "cs/new-skill": ["k"] }, { "quizzes/new": { title: "第一章 · 章节测验", questions: 6 } }, { "cs/old-skill": "cs/new-skill" });
  assert.deepStrictEqual(back, ["quizzes/new"]);
  const q = r.quizzes["quizzes/new"];
  assert.strictEqual(q.passed, true);
  assert.strictEqual(q.best, 1);
  assert.deepStrictEqual(q.attempts.map((a) => a.at), [10, 20]);
  assert.strictEqual(q.attempts[1].wrong[0].skill, "cs/new-skill", "a wrong answer follows its skill point's alias");
  assert.strictEqual(core.mayInheritQuiz(r, "quizzes/new", "第一章 · 章节测验"), false);
});

test("carry notes the key points added since the trainee saw the page, not those reworded", () => {
  const r = core.empty();
  core.carry(r, "s", [{ id: "a", text: "让员工明白培训能给全心全意自己带来的收益" }]);
  assert.deepStrictEqual(r.fresh, {}, "a first look: nothing is new");
  r.ticks.s = { a: 1 };
  core.carry(r, "s", [{ id: "b", text: "让员工明白培训能给自己带来的收益" }, { id: "c", text: "鼓励员工不断学习" }]);
  assert.deepStrictEqual(r.fresh, { s: ["c"] });
  assert.deepStrictEqual(r.ticks.s, { b: 1 });
  const m = core.merge(r, core.empty());
  assert.deepStrictEqual(m.fresh, { s: ["c"] });
  core.prune(m, { s: ["b"] });
  assert.deepStrictEqual(m.fresh, {}, "a key point deleted since is new no more");
  core.carry(m, "none", []);
  core.carry(m, "none", [{ id: "x", text: "主动问候客户" }]);
  assert.deepStrictEqual(m.fresh, { none: ["x"] }, "a skill point seen without key points: those it gets since are new");
  core.learnedFresh(m, "none", "x");
  assert.deepStrictEqual(m.fresh, {}, "ticked: new no more");
});

test("skill points a course gained since the trainee last saw it are new until opened", () => {
  const r = core.empty();
  core.noteNewSkills(r, "c", ["c/a", "c/b"], 1);
  assert.deepStrictEqual(r.newSkills, {}, "the first look: nothing is new");
  core.noteNewSkills(r, "c", ["c/a", "c/new", "c/b"], 2);
  assert.deepStrictEqual(r.newSkills, { "c/new": 2 });
  assert.strictEqual(core.isNewSkill(r, "c/new"), true);
  core.noteNewSkills(r, "c", ["c/a", "c/new", "c/b"], 3);
  assert.deepStrictEqual(r.newSkills, { "c/new": 2 }, "new until opened, not for one look");
  const phone = core.merge(core.empty(), r);
  assert.deepStrictEqual(phone.newSkills, { "c/new": 2 });
  assert.strictEqual(phone.known.c.length, 3, "what a course had travels with the record");
  r.opened["c/new"] = 4;
  assert.strictEqual(core.isNewSkill(r, "c/new"), false);
  core.prune(r, { "c/a": [], "c/new": [], "c/b": [] }, {});
  assert.deepStrictEqual(r.newSkills, {}, "opened: new no more");
  const bad = core.upgrade(Object.assign(core.empty(), { known: { c: [1] }, newSkills: { x: "y" } }));
  assert.deepStrictEqual([bad.known, bad.newSkills], [{}, {}], "damaged entries are dropped");
});
