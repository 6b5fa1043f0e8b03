package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"skillbook/internal/config"
	"skillbook/internal/watch"
)

// Options say what to serve and where.
type Options struct {
	Site string    // the site's folder
	Addr string    // host:port to listen on; port 0 picks a free one
	Log  io.Writer // the terminal: one line per rebuild
	// Ready, when set, is called with the site's URL once it is served.
	Ready func(url string)
}

// Run builds the site, serves it and rebuilds on every change until ctx is
// cancelled.
func Run(ctx context.Context, opts Options) error {
	site, log := opts.Site, opts.Log
	if fi, err := os.Stat(site); err != nil || !fi.IsDir() {
		// A folder without skillbook.yaml is served, with the error on every
		// page until it is made; a mistyped folder would never be watched.
		return fmt.Errorf("no folder %s: give the folder of your site, which holds %s (or make one with `skillbook new %s`)", site, config.FileName, site)
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s is in use, perhaps by another skillbook serve: stop it, or serve on another port with --addr %s", opts.Addr, nextPort(opts.Addr))
	}
	if err != nil {
		return err
	}
	srv := New(site, log)
	w, err := watchSite(site)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()
	go func() {
		_ = w.Run(ctx, func(paths []string) {
			if paths = siteFiles(site, paths); len(paths) > 0 {
				srv.Rebuild(paths)
			}
		})
	}()
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(log, "serving %s at %s (Ctrl-C to stop)\n", absolute(site), url)
	if opts.Ready != nil {
		opts.Ready(url)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		_ = hs.Shutdown(shutdown)
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(log, "stopped")
	return nil
}

// watchedTrees are the folders of a site whose changes rebuild it.
var watchedTrees = []string{"content", "quizzes", "themes"}

func watchSite(site string) (*watch.Watcher, error) {
	trees := make([]string, len(watchedTrees))
	for i, t := range watchedTrees {
		trees[i] = filepath.Join(site, t)
	}
	return watch.New(trees, []string{filepath.Join(site, config.FileName)})
}

// siteFiles keeps the paths that belong to the site: a watched tree or a
// path inside one, or the configuration file.
func siteFiles(site string, paths []string) []string {
	var keep []string
	for _, p := range paths {
		rel, err := filepath.Rel(site, p)
		if err != nil {
			continue
		}
		top, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
		if rel == config.FileName || slices.Contains(watchedTrees, top) {
			keep = append(keep, p)
		}
	}
	return keep
}

// nextPort is addr with the port after its own (127.0.0.1:1314 for
// 127.0.0.1:1313), or addr when it has no port number.
func nextPort(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n >= 65535 {
		return addr
	}
	return net.JoinHostPort(host, strconv.Itoa(n+1))
}

// absolute is the site's folder as the terminal should show it: its whole
// path ("serving . at …" said nothing of which site).
func absolute(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}
