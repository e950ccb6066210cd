// Package ssl is the gpython glue of gpython-ssl: it registers the native
// module "_ssl" (Go types and functions over the cgo layer in modules/_ssl)
// and the module "ssl" (Lib/ssl.py, embedded).
//
// This package never imports C: every OpenSSL call goes through
// modules/_ssl, and every error leaving this package is a *py.Exception,
// made from a native error by one constructor, fromError (exceptions.go).
// Arguments are converted with internal/pyarg. The module is set up by
// setup (module.go) in a visible order, the package's only init; every
// function, constructor and property is guarded against Go panics where it
// is registered (guard.go).
//
// Ctrl-C: once internal/sigint is enabled, do_handshake, read, write,
// recv, send, sendall, accept, connect and unwrap end with
// KeyboardInterrupt on SIGINT and leave the connection usable: OpenSSL's
// blocking read(2)/write(2) fail with EINTR (modules/socket/interrupt.go),
// OpenSSL asks to retry, and the wait for the socket raises.
package ssl
