package extract

import (
	"fmt"
	"context"
	"os"
	"runtime"
	"testing"
	"time"
)

func TestZZMem(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZFILE"))
	s := string(b[:MaxInputBytes])
	r := rules(t)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	out, err := r.Extract(context.Background(), Input{Text: s, Published: time.Now()})
	el := time.Since(t0)
	runtime.ReadMemStats(&m1)
	t.Logf("err=%v rel=%d ents=%d took=%v alloc=%dMB heapsys=%dMB", err, len(out.Relations), len(out.Entities), el, (m1.TotalAlloc-m0.TotalAlloc)>>20, m1.HeapSys>>20)
}

func TestZZDump(t *testing.T) {
	for i, d := range newsCorpus(12) {
		os.WriteFile(fmt.Sprintf("/tmp/xs/in/n_%02d.txt", i), []byte(d), 0o644)
		os.WriteFile(fmt.Sprintf("/tmp/xs/in/n_%02d.txt.pub", i), []byte("2024-06-05"), 0o644)
	}
}
