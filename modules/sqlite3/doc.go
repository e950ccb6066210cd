// Package sqlite3 registers the Python module "_sqlite3": the native half
// of CPython 3.6's sqlite3 package, a cgo binding of the system
// libsqlite3. The Python half, Lib/modules/sqlite3 (Connection, Cursor,
// Row, parameter binding rules, adapters and converters, transactions),
// is written against the two types of this package:
//
//   - Database (_sqlite3.Database) owns one sqlite3* handle and the Go
//     callbacks registered on it (functions, aggregates, collations, the
//     authorizer, progress handler and trace callback);
//   - Statement (_sqlite3.Statement) owns one sqlite3_stmt.
//
// Lifetime: every statement is finalised by Statement.finalize, by
// Database.close (which finalises the statements still open on it, then
// closes the handle), or by a runtime cleanup when the Python object
// becomes unreachable; every handle is closed by Database.close or by its
// cleanup. The cores the cleanups hold (dbCore, stmtCore) never refer back
// to the Python objects. Callbacks find their Python callables through
// runtime/cgo.Handle values that sqlite hands back and destroys.
//
// Errors: every sqlite result code becomes a Python exception in one place,
// errors.go, with CPython 3.6's class for the code and sqlite's message.
//
// The interpreter lock stays held while sqlite runs: Python callbacks are
// then called on the goroutine that holds it.
package sqlite3
