package codecache

import (
	"bytes"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Decode reads code Encode wrote (read.go).
// A CodeBuf made by SetLazyCode gives the module's code from the cache or
// its source.
func Decode(buf []byte) (*py.Code, error) {
	if name, ok := bytes.CutPrefix(buf, []byte(lazyMagic)); ok {
		co, _, err := lazyCode(string(name))
		return co, err
	}
	return readCode(buf)
}

func init() {
	// Modules registered with CodeBuf (SetCode) are read back by Decode.
	vm.DecodeModuleCode = Decode
	// Imported source modules' compiled files (__pycache__).
	vm.EncodeModuleCode = Encode
	// Go modules' CodeSrc: the cache holds their code too (modlist).
	vm.PrecompiledModuleCode = func(name, src string) (*py.Code, error) {
		if buf := Lookup(name, src); buf != nil {
			return readCode(buf)
		}
		return nil, nil
	}
}
