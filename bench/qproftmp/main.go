package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/chromedp/chromedp"
)

func main() {
	srv := httptest.NewServer(http.FileServer(http.Dir(os.Args[1])))
	defer srv.Close()
	var m struct {
		Courses []struct {
			Chapters []struct {
				Skills []struct {
					Title     string   `json:"title"`
					KeyPoints []string `json:"keypoints"`
				} `json:"skills"`
			} `json:"chapters"`
		} `json:"courses"`
	}
	b, _ := os.ReadFile(os.Args[1] + "/skillbook.json")
	json.Unmarshal(b, &m)
	var qs []string
	var all []struct{ t, k string }
	for _, c := range m.Courses {
		for _, ch := range c.Chapters {
			for _, s := range ch.Skills {
				_, t, _ := strings.Cut(s.Title, " ")
				all = append(all, struct{ t, k string }{t, s.KeyPoints[0]})
			}
		}
	}
	step := 2 * len(all) / 40
	for i := 0; i < len(all) && len(qs) < 40; i += step {
		qs = append(qs, all[i].t, all[i].k)
	}
	ctx, cancel := chromedp.NewContext(context.Background())
	defer cancel()
	chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/"))
	for _, q := range qs {
		js := fmt.Sprintf(`(async () => { const n0 = document.querySelectorAll("script").length; const t0 = performance.now();
			await Skillbook.search(%q, {limit: 10}); return [performance.now() - t0, document.querySelectorAll("script").length - n0]; })()`, q)
		r, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js, chromedp.EvalAwaitPromise))
		fmt.Println(q, r, err)
	}
}
