package gpythonssl_test

import (
	"fmt"

	"github.com/go-python/gpython/py"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

// A Go program gets every module of the project by importing this package;
// NewContext is the one call it needs.
func ExampleNewContext() {
	ctx := gpythonssl.NewContext(py.DefaultContextOpts())
	defer ctx.Close()

	code, err := py.Compile(`
import ssl
try:
    raise ssl.SSLEOFError(8, "EOF occurred in violation of protocol")
except OSError as e:
    result = "caught " + str(e) + ", errno %d" % e.errno
`, "<embedded>", py.ExecMode, 0, true)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	module, err := py.RunCode(ctx, code, "<embedded>", nil)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(module.Globals["result"])
	// Output: caught EOF occurred in violation of protocol, errno 8
}
