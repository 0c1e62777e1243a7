package graph

import "errors"

// Sentinel errors, mapped to GraphQL extensions.code once, at the API boundary.
var (
	ErrNotFound    = errors.New("not found")         // NOT_FOUND
	ErrInvalid     = errors.New("invalid input")     // INVALID_ARGUMENT
	ErrUnavailable = errors.New("graph unavailable") // UNAVAILABLE
	ErrConflict    = errors.New("conflict")          // INVALID_ARGUMENT
)
