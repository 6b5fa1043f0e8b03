// Command savelatency measures how long a development server takes from a
// file's save to serving the rebuilt page:
//
//	savelatency -file content/a.md -url http://127.0.0.1:1313/a/ -rounds 20
//
// Each round inserts a new marker line before the file's last heading (or at
// its end), saves it in place, and polls the URL until the marker is served.
// It prints the median and the 95th percentile.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"
)

func main() {
	file := flag.String("file", "", "the Markdown file to edit")
	url := flag.String("url", "", "the URL of its page")
	rounds := flag.Int("rounds", 20, "how many saves")
	name := flag.String("name", "server", "a name for the output line")
	flag.Parse()
	src, err := os.ReadFile(*file)
	if err != nil {
		fail(err)
	}
	defer os.WriteFile(*file, src, 0o644)
	var times []time.Duration
	for i := 1; i <= *rounds; i++ {
		marker := fmt.Sprintf("savelatency%dx%d", time.Now().UnixNano(), i)
		start := time.Now()
		if err := os.WriteFile(*file, insert(src, marker), 0o644); err != nil {
			fail(err)
		}
		if err := waitFor(*url, marker, 30*time.Second); err != nil {
			fail(err)
		}
		times = append(times, time.Since(start))
		time.Sleep(300 * time.Millisecond) // let the server settle between saves
	}
	slices.Sort(times)
	fmt.Printf("%s: save → served median %.1f ms, p95 %.1f ms (%d saves)\n", *name,
		ms(times[len(times)/2]), ms(times[min(len(times)-1, len(times)*95/100)]), len(times))
}

func insert(src []byte, marker string) []byte {
	s := string(src)
	if i := strings.LastIndex(s, "\n## "); i >= 0 {
		return []byte(s[:i] + "\n\n" + marker + "\n" + s[i:])
	}
	return []byte(s + "\n\n" + marker + "\n")
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
