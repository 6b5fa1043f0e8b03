package serve

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"
	"sync"

	"skillbook/internal/output"
)

// The live-reload script and its place, injected into HTML only when serving.
const (
	livePath   = "/__skillbook/live.js"
	eventsPath = "/__skillbook/events"
	liveTag    = `<script src="` + livePath + `" defer></script>`
)

//go:embed live.js
var liveJS []byte

// ServeHTTP serves the last good build from memory, plus the live-reload
// script and its event stream; before the first good build every page is
// the error page.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.serveEvents(w, r)
		return
	case livePath:
		send(w, r, "live.js", liveJS, http.StatusOK)
		return
	case searchPath:
		s.serveSearch(w, r)
		return
	}
	name, ok := cleanPath(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	s.serveFile(w, r, name)
}

// cleanPath turns a request path into an output path: "/a/b/" becomes
// "a/b/index.html". Paths that try to climb out (.., backslashes, NUL) are
// refused; the server only ever serves its build's own files anyway.
func cleanPath(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") || !strings.HasPrefix(p, "/") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if name == "." || name == "" || strings.HasSuffix(p, "/") {
		name = path.Join(name, "index.html")
	}
	return name, true
}

func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	s.mu.RLock()
	if !s.session.HasBuilt() {
		page := errorPage(s.diags)
		s.mu.RUnlock()
		send(w, r, "error.html", page, http.StatusInternalServerError)
		return
	}
	f, ok := s.session.File(name)
	_, isFolder := s.session.File(name + "/index.html")
	notFound, _ := s.session.File("404.html")
	movedTo := s.links.movedTo(name)
	s.mu.RUnlock()
	switch {
	case ok:
		data, err := fileData(f)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		send(w, r, name, data, http.StatusOK)
	case isFolder:
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	case movedTo != "": // renamed while open: the live reload lands on it
		http.Redirect(w, r, movedTo, http.StatusFound)
	default:
		send(w, r, "404.html", notFound.Data, http.StatusNotFound)
	}
}

func fileData(f output.File) ([]byte, error) {
	if f.From != "" {
		return os.ReadFile(f.From)
	}
	return f.Data, nil
}

// send writes a response with a UTF-8 content type, the live-reload script
// in HTML, and gzip when the client takes it.
func send(w http.ResponseWriter, r *http.Request, name string, data []byte, status int) {
	ctype := contentType(name)
	if strings.HasPrefix(ctype, "text/html") {
		data = injectLive(data)
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	if len(data) > 512 && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && compressible(ctype) {
		data = gzipped(data)
		h.Set("Content-Encoding", "gzip")
		h.Add("Vary", "Accept-Encoding")
	}
	h.Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// gzipWriters are reused: a new writer allocates about 800 KB, for every
// request (a browser's reload, a poll for a save). The fastest level: the
// server is on this machine or its network, and its CPU goes to rebuilds.
var gzipWriters = sync.Pool{New: func() any {
	gz, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
	return gz
}}

func gzipped(data []byte) []byte {
	var buf bytes.Buffer
	gz := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(gz)
	gz.Reset(&buf)
	_, _ = gz.Write(data)
	_ = gz.Close()
	return buf.Bytes()
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".json":
		return "application/json; charset=utf-8"
	case ".xml":
		return "application/xml; charset=utf-8"
	case ".svg":
		return "image/svg+xml"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "json") || strings.Contains(ctype, "xml") || strings.Contains(ctype, "svg")
}

// injectLive adds the live-reload script before </body>.
func injectLive(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(page, liveTag...)
	}
	out := make([]byte, 0, len(page)+len(liveTag))
	out = append(out, page[:i]...)
	out = append(out, liveTag...)
	return append(out, page[i:]...)
}

// serveEvents streams server-sent events: the current errors at once, then
// every change and error until the page goes away.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	events, done := s.hub.subscribe()
	defer done()
	s.mu.RLock()
	if s.diags.HasErrors() {
		writeEvent(w, event{"errors", s.diagsJSON()})
	} else {
		writeEvent(w, event{"ready", []byte("{}")})
	}
	s.mu.RUnlock()
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev := <-events:
			writeEvent(w, ev)
			flusher.Flush()
		}
	}
}

func writeEvent(w http.ResponseWriter, ev event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
}
