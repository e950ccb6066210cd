package pyexpat

/*
#include "shim.h"
*/
import "C"

import (
	"runtime/cgo"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// The functions below are expat's callbacks, reached through the
// trampolines of shim.c. Each finds its Parser through the handle of the
// parse call in progress and hands the event to it; none lets a Go panic
// unwind into C (Parser.dispatch recovers).

func parserOf(h C.uintptr_t) *Parser {
	if h == 0 {
		return nil
	}
	p, _ := cgo.Handle(h).Value().(*Parser)
	return p
}

func optStr(s *C.char) py.Object {
	if s == nil {
		return py.None
	}
	return py.String(C.GoString(s))
}

func (p *Parser) optName(s *C.char) py.Object {
	if s == nil {
		return py.None
	}
	return p.name(C.GoString(s))
}

//export pxStartElement
func pxStartElement(h C.uintptr_t, name *C.char, atts **C.char) {
	p := parserOf(h)
	if p == nil {
		return
	}
	p.dispatch(hStartElement, func() py.Tuple {
		pairs := attrPairs(atts)
		if p.specifiedAttrs {
			if n := p.c.specifiedCount(); n < len(pairs) {
				pairs = pairs[:n]
			}
		}
		return py.Tuple{p.name(C.GoString(name)), p.attributes(pairs)}
	})
}

//export pxEndElement
func pxEndElement(h C.uintptr_t, name *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hEndElement, func() py.Tuple { return py.Tuple{p.name(C.GoString(name))} })
	}
}

//export pxProcessingInstruction
func pxProcessingInstruction(h C.uintptr_t, target, data *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hProcessingInstruction, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(target)), py.String(C.GoString(data))}
		})
	}
}

//export pxCharacterData
func pxCharacterData(h C.uintptr_t, s *C.char, n C.int) {
	if p := parserOf(h); p != nil {
		p.characterData(C.GoStringN(s, n))
	}
}

//export pxUnparsedEntityDecl
func pxUnparsedEntityDecl(h C.uintptr_t, name, base, sysid, pubid, notation *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hUnparsedEntityDecl, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(name)), optStr(base), optStr(sysid), optStr(pubid), p.optName(notation)}
		})
	}
}

//export pxNotationDecl
func pxNotationDecl(h C.uintptr_t, name, base, sysid, pubid *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hNotationDecl, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(name)), optStr(base), optStr(sysid), optStr(pubid)}
		})
	}
}

//export pxStartNamespaceDecl
func pxStartNamespaceDecl(h C.uintptr_t, prefix, uri *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hStartNamespaceDecl, func() py.Tuple { return py.Tuple{p.optName(prefix), p.optName(uri)} })
	}
}

//export pxEndNamespaceDecl
func pxEndNamespaceDecl(h C.uintptr_t, prefix *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hEndNamespaceDecl, func() py.Tuple { return py.Tuple{p.optName(prefix)} })
	}
}

//export pxComment
func pxComment(h C.uintptr_t, data *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hComment, func() py.Tuple { return py.Tuple{py.String(C.GoString(data))} })
	}
}

//export pxNoArgs
func pxNoArgs(h C.uintptr_t, which C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(int(which), func() py.Tuple { return py.Tuple{} })
	}
}

//export pxDefault
func pxDefault(h C.uintptr_t, which C.int, s *C.char, n C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(int(which), func() py.Tuple { return py.Tuple{py.String(C.GoStringN(s, n))} })
	}
}

//export pxNotStandalone
func pxNotStandalone(h C.uintptr_t) C.int {
	p := parserOf(h)
	if p == nil {
		return 0
	}
	return C.int(p.dispatchInt(hNotStandalone, func() py.Tuple { return py.Tuple{} }))
}

//export pxExternalEntityRef
func pxExternalEntityRef(h C.uintptr_t, context, base, sysid, pubid *C.char) C.int {
	p := parserOf(h)
	if p == nil {
		return 0
	}
	return C.int(p.dispatchInt(hExternalEntityRef, func() py.Tuple {
		return py.Tuple{optStr(context), optStr(base), optStr(sysid), optStr(pubid)}
	}))
}

//export pxStartDoctypeDecl
func pxStartDoctypeDecl(h C.uintptr_t, name, sysid, pubid *C.char, hasInternal C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(hStartDoctypeDecl, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(name)), optStr(sysid), optStr(pubid), py.Int(hasInternal)}
		})
	}
}

//export pxEntityDecl
func pxEntityDecl(h C.uintptr_t, name *C.char, isPE C.int, value *C.char, n C.int, base, sysid, pubid, notation *C.char) {
	if p := parserOf(h); p != nil {
		p.dispatch(hEntityDecl, func() py.Tuple {
			var v py.Object = py.None
			if value != nil {
				v = py.String(C.GoStringN(value, n))
			}
			return py.Tuple{p.name(C.GoString(name)), py.Int(isPE), v, optStr(base), optStr(sysid), optStr(pubid), p.optName(notation)}
		})
	}
}

//export pxXmlDecl
func pxXmlDecl(h C.uintptr_t, version, encoding *C.char, standalone C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(hXMLDecl, func() py.Tuple {
			return py.Tuple{optStr(version), optStr(encoding), py.Int(standalone)}
		})
	}
}

//export pxElementDecl
func pxElementDecl(h C.uintptr_t, name *C.char, model *C.XML_Content) {
	if p := parserOf(h); p != nil {
		p.dispatch(hElementDecl, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(name)), p.model(convertContent(model))}
		})
	}
}

//export pxAttlistDecl
func pxAttlistDecl(h C.uintptr_t, elname, attname, typ, dflt *C.char, required C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(hAttlistDecl, func() py.Tuple {
			return py.Tuple{p.name(C.GoString(elname)), p.name(C.GoString(attname)), optStr(typ), optStr(dflt), py.Int(required)}
		})
	}
}

//export pxSkippedEntity
func pxSkippedEntity(h C.uintptr_t, name *C.char, isPE C.int) {
	if p := parserOf(h); p != nil {
		p.dispatch(hSkippedEntity, func() py.Tuple { return py.Tuple{p.name(C.GoString(name)), py.Int(isPE)} })
	}
}

// pxEncodingMap fills map (256 ints) with the code point of each byte in
// the single-byte encoding name, -1 for a byte it does not decode; it
// returns 0 when the encoding is unknown or not single-byte.
//
//export pxEncodingMap
func pxEncodingMap(h C.uintptr_t, name *C.char, out *C.int) C.int {
	p := parserOf(h)
	if p == nil {
		return 0
	}
	m, ok := p.encodingMap(C.GoString(name))
	if !ok {
		return 0
	}
	dst := unsafe.Slice(out, 256)
	for i, v := range m {
		dst[i] = C.int(v)
	}
	return 1
}
