package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

func completeStatement(_ py.Object, args py.Tuple) (py.Object, error) {
	var sql string
	if err := parseArgs("complete_statement", args, &sql); err != nil {
		return nil, err
	}
	csql := C.CString(sql)
	defer C.free(unsafe.Pointer(csql))
	return py.NewBool(C.sqlite3_complete(csql) != 0), nil
}

func enableCallbackTracebacks(_ py.Object, arg py.Object) (py.Object, error) {
	on, err := pyarg.Bool(arg)
	if err != nil {
		return nil, err
	}
	callbackTracebacks.Store(on)
	return py.None, nil
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("open", open, 0, `open(path, flags, timeout_ms) -> Database

Open the database at path (a file name, ':memory:' or, with
SQLITE_OPEN_URI in flags, a file: URI), waiting up to timeout_ms for locks.`),
		py.MustNewMethod("complete_statement", completeStatement, 0, "complete_statement(sql) -> bool\n\nWhether sql ends a whole SQL statement (a semicolon outside literals, triggers and comments)."),
		py.MustNewMethod("enable_callback_tracebacks", enableCallbackTracebacks, 0, "enable_callback_tracebacks(flag)\n\nPrint, or keep quiet about, the exceptions raised inside callbacks sqlite made."),
	}
	globals := py.StringDict{
		"Database":              DatabaseType,
		"Statement":             StatementType,
		"sqlite_version":        py.String(C.GoString(C.sqlite3_libversion())),
		"Warning":               WarningType,
		"Error":                 ErrorType,
		"InterfaceError":        InterfaceErrorType,
		"DatabaseError":         DatabaseErrorType,
		"InternalError":         InternalErrorType,
		"OperationalError":      OperationalErrorType,
		"ProgrammingError":      ProgrammingErrorType,
		"IntegrityError":        IntegrityErrorType,
		"DataError":             DataErrorType,
		"NotSupportedError":     NotSupportedErrorType,
		"SQLITE_OPEN_READWRITE": py.Int(C.SQLITE_OPEN_READWRITE),
		"SQLITE_OPEN_CREATE":    py.Int(C.SQLITE_OPEN_CREATE),
		"SQLITE_OPEN_URI":       py.Int(C.SQLITE_OPEN_URI),
	}
	for name, v := range authConstants {
		globals[name] = py.Int(v)
	}
	DatabaseType.Dict["__module__"] = py.String("_sqlite3")
	StatementType.Dict["__module__"] = py.String("_sqlite3")
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_sqlite3", Doc: `Native layer of the sqlite3 package: database handles, prepared
statements, callbacks and the DB-API exception classes, over libsqlite3.`},
		Methods: methods,
		Globals: globals,
	})
}

// authConstants are the authorizer's return values and action codes that
// CPython 3.6's sqlite3 module exports.
var authConstants = map[string]int{
	"SQLITE_OK": C.SQLITE_OK, "SQLITE_DENY": C.SQLITE_DENY, "SQLITE_IGNORE": C.SQLITE_IGNORE,
	"SQLITE_CREATE_INDEX": C.SQLITE_CREATE_INDEX, "SQLITE_CREATE_TABLE": C.SQLITE_CREATE_TABLE,
	"SQLITE_CREATE_TEMP_INDEX": C.SQLITE_CREATE_TEMP_INDEX, "SQLITE_CREATE_TEMP_TABLE": C.SQLITE_CREATE_TEMP_TABLE,
	"SQLITE_CREATE_TEMP_TRIGGER": C.SQLITE_CREATE_TEMP_TRIGGER, "SQLITE_CREATE_TEMP_VIEW": C.SQLITE_CREATE_TEMP_VIEW,
	"SQLITE_CREATE_TRIGGER": C.SQLITE_CREATE_TRIGGER, "SQLITE_CREATE_VIEW": C.SQLITE_CREATE_VIEW,
	"SQLITE_DELETE": C.SQLITE_DELETE, "SQLITE_DROP_INDEX": C.SQLITE_DROP_INDEX, "SQLITE_DROP_TABLE": C.SQLITE_DROP_TABLE,
	"SQLITE_DROP_TEMP_INDEX": C.SQLITE_DROP_TEMP_INDEX, "SQLITE_DROP_TEMP_TABLE": C.SQLITE_DROP_TEMP_TABLE,
	"SQLITE_DROP_TEMP_TRIGGER": C.SQLITE_DROP_TEMP_TRIGGER, "SQLITE_DROP_TEMP_VIEW": C.SQLITE_DROP_TEMP_VIEW,
	"SQLITE_DROP_TRIGGER": C.SQLITE_DROP_TRIGGER, "SQLITE_DROP_VIEW": C.SQLITE_DROP_VIEW,
	"SQLITE_INSERT": C.SQLITE_INSERT, "SQLITE_PRAGMA": C.SQLITE_PRAGMA, "SQLITE_READ": C.SQLITE_READ,
	"SQLITE_SELECT": C.SQLITE_SELECT, "SQLITE_TRANSACTION": C.SQLITE_TRANSACTION, "SQLITE_UPDATE": C.SQLITE_UPDATE,
	"SQLITE_ATTACH": C.SQLITE_ATTACH, "SQLITE_DETACH": C.SQLITE_DETACH, "SQLITE_ALTER_TABLE": C.SQLITE_ALTER_TABLE,
	"SQLITE_REINDEX": C.SQLITE_REINDEX, "SQLITE_ANALYZE": C.SQLITE_ANALYZE,
}

// memoryUsed is the memory libsqlite3 holds right now, all handles
// together (sqlite3_memory_used): the leak test's measure.
func memoryUsed() int64 { return int64(C.sqlite3_memory_used()) }
