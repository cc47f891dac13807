package server

import (
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the request
// duration histogram.
var latencyBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}

// metrics counts requests and snapshots for /metrics, in the Prometheus
// text exposition format written by hand.
type metrics struct {
	routes       map[string]*routeMetrics // fixed when the routes are made
	inFlight     atomic.Int64
	reloads      atomic.Uint64
	reloadErrors atomic.Uint64
	cacheHits    atomic.Uint64
	cacheMisses  atomic.Uint64

	mu           sync.Mutex // guards the snapshot fields
	generation   uint64
	articles     int
	snapModified time.Time
	snapLoaded   time.Time
}

// routeMetrics are the counters of one route.
type routeMetrics struct {
	mu      sync.Mutex
	codes   map[int]uint64
	buckets []uint64 // cumulative counts are computed when written
	count   uint64
	sum     float64
}

func newMetrics() *metrics {
	return &metrics{routes: map[string]*routeMetrics{}}
}

// route registers a route label; call it before serving.
func (m *metrics) route(name string) *routeMetrics {
	rm := &routeMetrics{codes: map[int]uint64{}, buckets: make([]uint64, len(latencyBuckets))}
	m.routes[name] = rm
	return rm
}

// observe counts one request.
func (rm *routeMetrics) observe(code int, d time.Duration) {
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	rm.mu.Lock()
	rm.codes[code]++
	if i < len(rm.buckets) {
		rm.buckets[i]++
	}
	rm.count++
	rm.sum += sec
	rm.mu.Unlock()
}

func (m *metrics) snapshotLoaded(sn *snapshot, now time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.generation, m.articles = sn.gen, sn.articles
	m.snapModified, m.snapLoaded = sn.info.ModTime(), now
}

// write writes every metric in the Prometheus text format, sorted by
// name and labels.
func (m *metrics) write(w io.Writer, now time.Time) {
	names := make([]string, 0, len(m.routes))
	for name := range m.routes {
		names = append(names, name)
	}
	slices.Sort(names)

	fmt.Fprintln(w, "# HELP newslink_http_requests_total HTTP requests answered, by route and status code.")
	fmt.Fprintln(w, "# TYPE newslink_http_requests_total counter")
	for _, name := range names {
		rm := m.routes[name]
		rm.mu.Lock()
		codes := make([]int, 0, len(rm.codes))
		for c := range rm.codes {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		for _, c := range codes {
			fmt.Fprintf(w, "newslink_http_requests_total{route=%q,code=\"%d\"} %d\n", name, c, rm.codes[c])
		}
		rm.mu.Unlock()
	}

	fmt.Fprintln(w, "# HELP newslink_http_request_duration_seconds Time to answer an HTTP request, by route.")
	fmt.Fprintln(w, "# TYPE newslink_http_request_duration_seconds histogram")
	for _, name := range names {
		rm := m.routes[name]
		rm.mu.Lock()
		var cum uint64
		for i, le := range latencyBuckets {
			cum += rm.buckets[i]
			fmt.Fprintf(w, "newslink_http_request_duration_seconds_bucket{route=%q,le=%q} %d\n", name, formatFloat(le), cum)
		}
		fmt.Fprintf(w, "newslink_http_request_duration_seconds_bucket{route=%q,le=\"+Inf\"} %d\n", name, rm.count)
		fmt.Fprintf(w, "newslink_http_request_duration_seconds_sum{route=%q} %s\n", name, formatFloat(rm.sum))
		fmt.Fprintf(w, "newslink_http_request_duration_seconds_count{route=%q} %d\n", name, rm.count)
		rm.mu.Unlock()
	}

	gauge(w, "newslink_http_requests_in_flight", "HTTP requests being answered.", float64(m.inFlight.Load()))
	counter(w, "newslink_snapshot_reloads_total", "Snapshots switched to after the first.", m.reloads.Load())
	counter(w, "newslink_snapshot_reload_errors_total", "Failed attempts to open a changed snapshot.", m.reloadErrors.Load())
	counter(w, "newslink_box_cache_hits_total", "Related Stories boxes answered from the cache.", m.cacheHits.Load())
	counter(w, "newslink_box_cache_misses_total", "Related Stories boxes read from the snapshot.", m.cacheMisses.Load())
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gauge(w, "go_goroutines", "Goroutines that currently exist.", float64(runtime.NumGoroutine()))
	gauge(w, "go_memstats_heap_alloc_bytes", "Bytes of allocated heap objects.", float64(ms.HeapAlloc))
	gauge(w, "go_memstats_sys_bytes", "Bytes obtained from the system.", float64(ms.Sys))
	m.mu.Lock()
	defer m.mu.Unlock()
	gauge(w, "newslink_snapshot_generation", "Snapshots opened since start; the current one's number.", float64(m.generation))
	gauge(w, "newslink_snapshot_age_seconds", "Time since the current snapshot file was written.", now.Sub(m.snapModified).Seconds())
	gauge(w, "newslink_snapshot_loaded_timestamp_seconds", "When the current snapshot was opened, as a Unix time.", float64(m.snapLoaded.UnixMilli())/1000)
	gauge(w, "newslink_articles", "Articles in the current snapshot.", float64(m.articles))
}

func gauge(w io.Writer, name, help string, v float64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %s\n", name, help, name, name, formatFloat(v))
}

func counter(w io.Writer, name, help string, v uint64) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
}

// formatFloat writes a float as Prometheus reads it.
func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
