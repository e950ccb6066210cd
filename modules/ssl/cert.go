package ssl

import (
	"github.com/go-python/gpython/py"
)

// certToPy decodes a DER certificate into getpeercert()'s dict.
// Placeholder: the x509 work replaces it with the real decoder.
func certToPy(der []byte) (py.Object, error) {
	return nil, py.ExceptionNewf(py.NotImplementedError, "certificate decoding is not implemented yet")
}
