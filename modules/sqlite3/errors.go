package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The DB-API exception classes, as sqlite3 exports them.
var (
	WarningType           = newError("Warning", py.ExceptionType)
	ErrorType             = newError("Error", py.ExceptionType)
	InterfaceErrorType    = newError("InterfaceError", ErrorType)
	DatabaseErrorType     = newError("DatabaseError", ErrorType)
	InternalErrorType     = newError("InternalError", DatabaseErrorType)
	OperationalErrorType  = newError("OperationalError", DatabaseErrorType)
	ProgrammingErrorType  = newError("ProgrammingError", DatabaseErrorType)
	IntegrityErrorType    = newError("IntegrityError", DatabaseErrorType)
	DataErrorType         = newError("DataError", DatabaseErrorType)
	NotSupportedErrorType = newError("NotSupportedError", DatabaseErrorType)
)

func newError(name string, base *py.Type) *py.Type {
	t := pyutil.NewExceptionType(name, "", base)
	t.Dict["__module__"] = py.String("sqlite3")
	return t
}

// errorClass is CPython 3.6's exception class for a primary result code;
// nil stands for MemoryError.
func errorClass(code int) *py.Type {
	switch code {
	case C.SQLITE_INTERNAL, C.SQLITE_NOTFOUND:
		return InternalErrorType
	case C.SQLITE_NOMEM:
		return nil
	case C.SQLITE_ERROR, C.SQLITE_PERM, C.SQLITE_ABORT, C.SQLITE_BUSY, C.SQLITE_LOCKED,
		C.SQLITE_READONLY, C.SQLITE_INTERRUPT, C.SQLITE_IOERR, C.SQLITE_FULL,
		C.SQLITE_CANTOPEN, C.SQLITE_PROTOCOL, C.SQLITE_EMPTY, C.SQLITE_SCHEMA:
		return OperationalErrorType
	case C.SQLITE_CORRUPT:
		return DatabaseErrorType
	case C.SQLITE_TOOBIG:
		return DataErrorType
	case C.SQLITE_CONSTRAINT, C.SQLITE_MISMATCH:
		return IntegrityErrorType
	case C.SQLITE_MISUSE:
		return ProgrammingErrorType
	}
	return DatabaseErrorType
}

// sqliteError is the Python exception for result code rc with message msg.
func sqliteError(rc C.int, msg string) error {
	cls := errorClass(int(rc) & 0xff)
	if cls == nil {
		return py.ExceptionNewf(py.MemoryError, "")
	}
	return py.ExceptionNewf(cls, "%s", msg)
}

// dbError is the exception for rc as the handle db reports it now.
func dbError(db *C.sqlite3, rc C.int) error {
	msg := C.GoString(C.sqlite3_errstr(rc))
	if db != nil {
		msg = C.GoString(C.sqlite3_errmsg(db))
	}
	return sqliteError(rc, msg)
}

// errClosed is what operations on a closed database raise.
func errClosed() error {
	return py.ExceptionNewf(ProgrammingErrorType, "Cannot operate on a closed database.")
}
