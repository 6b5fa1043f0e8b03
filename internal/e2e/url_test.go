package e2e

import "net/url"

// decodeURL undoes the percent-encoding of a location, for comparing with
// the manifest's URLs.
func decodeURL(s string) string {
	if d, err := url.PathUnescape(s); err == nil {
		return d
	}
	return s
}
