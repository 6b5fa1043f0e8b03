package serve

import (
	"sync"
)

// event is one server-sent event for the pages open in browsers.
type event struct {
	name string // "change" or "errors"
	data []byte // JSON
}

// hub fans events out to every open page.
type hub struct {
	mu      sync.Mutex
	clients map[chan event]bool
}

func newHub() *hub { return &hub{clients: map[chan event]bool{}} }

// subscribe returns a channel of events and the function that ends the
// subscription.
func (h *hub) subscribe() (<-chan event, func()) {
	ch := make(chan event, 8)
	h.mu.Lock()
	h.clients[ch] = true
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.clients, ch)
		h.mu.Unlock()
	}
}

// broadcast sends ev to every client; a client too slow to take it misses
// it rather than blocking the others.
func (h *hub) broadcast(ev event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case ch <- ev:
		default:
		}
	}
}
