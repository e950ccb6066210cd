package ssl

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ "github.com/gpython-ssl/gpython-ssl/modules/codecs" // registers the idna codec
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// encodeHostname turns a server_hostname argument into the A-label form
// CPython 3.7+ stores and sends (SSLContext._encode_hostname): a str is
// encoded with the 'idna' codec (IDNA 2003 ToASCII, label by label), bytes
// are decoded as ASCII; anything else fails as CPython's .decode call
// does. The result is checked as _ssl checks it (empty, leading dot, NUL).
func encodeHostname(o py.Object) (string, error) {
	var name string
	switch v := o.(type) {
	case py.String:
		enc, err := host.EncodeStr(string(v), "idna", "strict")
		if err != nil {
			return "", err
		}
		name = string(enc)
	default:
		if _, err := pyutil.BytesLike(o); err != nil {
			return "", py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'decode'", pyutil.TypeName(o))
		}
		decode, err := py.GetAttrString(o, "decode")
		if err != nil {
			return "", err
		}
		s, err := py.Call(decode, py.Tuple{py.String("ascii")}, nil)
		if err != nil {
			return "", err
		}
		str, ok := s.(py.String)
		if !ok {
			return "", pyutil.TypeErrorf("decode() returned %s", pyutil.TypeName(s))
		}
		name = string(str)
	}
	if name == "" || name[0] == '.' {
		return "", py.ExceptionNewf(py.ValueError, "server_hostname cannot be an empty string or start with a leading dot.")
	}
	if strings.IndexByte(name, 0) >= 0 {
		return "", pyutil.TypeErrorf("argument must be encoded string without null bytes, not str")
	}
	return name, nil
}
