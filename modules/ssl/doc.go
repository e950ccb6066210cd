// Package ssl is the gpython glue of gpython-ssl: it registers the native
// module "_ssl" (Go types and functions over the cgo layer in modules/_ssl)
// and the module "ssl" (Lib/ssl.py, embedded).
//
// This package never imports C: every OpenSSL call goes through
// modules/_ssl, and every error leaving this package is a *py.Exception.
package ssl
