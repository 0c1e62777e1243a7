package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/cigraph/cigraph/graph"
)

// Error codes in extensions.code.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeInvalid         = "INVALID_ARGUMENT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeUnavailable     = "UNAVAILABLE"
	CodeInternal        = "INTERNAL"
)

// ErrUnauthenticated: a mutation (or a protected read) without a valid token.
var ErrUnauthenticated = errors.New("unauthenticated")

// codeOf maps an error to its extensions.code.
func codeOf(err error) string {
	switch {
	case errors.Is(err, graph.ErrNotFound):
		return CodeNotFound
	case errors.Is(err, graph.ErrInvalid), errors.Is(err, graph.ErrConflict):
		return CodeInvalid
	case errors.Is(err, ErrUnauthenticated):
		return CodeUnauthenticated
	case errors.Is(err, graph.ErrUnavailable), errors.Is(err, errNoExtractor),
		errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), isDriverUnavailable(err):
		return CodeUnavailable
	}
	return CodeInternal
}

// presentError gives every resolver error a code; internal errors are
// logged with their detail and masked for the client.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if code, ok := gqlErr.Extensions["code"].(string); ok {
			// Classified before execution: ours (limits, auth) stay as they
			// are; the library's own (parse, validation, complexity) become
			// INVALID_ARGUMENT, its code kept as extensions.reason.
			if !ownCode(code) {
				gqlErr.Extensions["reason"] = code
				setCode(gqlErr, CodeInvalid)
			}
			return gqlErr
		}
		if requestError(err, gqlErr) {
			return gqlErr
		}
		code := codeOf(err)
		switch code {
		case CodeInternal:
			log.ErrorContext(ctx, "graphql internal error", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = "internal error"
		case CodeUnavailable:
			log.WarnContext(ctx, "graphql unavailable", "path", gqlErr.Path.String(), "err", err)
			gqlErr.Message = unavailableMessage(err)
		}
		setCode(gqlErr, code)
		return gqlErr
	}
}

// requestError classifies errors of the request itself, raised by the
// transport before any resolver ran (no path, nothing wrapped), such as a
// body that is not JSON: INVALID_ARGUMENT, without echoing the body back.
func requestError(err error, gqlErr *gqlerror.Error) bool {
	var raw *gqlerror.Error
	if !errors.As(err, &raw) || raw.Err != nil || len(gqlErr.Path) > 0 {
		return false
	}
	if strings.HasPrefix(gqlErr.Message, "json request body could not be decoded") {
		gqlErr.Message = "the request body is not a JSON object like {\"query\": \"...\", \"variables\": {...}}"
	}
	setCode(gqlErr, CodeInvalid)
	return true
}

func unavailableMessage(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded), strings.Contains(err.Error(), "context deadline exceeded"):
		return "the request timed out"
	case errors.Is(err, errNoExtractor):
		return err.Error()
	}
	return "the graph database is unavailable, try again later"
}

// recoverPanic turns a resolver panic into a masked INTERNAL error.
func recoverPanic(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql panic", "panic", p)
		return fmt.Errorf("panic: %v", p)
	}
}

// ownCode reports whether code is one of the five codes clients rely on.
func ownCode(code string) bool {
	switch code {
	case CodeNotFound, CodeInvalid, CodeUnauthenticated, CodeUnavailable, CodeInternal:
		return true
	}
	return false
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// codedError is a GraphQL error raised before execution (limits, auth).
func codedError(code, format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	setCode(e, code)
	return e
}
