package pyexpat

/*
#cgo pkg-config: expat
#include "shim.h"
*/
import "C"

import (
	"runtime"
	"runtime/cgo"
	"sync/atomic"
	"unsafe"
)

// cparser owns one XML_Parser. It is its own allocation, apart from the
// Python object, so that the cleanup freeing a forgotten parser can reach
// it without keeping the object alive. An external-entity parser shares
// its parent's DTD, so a child holds a reference on its parent and the
// parent's XML_Parser is freed only after every child's.
type cparser struct {
	p      C.XML_Parser
	parent *cparser
	refs   atomic.Int32
}

// liveParsers counts the XML_Parsers allocated and not yet freed (for
// the leak test).
var liveParsers atomic.Int64

// release drops one reference; the last one frees the parser and then
// releases the parent.
func (c *cparser) release() {
	if c.refs.Add(-1) != 0 {
		return
	}
	C.XML_ParserFree(c.p)
	liveParsers.Add(-1)
	if c.parent != nil {
		c.parent.release()
	}
}

// newCParser creates a parser for the encoding (empty: expat's detection)
// and, when nsSep is not nil, namespace processing with that separator.
// It returns nil when expat cannot allocate one.
func newCParser(encoding string, hasEncoding bool, nsSep *byte) *cparser {
	var enc, sep *C.char
	if hasEncoding {
		enc = C.CString(encoding)
		defer C.free(unsafe.Pointer(enc))
	}
	if nsSep != nil {
		sep = (*C.char)(C.malloc(2))
		defer C.free(unsafe.Pointer(sep))
		*sep = C.char(*nsSep)
		*(*C.char)(unsafe.Add(unsafe.Pointer(sep), 1)) = 0
	}
	collectIfNeeded()
	p := C.px_create(enc, sep)
	if p == nil {
		return nil
	}
	return adopt(p, nil)
}

// allocated is the C memory all expat parsers hold, in bytes.
func allocated() int64 { return int64(C.px_allocated()) }

// minCollectAt is the C memory of expat parsers below which no
// collection is forced.
const minCollectAt = 8 << 20

// collectAt is the C memory total at which the next parser creation
// forces a collection, so that forgotten parsers are freed.
var collectAt atomic.Int64

func init() { collectAt.Store(minCollectAt) }

// collectIfNeeded runs Go's collector when expat's C memory has grown to
// collectAt. The collector cannot see C memory: without this, a loop
// creating parsers (each holding kilobytes of C memory for a few bytes
// of Go memory) could hold far more C memory than it uses between two
// collections. After a forced collection the threshold is the C memory
// then held plus minCollectAt (what is held includes the parsers the
// collection found unreachable, freed shortly after by their cleanups);
// as memory is freed the threshold follows it down, never below
// minCollectAt.
func collectIfNeeded() {
	held := allocated()
	at := collectAt.Load()
	if held < at {
		if lower := max(minCollectAt, held+minCollectAt); lower < at {
			collectAt.CompareAndSwap(at, lower)
		}
		return
	}
	runtime.GC()
	collectAt.Store(held + minCollectAt)
}

// newChild creates an external-entity parser of c for context (nil: the
// external DTD subset) in the encoding (nil: the parent's).
func (c *cparser) newChild(context *string, encoding *string) *cparser {
	var ctx, enc *C.char
	if context != nil {
		ctx = C.CString(*context)
		defer C.free(unsafe.Pointer(ctx))
	}
	if encoding != nil {
		enc = C.CString(*encoding)
		defer C.free(unsafe.Pointer(enc))
	}
	collectIfNeeded()
	p := C.px_create_child(c.p, ctx, enc)
	if p == nil {
		return nil
	}
	c.refs.Add(1)
	return adopt(p, c)
}

func adopt(p C.XML_Parser, parent *cparser) *cparser {
	c := &cparser{p: p, parent: parent}
	c.refs.Store(1)
	liveParsers.Add(1)
	C.px_unknown_encoding(p)
	return c
}

// own ties c's first reference to owner: when owner is collected, c is
// released.
func (c *cparser) own(owner *Parser) {
	runtime.AddCleanup(owner, func(c *cparser) { c.release() }, c)
}

// parse runs XML_Parse over data with the handle h set as the user data
// for the length of the call: handlers find their Python object through
// it, and nothing outlives the call. It returns expat's status (1 ok, 0
// error, 2 suspended).
func (c *cparser) parse(h cgo.Handle, data []byte, final bool) int {
	C.px_set_handle(c.p, C.uintptr_t(h))
	defer C.px_set_handle(c.p, 0)
	var ptr *C.char
	if len(data) > 0 {
		ptr = (*C.char)(unsafe.Pointer(&data[0]))
	}
	isFinal := C.int(0)
	if final {
		isFinal = 1
	}
	// Callers split data so that its length fits in a C int.
	rc := C.XML_Parse(c.p, ptr, C.int(len(data)), isFinal)
	runtime.KeepAlive(data)
	return int(rc)
}

