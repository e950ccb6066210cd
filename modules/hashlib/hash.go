package hashlib

import (
	"encoding/hex"
	"fmt"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// HASHType is "_hashlib.HASH", the type of the OpenSSL-backed objects
// (md5, sha1, sha2 and whatever else hashlib.new finds in OpenSSL).
var HASHType = py.NewTypeX("_hashlib.HASH", `An incremental message digest for one algorithm.

update(data) feeds it more bytes; digest() and hexdigest() give the result
so far as bytes or hex text; copy() clones the current state. name and
digest_size describe the algorithm.`, nil, nil)

// sha3Types and shakeTypes are _sha3's types, which are also hashlib's
// constructors sha3_224 ... shake_256 (as in CPython 3.6, where they come
// from the _sha3 module rather than OpenSSL).
var (
	sha3Types  = map[string]*py.Type{}
	shakeTypes = map[string]*py.Type{}
)

// sha3OpenSSL maps the Python names to OpenSSL's.
var sha3OpenSSL = map[string]string{
	"sha3_224": "SHA3-224", "sha3_256": "SHA3-256", "sha3_384": "SHA3-384", "sha3_512": "SHA3-512",
	"shake_128": "SHAKE128", "shake_256": "SHAKE256",
}

// Hash is a hash object computed by OpenSSL: a _hashlib.HASH, a
// _sha3.sha3_* or a _sha3.shake_*.
//
// An object starts without an OpenSSL context: while everything fed to it
// fits in pendingMax bytes it keeps those bytes and a digest is computed
// from them in one shot (Go's crypto when it has the algorithm, otherwise
// one OpenSSL call), so a short-lived object (hashlib.md5(b).digest())
// costs no OpenSSL context and no cleanup. The context is made, fed the
// pending bytes, when more data arrives; from then on it holds the state.
type Hash struct {
	typ     *py.Type
	name    string
	d       *digest
	c       *evpContext // nil while the data is pending
	pending []byte      // the data so far, while c is nil
	owned   bool        // pending's array is this object's to append to
}

// pendingMax is the most data a hash object keeps instead of an OpenSSL
// context: below the size from which an update releases the interpreter
// lock, so each one-shot digest of it is short.
const pendingMax = unlockedMinSize

// feed hashes p; immutable says p cannot change later (a bytes object's
// contents), so that it may be kept without a copy.
func (h *Hash) feed(p []byte, immutable bool) error {
	if h.c != nil {
		return h.c.update(p)
	}
	if len(p) == 0 {
		return nil
	}
	if len(h.pending)+len(p) <= pendingMax {
		switch {
		case len(h.pending) == 0 && immutable:
			h.pending, h.owned = p, false
			return nil
		case !h.owned:
			buf := make([]byte, len(h.pending), max(2*(len(h.pending)+len(p)), 64))
			copy(buf, h.pending)
			h.pending, h.owned = buf, true
		}
		h.pending = append(h.pending, p...)
		return nil
	}
	c, err := newContextFed(h.d, h.pending)
	if err != nil {
		return err
	}
	h.c, h.pending, h.owned = c, nil, false
	return c.update(p)
}

// sum returns the digest so far (n bytes of it for an XOF).
func (h *Hash) sum(n int) ([]byte, error) {
	if h.c != nil {
		return h.c.sum(n)
	}
	if h.d.sum != nil {
		if !h.d.xof {
			n = h.d.size
		}
		return h.d.sum(h.pending, n), nil
	}
	return oneShot(h.d, h.pending, n)
}

// clone returns an independent copy of the state.
func (h *Hash) clone() (*Hash, error) {
	if h.c == nil {
		// The copy shares the pending bytes and copies them before it
		// appends; h appends only past the copy's length.
		return &Hash{typ: h.typ, name: h.name, d: h.d, pending: h.pending}, nil
	}
	c, err := h.c.copy()
	if err != nil {
		return nil, err
	}
	return &Hash{typ: h.typ, name: h.name, d: h.d, c: c}, nil
}

// Type returns the object's Python type.
func (h *Hash) Type() *py.Type { return h.typ }

// M__repr__ is CPython 3.6's repr: "<sha256 HASH object @ 0x...>" for
// OpenSSL's objects, "<_sha3.sha3_256 object at 0x...>" for _sha3's.
func (h *Hash) M__repr__() (py.Object, error) {
	if h.typ == HASHType {
		return py.String(fmt.Sprintf("<%s HASH object @ %p>", h.name, h)), nil
	}
	return py.String(fmt.Sprintf("<%s object at %p>", h.typ.Name, h)), nil
}

var _ py.I__repr__ = (*Hash)(nil)

// newHash makes a hash object of type t for the OpenSSL digest opensslName,
// named name, and hashes data.
func newHash(t *py.Type, name, opensslName string, data py.Object) (*Hash, error) {
	var buf []byte
	if data != nil {
		b, err := hashData(data)
		if err != nil {
			return nil, err
		}
		buf = b
	}
	d, err := lookupDigest(opensslName)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type")
	}
	return newHashOf(t, name, d, data, buf)
}

