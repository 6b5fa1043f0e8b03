// Command savelatency measures how long a development server takes from a
// skill point's save to serving its rebuilt page:
//
//	savelatency -file content/a.md -url http://127.0.0.1:1313/a/ -edit body -rounds 20
//
// Each round edits the file in place (see corpus.Edits), puts a new marker in it,
// and polls the URL until the marker is served. It prints the median and
// the 95th percentile, and puts the file back as it was.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"skillbook/internal/corpus"
)

func main() {
	file := flag.String("file", "", "the skill point's Markdown file")
	url := flag.String("url", "", "the URL of its page")
	rounds := flag.Int("rounds", 20, "how many saves")
	kind := flag.String("edit", "body", "what each save changes: "+strings.Join(corpus.EditKinds, ", ")+" (see corpus.Edits)")
	name := flag.String("name", "server", "a name for the output line")
	flag.Parse()
	edit, ok := corpus.Edits[*kind]
	if !ok {
		fail(fmt.Errorf("no edit %q", *kind))
	}
	src, err := os.ReadFile(*file)
	if err != nil {
		fail(err)
	}
	defer os.WriteFile(*file, src, 0o644)
	restoreOnSignal(*file, src)
	var times []time.Duration
	for i := 1; i <= *rounds; i++ {
		marker := fmt.Sprintf("savelatency%dx%d", time.Now().UnixNano(), i)
		edited, err := edit(string(src), marker, i)
		if err != nil {
			fail(fmt.Errorf("%s: %w", *file, err))
		}
		start := time.Now()
		if err := os.WriteFile(*file, []byte(edited), 0o644); err != nil {
			fail(err)
		}
		if err := waitFor(*url, marker, 60*time.Second); err != nil {
			fail(err)
		}
		times = append(times, time.Since(start))
		time.Sleep(300 * time.Millisecond) // let the server settle between saves
	}
	slices.Sort(times)
	fmt.Printf("%s, %s edit: save → served median %.1f ms, p95 %.1f ms (%d saves)\n", *name, *kind,
		ms(times[len(times)/2]), ms(times[min(len(times)-1, len(times)*95/100)]), len(times))
}

// restoreOnSignal puts the file back as it was when the command is
// interrupted or killed.
func restoreOnSignal(file string, src []byte) {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-stop
		_ = os.WriteFile(file, src, 0o644)
		os.Exit(1)
	}()
}

func waitFor(url, marker string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), marker) {
				return nil
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return fmt.Errorf("%s never served %s", url, marker)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "savelatency:", err)
	os.Exit(1)
}
