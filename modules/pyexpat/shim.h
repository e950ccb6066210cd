// shim.h declares the C side of the pyexpat binding: the trampolines that
// carry expat's callbacks to Go, and small wrappers cgo cannot express.
#ifndef PYEXPAT_SHIM_H
#define PYEXPAT_SHIM_H

#include <stdint.h>
#include <stdlib.h>
#include <expat.h>

// Handler slots, in the order of the Python attribute table (handlers.go).
enum {
	PX_START_ELEMENT,
	PX_END_ELEMENT,
	PX_PROCESSING_INSTRUCTION,
	PX_CHARACTER_DATA,
	PX_UNPARSED_ENTITY_DECL,
	PX_NOTATION_DECL,
	PX_START_NAMESPACE_DECL,
	PX_END_NAMESPACE_DECL,
	PX_COMMENT,
	PX_START_CDATA,
	PX_END_CDATA,
	PX_DEFAULT,
	PX_DEFAULT_EXPAND,
	PX_NOT_STANDALONE,
	PX_EXTERNAL_ENTITY_REF,
	PX_START_DOCTYPE_DECL,
	PX_END_DOCTYPE_DECL,
	PX_ENTITY_DECL,
	PX_XML_DECL,
	PX_ELEMENT_DECL,
	PX_ATTLIST_DECL,
	PX_SKIPPED_ENTITY,
	PX_NHANDLERS
};

// px_create makes a parser whose handlers receive the parser itself as
// their first argument; the Go side finds its object through the user
// data, which holds a cgo.Handle only while a parse call runs.
XML_Parser px_create(const char *encoding, const char *sep);
XML_Parser px_create_child(XML_Parser parent, const char *context, const char *encoding);
void px_set_handler(XML_Parser p, int which, int on);
void px_set_handle(XML_Parser p, uintptr_t h);
// px_allocated is the C memory all expat parsers hold, in bytes.
long px_allocated(void);
// px_unknown_encoding installs the handler that asks Go for the byte map
// of an encoding expat does not know.
void px_unknown_encoding(XML_Parser p);

#endif
