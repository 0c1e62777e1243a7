package article

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that name the referrer, not the page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "ref": true, "ref_src": true,
	"cmpid": true, "ncid": true, "smid": true, "taid": true, "guccounter": true,
	"guce_referrer": true, "guce_referrer_sig": true, "_ga": true, "_gl": true,
	"spm": true, "share": true, "via": true,
}

func isTracking(key string) bool {
	k := strings.ToLower(key)
	return trackingParams[k] || strings.HasPrefix(k, "utm_") || strings.HasPrefix(k, "pk_") ||
		strings.HasPrefix(k, "mtm_") || strings.HasPrefix(k, "hsa_")
}

// CanonicalURL normalises a URL so copies of one page compare equal: lower
// case scheme and host, no default port, no fragment, no tracking
// parameters, remaining parameters sorted, no trailing slash but the root.
// Strings that are not absolute http(s) URLs come back trimmed.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "") {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "" {
		u.Scheme = "https"
	}
	host := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" && !(p == "80" && u.Scheme == "http") && !(p == "443" && u.Scheme == "https") {
		host += ":" + p
	}
	u.Host = host
	u.Fragment, u.RawFragment, u.User = "", "", nil
	u.RawQuery = cleanQuery(u.Query())
	if len(u.Path) > 1 {
		u.Path = strings.TrimRight(u.Path, "/")
		u.RawPath = ""
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}

func cleanQuery(q url.Values) string {
	for k := range q {
		if isTracking(k) {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range q[k] {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	return strings.Join(parts, "&")
}

// Resolve makes ref absolute against base; it returns ref unchanged when
// either does not parse.
func Resolve(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil || base == "" {
		return ref
	}
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}
