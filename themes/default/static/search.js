// Skillbook search: queries the static export of the site's bleve index
// (search/ in the output) and ranks exactly as the index does. Exposes
// window.Skillbook.search(query, {limit}). Dependency-free; loads its data
// as <script> files so that it works from file:// too.
(function () {
  "use strict";
  var SB = (window.Skillbook = window.Skillbook || {});
  var MAX_QUERY = 200, BEFORE = 20, LENGTH = 80;

  // ---- loading ---------------------------------------------------------
  var loaded = {}, waiting = {};
  // load loads a search data file, a script that hands its data to one of
  // the functions below. Over http it is fetched and parsed as JSON, which
  // is quicker than running it; from disk, where fetch() is refused, it
  // runs as a <script>.
  function load(name) {
    if (loaded[name] !== undefined) return Promise.resolve(loaded[name]);
    if (!waiting[name]) {
      var url = new URL("search/" + name, SB.root).href;
      waiting[name] = (location.protocol === "file:" ? runScript(url) : fetchData(url)).then(function () {
        if (loaded[name] === undefined) throw new Error("search data " + name + " is damaged");
        return loaded[name];
      }, function (err) {
        delete waiting[name];
        throw err;
      });
    }
    return waiting[name];
  }
  function runScript(url) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = url;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("search data " + url + " could not be loaded")); };
      document.head.appendChild(s);
    });
  }
  var CALL = /^Skillbook\.(search\w+)\(([\s\S]*)\);\s*$/;
  function fetchData(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search data " + url + " could not be loaded");
      return r.text();
    }).then(function (text) {
      var m = CALL.exec(text);
      if (m && typeof SB[m[1]] === "function") SB[m[1]](JSON.parse(m[2]));
    });
  }
  SB.searchMeta = function (d) { loaded["meta.js"] = d; };
  SB.searchTerms = function (d) { loaded["t/" + d[0] + ".js"] = { terms: d[1], chars: d[2] }; };
  SB.searchDocs = function (d) { loaded["d/" + d[0] + ".js"] = d[1]; };
  SB.searchBlock = function (d) { loaded["p/" + d[0] + ".js"] = d[1]; };
  SB.searchNear = function (d) { loaded["n/" + d[0] + ".js"] = { pinyin: d[1], units: d[2] }; };
  SB.searchPinyin = function (d) { loaded["n/py" + d[0] + ".js"] = { syllables: d[1], codes: d[2] }; };

  // A pack holds meta.pack consecutive documents, each [document, its
  // common terms' postings]; docPostings gathers the postings of the
  // documents loaded: {l: field lengths, t: {term: [field, freq…]}}.
  var docPostings = {};
  function loadDoc(doc, meta) {
    var p = Math.floor(doc / meta.pack);
    return load("d/" + p + ".js").then(function (pack) {
      pack.forEach(function (d, i) { docPostings[p * meta.pack + i] = d[1]; });
      return pack[doc - p * meta.pack][0];
    });
  }

  // ---- analysis: the same steps as the Go analyzer ----------------------
  var HAN = /\p{Script=Han}/u, WORD = /[\p{L}\p{N}\p{M}]/u, DIGIT = /\p{Nd}/u;
  function lower(c) {
    if (c === "\u0130") return "i";
    var l = c.toLowerCase();
    return Array.from(l).length === 1 ? l : c;
  }
  function lowerToken(cps) { return cps.map(lower).join(""); }
  function analyze(text) {
    var cps = Array.from(text.normalize("NFKC")), terms = [], han = [], word = null;
    function flushWord() { if (word) { terms.push(lowerToken(word)); word = null; } }
    function flushHan() {
      if (han.length === 1) terms.push(han[0]);
      for (var i = 0; i + 1 < han.length; i++) terms.push(han[i] + han[i + 1]);
      han = [];
    }
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { flushWord(); han.push(c); continue; }
      flushHan();
      var joiner = word && (c === "." || c === ",") && i > 0 && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) (word = word || []).push(c);
      else flushWord();
    }
    flushWord();
    flushHan();
    var seen = {};
    return terms.filter(function (t) { return seen[t] ? false : (seen[t] = true); });
  }
  SB.analyze = analyze;

  function shard(term, shards) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
    return (h >>> 0) % shards;
  }
  function loneHan(t) { var cps = Array.from(t); return cps.length === 1 && HAN.test(cps[0]); }

  // phrase is text as one term of the phrases field (Phrase in Go): its
  // tokens run together, a space between two runs of letters and digits.
  function phrase(text) {
    var cps = Array.from(text.normalize("NFKC")), out = "", inWord = false, wordBefore = false;
    for (var i = 0; i < cps.length; i++) {
      var c = cps[i];
      if (HAN.test(c)) { out += c; inWord = wordBefore = false; continue; }
      var joiner = inWord && (c === "." || c === ",") && i + 1 < cps.length && DIGIT.test(cps[i - 1]) && DIGIT.test(cps[i + 1]);
      if (WORD.test(c) || joiner) {
        if (!inWord && wordBefore) out += " ";
        out += lower(c);
        inWord = true;
      } else {
        wordBefore = wordBefore || inWord;
        inWord = false;
      }
    }
    return out ? "=" + out : "";
  }
  SB.phrase = phrase;

  // ---- ranking: bleve's TF-IDF for a conjunction (over the query's terms)
  // of disjunctions (over the fields) of term queries, plus the query as a
  // phrase when a title or key point is exactly that --------------------
  function search(query, opts) {
    var limit = opts && opts.limit !== undefined ? opts.limit : 10;
    var q = Array.from(String(query)).slice(0, MAX_QUERY).join(""), terms = analyze(q), exact = phrase(q), meta;
    if (!terms.length || limit <= 0) return Promise.resolve([]);
    return load("meta.js").then(function (m) {
      meta = m;
      return expand(terms, meta).then(function (groups) {
        var all = [].concat.apply([exact], groups);
        return Promise.all(all.map(function (t) { return load("t/" + shard(t, meta.shards) + ".js"); })).then(function () {
          return relaxed(groups, exact, meta);
        }).then(function (hits) { return hits.slice(0, limit); });
      });
    }).then(function (hits) {
      return Promise.all(hits.map(function (h) { return loadDoc(h.doc, meta); })).then(function (docs) {
        return hits.map(function (h, i) {
          var d = docs[i], sn = snippet(d.text, terms);
          var r = { url: link(d, sn.first), title: d.title, snippet: sn.html, score: h.score, kind: d.kind, course: d.course };
          docOf.set(r, d);
          return r;
        });
      });
    });
  }
  // Under `skillbook serve` the live index answers instead of the export.
  SB.search = function (query, opts) {
    var o = { suggest: false };
    Object.keys(opts || {}).forEach(function (k) { o[k] = opts[k]; });
    return SB.ask(query, o).then(function (a) { return a.results; });
  };
  SB.ask = function (query, opts) {
    if (!SB.searchAPI) return loadNear().then(function (n) { return n.ask(query, opts); });
    var limit = opts && opts.limit !== undefined ? opts.limit : 10;
    return fetch(SB.searchAPI + "?q=" + encodeURIComponent(query) + "&limit=" + limit).then(function (r) {
      if (!r.ok) throw new Error("search failed: " + r.status);
      return r.json();
    });
  };

  // Pinyin slips and suggestions (Ask in Go) are search-near.js's, loaded
  // with the first query.
  var near, docOf = new WeakMap();
  function loadNear() {
    SB._search = { search: search, docOf: docOf, load: load, loaded: loaded, shard: shard, entry: entry, isBlocked: isBlocked, loadDoc: loadDoc,
      snippet: snippet, link: link, lower: lower, lowerToken: lowerToken, loneHan: loneHan, HAN: HAN, WORD: WORD, DIGIT: DIGIT, MAX_QUERY: MAX_QUERY };
    near = near || runScript(new URL("assets/search-near.js", SB.root).href).then(function () { return SB._searchNear; });
    return near;
  }

  // expand turns each term into the group of terms it stands for: a lone
  // Han character stands for every indexed term that contains it.
  function expand(terms, meta) {
    return Promise.all(terms.map(function (t) {
      if (!loneHan(t)) return [t];
      return load("t/" + shard(t, meta.shards) + ".js").then(function (s) { return s.chars[t] || []; });
    }));
  }
  // relaxed ranks the pages that match every group; groups that match
  // nothing are dropped, and while no page has all the others, the one
  // with the most postings (the later of equals) — as relax does in Go.
  function relaxed(groups, exact, meta) {
    var sized = [];
    groups.forEach(function (g) { var n = groupSize(g, meta); if (n > 0) sized.push({ g: g, n: n }); });
    function attempt() {
      if (!sized.length) return [];
      var gs = sized.map(function (x) { return x.g; });
      return candidates(gs, meta).then(function (cands) {
        return postingsFor([[exact]], meta, cands).then(function () {
          var hits = rank(gs, exact, meta, cands);
          if (hits.length || sized.length === 1) return hits;
          var drop = 0;
          sized.forEach(function (x, i) { if (x.n >= sized[drop].n) drop = i; });
          sized.splice(drop, 1);
          return attempt();
        });
      });
    }
    return attempt();
  }

  // A shard holds a term's postings, or, for a common term, where its
  // blocks of postings are (see internal/search/blocks.go).
  function entry(term, meta) { return loaded["t/" + shard(term, meta.shards) + ".js"].terms[term]; }
  function isBlocked(e) { return e && !Array.isArray(e); }
  // blockName is the file of block b of a blocked term: shared by the
  // common terms of its group.
  function blockName(e, b) { return "p/" + e.g + "-" + b + ".js"; }

  // postingsOf returns a term's postings in one field: [field, doc, freq,
  // length, gap, …] lists — all of them, or those of the blocks loaded and
  // of the documents loaded whose blocks are not.
  function postingsOf(term, field, meta) {
    var e = entry(term, meta), lists = [];
    if (!e) return lists;
    if (!isBlocked(e)) {
      e.forEach(function (p) { if (p[0] === field) lists.push(p); });
      return lists;
    }
    var whole = loaded["p/" + e.k + "-all.js"];
    (whole ? [whole] : e.b.map(function (b) { var blk = loaded[blockName(e, b)]; return blk && blk[term]; })).forEach(function (blk) {
      if (blk) blk.forEach(function (p) { if (p[0] === field) lists.push(p); });
    });
    if (whole) return lists;
    Object.keys(docPostings).forEach(function (d) {
      var c = docPostings[d], p = c.t && c.t[term];
      if (!p || loaded[blockName(e, Math.floor(d / meta.block))]) return;
      for (var i = 0; i < p.length; i += 2) if (p[i] === field) lists.push([field, +d, p[i + 1], c.l[field]]);
    });
    return lists;
  }
  function docFreq(term, field, meta) {
    var e = entry(term, meta), df = 0;
    if (isBlocked(e)) e.d.forEach(function (d) { if (d[0] === field) df = d[1]; });
    else if (e) e.forEach(function (p) { if (p[0] === field) df = (p.length - 1) / 3; });
    return df;
  }
  function eachPosting(list, fn) {
    for (var i = 1, doc = 0; i < list.length; i += 3) { doc += list[i]; fn(doc, list[i + 1], list[i + 2]); }
  }
  // docsOf returns the documents a group's terms are in, from what is loaded.
  function docsOf(group, meta) {
    var docs = {};
    group.forEach(function (t) {
      meta.fields.forEach(function (f, fi) {
        postingsOf(t, fi, meta).forEach(function (l) { eachPosting(l, function (d) { docs[d] = true; }); });
      });
    });
    return docs;
  }
  function groupSize(group, meta) {
    var n = 0;
    group.forEach(function (t) { meta.fields.forEach(function (f, fi) { n += docFreq(t, fi, meta); }); });
    return n;
  }
  // loadBlocks loads the blocks of a group's common terms that hold the
  // given documents; a term's whole postings, one file, when docs is null
  // or would need many blocks (each block is a request).
  var MAX_BLOCKS = 12;
  function loadBlocks(group, meta, docs) {
    var want = {}, names = [];
    Object.keys(docs || {}).forEach(function (d) { want[Math.floor(d / meta.block)] = true; });
    group.forEach(function (t) {
      var e = entry(t, meta);
      if (!isBlocked(e)) return;
      var need = docs ? e.b.filter(function (b) { return want[b]; }) : e.b;
      if (!docs || need.length > MAX_BLOCKS || 2 * need.length > e.b.length) names.push("p/" + e.k + "-all.js");
      else need.forEach(function (b) { names.push(blockName(e, b)); });
    });
    return Promise.all(names.map(load));
  }
  // candidates narrows the documents down: from the smallest group, through
  // the groups whose postings the shards hold (no request), then through the
  // groups with common terms — group by group while many documents remain
  // and each group leaves at most half of them, fetching only the blocks
  // that hold them; otherwise all the rest at once (see postingsFor).
  // Every document that matches the whole query stays, with all its
  // postings loaded.
  // FEW is how many packs of candidates are few enough to fetch whole.
  var FEW = 12;
  function packCount(cands, meta) {
    var packs = {};
    Object.keys(cands).forEach(function (d) { packs[Math.floor(d / meta.pack)] = true; });
    return Object.keys(packs).length;
  }
  function hasBlocked(g, meta) { return g.some(function (t) { return isBlocked(entry(t, meta)); }); }
  function candidates(groups, meta) {
    var bySize = function (a, b) { return groupSize(a, meta) - groupSize(b, meta); };
    var inline = groups.filter(function (g) { return !hasBlocked(g, meta); }).sort(bySize);
    var order = inline.concat(groups.filter(function (g) { return hasBlocked(g, meta); }).sort(bySize));
    function keep(cands, g) {
      var in_ = docsOf(g, meta);
      Object.keys(cands).forEach(function (d) { if (!in_[d]) delete cands[d]; });
      return Object.keys(cands).length;
    }
    function atOnce(cands, rest) {
      return postingsFor(rest, meta, cands).then(function () {
        rest.forEach(function (g) { keep(cands, g); });
        return cands;
      });
    }
    function narrow(cands, rest) {
      var n = Object.keys(cands).length;
      if (!rest.length || !n) return cands;
      if (hasBlocked(rest[0], meta) && packCount(cands, meta) <= FEW) return atOnce(cands, rest);
      return loadBlocks(rest[0], meta, cands).then(function () {
        var left = keep(cands, rest[0]);
        return !hasBlocked(rest[0], meta) || 2 * left <= n ? narrow(cands, rest.slice(1)) : atOnce(cands, rest.slice(1));
      });
    }
    return loadBlocks(order[0], meta, null).then(function () { return narrow(docsOf(order[0], meta), order.slice(1)); });
  }
  // postingsFor loads the groups' postings for the candidates: the
  // candidates' packs when they are few (each holds its common terms'
  // postings, and the results shown need them anyway), else blocks.
  function postingsFor(groups, meta, cands) {
    var docs = Object.keys(cands);
    if (packCount(cands, meta) > FEW || !groups.some(function (g) { return hasBlocked(g, meta); })) {
      return Promise.all(groups.map(function (g) { return loadBlocks(g, meta, cands); }));
    }
    return Promise.all(docs.map(function (d) { return loadDoc(+d, meta); }));
  }

  // rank scores the candidates: leaves are the term queries, one per term
  // and field; the phrase's leaf makes the last group, which is optional.
  function rank(groups, exact, meta, cands) {
    var n = meta.n, fields = meta.fields, leaves = [], sumSq = 0;
    function leaf(group, term, fi, boost) {
      var df = docFreq(term, fi, meta), idf = 1 + Math.log(n / (df + 1)), w = boost * idf;
      sumSq += w * w;
      leaves.push({ group: group, lists: df ? postingsOf(term, fi, meta) : [], idf: idf, boost: boost });
    }
    groups.forEach(function (g, gi) {
      g.forEach(function (term) { fields.forEach(function (f, fi) { leaf(gi, term, fi, f[1]); }); });
    });
    leaf(groups.length, exact, fields.length, meta.phrase[1]);
    var qn = 1 / Math.sqrt(sumSq), perGroup = [];
    for (var i = 0; i <= groups.length; i++) perGroup.push({});
    leaves.forEach(function (l) {
      var weight = l.boost * l.idf * qn, scores = perGroup[l.group];
      l.lists.forEach(function (list) {
        eachPosting(list, function (doc, freq, length) {
          if (!cands[doc]) return;
          var s = Math.sqrt(freq) * Math.fround(1 / Math.sqrt(length)) * l.idf * weight;
          var e = scores[doc] || (scores[doc] = { sum: 0, count: 0 });
          e.sum += s;
          e.count++;
        });
      });
    });
    var hits = [];
    Object.keys(cands).forEach(function (doc) {
      var total = 0;
      for (var g = 0; g < groups.length; g++) {
        var e = perGroup[g][doc];
        if (!e) return;
        total += e.sum * (e.count / (groups[g].length * fields.length));
      }
      var p = perGroup[groups.length][doc];
      hits.push({ doc: +doc, score: p ? total + p.sum : total });
    });
    return hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }

  // link points at the section that holds the first match.
  function link(d, pos) {
    var id = "";
    (d.anchors || []).forEach(function (a) { if (a[1] <= pos) id = a[0]; });
    return id ? d.url + "#" + id : d.url;
  }

  // ---- snippets: the same as the Go side's ------------------------------
  function esc(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;" }[c]; });
  }
  function snippet(text, terms) {
    var cps = Array.from(text.replace(/\n+$/, "").replace(/\n/g, " ")), low = cps.map(lower);
    var ranges = [];
    terms.forEach(function (t) {
      var tc = Array.from(t);
      for (var i = 0; i + tc.length <= low.length; i++) {
        var ok = true;
        for (var j = 0; j < tc.length && ok; j++) ok = low[i + j] === tc[j];
        if (ok) ranges.push([i, i + tc.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
    });
    // the best match: the first of the longest runs (see Snippet in Go)
    var best = merged[0];
    merged.forEach(function (r) { if (r[1] - r[0] > best[1] - best[0]) best = r; });
    var first = best ? best[0] : -1;
    var start = first >= 0 ? Math.max(0, first - BEFORE) : 0, end = Math.min(cps.length, start + LENGTH);
    var out = start > 0 ? "…" : "", pos = start;
    merged.forEach(function (r) {
      var from = Math.max(r[0], pos), to = Math.min(r[1], end);
      if (from >= to) return;
      out += esc(cps.slice(pos, from).join("")) + "<mark>" + esc(cps.slice(from, to).join("")) + "</mark>";
      pos = to;
    });
    return { html: out + esc(cps.slice(pos, end).join("")) + (end < cps.length ? "…" : ""), first: first };
  }
})();
