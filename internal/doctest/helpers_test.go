package doctest

import (
	"reflect"
	"testing"
)

// The module's go.sum lacks the checksums of testify's own dependencies
// (go.yaml.in/yaml/v3, ...), so a test importing testify does not build.
// Until the lead adds them, these two helpers stand in for assert.Equal and
// require.NoError.

// assertEqual reports a test failure when got and want differ.
func assertEqual(t testing.TB, want, got any, context ...any) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%v\nwant: %#v\n got: %#v", context, want, got)
	}
}

// requireNoError stops the test on an error.
func requireNoError(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}
