// Package lib embeds the Python half of the ssl module. It lives beside
// ssl.py because //go:embed cannot reach a parent directory.
package lib

import _ "embed"

// SSLSource is the source of Lib/ssl.py, registered as the module "ssl".
//
//go:embed ssl.py
var SSLSource string
