#include "shim.h"
#include "_cgo_export.h"

// Every trampoline turns the parser into the handle Go registered for the
// current parse call and forwards the arguments unchanged.
#define HANDLE(p) ((uintptr_t)XML_GetUserData((XML_Parser)(p)))

static void t_start(void *p, const XML_Char *name, const XML_Char **atts) {
	pxStartElement(HANDLE(p), (char *)name, (char **)atts);
}
static void t_end(void *p, const XML_Char *name) { pxEndElement(HANDLE(p), (char *)name); }
static void t_pi(void *p, const XML_Char *target, const XML_Char *data) {
	pxProcessingInstruction(HANDLE(p), (char *)target, (char *)data);
}
static void t_chardata(void *p, const XML_Char *s, int len) { pxCharacterData(HANDLE(p), (char *)s, len); }
static void t_unparsed(void *p, const XML_Char *name, const XML_Char *base, const XML_Char *sysid,
		const XML_Char *pubid, const XML_Char *notation) {
	pxUnparsedEntityDecl(HANDLE(p), (char *)name, (char *)base, (char *)sysid, (char *)pubid, (char *)notation);
}
static void t_notation(void *p, const XML_Char *name, const XML_Char *base, const XML_Char *sysid,
		const XML_Char *pubid) {
	pxNotationDecl(HANDLE(p), (char *)name, (char *)base, (char *)sysid, (char *)pubid);
}
static void t_start_ns(void *p, const XML_Char *prefix, const XML_Char *uri) {
	pxStartNamespaceDecl(HANDLE(p), (char *)prefix, (char *)uri);
}
static void t_end_ns(void *p, const XML_Char *prefix) { pxEndNamespaceDecl(HANDLE(p), (char *)prefix); }
static void t_comment(void *p, const XML_Char *data) { pxComment(HANDLE(p), (char *)data); }
static void t_start_cdata(void *p) { pxNoArgs(HANDLE(p), PX_START_CDATA); }
static void t_end_cdata(void *p) { pxNoArgs(HANDLE(p), PX_END_CDATA); }
static void t_default(void *p, const XML_Char *s, int len) { pxDefault(HANDLE(p), PX_DEFAULT, (char *)s, len); }
static void t_default_expand(void *p, const XML_Char *s, int len) {
	pxDefault(HANDLE(p), PX_DEFAULT_EXPAND, (char *)s, len);
}
static int t_not_standalone(void *p) { return pxNotStandalone(HANDLE(p)); }
static int t_external(XML_Parser p, const XML_Char *context, const XML_Char *base, const XML_Char *sysid,
		const XML_Char *pubid) {
	return pxExternalEntityRef(HANDLE(p), (char *)context, (char *)base, (char *)sysid, (char *)pubid);
}
static void t_start_doctype(void *p, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
		int has_internal) {
	pxStartDoctypeDecl(HANDLE(p), (char *)name, (char *)sysid, (char *)pubid, has_internal);
}
static void t_end_doctype(void *p) { pxNoArgs(HANDLE(p), PX_END_DOCTYPE_DECL); }
static void t_entity(void *p, const XML_Char *name, int is_pe, const XML_Char *value, int len,
		const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid, const XML_Char *notation) {
	pxEntityDecl(HANDLE(p), (char *)name, is_pe, (char *)value, len, (char *)base, (char *)sysid, (char *)pubid,
		(char *)notation);
}
static void t_xmldecl(void *p, const XML_Char *version, const XML_Char *encoding, int standalone) {
	pxXmlDecl(HANDLE(p), (char *)version, (char *)encoding, standalone);
}
static void t_element_decl(void *p, const XML_Char *name, XML_Content *model) {
	pxElementDecl(HANDLE(p), (char *)name, model);
	XML_FreeContentModel((XML_Parser)p, model);
}
static void t_attlist(void *p, const XML_Char *elname, const XML_Char *attname, const XML_Char *type,
		const XML_Char *dflt, int required) {
	pxAttlistDecl(HANDLE(p), (char *)elname, (char *)attname, (char *)type, (char *)dflt, required);
}
static void t_skipped(void *p, const XML_Char *name, int is_pe) { pxSkippedEntity(HANDLE(p), (char *)name, is_pe); }

// Expat's memory goes through these wrappers, which keep the total in
// px_bytes: Go's collector does not see C memory, so the Go side reads the
// total to decide when forgotten parsers must be collected. Each block
// carries its size in a header of max_align_t's size.
#define PX_HEADER 16
static long px_bytes;

static void *px_malloc(size_t n) {
	char *b = malloc(n + PX_HEADER);
	if (b == NULL) {
		return NULL;
	}
	*(size_t *)b = n;
	__atomic_add_fetch(&px_bytes, (long)n, __ATOMIC_RELAXED);
	return b + PX_HEADER;
}

