// Package hashlib registers the Python modules "hashlib" and "hmac" for
// gpython, with CPython 3.6's API, behaviour and messages (as CPython 3.6
// built with OpenSSL presents them).
//
// md5, sha1 and the SHA-2 family are OpenSSL digests (objects of type
// _hashlib.HASH). An object fed at most 2048 bytes keeps them and gives
// its digest in one shot (Go's crypto, byte-identical, where Go has the
// algorithm); past that it owns an EVP_MD_CTX that a cleanup frees when
// the object is unreachable (hash.go). sha3_* and shake_* are OpenSSL
// digests too but
// have _sha3's types, as in CPython 3.6; blake2b and blake2s are computed
// in Go (blake2.go) because OpenSSL 3.0 does not expose their salt,
// personalization and tree parameters. pbkdf2_hmac and scrypt call
// OpenSSL's PKCS5_PBKDF2_HMAC and EVP_PBE_scrypt.
package hashlib

import (
	"math"
	"sort"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Message digests (MD5, the SHA-1, SHA-2 and SHA-3 families, SHAKE, BLAKE2)
behind one interface.

new(name, data=b'') makes a digest object for the algorithm named; each
algorithm also has its own constructor (md5(), sha256(), blake2b(), ...).
Every object offers update(), digest(), hexdigest() and copy().`

// guaranteed is hashlib.algorithms_guaranteed, in __all__'s order.
var guaranteed = []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
	"blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}

// openSSLExtra are names beyond the guaranteed ones that
// algorithms_available lists when the linked OpenSSL has them.
var openSSLExtra = []string{"md4", "md5-sha1", "mdc2", "ripemd160", "sha512-224", "sha512-256", "sm3", "whirlpool"}

// opensslConstructor is hashlib.md5 ... hashlib.sha512
// (_hashlib.openssl_NAME in CPython).
// md5Constructor is hashlib.md5, the digest of an HMAC made without a
// digestmod: its digest_cons is hashlib.md5 itself, as in CPython 3.6.
var md5Constructor py.Object

func opensslConstructor(name string) *py.Method {
	// The digest is looked up at the first call (not at start-up, where
	// OpenSSL's first fetch would load its configuration) and kept.
	var known atomic.Pointer[digest]
	return py.MustNewMethod("openssl_"+name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(args)+len(kwargs) > 1 {
			return nil, pyutil.TypeErrorf("%s() takes at most 1 argument (%d given)", name, len(args)+len(kwargs))
		}
		var data py.Object
		if len(args) == 1 {
			data = args[0]
		}
		for k, v := range kwargs {
			if k != "string" {
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
			data = v
		}
		d := known.Load()
		if d == nil {
			h, err := newHash(HASHType, name, name, data)
			if err != nil {
				return nil, err
			}
			known.Store(h.d)
			return h, nil
		}
		var buf []byte
		if data != nil {
			if buf, err = hashData(data); err != nil {
				return nil, err
			}
		}
		return newHashOf(HASHType, name, d, data, buf)
	}, 0, "Returns a "+name+" hash object; optionally initialized with a string")
}

// hashNew is hashlib.new (CPython 3.6's __hash_new).
func hashNew(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("__hash_new() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	var name, data py.Object
	if len(args) > 0 {
		name = args[0]
	}
	if len(args) > 1 {
		data = args[1]
	}
	rest := py.StringDict{}
	for k, v := range kwargs {
		switch {
		case k == "name" && name == nil:
			name = v
		case k == "name":
			return nil, pyutil.TypeErrorf("__hash_new() got multiple values for argument 'name'")
		case k == "data" && data == nil:
			data = v
		case k == "data":
			return nil, pyutil.TypeErrorf("__hash_new() got multiple values for argument 'data'")
		default:
			rest[k] = v
		}
	}
	if name == nil {
		return nil, pyutil.TypeErrorf("__hash_new() missing 1 required positional argument: 'name'")
	}
	if data == nil {
		data = py.Bytes{}
	}
	if s, ok := name.(py.String); ok && (s == "blake2b" || s == "blake2s") {
		v := blake2bVariant
		if s == "blake2s" {
			v = blake2sVariant
		}
		return newBlake2(v, py.Tuple{data}, rest)
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("name must be a string")
	}
	n := string(s)
	if t, ok := sha3Types[n]; ok {
		return newSHA3(t, py.Tuple{data}, nil)
	}
	if t, ok := shakeTypes[n]; ok {
		return newSHA3(t, py.Tuple{data}, nil)
	}
	if _, err := hashData(data); err != nil {
		return nil, err
	}
	if _, err := lookupDigest(n); err != nil {
		return nil, pyutil.ValueErrorf("unsupported hash type %s", n)
	}
	return newHash(HASHType, n, n, data)
}

// pbkdf2HMAC is hashlib.pbkdf2_hmac (OpenSSL's, "sy*y*l|O").
func pbkdf2HMAC(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var name, password, salt, iterations, dklen py.Object = nil, nil, nil, nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOOO|O:pbkdf2_hmac",
		[]string{"hash_name", "password", "salt", "iterations", "dklen"},
		&name, &password, &salt, &iterations, &dklen); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("pbkdf2_hmac() argument 1 must be str, not %s", pyutil.TypeName(name))
	}
	pw, err := bufferArg(password)
	if err != nil {
		return nil, err
	}
	sl, err := bufferArg(salt)
	if err != nil {
		return nil, err
	}
	iter, err := cLong(iterations)
	if err != nil {
		return nil, err
	}
	d, err := lookupDigest(string(s))
	if err != nil {
		return nil, pyutil.ValueErrorf("unsupported hash type")
	}
	if iter < 1 {
		return nil, pyutil.ValueErrorf("iteration value must be greater than 0.")
	}
	if iter > math.MaxInt32 {
		return nil, py.ExceptionNewf(py.OverflowError, "iteration value is too great.")
	}
	keylen := int64(d.size)
	if dklen != py.None {
		n, ok, err := pyarg.IndexIfInteger(dklen)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(dklen))
		}
		if !n.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		keylen = n.Int64()
		if keylen < 1 {
			return nil, pyutil.ValueErrorf("key length must be greater than 0.")
		}
		if keylen > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.OverflowError, "key length is too great.")
		}
	}
	out, err := pbkdf2(d, pw, sl, int(iter), int(keylen))
	if err != nil {
		return nil, pyutil.ValueErrorf("%s", err.Error())
	}
	return py.Bytes(out), nil
}

// scryptArg converts n, r or p (unsigned long, required).
func scryptArg(what string, o py.Object) (uint64, error) {
	if o == nil || o == py.None {
		return 0, pyutil.TypeErrorf("%s is required and must be an unsigned int", what)
	}
	n, ok, err := pyarg.IndexIfInteger(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, pyutil.TypeErrorf("scrypt() argument '%s' must be int, not %s", what, pyutil.TypeName(o))
	}
	if n.Sign() < 0 || n.BitLen() > 64 {
		return 0, pyutil.TypeErrorf("%s is required and must be an unsigned int", what)
	}
	return n.Uint64(), nil
}

// scryptFunc is hashlib.scrypt.
func scryptFunc(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("scrypt() takes exactly 1 positional argument (%d given)", len(args))
	}
	var salt, nObj, rObj, pObj py.Object
	var maxmemObj, dklenObj py.Object = py.Int(0), py.Int(64)
	for k, v := range kwargs {
		switch k {
		case "salt":
			salt = v
		case "n":
			nObj = v
		case "r":
			rObj = v
		case "p":
			pObj = v
		case "maxmem":
			maxmemObj = v
		case "dklen":
			dklenObj = v
		case "password":
			return nil, pyutil.TypeErrorf("Argument given by name ('password') and position (1)")
		default:
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for scrypt()", k)
		}
	}
	pw, err := bufferArg(args[0])
	if err != nil {
		return nil, err
	}
	var sl []byte
	if salt != nil && salt != py.None {
		if sl, err = bufferArg(salt); err != nil {
			return nil, err
		}
	}
	for _, o := range []struct {
		name string
		v    py.Object
	}{{"n", nObj}, {"r", rObj}, {"p", pObj}} {
		if o.v != nil && o.v != py.None {
			if _, ok, _ := pyarg.IndexIfInteger(o.v); !ok {
				return nil, pyutil.TypeErrorf("scrypt() argument '%s' must be int, not %s", o.name, pyutil.TypeName(o.v))
			}
		}
	}
	maxmem, err := cLong(maxmemObj)
	if err != nil {
		return nil, err
	}
	dklen, err := cLong(dklenObj)
	if err != nil {
		return nil, err
	}
	if salt == nil || salt == py.None {
		return nil, pyutil.TypeErrorf("salt is required")
	}
	n, err := scryptArg("n", nObj)
	if err != nil {
		return nil, err
	}
	if n < 2 || n&(n-1) != 0 {
		return nil, pyutil.ValueErrorf("n must be a power of 2.")
	}
	r, err := scryptArg("r", rObj)
	if err != nil {
		return nil, err
	}
	p, err := scryptArg("p", pObj)
	if err != nil {
		return nil, err
	}
	if maxmem < 0 || maxmem > math.MaxInt32 {
		return nil, pyutil.ValueErrorf("maxmem must be positive and smaller than %d", math.MaxInt32)
	}
	if dklen < 1 || dklen > math.MaxInt32 {
		return nil, pyutil.ValueErrorf("dklen must be greater than 0 and smaller than %d", math.MaxInt32)
	}
	if _, err := scrypt(nil, nil, n, r, p, uint64(maxmem), 0); err != nil {
		return nil, pyutil.ValueErrorf("Invalid paramemter combination for n, r, p, maxmem.")
	}
	out, err := scrypt(pw, sl, n, r, p, uint64(maxmem), int(dklen))
	if err != nil {
		return nil, pyutil.ValueErrorf("%s", err.Error())
	}
	return py.Bytes(out), nil
}

func strSet(names []string) *vm.Set {
	s := vm.NewSet()
	for _, n := range names {
		if err := s.Add(py.String(n)); err != nil {
			panic(err)
		}
	}
	return s
}

// availableSource heads the module's code: it sets algorithms_available
// from OpenSSL when the module is imported, and drops the helper.
const availableSource = `algorithms_available = _algorithms_available()
del _algorithms_available
`

// availableAlgorithms is algorithms_available's contents: the guaranteed
// names, then those of openSSLExtra the linked OpenSSL has, sorted.
func availableAlgorithms() []string {
	available := append([]string(nil), guaranteed...)
	for _, n := range openSSLExtra {
		if _, err := lookupDigest(n); err == nil {
			available = append(available, n)
		}
	}
	sort.Strings(available[len(guaranteed):])
	return available
}

func init() {
	initHashTypes()
	initBlake2()
	methods := []*py.Method{
		py.MustNewMethod("new", hashNew, 0, `new(name, data=b'') -> hash object

A digest object for the algorithm called name, already fed data.`),
		py.MustNewMethod("pbkdf2_hmac", pbkdf2HMAC, 0, `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) -> key

Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
pseudorandom function.`),
		py.MustNewMethod("scrypt", scryptFunc, 0, `scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)