// newHashOf makes a hash object of type t for d and hashes buf, the
// contents of data.
func newHashOf(t *py.Type, name string, d *digest, data py.Object, buf []byte) (*Hash, error) {
	h := &Hash{typ: t, name: name, d: d}
	_, immutable := data.(py.Bytes)
	if err := h.feed(buf, immutable); err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return h, nil
}

func hashSelf(self py.Object) *Hash { return self.(*Hash) }

func hashUpdate(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("update() takes exactly one argument (%d given)", len(args))
	}
	b, err := hashData(args[0])
	if err != nil {
		return nil, err
	}
	_, immutable := args[0].(py.Bytes)
	if err := hashSelf(self).feed(b, immutable); err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return py.None, nil
}

func noArgs(name string, args py.Tuple) error {
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func hashDigest(self py.Object, args py.Tuple) (py.Object, error) {
	if err := noArgs("digest", args); err != nil {
		return nil, err
	}
	out, err := hashSelf(self).sum(0)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return py.Bytes(out), nil
}

func hashHexdigest(self py.Object, args py.Tuple) (py.Object, error) {
	if err := noArgs("hexdigest", args); err != nil {
		return nil, err
	}
	out, err := hashSelf(self).sum(0)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return hexString(out), nil
}

func hashCopy(self py.Object, args py.Tuple) (py.Object, error) {
	if err := noArgs("copy", args); err != nil {
		return nil, err
	}
	c, err := hashSelf(self).clone()
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return c, nil
}

// shakeLength converts the length argument of shake's digest(n).
func shakeLength(name string, args py.Tuple) (int, error) {
	if len(args) != 1 {
		return 0, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	n, ok, err := pyarg.IndexIfInteger(args[0])
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	if n.Sign() < 0 {
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if n.BitLen() > 64 {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	if !n.IsInt64() || n.Int64() >= 1<<29 {
		return 0, py.ExceptionNewf(py.ValueError, "length is too large")
	}
	return int(n.Int64()), nil
}

func shakeDigest(self py.Object, args py.Tuple) (py.Object, error) {
	n, err := shakeLength("digest", args)
	if err != nil {
		return nil, err
	}
	out, err := hashSelf(self).sum(n)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return py.Bytes(out), nil
}

func shakeHexdigest(self py.Object, args py.Tuple) (py.Object, error) {
	n, err := shakeLength("hexdigest", args)
	if err != nil {
		return nil, err
	}
	out, err := hashSelf(self).sum(n)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%s", err.Error())
	}
	return hexString(out), nil
}

func getter(f func(h *Hash) py.Object, doc string) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) { return f(hashSelf(self)), nil }, Doc: doc}
}

