package graph

import "errors"

// Sentinel errors, mapped to GraphQL extensions.code once, at the API boundary.
var (
	ErrNotFound    = errors.New("not found")         // NOT_FOUND
	ErrInvalid     = errors.New("invalid input")     // INVALID_ARGUMENT
	ErrUnavailable = errors.New("graph unavailable") // UNAVAILABLE
	ErrConflict    = errors.New("conflict")          // INVALID_ARGUMENT
)

// StoryTakenError reports that another article already holds the text an
// import marked UniqueText brings: the story is stored once, and a second
// article with the same text is a copy of OriginalID.
type StoryTakenError struct{ OriginalID string }

func (e *StoryTakenError) Error() string {
	return "story already stored as article " + e.OriginalID
}

// Unwrap makes the error an ErrConflict.
func (e *StoryTakenError) Unwrap() error { return ErrConflict }
