// Command embed shows a Go program embedding gpython with gpython-ssl's
// modules: one import, one context, then Python that uses ssl.
package main

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/py"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

const script = `
import ssl
print("OpenSSL:", ssl.OPENSSL_VERSION)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print("verify_mode:", ctx.verify_mode, "check_hostname:", ctx.check_hostname)
`

func main() {
	ctx := gpythonssl.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	code, err := py.Compile(script, "<embed>", py.ExecMode, 0, true)
	if err == nil {
		_, err = py.RunCode(ctx, code, "<embed>", nil)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