Derive dklen bytes from password and salt with the memory-hard scrypt
function (RFC 7914), cost n, block size r, parallelism p.`),
	}
	globals := py.StringDict{
		"blake2b": blake2bVariant.typ,
		"blake2s": blake2sVariant.typ,
	}
	for _, n := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512"} {
		globals[n] = opensslConstructor(n)
	}
	md5Constructor = globals["md5"]
	registerBuiltinHashModules(globals)
	for n, t := range sha3Types {
		globals[n] = t
	}
	for n, t := range shakeTypes {
		globals[n] = t
	}
	globals["algorithms_guaranteed"] = strSet(guaranteed)
	// algorithms_available asks OpenSSL, whose first fetch loads its
	// configuration and providers (about 1.4 ms of CPU): the module's code
	// computes it at import (availableSource), not every process at
	// start-up.
	methods = append(methods, py.MustNewMethod("_algorithms_available", func(py.Object, py.Tuple) (py.Object, error) {
		return strSet(availableAlgorithms()), nil
	}, 0, ""))
	all := py.Tuple{}
	for _, n := range guaranteed {
		all = append(all, py.String(n))
	}
	all = append(all, py.String("new"), py.String("algorithms_guaranteed"),
		py.String("algorithms_available"), py.String("pbkdf2_hmac"))
	globals["__all__"] = all
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "hashlib", Doc: moduleDoc},
		Methods: methods,
		Globals: globals,
		CodeSrc: availableSource + builtinConstructorSource,
	})
}
