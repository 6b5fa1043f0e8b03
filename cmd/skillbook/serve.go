package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"syscall"

	"skillbook/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[SITE | --site SITE] [--addr HOST:PORT] [--open]", `  skillbook serve                        serve this folder's site at http://127.0.0.1:1313/
  skillbook serve --addr 0.0.0.0:8080    let other machines on the network see it
  skillbook serve docs --open            serve docs/ and open a browser`, stdout, stderr)
	site := fs.String("site", ".", "the site's folder, holding skillbook.yaml")
	addr := fs.String("addr", "127.0.0.1:1313", "the address to listen on (loopback only unless you say otherwise)")
	open := fs.Bool("open", false, "open the site in the default browser")
	if code := parseSiteFlags(fs, args, site); code >= 0 {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := serve.Options{Site: *site, Addr: *addr, Log: stdout}
	if *open {
		opts.Ready = openBrowser
	}
	if err := serve.Run(ctx, opts); err != nil {
		fmt.Fprintf(stderr, "skillbook serve: %v\n", err)
		return 1
	}
	return 0
}

func openBrowser(url string) {
	for _, cmd := range []string{"xdg-open", "open"} {
		if p, err := exec.LookPath(cmd); err == nil {
			_ = exec.Command(p, url).Start()
			return
		}
	}
}
