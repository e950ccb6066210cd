package pyexpat

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// ErrorType is xml.parsers.expat.ExpatError (also pyexpat.error). Its
// instances raised by a parser carry code, lineno and offset.
var ErrorType = pyutil.NewExceptionType("ExpatError", "", py.ExceptionType)

// errorNames are the XML_ERROR_* names CPython 3.6's errors submodule
// defines, in code order from 1.
var errorNames = []string{
	"XML_ERROR_NO_MEMORY",
	"XML_ERROR_SYNTAX",
	"XML_ERROR_NO_ELEMENTS",
	"XML_ERROR_INVALID_TOKEN",
	"XML_ERROR_UNCLOSED_TOKEN",
	"XML_ERROR_PARTIAL_CHAR",
	"XML_ERROR_TAG_MISMATCH",
	"XML_ERROR_DUPLICATE_ATTRIBUTE",
	"XML_ERROR_JUNK_AFTER_DOC_ELEMENT",
	"XML_ERROR_PARAM_ENTITY_REF",
	"XML_ERROR_UNDEFINED_ENTITY",
	"XML_ERROR_RECURSIVE_ENTITY_REF",
	"XML_ERROR_ASYNC_ENTITY",
	"XML_ERROR_BAD_CHAR_REF",
	"XML_ERROR_BINARY_ENTITY_REF",
	"XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
	"XML_ERROR_MISPLACED_XML_PI",
	"XML_ERROR_UNKNOWN_ENCODING",
	"XML_ERROR_INCORRECT_ENCODING",
	"XML_ERROR_UNCLOSED_CDATA_SECTION",
	"XML_ERROR_EXTERNAL_ENTITY_HANDLING",
	"XML_ERROR_NOT_STANDALONE",
	"XML_ERROR_UNEXPECTED_STATE",
	"XML_ERROR_ENTITY_DECLARED_IN_PE",
	"XML_ERROR_FEATURE_REQUIRES_XML_DTD",
	"XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
	"XML_ERROR_UNBOUND_PREFIX",
	"XML_ERROR_UNDECLARING_PREFIX",
	"XML_ERROR_INCOMPLETE_PE",
	"XML_ERROR_XML_DECL",
	"XML_ERROR_TEXT_DECL",
	"XML_ERROR_PUBLICID",
	"XML_ERROR_SUSPENDED",
	"XML_ERROR_NOT_SUSPENDED",
	"XML_ERROR_ABORTED",
	"XML_ERROR_FINISHED",
	"XML_ERROR_SUSPEND_PE",
}

// expatError is the ExpatError for expat's code at line and column:
// "<message>: line L, column C".
func expatError(code, line, column int) error {
	msg := fmt.Sprintf("%s: line %d, column %d", errorString(code), line, column)
	return &py.Exception{
		Base: ErrorType,
		Args: py.Tuple{py.String(msg)},
		Dict: py.StringDict{
			"code":   py.Int(code),
			"lineno": py.Int(line),
			"offset": py.Int(column),
		},
	}
}
