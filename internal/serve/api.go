package serve

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"skillbook/internal/render"
	"skillbook/internal/search"
)

// searchPath answers queries from the live search index, with the JSON that
// `skillbook search --json` prints: ?q=…&limit=…, and course=… or kind=…
// to search one course's pages or one kind's (search.Filter).
const searchPath = "/api/search"

func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = 10
	}
	limit = min(limit, 100)
	s.mu.RLock()
	ix, lang := s.session.Search(), s.session.Language()
	params := r.URL.Query()
	q, only := params.Get("q"), search.Filter{Course: params.Get("course"), Kind: params.Get("kind")}
	answer := search.Answer{Results: []search.Result{}, Dropped: []string{}, Suggestions: []search.Suggestion{}}
	if ix != nil {
		answer, err = ix.AskIn(r.Context(), q, limit, only)
	}
	s.mu.RUnlock()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if answer.Instead != "" {
		answer.Message = render.Label(lang, "search_instead", strings.TrimSpace(q), answer.Instead)
	}
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(answer)
	send(w, r, "search.json", body.Bytes(), http.StatusOK)
}
