package host

import (
	"testing"
	"weak"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestDropQueueTake checks the one partition of queued drop work: the
// current interpreter's entries come out in queue order, a live other
// interpreter's stay queued for its own hook, a closed one's are dropped.
func TestDropQueueTake(t *testing.T) {
	mine := vm.NewContext(py.DefaultContextOpts()).(*vm.Context)
	defer mine.Close()
	other := vm.NewContext(py.DefaultContextOpts()).(*vm.Context)
	defer other.Close()
	gone := vm.NewContext(py.DefaultContextOpts()).(*vm.Context)

	var q DropQueue[string]
	assert.True(t, q.Empty())
	q.Push(weak.Make(mine), "a")
	q.Push(weak.Make(other), "x")
	q.Push(weak.Make(gone), "g")
	q.Push(weak.Make(mine), "b")
	assert.NoError(t, gone.Close())

	assert.Equal(t, []string{"a", "b"}, q.Take(mine))
	assert.False(t, q.Empty(), "the other interpreter's entry stays")
	assert.Nil(t, q.Take(mine))
	assert.Nil(t, q.Take(nil))
	assert.Equal(t, []string{"x"}, q.Take(other))
	assert.True(t, q.Empty())
}
