// Package graph owns cigraph's domain: the entity, relation and metric types
// of ONTOLOGY.md, the sentinel errors, and the Neo4j Store that writes and
// reads the knowledge graph (schema, idempotent imports, reads, and the
// exposure, concentration and dependency maths in Cypher).
package graph
