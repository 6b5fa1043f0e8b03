// Property tests of the progress record's upgrade and merge: records made
// by a seeded generator — valid ones, damaged ones, hostile keys such as
// __proto__ — checked against the rules every import relies on.
//   node --test internal/e2e/js/            (the seeds: 300 records)
//   PROPERTY_RUNS=100000 node --test internal/e2e/js/progress-core.property.test.js
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const core = require("../../../themes/default/static/progress-core.js");

const RUNS = Number(process.env.PROPERTY_RUNS || 300);
const SEED = Number(process.env.PROPERTY_SEED || 17);

// rng is mulberry32: the same seed gives the same records on every run.
function rng(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ["s1", "s2", "kp-1", "__proto__", "constructor", "toString", "hasOwnProperty", "", "技能点", "s1 k1"];

function gen(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const junk = () => pick([null, undefined, "x", -1, 0, 1e15, NaN, [], {}, [1], { at: "x" }, true]);
  const num = () => (r() < 0.1 ? junk() : Math.floor((r() - 0.3) * 1e12));
  const obj = (value, n) => {
    const o = {};
    for (let i = Math.floor(r() * n); i > 0; i--) o[pick(KEYS)] = value();
    return o;
  };
  const attempt = () => (r() < 0.1 ? junk() : { score: num(), total: num(), passed: r() < 0.5, at: num(), missed: r() < 0.9 ? [] : junk() });
  const record = () => ({
    v: r() < 0.9 ? pick([1, 2]) : junk(),
    ticks: r() < 0.9 ? obj(() => (r() < 0.9 ? obj(num, 4) : junk()), 4) : junk(),
    read: r() < 0.9 ? obj(num, 4) : junk(),
    review: r() < 0.9 ? obj(() => (r() < 0.9 ? { box: num(), due: num(), at: num() } : junk()), 3) : junk(),
    last: r() < 0.8 ? { id: pick(KEYS), url: "u", time: num() } : junk(),
    quizzes: r() < 0.9 ? obj(() => (r() < 0.9 ? { best: r(), passed: r() < 0.5, attempts: Array.from({ length: Math.floor(r() * 4) }, attempt) } : junk()), 3) : junk(),
  });
  // A record goes through JSON, as an import and localStorage give it:
  // "__proto__" then is a key of its own.
  return JSON.parse(JSON.stringify(record()));
}

function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
function clone(x) { return JSON.parse(JSON.stringify(x)); }

test("upgrade never throws; what it accepts merges without throwing or polluting Object.prototype", () => {
  const r = rng(SEED);
  for (let i = 0; i < RUNS; i++) {
    const a = core.upgrade(gen(r)), b = core.upgrade(gen(r));
    if (!a || !b) continue;
    const m = core.merge(a, b);
    assert.strictEqual(Object.getPrototypeOf(m.ticks), Object.prototype);
    assert.strictEqual(({}).s1, undefined, "Object.prototype gained a key (run " + i + ")");
    assert.deepStrictEqual(core.upgrade(clone(m)), clone(m), "a merged record is a current record (run " + i + ")");
  }
});

test("merge: the newest change of every item wins, whichever side it is on, and merging again changes nothing", () => {
  const r = rng(SEED + 1);
  for (let i = 0; i < RUNS; i++) {
    const a = core.upgrade(gen(r)), b = core.upgrade(gen(r));
    if (!a || !b) continue;
    const ab = core.merge(clone(a), clone(b)), ba = core.merge(clone(b), clone(a));
    assert.deepStrictEqual(ab.read, ba.read, "read (run " + i + ")");
    for (const skill of Object.keys(ab.ticks)) {
      for (const kp of Object.keys(ab.ticks[skill])) {
        const sides = [a, b].map((x) => (own(x.ticks, skill) && own(x.ticks[skill], kp)) || 0);
        assert.strictEqual(Math.abs(ab.ticks[skill][kp]), Math.max(...sides.map(Math.abs)), "tick " + skill + "/" + kp + " (run " + i + ")");
      }
    }
    assert.deepStrictEqual(core.merge(clone(ab), clone(ab)), ab, "merging a record with itself (run " + i + ")");
    for (const quiz of Object.keys(ab.quizzes)) {
      assert.ok(ab.quizzes[quiz].attempts.length <= 20, "at most 20 attempts kept");
    }
  }
});

test("an imported record cannot reach Object.prototype (found by the loop above)", () => {
  const hostile = core.upgrade(JSON.parse('{"v":2,"ticks":{"__proto__":{"polluted":1},"s":null},"read":{"toString":5},"review":{"__proto__":{"at":1}}}'));
  const m = core.merge(hostile, core.empty());
  assert.strictEqual(({}).polluted, undefined);
  assert.deepStrictEqual(m.ticks, {});
  assert.deepStrictEqual(m.read, { toString: 5 });
});
