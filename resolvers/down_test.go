package resolvers

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cigraph/cigraph/graph"
	"github.com/cigraph/cigraph/graph/graphtest"
)

// tcpProxy forwards to Neo4j until it is cut, simulating the database
// going away under a running server.
type tcpProxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *tcpProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &tcpProxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				_ = c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); _ = up.Close() }()
			go func() { _, _ = io.Copy(c, up); _ = c.Close() }()
		}
	}()
	t.Cleanup(p.cut)
	return p
}

func (p *tcpProxy) cut() {
	_ = p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		_ = c.Close()
	}
}

// Neo4j going down answers UNAVAILABLE quickly, and /readyz says so.
func TestNeo4jDownIsUnavailableQuickly(t *testing.T) {
	cfg := graphtest.Config(t)
	u, err := url.Parse(cfg.URI)
	require.NoError(t, err)
	proxy := newProxy(t, u.Host)
	cfg.URI = "bolt://" + proxy.ln.Addr().String()
	cfg.ConnectTimeout = 2 * time.Second
	store, err := graph.Open(context.Background(), cfg)
	require.NoError(t, err)
	defer store.Close(context.Background())
	h := NewHandler(Config{Store: store, Limits: Limits{Timeout: 30 * time.Second}, Log: slog.New(slog.NewTextHandler(t.Output(), nil))})
	require.Empty(t, post(t, h, `{ stats { entities } }`, nil).Errors)

	proxy.cut()
	start := time.Now()
	res := post(t, h, `{ stats { entities } }`, nil)
	took := time.Since(start)
	assert.Equal(t, CodeUnavailable, res.code(t))
	assert.Less(t, took, 4*time.Second, "quickly, long before the 30s request timeout")
	t.Logf("UNAVAILABLE after %s", took)

	start = time.Now()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Less(t, time.Since(start), 4*time.Second)
}
