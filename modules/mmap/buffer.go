package pymmap

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// An mmap exports its bytes to memoryview, format 'B', writable unless
// the map was opened with ACCESS_READ. As in CPython 3.6, a view in use
// pins the mapping: close() and resize() refuse with BufferError until
// every view is released or dropped (host.Exports tells which).

// Interfaces of the buffer protocol the type satisfies.
var (
	_ host.FormattedBuffer = (*Mmap)(nil)
	_ host.BufferExporter  = (*Mmap)(nil)
)

// BufferFormat implements host.FormattedBuffer: single bytes.
func (m *Mmap) BufferFormat() (string, int) { return "B", 1 }

// BufferReadonly tells memoryview whether its views may write.
func (m *Mmap) BufferReadonly() bool { return m.access == accessRead }

// BufferExports implements host.BufferExporter.
func (m *Mmap) BufferExports() *host.Exports {
	if m.exports == nil {
		m.exports = new(host.Exports)
	}
	return m.exports
}

// BufferCheck refuses a view of a closed map, as CPython does.
func (m *Mmap) BufferCheck() error {
	_, err := m.valid()
	return err
}

// closable fails with CPython's BufferError while views are in use.
func (m *Mmap) closable() error {
	if m.r.data != nil && m.exports.Busy() {
		return py.ExceptionNewf(py.BufferError, "cannot close exported pointers exist")
	}
	return nil
}
