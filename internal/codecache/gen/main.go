// Command gen writes Lib/modules.codecache: the code of every module
// embedded in Lib (Lib/modules as modules/pylib registers them, ssl.py,
// calendar.py), compiled as importing it compiles it and encoded by
// codecache.Encode (see modlist.BuildFile). A module with a constant
// Encode refuses is left out, and importing it compiles it; gen names
// those on stderr. Run it with `go generate ./Lib/`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
)

func main() {
	out := flag.String("o", "modules.codecache", "file to write")
	flag.Parse()
	data, leftOut, err := modlist.BuildFile()
	if err != nil {
		fmt.Fprintln(os.Stderr, "codecache gen:", err)
		os.Exit(1)
	}
	for _, e := range leftOut {
		fmt.Fprintln(os.Stderr, "codecache gen:", e)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "codecache gen:", err)
		os.Exit(1)
	}
}
