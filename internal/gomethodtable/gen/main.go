// Command gen writes vm/go_method_masks_gen.go (gomethodtable.Render).
// Run it with `go generate ./vm/`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/gpython-ssl/gpython-ssl/internal/gomethodtable"
)

func main() {
	out := flag.String("o", "go_method_masks_gen.go", "file to write")
	flag.Parse()
	data, err := gomethodtable.Render()
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gomethodtable gen:", err)
		os.Exit(1)
	}
}
