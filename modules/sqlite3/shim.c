// C trampolines from sqlite's callback signatures to the exported Go
// functions of callbacks.go, and the few helpers cgo cannot express.
#include "shim.h"
#include "_cgo_export.h"

static const char gosq_empty[1] = {0};

int gosq_bind_text(sqlite3_stmt *st, int i, const char *p, int n) {
	return sqlite3_bind_text(st, i, n ? p : gosq_empty, n, SQLITE_TRANSIENT);
}

int gosq_bind_blob(sqlite3_stmt *st, int i, const void *p, int n) {
	if (n == 0) {
		return sqlite3_bind_zeroblob(st, i, 0);
	}
	return sqlite3_bind_blob(st, i, p, n, SQLITE_TRANSIENT);
}

void gosq_result_text(sqlite3_context *c, const char *p, int n) {
	sqlite3_result_text(c, n ? p : gosq_empty, n, SQLITE_TRANSIENT);
}

void gosq_result_blob(sqlite3_context *c, const void *p, int n) {
	if (n == 0) {
		sqlite3_result_zeroblob(c, 0);
		return;
	}
	sqlite3_result_blob(c, p, n, SQLITE_TRANSIENT);
}

static void gosq_func(sqlite3_context *c, int n, sqlite3_value **v) { gosqFunc(c, n, v); }
static void gosq_step(sqlite3_context *c, int n, sqlite3_value **v) { gosqStep(c, n, v); }
static void gosq_final(sqlite3_context *c) { gosqFinal(c); }
static void gosq_destroy(void *p) { gosqDestroy((uintptr_t)p); }

static int gosq_collate(void *p, int n1, const void *s1, int n2, const void *s2) {
	return gosqCollate((uintptr_t)p, (char *)s1, n1, (char *)s2, n2);
}

static int gosq_auth(void *p, int action, const char *a1, const char *a2, const char *db, const char *src) {
	return gosqAuthorize((uintptr_t)p, action, (char *)a1, (char *)a2, (char *)db, (char *)src);
}

static int gosq_progress(void *p) { return gosqProgress((uintptr_t)p); }

static void gosq_trace(void *p, const char *sql) { gosqTrace((uintptr_t)p, (char *)sql); }

int gosq_create_function(sqlite3 *db, const char *name, int narg, uintptr_t h, int aggregate) {
	if (h == 0) {
		return sqlite3_create_function_v2(db, name, narg, SQLITE_UTF8, NULL, NULL, NULL, NULL, NULL);
	}
	if (aggregate) {
		return sqlite3_create_function_v2(db, name, narg, SQLITE_UTF8, (void *)h, NULL, gosq_step, gosq_final, gosq_destroy);
	}
	return sqlite3_create_function_v2(db, name, narg, SQLITE_UTF8, (void *)h, gosq_func, NULL, NULL, gosq_destroy);
}

int gosq_create_collation(sqlite3 *db, const char *name, uintptr_t h) {
	if (h == 0) {
		return sqlite3_create_collation_v2(db, name, SQLITE_UTF8, NULL, NULL, NULL);
	}
	return sqlite3_create_collation_v2(db, name, SQLITE_UTF8, (void *)h, gosq_collate, gosq_destroy);
}

int gosq_set_authorizer(sqlite3 *db, uintptr_t h) {
	return sqlite3_set_authorizer(db, h ? gosq_auth : NULL, (void *)h);
}

void gosq_set_progress(sqlite3 *db, int n, uintptr_t h) {
	sqlite3_progress_handler(db, n, h ? gosq_progress : NULL, (void *)h);
}

void gosq_set_trace(sqlite3 *db, uintptr_t h) {
	sqlite3_trace(db, h ? gosq_trace : NULL, (void *)h);
}

uintptr_t gosq_user_handle(sqlite3_context *c) { return (uintptr_t)sqlite3_user_data(c); }

uintptr_t *gosq_agg_slot(sqlite3_context *c, int create) {
	return (uintptr_t *)sqlite3_aggregate_context(c, create ? (int)sizeof(uintptr_t) : 0);
}
