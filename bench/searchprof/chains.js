// Counts the rounds of a page's requests as chains of waits: each request
// (a fetch() or a script element the page adds) is one round after the
// request that ended last when it was asked, the one whose end the page's
// code was answering; none has ended yet: round 1. A fetch ends when its
// body has come whole. __chains.take() returns the requests since the last
// take, as [url, start, end, round], and starts counting from round 1.
(function () {
  var log = [], last = 0;
  function begin(url) {
    var e = [String(url), performance.now(), 0, last + 1];
    log.push(e);
    return e;
  }
  function end(e) {
    e[2] = performance.now();
    last = e[3];
  }
  var fetch = window.fetch;
  window.fetch = function (input, init) {
    var e = begin(input instanceof Request ? input.url : input);
    return fetch.call(this, input, init).then(function (r) {
      return r.arrayBuffer().then(function (b) {
        end(e);
        return new Response(b, { status: r.status, statusText: r.statusText, headers: r.headers });
      });
    }, function (err) {
      end(e);
      throw err;
    });
  };
  // A script's load is seen before its onload runs (capture, on the document).
  var scripts = new WeakMap(), append = Node.prototype.appendChild;
  Node.prototype.appendChild = function (n) {
    if (n instanceof HTMLScriptElement && n.src) scripts.set(n, begin(n.src));
    return append.call(this, n);
  };
  ["load", "error"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var e = scripts.get(ev.target);
      if (e) end(e);
    }, true);
  });
  window.__chains = {
    take: function () {
      last = 0;
      return log.splice(0);
    }
  };
})();
