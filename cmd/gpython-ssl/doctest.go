package main

import (
	"io"

	"github.com/gpython-ssl/gpython-ssl/internal/doctest"
)

// runDoctest runs the interactive examples of a reST file and prints one
// line per example and the summary line.
func runDoctest(path string, stdout, stderr io.Writer) int {
	return doctest.Main(path, stdout, stderr, doctest.Options{})
}
