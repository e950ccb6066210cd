package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestGoModulesPythonFile: the modules written in Go with a part in
// Python (json and its submodules, ssl, pprint, calendar) are located in
// the library directory as Lib/modules' are (vm.EmbeddedFile), as
// CPython 3.6's are in its lib/python3.6: __file__, the spec's origin
// and the code's file name are that path, and linecache and inspect find
// their source lines by it.
func TestGoModulesPythonFile(t *testing.T) {
	out := pytesting.MustRun(t, `
import json, json.decoder, json.encoder, json.scanner, json.tool, ssl, pprint, calendar
import linecache, inspect
for m in (json, json.decoder, json.encoder, json.scanner, json.tool, ssl, pprint, calendar):
    print(m.__name__, m.__file__, m.__spec__.origin == m.__file__,
          bool(linecache.getline(m.__file__, 1)))
print(inspect.getsourcefile(calendar.isleap) == calendar.__file__,
      inspect.getsource(calendar.isleap).startswith('def isleap('),
      calendar.isleap.__code__.co_filename)
`)
	assert.Equal(t, `json /usr/local/lib/python3.6/json/__init__.py True True
json.decoder /usr/local/lib/python3.6/json/decoder.py True True
json.encoder /usr/local/lib/python3.6/json/encoder.py True True
json.scanner /usr/local/lib/python3.6/json/scanner.py True True
json.tool /usr/local/lib/python3.6/json/tool.py True True
ssl /usr/local/lib/python3.6/ssl.py True True
pprint /usr/local/lib/python3.6/pprint.py True True
calendar /usr/local/lib/python3.6/calendar.py True True
True True /usr/local/lib/python3.6/calendar.py
`, out)
}