// stop aborts the parse in progress (from a handler).
func (c *cparser) stop() { C.XML_StopParser(c.p, C.XML_FALSE) }

func (c *cparser) setHandler(which int, on bool) {
	v := C.int(0)
	if on {
		v = 1
	}
	C.px_set_handler(c.p, C.int(which), v)
}

func (c *cparser) errorCode() int      { return int(C.XML_GetErrorCode(c.p)) }
func (c *cparser) lineNumber() int     { return int(C.XML_GetCurrentLineNumber(c.p)) }
func (c *cparser) columnNumber() int   { return int(C.XML_GetCurrentColumnNumber(c.p)) }
func (c *cparser) byteIndex() int      { return int(C.XML_GetCurrentByteIndex(c.p)) }
func (c *cparser) specifiedCount() int { return int(C.XML_GetSpecifiedAttributeCount(c.p)) }

func (c *cparser) setEncoding(enc string) {
	s := C.CString(enc)
	defer C.free(unsafe.Pointer(s))
	C.XML_SetEncoding(c.p, s)
}

func (c *cparser) setBase(base string) bool {
	s := C.CString(base)
	defer C.free(unsafe.Pointer(s))
	return C.XML_SetBase(c.p, s) != 0
}

// base is the base URI, ok false when none is set.
func (c *cparser) base() (string, bool) {
	s := C.XML_GetBase(c.p)
	if s == nil {
		return "", false
	}
	return C.GoString(s), true
}

// inputContext is the input buffer around the current event, with the
// event's offset into it; ok is false outside a callback.
func (c *cparser) inputContext() (buf []byte, ok bool) {
	var offset, size C.int
	ptr := C.XML_GetInputContext(c.p, &offset, &size)
	if ptr == nil {
		return nil, false
	}
	return C.GoBytes(unsafe.Pointer(unsafe.Add(unsafe.Pointer(ptr), int(offset))), size-offset), true
}

func (c *cparser) setParamEntityParsing(flag int) int {
	return int(C.XML_SetParamEntityParsing(c.p, C.enum_XML_ParamEntityParsing(flag)))
}

func (c *cparser) useForeignDTD(flag bool) int {
	v := C.XML_Bool(C.XML_FALSE)
	if flag {
		v = C.XML_TRUE
	}
	return int(C.XML_UseForeignDTD(c.p, v))
}

func (c *cparser) setReturnNSTriplet(on bool) {
	v := C.int(0)
	if on {
		v = 1
	}
	C.XML_SetReturnNSTriplet(c.p, v)
}

// errorString is expat's message for code, "" for an unknown code.
func errorString(code int) string {
	s := C.XML_ErrorString(C.enum_XML_Error(code))
	if s == nil {
		return ""
	}
	return C.GoString(s)
}

// expatVersion is the library's version string and its three numbers.
func expatVersion() (string, [3]int) {
	v := C.XML_ExpatVersionInfo()
	return C.GoString(C.XML_ExpatVersion()), [3]int{int(v.major), int(v.minor), int(v.micro)}
}

// feature is one entry of expat's feature list.
type feature struct {
	name  string
	value int
}

func expatFeatures() []feature {
	var out []feature
	for f := C.XML_GetFeatureList(); f.feature != C.XML_FEATURE_END; f = (*C.XML_Feature)(unsafe.Add(unsafe.Pointer(f), unsafe.Sizeof(*f))) {
		out = append(out, feature{C.GoString(f.name), int(f.value)})
	}
	return out
}

// content is an element declaration's content model as Go values.
type content struct {
	typ, quant int
	name       *string
	children   []content
}

func convertContent(m *C.XML_Content) content {
	c := content{typ: int(m._type), quant: int(m.quant)}
	if m.name != nil {
		s := C.GoString(m.name)
		c.name = &s
	}
	n := int(m.numchildren)
	if n > 0 {
		kids := unsafe.Slice(m.children, n)
		for i := range kids {
			c.children = append(c.children, convertContent(&kids[i]))
		}
	}
	return c
}

// cstr is a C string as Go, nil for NULL.
func cstr(s *C.char) *string {
	if s == nil {
		return nil
	}
	g := C.GoString(s)
	return &g
}

// attrPairs reads expat's NULL-terminated name/value array.
func attrPairs(atts **C.char) []string {
	var out []string
	for p := atts; *p != nil; p = (**C.char)(unsafe.Add(unsafe.Pointer(p), unsafe.Sizeof(*p))) {
		out = append(out, C.GoString(*p))
	}
	return out
}
