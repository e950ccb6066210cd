package _ssl

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// siteHere returns callSite's answer for its caller and the caller's line.
//
//go:noinline
func siteHere() (string, int) {
	_, _, line, _ := runtime.Caller(1)
	return callSite(1), line
}

// TestCallSiteCached checks that the per-PC cache answers what an
// uncached lookup would, for distinct sites and repeated calls.
func TestCallSiteCached(t *testing.T) {
	a1, la := siteHere()
	b1, lb := siteHere()
	for i := 0; i < 3; i++ {
		a2, _ := func() (string, int) { return siteHere() }()
		assert.Equal(t, "callsite_test.go:"+strconv.Itoa(la), a1)
		assert.NotEqual(t, a1, a2, "a different call site has a different name")
	}
	assert.Equal(t, "callsite_test.go:"+strconv.Itoa(lb), b1)
	var again []string
	for i := 0; i < 3; i++ {
		s, line := siteHere()
		assert.Equal(t, "callsite_test.go:"+strconv.Itoa(line), s)
		again = append(again, s)
	}
	assert.Equal(t, again[0], again[2], "the same site keeps its name")
}
