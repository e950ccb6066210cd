// Package _ssl binds OpenSSL 3 (libssl, libcrypto) through cgo for
// gpython-ssl. It is imported by modules/ssl, which turns its Go values into
// the Python module "_ssl"; it never imports gpython, so it can be tested,
// fuzzed and leak-checked with plain `go test`.
//
// Errors: every fallible C call goes through a gossl_* wrapper (shim.h)
// that clears OpenSSL's error queue, makes the call and, on failure,
// captures the queue's last error, errno and the SSL_get_error kind into a
// gossl_err in the same cgo call, leaving the queue empty. newError turns
// that into an *Error; nothing else reads the queue.
//
// Ownership: each Go type that owns a C object (Context: SSL_CTX, ...) frees
// it in Close, which is safe to call twice; a runtime cleanup frees it if
// Close is never called. Go pointers are never stored in C memory: callbacks
// find their Go objects through runtime/cgo.Handle values.
//
// The name starts with an underscore, like the Python module it backs, so
// `go test ./...` skips this directory: name it explicitly.
package _ssl
