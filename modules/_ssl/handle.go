package _ssl

// #include "shim.h"
// #include <stdint.h>
//
// static int gossl_conn_index = -1;
// static int gossl_conn_ex_index(void) {
//     if (gossl_conn_index < 0)
//         gossl_conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
//     return gossl_conn_index;
// }
// static void gossl_set_conn_handle(SSL *s, uintptr_t h) {
//     SSL_set_ex_data(s, gossl_conn_ex_index(), (void *)h);
// }
// static uintptr_t gossl_get_conn_handle(const SSL *s) {
//     return (uintptr_t)SSL_get_ex_data(s, gossl_conn_ex_index());
// }
import "C"

import (
	"runtime/cgo"
	"sync"
	"weak"
)

// exIndexOnce makes the ex_data index before any connection exists, so
// the C helper's lazy initialisation never races.
var exIndexOnce sync.Once

// handleSlot is the cgo.Handle an SSL's ex_data holds so that C callbacks
// (SNI) find their Conn. It refers to the Conn weakly: a Conn nobody holds
// can still be collected and freed by its cleanup.
type handleSlot struct {
	h cgo.Handle
}

func (hs *handleSlot) release() {
	if hs.h != 0 {
		hs.h.Delete()
		hs.h = 0
	}
}

// attachHandle stores a weak handle to c in its SSL's ex_data. Called with
// c.ptr set and before c is shared.
func (c *Conn) attachHandle() {
	exIndexOnce.Do(func() { C.gossl_conn_ex_index() })
	c.handle.h = cgo.NewHandle(weak.Make(c))
	C.gossl_set_conn_handle(c.ptr, C.uintptr_t(c.handle.h))
}

// connFromSSL finds the Conn of an SSL inside a callback, or nil.
func connFromSSL(s *C.SSL) *Conn {
	h := C.gossl_get_conn_handle(s)
	if h == 0 {
		return nil
	}
	wp, ok := cgo.Handle(h).Value().(weak.Pointer[Conn])
	if !ok {
		return nil
	}
	return wp.Value()
}
