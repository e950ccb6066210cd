package pyarray

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// An array viewed by a live memoryview keeps its size, as in CPython
// 3.6: an operation that would grow or shrink it raises BufferError and
// leaves the items as they were.

// BufferExports implements host.BufferExporter.
func (a *Array) BufferExports() *host.Exports {
	if a.exports == nil {
		a.exports = new(host.Exports)
	}
	return a.exports
}

// resizing runs op, an operation that may change the array's size; if
// it did while views of the array are in use, the items are put back
// and op's result replaced by BufferError.
func (a *Array) resizing(op func() (py.Object, error)) (py.Object, error) {
	if !a.exports.Pending() {
		return op()
	}
	saved := append([]byte(nil), a.data...)
	res, err := op()
	if len(a.data) != len(saved) && a.exports.Busy() {
		a.data = saved
		return nil, py.ExceptionNewf(py.BufferError, "cannot resize an array that is exporting buffers")
	}
	return res, err
}
