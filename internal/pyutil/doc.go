// Package pyutil holds the small pieces of gpython glue that every module of
// gpython-ssl needs: exception types whose method resolution order lets
// `except Base` catch them, the constructor of the built-in exception
// classes (ExceptionNew: CPython 3.6's, OSError(errno, ...) giving the
// errno's subclass), OSError instances with readable and writable errno,
// strerror, filename and filename2, buffer conversions, the recover guard that keeps a Go
// panic from reaching Python as a crash, and the one traceback printer
// (FormatException: CPython 3.6's report of an uncaught exception or
// SyntaxError; Frames for a traceback module), with the source-line cache
// it reads (SourceLines).
//
// It imports gpython's py package only; it never imports C.
package pyutil
