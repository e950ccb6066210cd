// Declarations shared by the cgo preambles of package sqlite3 and shim.c.
#ifndef GOSQ_SHIM_H
#define GOSQ_SHIM_H

#include <stdint.h>
#include <stdlib.h>
#include <sqlite3.h>

// Binding and result helpers: SQLITE_TRANSIENT is a cast function pointer
// cgo cannot name, so these pass it for Go and make sqlite copy the bytes
// before returning (Go memory is lent only for the length of the call).
int gosq_bind_text(sqlite3_stmt *st, int i, const char *p, int n);
int gosq_bind_blob(sqlite3_stmt *st, int i, const void *p, int n);
void gosq_result_text(sqlite3_context *c, const char *p, int n);
void gosq_result_blob(sqlite3_context *c, const void *p, int n);

// Registration of Go callbacks. h is a runtime/cgo.Handle value, passed to
// sqlite as the user-data pointer; 0 removes the callback. Functions and
// collations hand h back to Go's destructor when sqlite drops them.
int gosq_create_function(sqlite3 *db, const char *name, int narg, uintptr_t h, int aggregate);
int gosq_create_collation(sqlite3 *db, const char *name, uintptr_t h);
int gosq_set_authorizer(sqlite3 *db, uintptr_t h);
void gosq_set_progress(sqlite3 *db, int n, uintptr_t h);
void gosq_set_trace(sqlite3 *db, uintptr_t h);

// gosq_user_handle is the handle a function was registered with.
uintptr_t gosq_user_handle(sqlite3_context *c);

// gosq_agg_slot is the per-call storage of an aggregate, zeroed on first
// use; NULL when nothing was allocated yet and create is 0.
uintptr_t *gosq_agg_slot(sqlite3_context *c, int create);

#endif
