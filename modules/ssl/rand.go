package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const (
	randBytesDoc       = "RAND_bytes($module, n, /)\n--\n\nn random bytes from OpenSSL's generator, fit for keys."
	randPseudoBytesDoc = "RAND_pseudo_bytes($module, n, /)\n--\n\n" +
		"(bytes, strong): n random bytes from OpenSSL's generator, and whether\n" +
		"they are fit for keys."
	randAddDoc = "RAND_add($module, string, entropy, /)\n--\n\nFeed string into OpenSSL's generator state.\n\n" +
		"entropy (a float) is how many bytes of true randomness string holds at least (RFC 4086)."
	randStatusDoc = "RAND_status($module, /)\n--\n\nWhether OpenSSL's generator has been seeded enough to be used.\n" +
		"Where it has not, RAND_add() can feed it."
)

func ssl_RAND_bytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := pyarg.ExactlyOne("_ssl.RAND_bytes", args, kwargs); err != nil {
		return nil, err
	}
	n, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	b, err := _ssl.RandBytes(n)
	if err != nil {
		return nil, fromError(err)
	}
	return py.Bytes(b), nil
}

func ssl_RAND_pseudo_bytes(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := pyarg.ExactlyOne("_ssl.RAND_pseudo_bytes", args, kwargs); err != nil {
		return nil, err
	}
	n, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	b, strong, err := _ssl.RandPseudoBytes(n)
	if err != nil {
		return nil, fromError(err)
	}
	return py.Tuple{py.Bytes(b), py.NewBool(strong)}, nil
}

func ssl_RAND_add(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("_ssl.RAND_add() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("RAND_add expected 2 arguments, got %d", len(args))
	}
	data, err := pyutil.StrOrBytesLike(args[0])
	if err != nil {
		return nil, err
	}
	entropy, err := pyarg.Double(args[1])
	if err != nil {
		return nil, err
	}
	_ssl.RandAdd(data, entropy)
	return py.None, nil
}

func ssl_RAND_status(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := pyarg.NoArgs("_ssl.RAND_status", args, kwargs); err != nil {
		return nil, err
	}
	// CPython 3.6 answers with RAND_status's int, 1 or 0, not a bool (3.7
	// made it a bool).
	if _ssl.RandStatus() {
		return py.Int(1), nil
	}
	return py.Int(0), nil
}

// setupRand is a step of setup (module.go).
func setupRand() {
	// RAND_egd is absent, as in CPython built against OpenSSL 1.1+.
	addMethods(
		method("RAND_bytes", ssl_RAND_bytes, 0, randBytesDoc),
		method("RAND_pseudo_bytes", ssl_RAND_pseudo_bytes, 0, randPseudoBytesDoc),
		method("RAND_add", ssl_RAND_add, 0, randAddDoc),
		method("RAND_status", ssl_RAND_status, 0, randStatusDoc),
	)
}
