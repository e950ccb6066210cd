// Package pyarg is the argument vocabulary of gpython-ssl's modules: the
// converters CPython's argument clinic (and PyArg_Parse's format units)
// apply to a Python argument before a C function sees it, with CPython
// 3.6's exception types and messages. A module converts each argument with
// exactly one of these; it writes no converter of its own.
//
// Which one to use, by the C type CPython's function takes:
//
//	int            (format "i", clinic int)           Int, IntStrict, IntClinic
//	long           (format "l")                       Long, LongStrict
//	long           (PyLong_AsLong on an "O" argument)  AsLong36 (3.6: floats truncate)
//	Py_ssize_t     (format "n", clinic Py_ssize_t)    SsizeT
//	unsigned long  (format "k", masked)               UnsignedLongMask
//	unsigned short (select's converters)              UnsignedShort
//	any size       (PyNumber_Index, operator.index)   Index, IndexInt, IndexSize
//	double         (format "d")                       Double
//	timeout        (_PyTime_FromSecondsObject)        Timeout, Seconds (3.10+); Timeout36, Seconds36; TimeoutObject
//	path           (PyUnicode_FSConverter, fspath)    Path, FSPath, ErrNotPath
//	bytes-like     (format "y*", "w*")                BytesLike, WritableBuffer
//	call shapes    (METH_NOARGS, METH_O, keywords)    NoArgs, ExactlyOne, Parse, ParseClinic, Given
//
// What counts as an integer: int, bool, and any object whose type defines
// __index__ (enum members, Python classes). Two rule sets exist because
// the project's differential tests compare some modules with CPython 3.6
// and others with a newer CPython:
//
//   - CPython 3.6 (Int, Long, SsizeT): a float is "integer argument
//     expected, got float"; Int and Long also take __int__, and name other
//     objects "an integer is required (got type str)". struct, os and
//     ospath use these.
//   - CPython 3.10+ (IntStrict, IntClinic, LongStrict): __index__ only; a
//     float or str is PyNumber_Index's "'float' object cannot be
//     interpreted as an integer". IntStrict is format "i" ("signed integer
//     is greater than maximum"), IntClinic the clinic's int ("Python int
//     too large to convert to C int"). ssl, socket and datetime use these.
//
// Overflow messages are CPython's for the C type: "signed integer is
// greater than maximum" (int), "Python int too large to convert to C long",
// "... C ssize_t", "cannot fit 'int' into an index-sized integer".
//
// Errors are always *py.Exception values, ready to return to Python.
// The package imports gpython's py and internal/pyutil only, never C.
package pyarg
