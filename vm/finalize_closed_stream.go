package vm

import (
	"sync/atomic"

	"github.com/go-python/gpython/py"
)

// A closed io stream's finalizer does nothing: IOBase's __del__ calls
// close() only while the stream says it is open. zipfile's member files,
// tarfile's and http.client's responses and a script's own stream
// classes are closed by a with statement or close() and then dropped;
// each such drop cost a collection of the whole heap (the __del__ makes
// the instance one a drop may finalize). The io module names its base
// class and the attribute IOBase.close sets, and a dropped instance
// whose class keeps the base's __del__ and closed, and whose namespace
// holds that attribute, needs no collection (dropInert). One with a weak
// reference callback still collects: the callback is the script's.

// closedStreamRule is what SetClosedStreamRule recorded.
type closedStreamRule struct {
	base        *py.Type
	marker      string
	del, closed py.Object // base's own __del__ and closed
}

var closedStream atomic.Pointer[closedStreamRule]

// SetClosedStreamRule makes instances of classes derived from base that
// neither override its __del__ nor its closed attribute need no
// collection when dropped with marker set in their namespace.
func SetClosedStreamRule(base *py.Type, marker string) {
	closedStream.Store(&closedStreamRule{base: base, marker: marker,
		del: base.Dict["__del__"], closed: base.Dict["closed"]})
}

// closedStreamDrop reports whether inst, an instance whose class is cls,
// is a closed stream under the rule.
func closedStreamDrop(inst, cls *py.Type) bool {
	r := closedStream.Load()
	if r == nil || inst.Flags&weakCallback != 0 || r.del == nil || r.closed == nil {
		return false
	}
	if _, shut := inst.Dict[r.marker]; !shut || !cls.IsSubtype(r.base) {
		return false
	}
	return classLookup(cls, "__del__") == r.del && classLookup(cls, "closed") == r.closed
}
