package main

import (
	"fmt"
	"io"
)

// runDoctest runs the interactive examples of a reST file.
func runDoctest(path string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gpython-ssl: --doctest is not wired yet")
	return 2
}
