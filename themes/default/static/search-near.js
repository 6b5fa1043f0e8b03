// Skillbook search, pinyin slips and suggestions: Skillbook.ask, loaded by
// search.js with the first query. The same steps as Ask, Correct, Dropped
// and Suggest in internal/search.
(function () {
  "use strict";
  var SB = window.Skillbook, S = SB._search;
  var search = S.search, docOf = S.docOf, load = S.load, loaded = S.loaded, shard = S.shard, entry = S.entry, isBlocked = S.isBlocked;
  var loadDoc = S.loadDoc, snippet = S.snippet, link = S.link;
  var lower = S.lower, lowerToken = S.lowerToken, loneHan = S.loneHan, HAN = S.HAN, WORD = S.WORD, DIGIT = S.DIGIT, MAX_QUERY = S.MAX_QUERY;

  // ask is search with the query's pinyin slips replaced first; it names
  // the parts of the query the results leave out, and, with no result or
  // none that holds any of it, suggests the nearest pages (unless
  // opts.suggest is false: search).
  function ask(query, opts) {
    var limit = opts && opts.limit !== undefined ? opts.limit : 10, plain = opts && opts.suggest === false;
    if (limit > 0) S.prefetch(query);
    return correct(query).then(function (fixed) {
      var q = fixed || query, a = { results: [], dropped: [], suggestions: [] };
      if (fixed) a.instead = fixed;
      return search(q, opts).then(function (results) {
        a.results = results;
        if (results.length && !plain) a.dropped = dropped(q, results.map(function (r) { return docOf.get(r); }));
        var all = pieces(Array.from(q).slice(0, MAX_QUERY).join("")).map(function (p) { return p.join(""); }).join("");
        if (plain || limit <= 0 || (results.length && !(all && a.dropped.join("") === all))) return a; // see droppedAll in Go
        return suggest(q).then(function (s) { a.suggestions = s; return a; });
      });
    });
  }
  function inFields(term, meta) {
    var e = entry(term, meta), n = meta.fields.length;
    if (isBlocked(e)) return e.d.some(function (d) { return d[0] < n; });
    return !!e && e.some(function (p) { return p[0] < n; });
  }
  function nearName(key, meta) { return "n/" + shard(key, meta.near.shards) + ".js"; }
  function hanRuns(cps) {
    var runs = [];
    for (var i = 0; i < cps.length;) {
      var j = i;
      while (j < cps.length && HAN.test(cps[j])) j++;
      if (j - i >= 2) runs.push([i, j]);
      i = j + 1;
    }
    return runs;
  }
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
    var pairs = [];
    runs.forEach(function (r) { for (var i = r[0]; i + 1 < r[1]; i++) pairs.push(cps[i] + cps[i + 1]); });
    if (!pairs.length) return Promise.resolve("");
    return load("meta.js").then(function (m) {
      meta = m;
      return Promise.all(pairs.map(function (p) { return load("t/" + shard(p, meta.shards) + ".js"); }));
    }).then(function () {
      var missing = pairs.filter(function (p) { return !inFields(p, meta); });
      if (!missing.length) return false;
      var reversed = missing.map(function (p) { var c = Array.from(p); return "t/" + shard(c[1] + c[0], meta.shards) + ".js"; });
      return Promise.all(reversed.map(load)).then(function () { return missing; });
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
        var names = {};
        runs.forEach(function (r) {
          neighbourPairs(cps.slice(r[0], r[1]), meta).forEach(function (p) { names["t/" + shard(p, meta.shards) + ".js"] = true; });
        });
        return Promise.all(Object.keys(names).map(load));
      }).then(function () { return true; });
    }).then(function (any) {
      if (!any) return "";
      var changed = false;
      runs.forEach(function (r) { if (correctRun(cps, r[0], r[1], meta)) changed = true; });
      return changed ? cps.join("") : "";
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
  function within(run, lex) {
    var out = run.map(function () { return false; });
    for (var i = 0; i < run.length; i++) {
      for (var n = 2; n <= lex.longest && i + n <= run.length; n++) {
        if (lex.has(run.slice(i, i + n).join(""))) for (var j = i; j < i + n; j++) out[j] = true;
      }
    }
    return out;
  }
  function correctRun(cps, from, to, meta) {
    var asked = cps.slice(from, to), run = asked.slice(), found = [], locked = within(asked, S.lexicon(meta)), changed = false;
    for (var i = 0; i + 1 < run.length; i++) found.push(inFields(run[i] + run[i + 1], meta));
    // may: character j may become c (see correctRun in Go)
    function may(j, other, c) {
      if (c === run[j]) return true;
      if (locked[j] || KEPT_CHARS.indexOf(run[j]) >= 0) return false;
      if (other < 0 || other >= found.length) return true;
      if (locked[other] || locked[other + 1]) return false;
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
        locked[i] = locked[i + 1] = changed = true;
        break;
      }
    });
    for (var k = 0; k < run.length; k++) cps[from + k] = run[k];
    return changed;
  }
  // units are a text's Han characters and lower-cased runs of letters and
  // digits, each once; pieces its runs of Han characters and its words.
  function pieces(text) {
    var cps = Array.from(text.normalize("NFKC")), out = [], han = null, word = null;
    function flushWord() { if (word) { out.push([lowerToken(word)]); word = null; } }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { flushWord(); if (!han) out.push(han = []); han.push(c); continue; }
      han = null;
      var joiner = word && (c === "." || c === ",") && i > 0 && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    return out;
  }
  function units(text) {
    var out = [];
    pieces(text).forEach(function (p) { p.forEach(function (u) { if (out.indexOf(u) < 0) out.push(u); }); });
    return out;
  }
  // dropped names the parts of the query that none of the documents holds
  // (see Dropped in Go).
  function dropped(q, docs) {
    var texts = docs.map(function (d) { return Array.from(d.title + "\n" + d.text).map(lower); });
    function has(term) {
      var tc = Array.from(term);
      return texts.some(function (low) {
        for (var i = 0; i + tc.length <= low.length; i++) {
          var ok = true;
          for (var j = 0; j < tc.length && ok; j++) ok = low[i + j] === tc[j];
          if (ok) return true;
        }
        return false;
      });
    }
    var out = [];
    pieces(Array.from(q).slice(0, MAX_QUERY).join("")).forEach(function (p) {
      if (p.length === 1 || !loneHan(p[0])) { if (!has(p.join(""))) out.push(p.join("")); return; }
      var kept = p.map(function () { return false; });
      for (var i = 0; i + 1 < p.length; i++) if (has(p[i] + p[i + 1])) kept[i] = kept[i + 1] = true;
      for (var k = 0; k < p.length;) {
        if (kept[k]) { k++; continue; }
        var e = k;
        while (e < p.length && !kept[e]) e++;
        out.push(p.slice(k, e).join(""));
        k = e;
      }
    });
    return out;
  }
  // suggest resolves to the pages whose titles and key points share most
  // of the query's units (see Suggest in Go).
  var MAX_SUGGESTIONS = 5;
  function suggest(q) {
    var us = units(Array.from(q).slice(0, MAX_QUERY).join("")), meta;
    return load("meta.js").then(function (m) {
      meta = m;
      return Promise.all(us.map(function (u) { return load(nearName(u, meta)); }));
    }).then(function (files) {
      var score = {};
      us.forEach(function (u, i) {
        var lists = files[i].units[u] || [], got = {};
        lists.forEach(function (gaps, f) {
          for (var j = 0, d = 0; j < gaps.length; j++) { d += gaps[j]; got[d] = Math.max(got[d] || 0, 2 - f); }
        });
        Object.keys(got).forEach(function (d) { score[d] = (score[d] || 0) + got[d]; });
      });
      var docs = Object.keys(score).map(Number).sort(function (a, b) { return score[b] - score[a] || a - b; }).slice(0, MAX_SUGGESTIONS);
      return Promise.all(docs.map(function (d) { return loadDoc(d, meta); }));
    }).then(function (docs) {
      return docs.map(function (d) {
        var sn = snippet(d.text, us);
        return { url: link(d, sn.first), title: d.title, snippet: sn.html };
      });
    });
  }
  SB._searchNear = { ask: ask };
})();
