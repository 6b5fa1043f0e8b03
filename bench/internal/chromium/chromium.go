// Package chromium starts the headless Chromium the bench tools measure
// pages in.
package chromium

import (
	"context"

	"github.com/chromedp/chromedp"
)

// Start starts headless Chromium (chromedp's default options, without the
// GPU, and the options given) and returns a context for its first tab and
// the function that stops it.
func Start(opts ...chromedp.ExecAllocatorOption) (context.Context, func(), error) {
	all := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.Flag("disable-gpu", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(all, opts...)...)
	ctx, cancel := chromedp.NewContext(alloc)
	stop := func() { cancel(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}
