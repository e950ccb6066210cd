// Package tests holds end-to-end tests of gpython-ssl: the binary, and TLS
// interop against real peers on 127.0.0.1 (openssl s_server/s_client,
// CPython's ssl through python3, and Go's crypto/tls). A test skips, saying
// why, when a peer's tool is missing.
package tests
