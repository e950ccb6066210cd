package vm

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestInternNames checks that equal names from two code objects come out
// at one address, that the values are unchanged, and that a long name is
// kept as it is.
func TestInternNames(t *testing.T) {
	long := strings.Repeat("n", internMaxLen+1)
	a := internNames([]string{strings.Clone("balance"), strings.Clone("ops"), long})
	b := internNames([]string{strings.Clone("ops"), strings.Clone("balance"), strings.Clone(long)})
	assert.Equal(t, []string{"balance", "ops", long}, a)
	assert.Equal(t, []string{"ops", "balance", long}, b)
	assert.Same(t, unsafe.StringData(a[0]), unsafe.StringData(b[1]))
	assert.Same(t, unsafe.StringData(a[1]), unsafe.StringData(b[0]))
	assert.NotSame(t, unsafe.StringData(a[2]), unsafe.StringData(b[2]))
}
