package ssl

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// a2bBase64 is the project's binascii.a2b_base64, which replaced this
// package's own copy (issue 16): TestA2BBase64 and FuzzA2BBase64 keep
// checking 3.6's rules, now on the decoder ssl.PEM_cert_to_DER_cert uses.
func a2bBase64(in []byte) ([]byte, error) {
	impl := py.GetModuleImpl("binascii")
	if impl == nil {
		return nil, fmt.Errorf("binascii is not registered")
	}
	for _, m := range impl.Methods {
		if m.Name != "a2b_base64" {
			continue
		}
		res, err := m.Call(nil, py.Tuple{py.Bytes(append([]byte(nil), in...))})
		if err != nil {
			if e, ok := err.(*py.Exception); ok {
				return nil, fmt.Errorf("%s: %v", e.Base.Name, e.Args)
			}
			return nil, err
		}
		return []byte(res.(py.Bytes)), nil
	}
	return nil, fmt.Errorf("binascii has no a2b_base64")
}
