package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/cigraph/cigraph/graph"
)

const graphMLHeader = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`

// Metric claims are nodes of their own: type MetricType, id the claim id,
// label the metric name, the metrics.csv columns as "m_" data, and one
// HasMetric edge from the entity they are about.
const (
	MetricType = "METRIC"
	HasMetric  = "HAS_METRIC"
)

// graphMLEncoder streams nodes and edges inside one <graph>. Node and edge
// attributes are declared up front as <key>s; "label" is the name, for Gephi.
type graphMLEncoder struct {
	w     *bufio.Writer
	edges int
}

func newGraphMLEncoder(w io.Writer) (*graphMLEncoder, error) {
	e := &graphMLEncoder{w: bufio.NewWriter(w)}
	e.w.WriteString(graphMLHeader)
	e.key("n", "node", "label", "string")
	for _, c := range nodeColumns[1:] {
		e.key("n", "node", c.name, c.kind)
	}
	for _, c := range metricColumns {
		e.key("m", "node", c.name, c.kind)
	}
	for _, c := range edgeColumns[2:] {
		e.key("e", "edge", c.name, c.kind)
	}
	e.w.WriteString("  <graph id=\"cigraph\" edgedefault=\"directed\">\n")
	return e, nil
}

// key declares the attribute name of scope (node or edge) as id prefix_name.
func (e *graphMLEncoder) key(prefix, scope, name, kind string) {
	fmt.Fprintf(e.w, "  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", prefix, name, scope, name, kind)
}

func (e *graphMLEncoder) node(n graph.EntityNode) error {
	fmt.Fprintf(e.w, "    <node id=\"%s\">", esc(n.ID))
	e.data("n_label", n.Name)
	for _, c := range nodeColumns[1:] {
		e.data("n_"+c.name, c.get(n))
	}
	_, err := e.w.WriteString("</node>\n")
	return err
}

func (e *graphMLEncoder) edge(x Edge) error {
	e.edges++
	id := "e" + strconv.Itoa(e.edges)
	if x.Claims == 1 && x.Latest.ID != "" {
		id = x.Latest.ID
	}
	fmt.Fprintf(e.w, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">", esc(id), esc(x.Source.ID), esc(x.Target.ID))
	for _, c := range edgeColumns[2:] {
		e.data("e_"+c.name, c.get(x))
	}
	_, err := e.w.WriteString("</edge>\n")
	return err
}

// metric writes a metric claim as a node and links its entity to it.
func (e *graphMLEncoder) metric(c graph.Claim) error {
	fmt.Fprintf(e.w, "    <node id=\"%s\">", esc(c.ID))
	e.data("n_label", c.Type)
	e.data("n_type", MetricType)
	for _, col := range metricColumns {
		e.data("m_"+col.name, col.get(c))
	}
	e.w.WriteString("</node>\n")
	e.edges++
	fmt.Fprintf(e.w, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">", e.edges, esc(entityID(c.Subject)), esc(c.ID))
	e.data("e_type", HasMetric)
	e.data("e_claims", "1")
	e.data("e_claimId", c.ID)
	_, err := e.w.WriteString("</edge>\n")
	return err
}

func (e *graphMLEncoder) data(key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(e.w, "<data key=\"%s\">%s</data>", key, esc(v))
}

func (e *graphMLEncoder) close() error {
	e.w.WriteString("  </graph>\n</graphml>\n")
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	return nil
}

// esc escapes text for XML content and attribute values.
func esc(s string) string {
	var b xmlBuf
	_ = xml.EscapeText(&b, []byte(s))
	return string(b)
}

type xmlBuf []byte

func (b *xmlBuf) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
