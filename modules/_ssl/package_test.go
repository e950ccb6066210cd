package _ssl

import "testing"

// TestPackageRan exists so that `make test` can check that this package's
// tests ran: `go test ./...` skips directories whose name starts with '_'.
func TestPackageRan(t *testing.T) {}
