package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var loopback = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}

func testClient(cfg Config) *Client {
	if cfg.Allow == nil {
		cfg.Allow = loopback
	}
	cfg.HostDelay = time.Millisecond
	return New(cfg)
}

func TestETagAndNotModified(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		assert.Contains(t, r.Header.Get("User-Agent"), "cigraph")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 01 Apr 2024 10:00:00 GMT")
		_, _ = w.Write([]byte("hello"))
	}))
	defer srv.Close()
	c := testClient(Config{})
	first, err := c.Get(context.Background(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, "hello", string(first.Body))
	assert.Equal(t, `"v1"`, first.ETag)
	second, err := c.Get(context.Background(), Request{URL: srv.URL, ETag: first.ETag, LastModified: first.LastModified})
	require.NoError(t, err)
	assert.True(t, second.NotModified)
	assert.Empty(t, second.Body)
}

func TestRetryAfterWaitedWhenShort(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		_, _ = w.Write([]byte("ok"))
	}))
	defer srv.Close()
	start := time.Now()
	resp, err := testClient(Config{}).Get(context.Background(), Request{URL: srv.URL})
	require.NoError(t, err)
	assert.Equal(t, "ok", string(resp.Body))
	assert.GreaterOrEqual(t, time.Since(start), 900*time.Millisecond)
	assert.EqualValues(t, 2, calls.Load())
}

func TestRetryAfterTooLongReported(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	_, err := testClient(Config{}).Get(context.Background(), Request{URL: srv.URL})
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, http.StatusTooManyRequests, se.Code)
	assert.Equal(t, time.Hour, RetryAfterOf(err))
}

func TestRedirectFollowedAndCapped(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("landed")) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := testClient(Config{MaxRedirects: 3})
	resp, err := c.Get(context.Background(), Request{URL: srv.URL + "/a"})
	require.NoError(t, err)
	assert.Equal(t, "landed", string(resp.Body))
	assert.Equal(t, srv.URL+"/b", resp.URL)
	_, err = c.Get(context.Background(), Request{URL: srv.URL + "/loop"})
	require.ErrorIs(t, err, ErrTooManyHops)
}

func TestRedirectToPrivateAddressBlocked(t *testing.T) {
	targets := []string{
		"http://10.0.0.7/admin",
		"http://169.254.169.254/latest/meta-data/",
		"http://127.0.0.2/",          // loopback outside the allow-list
		"http://[::ffff:10.0.0.1]/",  // IPv4-mapped IPv6
		"http://2130706433/",         // decimal 127.0.0.1
		"http://0177.0.0.1/",         // octal 127.0.0.1
		"http://0x7f.1/",             // hex, short form
		"file:///etc/passwd",         // not http
		"http://[fd00:ec2::254]/",    // AWS IPv6 metadata
		"http://[2002:a00:1::1]/",    // 6to4 embedding 10.0.0.1
		"http://user:pw@example.com", // credentials
	}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, target, http.StatusFound)
			}))
			defer srv.Close()
			_, err := testClient(Config{Timeout: 2 * time.Second}).Get(context.Background(), Request{URL: srv.URL})
			require.Error(t, err)
			if !strings.HasPrefix(target, "file:") {
				assert.ErrorIs(t, err, ErrBlocked)
			}
		})
	}
}

func TestGuardOffAllowListBlocksLocalServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the guard let a loopback request through")
	}))
	defer srv.Close()
	c := New(Config{})
	_, err := c.Get(context.Background(), Request{URL: srv.URL})
	require.ErrorIs(t, err, ErrBlocked)
	// A DNS name resolving to loopback is checked after resolution, at dial.
	_, err = c.Get(context.Background(), Request{URL: strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)})
	require.ErrorIs(t, err, ErrBlocked)
}

func TestHugeBodyCapped(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("x", 64<<10))
		for i := 0; i < 1024; i++ { // 64 MiB, streamed without Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	_, err := testClient(Config{MaxBody: 1 << 20}).Get(context.Background(), Request{URL: srv.URL})
	require.ErrorIs(t, err, ErrTooLarge)
}

func TestSlowServerTimesOut(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	start := time.Now()
	_, err := testClient(Config{Timeout: 300 * time.Millisecond}).Get(context.Background(), Request{URL: srv.URL})
	require.Error(t, err)
	assert.Less(t, time.Since(start), 2*time.Second)
}

func TestServerErrorIsStatusError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	}))
	defer srv.Close()
	_, err := testClient(Config{}).Get(context.Background(), Request{URL: srv.URL})
	var se *StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, 500, se.Code)
}

func TestPerHostLimit(t *testing.T) {
	var inflight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(50 * time.Millisecond)
		inflight.Add(-1)
	}))
	defer srv.Close()
	c := testClient(Config{PerHost: 2})
	done := make(chan struct{})
	for i := 0; i < 6; i++ {
		go func() {
			_, _ = c.Get(context.Background(), Request{URL: srv.URL})
			done <- struct{}{}
		}()
	}
	for i := 0; i < 6; i++ {
		<-done
	}
	assert.EqualValues(t, 2, peak.Load())
}

func TestLooseIPv4(t *testing.T) {
	cases := map[string]string{"2130706433": "127.0.0.1", "0177.0.0.1": "127.0.0.1",
		"0x7f.1": "127.0.0.1", "10.1": "10.0.0.1", "0xa9fea9fe": "169.254.169.254"}
	for in, want := range cases {
		got, ok := parseLooseIPv4(in)
		require.True(t, ok, in)
		assert.Equal(t, want, got.String(), in)
	}
	_, ok := parseLooseIPv4("news.example")
	assert.False(t, ok)
}

func TestBackoff(t *testing.T) {
	assert.Equal(t, time.Minute, Backoff(0, time.Minute, time.Hour))
	assert.Equal(t, 4*time.Minute, Backoff(2, time.Minute, time.Hour))
	assert.Equal(t, time.Hour, Backoff(20, time.Minute, time.Hour))
}
