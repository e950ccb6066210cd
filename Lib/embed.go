// Package lib embeds the project's modules written in Python: the Python
// half of the ssl module, calendar, and the standard-library modules under
// Lib/modules (registered by modules/pylib). It lives beside them because
// //go:embed cannot reach a parent directory.
package lib

import (
	"embed"
)

// Modules holds Lib/modules: NAME.py is the module NAME, and
// PKG/__init__.py with PKG/NAME.py the package PKG and its module
// PKG.NAME.
//
//go:embed all:modules
var Modules embed.FS

// SSLSource is the source of Lib/ssl.py, registered as the module "ssl".
//
//go:embed ssl.py
var SSLSource string

// CalendarSource is the source of Lib/calendar.py, registered as the module
// "calendar" by modules/time.
//
//go:embed calendar.py
var CalendarSource string
