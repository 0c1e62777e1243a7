// Package fetch is the one HTTP client of ingestion: polite (User-Agent,
// per-host concurrency and delay, conditional GET, Retry-After honoured)
// and safe (timeouts, redirect and body caps, and an SSRF guard applied at
// dial time on every redirect hop). It imports nothing of the project.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"time"
)

// Errors of a fetch besides ErrBlocked.
var (
	ErrTooLarge     = errors.New("response body too large")
	ErrTooManyHops  = errors.New("too many redirects")
	ErrBadScheme    = errors.New("only http and https URLs are fetched")
	errRetryExhaust = errors.New("still rate limited")
)

// StatusError is an HTTP answer that is not a success.
type StatusError struct {
	URL        string
	Code       int
	RetryAfter time.Duration // from a 429/503 Retry-After header, 0 if none
}

func (e *StatusError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("GET %s: HTTP %d (retry after %s)", e.URL, e.Code, e.RetryAfter)
	}
	return fmt.Sprintf("GET %s: HTTP %d", e.URL, e.Code)
}

// Config tunes the client; zero values take the defaults noted.
type Config struct {
	UserAgent    string        // default "cigraph/1.0 (+https://github.com/cigraph/cigraph)"
	Timeout      time.Duration // whole request including body, default 20s
	MaxBody      int64         // bytes, default 5 MiB
	MaxRedirects int           // default 5
	MaxRetryWait time.Duration // longest Retry-After waited in place, default 10s
	PerHost      int           // concurrent requests per host, default 2
	HostDelay    time.Duration // minimum gap between requests to one host, default 250ms
	// Allow lists address ranges the SSRF guard lets through. Empty by
	// default; tests put their local server (127.0.0.1/32) here.
	Allow []netip.Prefix
	Log   *slog.Logger // nil discards
}

func (c *Config) defaults() {
	if c.UserAgent == "" {
		c.UserAgent = "cigraph/1.0 (+https://github.com/cigraph/cigraph)"
	}
	if c.Timeout == 0 {
		c.Timeout = 20 * time.Second
	}
	if c.MaxBody == 0 {
		c.MaxBody = 5 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	if c.MaxRetryWait == 0 {
		c.MaxRetryWait = 10 * time.Second
	}
	if c.PerHost == 0 {
		c.PerHost = 2
	}
	if c.HostDelay == 0 {
		c.HostDelay = 250 * time.Millisecond
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
}

// Request is one GET, with the validators of the previous answer.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a successful (2xx or 304) answer with its body read.
type Response struct {
	URL          string // after redirects
	Status       int
	ContentType  string
	ETag         string
	LastModified string
	NotModified  bool // 304: nothing changed since the validators
	Body         []byte
}

// Client is safe for concurrent use; share one per process.
type Client struct {
	cfg   Config
	http  *http.Client
	guard guard
	hosts *hostLimiter
}

// New builds the client.
func New(cfg Config) *Client {
	cfg.defaults()
	g := guard{allow: cfg.Allow}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: g.control}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the real destination from the guard
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxIdleConnsPerHost:   cfg.PerHost,
		IdleConnTimeout:       60 * time.Second,
	}
	c := &Client{cfg: cfg, guard: g, hosts: newHostLimiter(cfg.PerHost, cfg.HostDelay)}
	c.http = &http.Client{Transport: tr, Timeout: cfg.Timeout, CheckRedirect: c.checkRedirect}
	return c
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.cfg.MaxRedirects {
		return fmt.Errorf("%w (%d)", ErrTooManyHops, len(via))
	}
	return c.checkURL(req.URL)
}

func (c *Client) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrBadScheme, u.Scheme)
	}
	if u.User != nil {
		return fmt.Errorf("%w: credentials in URL", ErrBlocked)
	}
	return c.guard.checkHost(u.Hostname())
}

// Get fetches one URL, waiting in place once for a short Retry-After.
func (c *Client) Get(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", r.URL, err)
	}
	if err := c.checkURL(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", r.URL, err)
	}
	for attempt := 0; ; attempt++ {
		resp, err := c.once(ctx, u, r)
		var se *StatusError
		if !errors.As(err, &se) || se.RetryAfter == 0 || se.RetryAfter > c.cfg.MaxRetryWait || attempt >= 2 {
			return resp, err
		}
		c.cfg.Log.DebugContext(ctx, "rate limited, waiting", "url", r.URL, "wait", se.RetryAfter)
		if err := sleep(ctx, se.RetryAfter); err != nil {
			return nil, err
		}
	}
}

func (c *Client) once(ctx context.Context, u *url.URL, r Request) (*Response, error) {
	release, err := c.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	c.setHeaders(req, r)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	return c.read(resp)
}

func (c *Client) setHeaders(req *http.Request, r Request) {
	req.Header.Set("User-Agent", c.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
}

func (c *Client) read(resp *http.Response) (*Response, error) {
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"), ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		return out, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{URL: out.URL, Code: resp.StatusCode, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
	}
	if resp.ContentLength > c.cfg.MaxBody {
		return nil, fmt.Errorf("fetch %s: %w: %d bytes announced, cap %d", out.URL, ErrTooLarge, resp.ContentLength, c.cfg.MaxBody)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.cfg.MaxBody+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: reading body: %w", out.URL, err)
	}
	if int64(len(body)) > c.cfg.MaxBody {
		return nil, fmt.Errorf("fetch %s: %w: over %d bytes", out.URL, ErrTooLarge, c.cfg.MaxBody)
	}
	out.Body = body
	return out, nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	var secs int
	if _, err := fmt.Sscanf(v, "%d", &secs); err == nil && secs >= 0 {
		return max(time.Duration(secs)*time.Second, time.Second)
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return time.Second
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Backoff is how long a source that failed `failures` times in a row
// waits before the next attempt: base doubled per failure, capped at max.
func Backoff(failures int, base, maxWait time.Duration) time.Duration {
	if failures <= 0 {
		return base
	}
	d := base
	for i := 0; i < failures && d < maxWait; i++ {
		d *= 2
	}
	return min(d, maxWait)
}

// RetryAfterOf returns the server's Retry-After carried by err, if any.
func RetryAfterOf(err error) time.Duration {
	var se *StatusError
	if errors.As(err, &se) {
		return se.RetryAfter
	}
	return 0
}
