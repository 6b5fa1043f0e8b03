// Skillbook search, pinyin slips and suggestions, loaded by search.js for
// a query with a pair that no page has, or that finds nothing. The same
// steps as Correct and Suggest in internal/search.
(function () {
  "use strict";
  var SB = window.Skillbook, S = SB._search;
  var load = S.load, loaded = S.loaded, shard = S.shard, loadShards = S.loadShards, inFields = S.inFields, hanRuns = S.hanRuns, pieces = S.pieces;
  var letterWords = S.letterWords, singular = S.singular;
  var loadDoc = S.loadDoc, snippet = S.snippet, link = S.link, MAX_QUERY = S.MAX_QUERY;

  function nearName(key, meta) { return "n/" + shard(key, meta.near.shards) + ".js"; }
  function pinyinOf(c, meta) {
    var cp = c.codePointAt(0), py = meta.near.pinyin;
    if (cp < py[0] || cp > py[1]) return "";
    var t = loaded["n/py" + Math.floor((cp - py[0]) / py[2]) + ".js"], i = 2 * ((cp - py[0]) % py[2]);
    var n = PY_DIGITS.indexOf(t.codes[i]) * 64 + PY_DIGITS.indexOf(t.codes[i + 1]);
    return n ? t.syllables[n - 1] : "";
  }
  var PY_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  function pinyinKey(term, meta) {
    var key = "", cps = Array.from(term);
    for (var i = 0; i < cps.length; i++) {
      var p = pinyinOf(cps[i], meta);
      if (!p) return "";
      key += p;
    }
    return cps.length >= 2 ? key : "";
  }
  // correct resolves to the query with its pinyin slips replaced, or ""
  // when there is none (see Correct in Go).
  function correct(query) {
    var cps = Array.from(Array.from(String(query)).slice(0, MAX_QUERY).join("").normalize("NFKC")), runs = hanRuns(cps), meta;
    var pairs = [], words = letterWords(cps.join(""));
    runs.forEach(function (r) { for (var i = r[0]; i + 1 < r[1]; i++) pairs.push(cps[i] + cps[i + 1]); });
    if (!pairs.length && !words.length) return Promise.resolve("");
    return load("meta.js").then(function (m) {
      meta = m;
      return loadShards(pairs.concat(words.map(singular)), meta);
    }).then(function () {
      var missing = pairs.filter(function (p) { return !inFields(p, meta); });
      if (!missing.length) return false;
      var reversed = missing.map(function (p) { var c = Array.from(p); return c[1] + c[0]; });
      return loadShards(reversed, meta).then(function () { return missing; });
    }).then(function (missing) {
      var py = meta.near.pinyin, blocks = {};
      if (!missing) return false;
      missing.forEach(function (p) {
        Array.from(p).forEach(function (c) {
          var cp = c.codePointAt(0);
          if (cp >= py[0] && cp <= py[1]) blocks["n/py" + Math.floor((cp - py[0]) / py[2]) + ".js"] = true;
        });
      });
      return Promise.all(Object.keys(blocks).map(load)).then(function () {
        var names = {};
        missing.forEach(function (p) { var k = pinyinKey(p, meta); if (k) names[nearName(k, meta)] = true; });
        return Promise.all(Object.keys(names).map(load));
      }).then(function () {
        var pairs = [];
        runs.forEach(function (r) { pairs = pairs.concat(neighbourPairs(cps.slice(r[0], r[1]), meta)); });
        return loadShards(pairs, meta);
      }).then(function () { return true; });
    }).then(function (any) {
      var changed = false;
      if (any) runs.forEach(function (r) { if (correctRun(cps, r[0], r[1], meta)) changed = true; });
      var missing = words.filter(function (w) { return !inFields(singular(w), meta); });
      return Promise.all(missing.map(function (w) { return load(nearName(w, meta)); })).then(function () {
        var text = cps.join(""), fixed = correctLetters(text, meta);
        return changed || fixed !== text ? fixed : "";
      });
    });
  }
  // correctLetters replaces each word of letters alone that no page has by
  // the site's term whose pinyin it is (correctLetters in Go).
  function correctLetters(text, meta) {
    return text.replace(/[A-Za-z0-9]+/g, function (w) {
      var k = w.toLowerCase(), f = loaded[nearName(k, meta)];
      if (!/^[a-z]{3,}$/.test(k) || inFields(singular(k), meta)) return w;
      return f && f.pinyin[k] && f.pinyin[k].length ? f.pinyin[k][0] : w;
    });
  }
  // neighbourPairs are the pairs a replacement in a run may make with the
  // characters beside it: correctRun asks whether pages have them.
  function neighbourPairs(run, meta) {
    var found = [], out = [];
    for (var i = 0; i + 1 < run.length; i++) found.push(inFields(run[i] + run[i + 1], meta));
    found.forEach(function (ok, i) {
      if (ok || inFields(run[i + 1] + run[i], meta)) return;
      samePinyin(run[i] + run[i + 1], meta).forEach(function (t) {
        var c = Array.from(t);
        if (c.length !== 2) return;
        if (c[0] !== run[i] && i > 0) out.push(run[i - 1] + c[0]);
        if (c[1] !== run[i + 1] && i + 1 < found.length) out.push(c[1] + run[i + 2]);
      });
    });
    return out;
  }
  function samePinyin(term, meta) {
    var key = pinyinKey(term, meta);
    if (!key) return [];
    var f = loaded[nearName(key, meta)];
    return ((f && f.pinyin[key]) || []).filter(function (t) { return t !== term; });
  }
  var KEPT_CHARS = "是的了吗呢么什怎哪"; // keptChars in Go
  // within marks the characters of a run that stand in a word of two
  // characters or more that the lexicon knows (within in Go).
  function within(run, lex) { return S.marked(run, lex.has, lex); }
  function correctRun(cps, from, to, meta) {
    var asked = cps.slice(from, to), run = asked.slice(), found = [], known = within(asked, S.lexicon(meta)), replaced = [], changed = false;
    for (var i = 0; i + 1 < run.length; i++) found.push(inFields(run[i] + run[i + 1], meta));
    // may: character j may become c (see correctRun in Go)
    function may(j, other, c) {
      if (c === run[j]) return true;
      if (replaced[j] || known[j] || KEPT_CHARS.indexOf(run[j]) >= 0) return false;
      if (other < 0 || other >= found.length) return true;
      if (replaced[other] || replaced[other + 1]) return false;
      var pair = [run[other], run[other + 1]];
      pair[j - other] = c;
      return inFields(pair.join(""), meta);
    }
    found.forEach(function (ok, i) {
      if (ok || inFields(asked[i + 1] + asked[i], meta)) return; // or the other word order
      var cands = samePinyin(asked[i] + asked[i + 1], meta);
      for (var j = 0; j < cands.length; j++) {
        var c = Array.from(cands[j]);
        if (c.length !== 2 || !may(i, i - 1, c[0]) || !may(i + 1, i + 1, c[1])) continue;
        run[i] = c[0];
        run[i + 1] = c[1];
        replaced[i] = replaced[i + 1] = changed = true;
        break;
      }
    });
    for (var k = 0; k < run.length; k++) cps[from + k] = run[k];
    return changed;
  }
  // units are a text's Han characters and lower-cased runs of letters and
  // digits, each once.
  function units(text) {
    var out = [];
    pieces(text).forEach(function (p) { p.forEach(function (u) { if (out.indexOf(u) < 0) out.push(u); }); });
    return out;
  }
  // suggest resolves to the pages whose titles and key points share most
  // of the query's units, two of them at least, or its one (see Suggest in
  // Go).
  var MAX_SUGGESTIONS = 5;
  function suggest(q) {
    var us = units(Array.from(q).slice(0, MAX_QUERY).join("")), meta;
    return load("meta.js").then(function (m) {
      meta = m;
      return Promise.all(us.map(function (u) { return load(nearName(u, meta)); }));
    }).then(function (files) {
      var score = {}, shared = {};
      us.forEach(function (u, i) {
        var lists = files[i].units[u] || [], got = {};
        lists.forEach(function (gaps, f) {
          for (var j = 0, d = 0; j < gaps.length; j++) { d += gaps[j]; got[d] = Math.max(got[d] || 0, 2 - f); }
        });
        Object.keys(got).forEach(function (d) { score[d] = (score[d] || 0) + got[d]; shared[d] = (shared[d] || 0) + 1; });
      });
      var need = Math.min(2, us.length);
      var docs = Object.keys(score).filter(function (d) { return shared[d] >= need; }).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; }).slice(0, MAX_SUGGESTIONS);
      return Promise.all(docs.map(function (d) { return loadDoc(d, meta); }));
    }).then(function (docs) {
      return docs.map(function (d) {
        var sn = snippet(d.text, us);
        return { url: link(d, sn.first), title: d.title, snippet: sn.html };
      });
    });
  }
  SB._searchNear = { correct: correct, suggest: suggest };
})();
