package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"

	"skillbook/internal/search"
)

// searchPath answers queries from the live search index, with the JSON that
// `skillbook search --json` prints.
const searchPath = "/api/search"

func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = 10
	}
	limit = min(limit, 100)
	s.mu.RLock()
	ix := s.session.Search()
	var hits []search.Result
	if ix != nil {
		hits, err = ix.Search(r.Context(), r.URL.Query().Get("q"), limit)
	}
	s.mu.RUnlock()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if hits == nil {
		hits = []search.Result{}
	}
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(hits)
	send(w, r, "search.json", body.Bytes(), http.StatusOK)
}
