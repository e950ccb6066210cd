// Command stockrun runs gpython's own test scripts with stock gpython (it
// must never import the host completion) and prints the per-script
// results as JSON. The host package's test builds and runs it to compare.
//
//	stockrun <gpython module root>
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/gpython-ssl/gpython-ssl/internal/scriptrun"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: stockrun <gpython module root>")
		os.Exit(2)
	}
	res, err := scriptrun.RunAll(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "stockrun:", err)
		os.Exit(1)
	}
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		fmt.Fprintln(os.Stderr, "stockrun:", err)
		os.Exit(1)
	}
}
