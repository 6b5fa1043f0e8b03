// Skillbook progress records: the pure rules, shared by the pages and by the
// tests (node --test). A record is
//   {v, ticks: {skill: {kp: time}}, read: {page: time}, opened: {page: time},
//    last: {id, url, time},
//    review: {skill + " " + kp: {...card}},
//    kps: {skill: {kp: text}}  (the key points as last seen, to carry
//      ticks over when a key point's wording changes: see carry),
//    fresh: {skill: [kp]}  (key points added since the trainee worked on
//      the skill point, not ticked yet: marked new),
//    known: {course: [hash of a skill id]}  (the skill points a course had
//      when its outline was last loaded), newSkills: {skill: time}  (those
//      added since, not opened yet: see noteNewSkills),
//    quizzes: {quiz: {attempts: [{score, total, passed, at, missed, wrong, version}], best, passed, title, questions,
//      seen: {question: version}  (the questions as last answered: see changes),
//      passedAt: version  (the newest version passed: see passed)}},
//    attic: {skills: {…}, quizzes: {…}}  (what refers to skill points and
//      quizzes the site no longer has, kept: see shelve)}
// (missed: the ids of the questions answered wrongly; wrong: the same as
// {q, skill, text}, to name them).
// where a tick's time is negative when the key point was unticked then, so
// that merging two devices' records keeps the newest change of every item.
// Version 1 had no quizzes.
(function (root) {
  "use strict";
  var VERSION = 2;
  var ATTEMPTS = 20; // attempts kept per quiz, the newest
  var DAY = 86400000;

  function empty() { return { v: VERSION, ticks: {}, read: {}, opened: {}, last: null, review: {}, quizzes: {}, kps: {}, fresh: {}, known: {}, newSkills: {}, attic: { skills: {}, quizzes: {} } }; }
  function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

  // upgrade returns the record brought up to VERSION, or null when it is
  // not a progress record or comes from a newer Skillbook.
  function upgrade(r) {
    if (!isObject(r) || typeof r.v !== "number" || r.v > VERSION) return null;
    if (!isObject(r.ticks) || !isObject(r.read)) return null;
    if (!isObject(r.review)) r.review = {};
    if (!isObject(r.opened)) r.opened = {};
    if (!isObject(r.kps)) r.kps = {};
    if (!isObject(r.last) || !isTime(r.last.time)) r.last = null;
    if (r.v < 2 || !isObject(r.quizzes)) r.quizzes = {};
    if (!isObject(r.attic) || !isObject(r.attic.skills) || !isObject(r.attic.quizzes)) r.attic = { skills: {}, quizzes: {} };
    if (!isObject(r.fresh)) r.fresh = {};
    if (!isObject(r.known)) r.known = {};
    if (!isObject(r.newSkills)) r.newSkills = {};
    keep(r.known, function (ids) { return Array.isArray(ids) && ids.every(isString); });
    keep(r.newSkills, isTime);
    keep(r.fresh, function (ids) { return Array.isArray(ids) && ids.every(function (id) { return typeof id === "string"; }); });
    keep(r.attic.skills, function (b) { return isObject(b) && isObject(b.ticks) && isObject(b.kps) && isObject(b.review); });
    keep(r.attic.quizzes, function (q) { return isObject(q) && Array.isArray(q.attempts); });
    keep(r.ticks, function (t) { return isObject(t) && keep(t, isTime); });
    keep(r.read, isTime);
    keep(r.opened, isTime);
    keep(r.kps, function (k) { return isObject(k) && keep(k, function (t) { return typeof t === "string"; }); });
    keep(r.review, function (c) { return isObject(c) && isTime(c.at); });
    keep(r.quizzes, function (q) {
      if (isObject(q) && q.seen !== undefined && !(isObject(q.seen) && keep(q.seen, isString))) delete q.seen;
      if (isObject(q) && q.passedAt !== undefined && !isString(q.passedAt)) delete q.passedAt;
      return isObject(q) && Array.isArray(q.attempts) &&
        (q.attempts = q.attempts.filter(function (a) { return isObject(a) && isTime(a.at) && (a.version === undefined || isString(a.version)); }));
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
  function isString(x) { return typeof x === "string"; }
  // own is o[k] when o has it itself: a key such as "toString" is no
  // inherited function then.
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }

  // attempt records a quiz attempt: {score, total, passed, at, missed,
  // version}, the quiz's title and number of questions (to know it by when
  // its id changes: shelve), and the versions of the questions answered
  // (seen: see changes).
  function attempt(r, quiz, a) {
    var q = r.quizzes[quiz] || (r.quizzes[quiz] = { attempts: [] });
    if (a.title) q.title = a.title;
    if (a.questions) q.questions = a.questions;
    if (a.seen) q.seen = a.seen;
    var rec = { score: a.score, total: a.total, passed: !!a.passed, at: a.at, missed: a.missed || [], wrong: a.wrong || [] };
    if (a.version) rec.version = a.version;
    q.attempts.push(rec);
    return summarize(q);
  }

  // standing is what a quiz's page and lists show of quiz record q when the
  // quiz is at version now: the best score and a pass among the attempts at
  // that version (an attempt recorded without a version counts as one) and
  // those of every attempt (earlier); or, when none is at that version,
  // before: true with those of every attempt (a pass counts for mastery
  // still: passed).
  function standing(q, now) {
    var same = q.attempts.filter(function (a) { return !a.version || !now || a.version === now; });
    if (same.length === q.attempts.length) return { best: q.best, passed: q.passed, before: false };
    if (!same.length) return { best: q.best, passed: q.passed, before: true };
    var out = { best: 0, passed: false, before: false, earlier: { best: q.best, passed: q.passed } };
    same.forEach(function (a) {
      out.best = Math.max(out.best, a.total ? a.score / a.total : 0);
      out.passed = out.passed || a.passed;
    });
    return out;
  }

  // changes are the questions of a quiz at version now (questions: {id:
  // version}) added or changed since the trainee last answered it, and
  // those answered then that it no longer has: {added: [id], changed: [id],
  // removed: [id]}; null when it has not changed (or the record does not
  // say).
  function changes(q, now, questions) {
    var last = q && q.attempts[q.attempts.length - 1];
    if (!last || !last.version || last.version === now || !q.seen) return null;
    var out = { added: [], changed: [], removed: Object.keys(q.seen).filter(function (id) { return !own(questions, id); }) };
    Object.keys(questions).forEach(function (id) {
      var was = own(q.seen, id);
      if (was === undefined) out.added.push(id);
      else if (was !== questions[id]) out.changed.push(id);
    });
    return out;
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
      if (a.passed && a.version) q.passedAt = a.version; // the newest version passed (see passed)
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
      Object.keys(r.opened || {}).forEach(function (id) { out.opened[id] = Math.max(own(out.opened, id) || 0, r.opened[id]); });
      Object.keys(r.kps || {}).forEach(function (skill) {
        var k = own(out.kps, skill) || (out.kps[skill] = {});
        Object.keys(r.kps[skill]).forEach(function (kp) { k[kp] = r.kps[skill][kp]; });
      });
      Object.keys(r.fresh || {}).forEach(function (skill) { addFresh(out, skill, r.fresh[skill]); });
      Object.keys(r.known || {}).forEach(function (course) {
        var k = own(out.known, course) || (out.known[course] = []);
        r.known[course].forEach(function (h) { if (k.indexOf(h) < 0) k.push(h); });
      });
      Object.keys(r.newSkills || {}).forEach(function (id) { out.newSkills[id] = Math.max(own(out.newSkills, id) || 0, r.newSkills[id]); });
      Object.keys(r.review).forEach(function (card) {
        if (!own(out.review, card) || r.review[card].at > out.review[card].at) out.review[card] = r.review[card];
      });
      if (r.last && (!out.last || r.last.time > out.last.time)) out.last = r.last;
      Object.keys(r.quizzes || {}).forEach(function (quiz) {
        addQuiz(own(out.quizzes, quiz) || (out.quizzes[quiz] = { attempts: [] }), r.quizzes[quiz]);
      });
    });
    [a, b].forEach(function (r) { mergeAttic(out.attic, r.attic); });
    return out;
  }
  // addQuiz adds the attempts, best score and pass of quiz record from to
  // into, and returns into.
  function addQuiz(into, from) {
    if (from.seen && (!into.seen || latest(from) > latest(into))) into.seen = from.seen;
    into.best = Math.max(into.best || 0, from.best || 0);
    into.passed = !!into.passed || !!from.passed;
    if (from.title && !into.title) { into.title = from.title; into.questions = from.questions; }
    from.attempts.forEach(function (a) {
      if (!into.attempts.some(function (b) { return b.at === a.at; })) into.attempts.push(a);
    });
    return summarize(into);
  }
  function latest(q) { return q.attempts.length ? q.attempts[q.attempts.length - 1].at : 0; }
  // mergeAttic adds what attic from holds to attic to (see shelve), the
  // newest change of every item winning.
  function mergeAttic(to, from) {
    if (!from) return;
    Object.keys(from.skills).forEach(function (skill) {
      var f = from.skills[skill], t = own(to.skills, skill) || (to.skills[skill] = { ticks: {}, kps: {}, review: {} });
      Object.keys(f.ticks).forEach(function (kp) { t.ticks[kp] = newer(own(t.ticks, kp) || 0, f.ticks[kp]); });
      Object.assign(t.kps, f.kps);
      Object.keys(f.review).forEach(function (kp) { if (!own(t.review, kp) || f.review[kp].at > t.review[kp].at) t.review[kp] = f.review[kp]; });
      if (f.read) t.read = Math.max(t.read || 0, f.read);
      if (f.opened) t.opened = Math.min(t.opened || Infinity, f.opened);
    });
    Object.keys(from.quizzes).forEach(function (quiz) {
      var t = own(to.quizzes, quiz);
      if (!t || from.quizzes[quiz].attempts.length > t.attempts.length) to.quizzes[quiz] = from.quizzes[quiz];
    });
  }

  // prune drops the ticks and review cards of key points the site's skill
  // points no longer have, after shelving what refers to skill points and
  // quizzes it no longer has (see shelve); outline maps skill ids to their
  // key point ids, quizzes (when given) maps quiz ids to {title,
  // questions}.
  function prune(r, outline, quizzes) {
    shelve(r, outline, quizzes);
    Object.keys(r.newSkills).forEach(function (id) { if (!own(outline, id) || own(r.opened, id)) delete r.newSkills[id]; });
    Object.keys(r.fresh).forEach(function (skill) {
      var kps = own(outline, skill) || [];
      r.fresh[skill] = r.fresh[skill].filter(function (kp) { return kps.indexOf(kp) >= 0; });
      if (!r.fresh[skill].length) delete r.fresh[skill];
    });
    Object.keys(r.ticks).forEach(function (skill) {
      Object.keys(r.ticks[skill]).forEach(function (kp) {
        if (outline[skill].indexOf(kp) < 0) delete r.ticks[skill][kp];
      });
    });
    Object.keys(r.review).forEach(function (card) {
      var p = card.split(" ");
      if (outline[p[0]].indexOf(p[1]) < 0) delete r.review[card];
    });
    return r;
  }

  // shelve keeps what the record holds of skill points and quizzes that
  // the site no longer has — a file renamed, a page made a draft, a chapter
  // folder renamed, an id: added — in r.attic ({skills: {id: {ticks, kps,
  // review: {kp: card}, read, opened}}, quizzes: {id: quiz}}), where it
  // counts for nothing, and hands it back when they come back, or to the
  // skill point that took its place: the one that names the old id among
  // its aliases (aliases maps each to its skill point), else one with no
  // ticks or cards of its own whose key points are mostly (SAME_SKILL)
  // those the shelved one had, the likest; a quiz to the one with the
  // same title and as many questions (merged with the attempts it has
  // since). Attempts' wrong answers follow the skill points' new ids, and
  // their aliases. It returns the ids of the skill points and quizzes
  // handed progress back. Nothing of the trainee's is deleted but the ticks
  // and cards of key points a skill point drops (prune).
  var SAME_SKILL = 0.5;
  function shelve(r, outline, quizzes, aliases) {
    var a = r.attic;
    Object.keys(r.ticks).concat(Object.keys(r.kps), Object.keys(r.opened), reviewSkills(r)).forEach(function (skill) {
      if (!own(outline, skill)) stow(r, skill);
    });
    if (quizzes) Object.keys(r.quizzes).forEach(function (quiz) {
      if (!own(quizzes, quiz)) { a.quizzes[quiz] = r.quizzes[quiz]; delete r.quizzes[quiz]; }
    });
    var back = [], worked = workedOn(r);
    Object.keys(a.skills).forEach(function (gone) {
      var named = aliases && own(aliases, gone), to = own(outline, gone) ? gone : named && own(outline, named) ? named : heir(outline, a.skills[gone], worked);
      if (!to) return;
      var carded = Object.keys(a.skills[gone].review).length > 0;
      unstow(r, gone, to);
      back.push(to);
      if (own(r.ticks, to) || carded) worked[to] = true;
    });
    if (quizzes) Object.keys(a.quizzes).forEach(function (gone) {
      var to = own(quizzes, gone) ? gone : quizHeir(r, quizzes, a.quizzes[gone]);
      if (to) { r.quizzes[to] = addQuiz(r.quizzes[to] || { attempts: [] }, a.quizzes[gone]); delete a.quizzes[gone]; back.push(to); }
    });
    if (aliases) renameWrong(r, function (skill) { return !own(outline, skill) && own(aliases, skill) ? aliases[skill] : skill; });
    return back;
  }
  // renameWrong renames the skill points that quiz attempts name as those
  // a question about was answered wrongly: to(id) is the new id.
  function renameWrong(r, to) {
    [r.quizzes, r.attic.quizzes].forEach(function (qs) {
      Object.keys(qs).forEach(function (quiz) {
        qs[quiz].attempts.forEach(function (t) { (t.wrong || []).forEach(function (w) { w.skill = to(w.skill); }); });
      });
    });
  }
  function reviewSkills(r) { return Object.keys(r.review).map(function (card) { return card.split(" ")[0]; }); }
  // workedOn is the set of the skill points with ticks or review cards of
  // their own: none of them takes another's place (heir).
  function workedOn(r) {
    var out = {};
    Object.keys(r.ticks).concat(reviewSkills(r)).forEach(function (skill) { out[skill] = true; });
    return out;
  }
  // stow moves a skill point's ticks, key points, cards and reading to the
  // attic.
  function stow(r, skill) {
    var box = own(r.attic.skills, skill) || (r.attic.skills[skill] = { ticks: {}, kps: {}, review: {} });
    Object.assign(box.ticks, own(r.ticks, skill) || {});
    Object.assign(box.kps, own(r.kps, skill) || {});
    Object.keys(r.review).forEach(function (card) {
      var p = card.split(" ");
      if (p[0] === skill) { box.review[p[1]] = r.review[card]; delete r.review[card]; }
    });
    if (own(r.read, skill)) box.read = r.read[skill];
    if (own(r.opened, skill)) box.opened = r.opened[skill];
    delete r.ticks[skill]; delete r.kps[skill]; delete r.read[skill]; delete r.opened[skill];
  }
  // unstow hands the attic's box of skill point gone to skill point to.
  function unstow(r, gone, to) {
    var box = r.attic.skills[gone];
    delete r.attic.skills[gone];
    var t = r.ticks[to] || {};
    Object.keys(box.ticks).forEach(function (kp) { t[kp] = newer(own(t, kp) || 0, box.ticks[kp]); });
    if (Object.keys(t).length) r.ticks[to] = t;
    if (Object.keys(box.kps).length) r.kps[to] = box.kps; // as last seen: carry follows rewordings from there
    Object.keys(box.review).forEach(function (kp) { r.review[to + " " + kp] = box.review[kp]; });
    if (box.read) r.read[to] = Math.max(r.read[to] || 0, box.read);
    if (box.opened) r.opened[to] = Math.min(r.opened[to] || Infinity, box.opened);
    if (r.last && r.last.id === gone) r.last.id = to;
    renameWrong(r, function (skill) { return skill === gone ? to : skill; });
  }
  // heir is the skill point that took the place of a shelved one (see
  // shelve), or "": worked is workedOn's set.
  function heir(outline, box, worked) {
    var had = Object.keys(box.kps).concat(Object.keys(box.ticks), Object.keys(box.review));
    had = had.filter(function (kp, i) { return had.indexOf(kp) === i; });
    if (!had.length) return "";
    var best = "", bestShare = SAME_SKILL, tie = false;
    Object.keys(outline).forEach(function (skill) {
      if (own(worked, skill)) return;
      var kps = outline[skill], shared = had.filter(function (kp) { return kps.indexOf(kp) >= 0; }).length;
      var share = shared / (had.length + kps.length - shared);
      if (share > bestShare) { best = skill; bestShare = share; tie = false; } else if (share === bestShare && best) tie = true;
    });
    return tie ? "" : best;
  }
  // mayInherit reports whether skill point skill, its key points kps and
  // its aliases, may take the place of another that the record holds (see
  // shelve): a page without the site's outline loads it to know.
  function mayInherit(r, skill, kps, aliases) {
    var held = function (id) { return own(r.ticks, id) || own(r.kps, id) || own(r.opened, id) || own(r.attic.skills, id); };
    if ((aliases || []).some(held)) return true;
    var worked = workedOn(r);
    if (own(worked, skill)) return false;
    var one = {};
    one[skill] = kps;
    var boxes = Object.keys(r.attic.skills).map(function (id) { return r.attic.skills[id]; });
    Object.keys(r.ticks).concat(Object.keys(r.kps)).forEach(function (id) {
      if (id !== skill) boxes.push({ ticks: r.ticks[id] || {}, kps: r.kps[id] || {}, review: {} });
    });
    return boxes.some(function (box) { return heir(one, box, worked) === skill; });
  }
  // quizHeir is the quiz that took the place of a shelved one, or "": the
  // one quiz of the same title and number of questions (it may have
  // attempts of its own since: a trainee who came to it by an old link).
  function quizHeir(r, quizzes, q) {
    var found = Object.keys(quizzes).filter(function (id) {
      return q.title && quizzes[id].title === q.title && (!q.questions || quizzes[id].questions === q.questions);
    });
    return found.length === 1 ? found[0] : "";
  }
  // mayInheritQuiz reports whether quiz id, titled title, may take the
  // place of another that the record holds, shelved or not (see shelve):
  // a page without the site's outline loads it to know.
  function mayInheritQuiz(r, id, title) {
    var has = function (qs) { return Object.keys(qs).some(function (other) { return other !== id && qs[other].title === title; }); };
    return !!title && (has(r.attic.quizzes) || has(r.quizzes));
  }

  // A key point's id is a hash of its text (internal/markdown), so it
  // survives reordering and insertions but not a change of wording. carry
  // keeps a skill point's ticks and review cards across such a change: the
  // record remembers the key points as last seen (r.kps); a key point gone
  // since then whose text is like that of one new since then (similarity
  // at least SIMILAR, best pairs first, one to one) hands its tick and card
  // over. A deleted key point has no such match and loses its tick at
  // prune. kps is the skill point's key points now: [{id, text}].
  var SIMILAR = 0.5;
  function carry(r, skill, kps) {
    var before = r.kps[skill] || {}, now = {};
    kps.forEach(function (k) { now[k.id] = k.text; });
    var gone = Object.keys(before).filter(function (id) { return !(id in now); });
    var fresh = kps.filter(function (k) { return !(k.id in before); });
    var pairs = [];
    gone.forEach(function (g) {
      fresh.forEach(function (f) {
        var sim = similarity(before[g], f.text);
        if (sim >= SIMILAR) pairs.push({ from: g, to: f.id, sim: sim });
      });
    });
    pairs.sort(function (a, b) { return b.sim - a.sim; });
    var used = {};
    pairs.forEach(function (p) {
      if (used[p.from] || used[p.to]) return;
      used[p.from] = used[p.to] = true;
      move(r, skill, p.from, p.to);
    });
    // new to a trainee who saw the skill point before, with key points or none
    if (own(r.kps, skill)) addFresh(r, skill, fresh.filter(function (f) { return !used[f.id]; }).map(function (f) { return f.id; }));
    r.kps[skill] = now;
    return r;
  }
  // addFresh notes key points new to a skill point since the trainee saw
  // it (r.fresh), until its page marks them (progress.js's markNew).
  function addFresh(r, skill, ids) {
    if (!ids.length) return;
    var f = own(r.fresh, skill) || (r.fresh[skill] = []);
    ids.forEach(function (id) { if (f.indexOf(id) < 0) f.push(id); });
  }
  // noteNewSkills compares the skill points of a course the trainee has
  // begun, as its outline gives them (ids), with those it had when its
  // outline was last loaded (r.known: hashes of their ids), and notes those
  // added since, not opened, in r.newSkills, until the trainee opens them
  // (isNewSkill); then knows the course as it is. The first time, nothing
  // is new.
  function noteNewSkills(r, course, ids, now) {
    var known = own(r.known, course), hashes = ids.map(idHash);
    if (known) {
      ids.forEach(function (id, i) {
        if (known.indexOf(hashes[i]) < 0 && !own(r.opened, id) && !own(r.read, id)) r.newSkills[id] = own(r.newSkills, id) || now;
      });
    }
    r.known[course] = hashes;
  }
  function isNewSkill(r, id) { return !!own(r.newSkills, id) && !own(r.opened, id); }
  // idHash is a short hash of a skill point's id: FNV-1a, base 36.
  function idHash(id) {
    var h = 0x811c9dc5;
    for (var i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  }

  // freshLeft are the key points of a skill point added since the trainee
  // worked on it (r.fresh) that they have not ticked.
  function freshLeft(r, skill) {
    return (own(r.fresh, skill) || []).filter(function (kp) { return !ticked(r, skill, kp); });
  }
  // learnedFresh takes a key point the trainee ticked off the new ones
  // (r.fresh).
  function learnedFresh(r, skill, kp) {
    var f = own(r.fresh, skill);
    if (!f) return;
    r.fresh[skill] = f.filter(function (id) { return id !== kp; });
    if (!r.fresh[skill].length) delete r.fresh[skill];
  }
  function move(r, skill, from, to) {
    var t = r.ticks[skill];
    if (t && from in t) { t[to] = t[from]; delete t[from]; }
    var card = r.review[skill + " " + from];
    if (card) { r.review[skill + " " + to] = card; delete r.review[skill + " " + from]; }
  }
  // similarity is 1 - the edit distance over the longer length: 1 for the
  // same text, 0.79 for 让员工明白培训能给全心全意自己带来的收益 against
  // 让员工明白培训能给自己带来的收益.
  function similarity(a, b) {
    a = Array.from(a || ""); b = Array.from(b || "");
    var n = Math.max(a.length, b.length);
    return n ? 1 - distance(a, b) / n : 1;
  }
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var cur = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length];
  }

  // pruneSkill drops the ticks and review cards of one skill point's key
  // points that it no longer has (kps: the ids it has).
  function pruneSkill(r, skill, kps) {
    Object.keys(r.ticks[skill] || {}).forEach(function (kp) { if (kps.indexOf(kp) < 0) delete r.ticks[skill][kp]; });
    Object.keys(r.review).forEach(function (card) {
      var p = card.split(" ");
      if (p[0] === skill && kps.indexOf(p[1]) < 0) delete r.review[card];
    });
    return r;
  }

  function ticked(r, skill, kp) { return (r.ticks[skill] && r.ticks[skill][kp]) > 0; }

  // keyPointsPrint is the fingerprint of a set of key point ids that the
  // pages' lists carry instead of the ids (data-kps; internal/render makes
  // the same): FNV-1a (32 bits) of the ids sorted and joined by spaces, in
  // base 36.
  function keyPointsPrint(ids) {
    var s = ids.slice().sort().join(" "), h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
    return h.toString(36);
  }

  // tickedAll lists the key points of a skill point that the trainee has
  // ticked when they are exactly those whose print is given, else null:
  // how a list tells a mastered skill point without its key point ids. A
  // tick of a key point the site has dropped since (kept until the skill
  // point or a page with its course's outline is opened) makes it null.
  function tickedAll(r, skill, print) {
    var t = r.ticks[skill] || {}, ids = Object.keys(t).filter(function (kp) { return t[kp] > 0; });
    return keyPointsPrint(ids) === print ? ids : null;
  }

  // passed reports a quiz passed, as mastery counts it: at the version of
  // its newest attempt when attempts say their version — a pass before the
  // quiz changed counts until the trainee takes the changed quiz, and then
  // only a pass of that — else any pass.
  function passed(r, quiz) {
    var q = own(r.quizzes, quiz), last = q && q.attempts[q.attempts.length - 1];
    if (!q) return false;
    return last && last.version ? q.passedAt === last.version : !!q.passed;
  }

  // steps is what a skill point's mastery still needs under rule (the
  // site's requirements that are on): read (true: not read yet), keypoints
  // ({ticked, total}: some left to tick; never for a skill point without
  // key points) and quizzes (the ids of those not passed yet), each only
  // when needed. Empty when the skill point is mastered.
  function steps(r, skill, kps, rule, quizzes) {
    rule = rule || "read keypoints quizzes";
    var out = {}, n = kps.filter(function (kp) { return ticked(r, skill, kp); }).length;
    if (rule.indexOf("read") >= 0 && !r.read[skill]) out.read = true;
    if (rule.indexOf("keypoints") >= 0 && n < kps.length) out.keypoints = { ticked: n, total: kps.length };
    var left = toPass(r, quizzes, rule);
    if (left.length) out.quizzes = left;
    return out;
  }

  // mastered: read, every key point ticked, and every quiz the skill point
  // has passed; rule, from the site's configuration, lists the requirements
  // that are on.
  function mastered(r, skill, kps, rule, quizzes) {
    return Object.keys(steps(r, skill, kps, rule, quizzes)).length === 0;
  }

  // toPass is which of a skill point's quizzes its mastery still needs
  // passed: those not passed, when the rule asks for quizzes; else none.
  function toPass(r, quizzes, rule) {
    if ((rule || "read keypoints quizzes").indexOf("quizzes") < 0) return [];
    return (quizzes || []).filter(function (q) { return !passed(r, q); });
  }

  // Review cards are scheduled by FSRS-4.5 (the Free Spaced Repetition
  // Scheduler, as in Anki; formulas and default weights as in the
  // open-spaced-repetition go-fsrs v3 and ts-fsrs v4 ports). A card is
  // {s: stability in days, d: difficulty 1–10, due, at, reps, lapses}.
  // Grades: 1 不记得 (again), 2 困难 (hard), 3 记得 (good), 4 简单 (easy).
  var W = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461,
    2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755];
  var DECAY = -0.5, FACTOR = 19 / 81, MAX_DAYS = 36500;
  var RELEARN = 10 * 60000; // a forgotten card is due again in ten minutes
  function clampD(d) { return Math.min(Math.max(d, 1), 10); }
  function initDifficulty(g) { return clampD(W[4] - (g - 3) * W[5]); }
  function retrievability(days, s) { return Math.pow(1 + FACTOR * days / s, DECAY); }
  function nextDifficulty(d, g) { return clampD(W[7] * initDifficulty(3) + (1 - W[7]) * (d - W[6] * (g - 3))); }
  function recallStability(d, s, r, g) {
    var hard = g === 2 ? W[15] : 1, easy = g === 4 ? W[16] : 1;
    return s * (Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - r)) - 1) * hard * easy + 1);
  }
  function forgetStability(d, s, r) {
    return W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp(W[14] * (1 - r));
  }
  // interval is the days until recall falls to 90 %: the stability itself.
  function interval(s) { return Math.min(Math.max(Math.round(s), 1), MAX_DAYS); }

  // answer grades a review card (grade 1–4; true and false, from older
  // pages, are 3 and 1) and schedules it: a forgotten card is due again in
  // ten minutes, a remembered one after its stability in days.
  function answer(r, card, grade, now) {
    if (grade === true) grade = 3;
    if (grade === false) grade = 1;
    var c = r.review[card], next;
    if (!c || typeof c.s !== "number") {
      next = { s: W[grade - 1], d: initDifficulty(grade), reps: 0, lapses: 0 };
    } else {
      var days = Math.max(0, (now - c.at) / DAY), ret = retrievability(days, c.s);
      next = { d: nextDifficulty(c.d, grade), reps: c.reps, lapses: c.lapses };
      next.s = grade === 1 ? forgetStability(c.d, c.s, ret) : recallStability(c.d, c.s, ret, grade);
    }
    next.reps++;
    if (grade === 1) next.lapses++;
    next.at = now;
    next.due = grade === 1 ? now + RELEARN : now + interval(next.s) * DAY;
    r.review[card] = next;
    return next;
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

  // toDo lists what is left to do, skill points in the order given: each
  // one not mastered, with the steps its mastery still needs (stepsOf(skill)
  // is steps for it), the quizzes it was asked about in a failed newest
  // attempt and the questions missed there. Returns [{skill, steps,
  // failed: [quiz id], wrong: [text]}].
  function toDo(r, skills, stepsOf) {
    var missed = failedQuestions(r);
    return skills.map(function (s) {
      var m = missed[s] || { failed: [], wrong: [] };
      return { skill: s, steps: stepsOf(s), failed: m.failed, wrong: m.wrong };
    }).filter(function (t) { return Object.keys(t.steps).length > 0; });
  }

  // failedQuestions maps each skill point to the quizzes not passed yet
  // whose newest attempt got a question about it wrong, and those
  // questions: {skill: {failed: [quiz id], wrong: [text]}}.
  function failedQuestions(r) {
    var missed = {};
    Object.keys(r.quizzes).forEach(function (quiz) {
      var q = r.quizzes[quiz], lastTry = q.attempts[q.attempts.length - 1];
      if (passed(r, quiz) || !lastTry) return;
      (lastTry.wrong || []).forEach(function (w) {
        var m = own(missed, w.skill) || (missed[w.skill] = { failed: [], wrong: [] });
        if (m.failed.indexOf(quiz) < 0) m.failed.push(quiz);
        m.wrong.push(w.text);
      });
    });
    return missed;
  }

  // nextSkill is where to continue in order (skill ids in course order),
  // from order[from] on and then from the start (from: lastWorked's, or 0):
  // the first skill point whose page still needs reading or ticking
  // (stepsOf(skill) is steps for it), else the first one with a quiz left
  // to pass; null when every one is mastered. So the trainee goes on from
  // where they last worked, a skill point whose chapter quiz is still to
  // come does not hold them back, and one left unfinished earlier comes
  // round again after the course's end.
  function nextSkill(order, stepsOf, from) {
    var start = from > 0 ? from : 0, quizLeft = null;
    for (var k = 0; k < order.length; k++) {
      var id = order[(start + k) % order.length], s = stepsOf(id);
      if (s.read || s.keypoints) return id;
      if (s.quizzes && !quizLeft) quizLeft = id;
    }
    return quizLeft;
  }

  // lastWorked is the index in order of the skill point the trainee last
  // read to its end or ticked a key point of (opening a page is not work);
  // -1 when none.
  function lastWorked(r, order) {
    var best = -1, latest = 0;
    order.forEach(function (id, i) {
      var t = own(r.read, id) || 0, ticks = own(r.ticks, id) || {};
      Object.keys(ticks).forEach(function (kp) { t = Math.max(t, ticks[kp]); });
      if (t > latest) { latest = t; best = i; }
    });
    return best;
  }

  var api = { VERSION: VERSION, empty: empty, upgrade: upgrade, merge: merge, prune: prune, shelve: shelve, mayInherit: mayInherit, mayInheritQuiz: mayInheritQuiz, ticked: ticked,
    mastered: mastered, steps: steps, toPass: toPass, answer: answer, due: due, attempt: attempt, standing: standing, learnedFresh: learnedFresh, freshLeft: freshLeft, noteNewSkills: noteNewSkills, isNewSkill: isNewSkill, changes: changes, passed: passed, toDo: toDo, nextSkill: nextSkill, lastWorked: lastWorked, carry: carry, similarity: similarity, pruneSkill: pruneSkill,
    keyPointsPrint: keyPointsPrint, tickedAll: tickedAll };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else (root.Skillbook = root.Skillbook || {}).progressCore = api;
})(typeof window !== "undefined" ? window : globalThis);