// hashMethod makes a method of type t. gpython calls a method taken from
// the type (type(h).update(h, data)) with the module as self and the
// object first in args: unbound receives the real self from args.
func hashMethod(t *py.Type, name string, f func(py.Object, py.Tuple) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if self, args, err = unbound(t, name, self, args); err != nil {
			return nil, err
		}
		return f(self, args)
	}, 0, doc)
}

// unbound returns the object a method of t applies to and its
// arguments, raising CPython's descriptor TypeError for another type.
func unbound(t *py.Type, name string, self py.Object, args py.Tuple) (py.Object, py.Tuple, error) {
	if self != nil && self.Type() == t {
		return self, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyutil.TypeErrorf("descriptor '%s' of '%s' object needs an argument", name, t.Name)
	}
	if args[0].Type() != t {
		return nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a '%s' object but received a '%s'",
			name, t.Name, args[0].Type().Name)
	}
	return args[0], args[1:], nil
}

func fillHashDict(t *py.Type, xof bool) {
	t.Dict["update"] = hashMethod(t, "update", hashUpdate, "update(data) -> None\n\nFeed more bytes into the digest.")
	t.Dict["copy"] = hashMethod(t, "copy", hashCopy, "copy() -> hash object\n\nAn independent clone of the current state.")
	if xof {
		t.Dict["digest"] = hashMethod(t, "digest", shakeDigest, "digest() -> bytes\n\nThe digest of everything fed so far.")
		t.Dict["hexdigest"] = hashMethod(t, "hexdigest", shakeHexdigest, "hexdigest() -> str\n\nThe digest so far, as lowercase hex text.")
	} else {
		t.Dict["digest"] = hashMethod(t, "digest", hashDigest, "digest() -> bytes\n\nThe digest of everything fed so far.")
		t.Dict["hexdigest"] = hashMethod(t, "hexdigest", hashHexdigest, "hexdigest() -> str\n\nThe digest so far, as lowercase hex text.")
	}
	t.Dict["name"] = getter(func(h *Hash) py.Object { return py.String(h.name) }, "")
	t.Dict["digest_size"] = getter(func(h *Hash) py.Object {
		if h.d.xof {
			return py.Int(0)
		}
		return py.Int(h.d.size)
	}, "")
	t.Dict["block_size"] = getter(func(h *Hash) py.Object { return py.Int(h.d.blockSize) }, "")
}

// newSHA3 is the constructor of the _sha3 types.
func newSHA3(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("%s does not take keyword arguments", t.Name)
	}
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("%s expected at most 1 arguments, got %d", t.Name, len(args))
	}
	var data py.Object
	if len(args) == 1 {
		data = args[0]
	}
	name := t.Name[len("_sha3."):]
	return newHash(t, name, sha3OpenSSL[name], data)
}

// initHashTypes fills _hashlib.HASH and makes the _sha3 types (module.go's
// init calls it first).
func initHashTypes() {
	fillHashDict(HASHType, false)
	for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
		t := py.NewTypeX("_sha3."+n, n+"([string]) -> "+n+" object\n\nReturn a new "+n+" hash object.", newSHA3, nil)
		xof := n[:5] == "shake"
		fillHashDict(t, xof)
		suffix := py.Bytes{0x06}
		if xof {
			suffix = py.Bytes{0x1f}
			shakeTypes[n] = t
		} else {
			sha3Types[n] = t
		}
		t.Dict["_suffix"] = getter(func(*Hash) py.Object { return suffix }, "")
		t.Dict["_rate_bits"] = getter(func(h *Hash) py.Object { return py.Int(8 * h.d.blockSize) }, "")
		t.Dict["_capacity_bits"] = getter(func(h *Hash) py.Object { return py.Int(1600 - 8*h.d.blockSize) }, "")
	}
}

// hexString is p in lowercase hex, made with one allocation.
func hexString(p []byte) py.String {
	b := make([]byte, 2*len(p))
	hex.Encode(b, p)
	return py.String(unsafe.String(unsafe.SliceData(b), len(b)))
}
