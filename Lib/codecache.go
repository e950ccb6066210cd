package lib

import _ "embed"

// CodeCache is the compiled code of the embedded modules (Lib/modules,
// ssl.py, calendar.py), written by internal/codecache/gen and read by
// internal/codecache: importing one of them decodes its code instead of
// compiling its source. An entry whose source has changed since is
// ignored; `go test ./internal/codecache/` fails until the file is regenerated.
//
//go:generate go run ../internal/codecache/gen -o modules.codecache
//go:embed modules.codecache
var CodeCache string
