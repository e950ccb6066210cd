package pylib

// gpython registers Go modules named glob, string and tempfile; the project's
// Python ones (Lib/modules/glob.py, string.py, tempfile.py) replace them. Importing
// gpython's packages here makes them register first, whatever the order
// in which an embedder's imports are initialised.
import (
	_ "github.com/go-python/gpython/stdlib/glob"
	_ "github.com/go-python/gpython/stdlib/string"
	_ "github.com/go-python/gpython/stdlib/tempfile"
)
