package weakref

import "io"

// SetErrOut redirects the reports of errors in callbacks; it returns the
// function that restores the previous writer.
func SetErrOut(w io.Writer) (restore func()) {
	old := errOut
	errOut = w
	return func() { errOut = old }
}