static void px_free(void *q) {
	char *b;
	if (q == NULL) {
		return;
	}
	b = (char *)q - PX_HEADER;
	__atomic_sub_fetch(&px_bytes, (long)*(size_t *)b, __ATOMIC_RELAXED);
	free(b);
}

static void *px_realloc(void *q, size_t n) {
	char *b;
	size_t old;
	if (q == NULL) {
		return px_malloc(n);
	}
	b = (char *)q - PX_HEADER;
	old = *(size_t *)b;
	b = realloc(b, n + PX_HEADER);
	if (b == NULL) {
		return NULL;
	}
	*(size_t *)b = n;
	__atomic_add_fetch(&px_bytes, (long)n - (long)old, __ATOMIC_RELAXED);
	return b + PX_HEADER;
}

static const XML_Memory_Handling_Suite px_memory = {px_malloc, px_realloc, px_free};

long px_allocated(void) { return __atomic_load_n(&px_bytes, __ATOMIC_RELAXED); }

XML_Parser px_create(const char *encoding, const char *sep) {
	XML_Parser p = XML_ParserCreate_MM(encoding, &px_memory, sep);
	if (p != NULL) {
		XML_UseParserAsHandlerArg(p);
	}
	return p;
}

XML_Parser px_create_child(XML_Parser parent, const char *context, const char *encoding) {
	XML_Parser p = XML_ExternalEntityParserCreate(parent, context, encoding);
	if (p != NULL) {
		XML_UseParserAsHandlerArg(p);
		XML_SetUserData(p, NULL);
	}
	return p;
}

void px_set_handle(XML_Parser p, uintptr_t h) { XML_SetUserData(p, (void *)h); }

void px_set_handler(XML_Parser p, int which, int on) {
	switch (which) {
	case PX_START_ELEMENT: XML_SetStartElementHandler(p, on ? t_start : NULL); break;
	case PX_END_ELEMENT: XML_SetEndElementHandler(p, on ? t_end : NULL); break;
	case PX_PROCESSING_INSTRUCTION: XML_SetProcessingInstructionHandler(p, on ? t_pi : NULL); break;
	case PX_CHARACTER_DATA: XML_SetCharacterDataHandler(p, on ? t_chardata : NULL); break;
	case PX_UNPARSED_ENTITY_DECL: XML_SetUnparsedEntityDeclHandler(p, on ? t_unparsed : NULL); break;
	case PX_NOTATION_DECL: XML_SetNotationDeclHandler(p, on ? t_notation : NULL); break;
	case PX_START_NAMESPACE_DECL: XML_SetStartNamespaceDeclHandler(p, on ? t_start_ns : NULL); break;
	case PX_END_NAMESPACE_DECL: XML_SetEndNamespaceDeclHandler(p, on ? t_end_ns : NULL); break;
	case PX_COMMENT: XML_SetCommentHandler(p, on ? t_comment : NULL); break;
	case PX_START_CDATA: XML_SetStartCdataSectionHandler(p, on ? t_start_cdata : NULL); break;
	case PX_END_CDATA: XML_SetEndCdataSectionHandler(p, on ? t_end_cdata : NULL); break;
	case PX_DEFAULT: XML_SetDefaultHandler(p, on ? t_default : NULL); break;
	case PX_DEFAULT_EXPAND: XML_SetDefaultHandlerExpand(p, on ? t_default_expand : NULL); break;
	case PX_NOT_STANDALONE: XML_SetNotStandaloneHandler(p, on ? t_not_standalone : NULL); break;
	case PX_EXTERNAL_ENTITY_REF: XML_SetExternalEntityRefHandler(p, on ? t_external : NULL); break;
	case PX_START_DOCTYPE_DECL: XML_SetStartDoctypeDeclHandler(p, on ? t_start_doctype : NULL); break;
	case PX_END_DOCTYPE_DECL: XML_SetEndDoctypeDeclHandler(p, on ? t_end_doctype : NULL); break;
	case PX_ENTITY_DECL: XML_SetEntityDeclHandler(p, on ? t_entity : NULL); break;
	case PX_XML_DECL: XML_SetXmlDeclHandler(p, on ? t_xmldecl : NULL); break;
	case PX_ELEMENT_DECL: XML_SetElementDeclHandler(p, on ? t_element_decl : NULL); break;
	case PX_ATTLIST_DECL: XML_SetAttlistDeclHandler(p, on ? t_attlist : NULL); break;
	case PX_SKIPPED_ENTITY: XML_SetSkippedEntityHandler(p, on ? t_skipped : NULL); break;
	}
}

static int t_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info) {
	int map[256];
	int i;
	if (!pxEncodingMap(HANDLE(data), (char *)name, map)) {
		return XML_STATUS_ERROR;
	}
	for (i = 0; i < 256; i++) {
		info->map[i] = map[i];
	}
	info->data = NULL;
	info->convert = NULL;
	info->release = NULL;
	return XML_STATUS_OK;
}

void px_unknown_encoding(XML_Parser p) { XML_SetUnknownEncodingHandler(p, t_unknown_encoding, p); }
