package hashlib

// The module "hmac" (RFC 2104), over any hash object with update, digest
// and copy: hashlib's, or a Python object, as CPython's Lib/hmac.py is.

import (
	"crypto/subtle"
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const hmacModuleDoc = `Keyed message authentication codes (HMAC, RFC 2104) over any hashlib digest.`

// HMACType is hmac.HMAC.
var HMACType = py.NewTypeX("hmac.HMAC", `HMAC(key, msg=None, digestmod=None)

A keyed digest object with the same update/digest/hexdigest/copy
interface as the hashlib objects.`, hmacTypeNew, nil)

// HMAC is an hmac.HMAC object.
type HMAC struct {
	cons         py.Object // makes a hash object from optional data
	inner, outer py.Object
	digestSize   py.Object
	blockSize    py.Object
}

// Type returns HMACType.
func (*HMAC) Type() *py.Type { return HMACType }

// M__repr__ is the default object repr, "<hmac.HMAC object at 0x...>".
func (h *HMAC) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<hmac.HMAC object at %p>", h)), nil
}

func callMethod(o py.Object, name string, args ...py.Object) (py.Object, error) {
	if h, ok := o.(*Hash); ok {
		// hashlib's own objects (the usual digestmod): their methods
		// directly, without an attribute lookup and a call.
		switch name {
		case "update":
			return hashUpdate(h, args)
		case "copy":
			return hashCopy(h, args)
		case "digest":
			if !h.d.xof {
				return hashDigest(h, args)
			}
		case "hexdigest":
			if !h.d.xof {
				return hashHexdigest(h, args)
			}
		}
	}
	m, err := py.GetAttrString(o, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", pyutil.TypeName(o), name)
		}
		return nil, err
	}
	return py.Call(m, py.Tuple(args), nil)
}

// hmacConstructor is the digest constructor for a digestmod argument.
func hmacConstructor(digestmod py.Object) py.Object {
	if digestmod == nil || digestmod == py.None {
		return md5Constructor
	}
	if isCallable(digestmod) {
		return digestmod
	}
	if s, ok := digestmod.(py.String); ok {
		return py.MustNewMethod("<lambda>", func(_ py.Object, args py.Tuple) (py.Object, error) {
			data := py.Object(py.Bytes{})
			if len(args) > 0 {
				data = args[0]
			}
			return hashNew(nil, py.Tuple{s, data}, nil)
		}, 0, "")
	}
	return py.MustNewMethod("<lambda>", func(_ py.Object, args py.Tuple) (py.Object, error) {
		data := py.Object(py.Bytes{})
		if len(args) > 0 {
			data = args[0]
		}
		return callMethod(digestmod, "new", data)
	}, 0, "")
}

func isCallable(o py.Object) bool {
	switch o.(type) {
	case *py.Method, *py.Function, *py.Type, *py.BoundMethod:
		return true
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return o.Type().Lookup("__call__") != nil
}

// newHMAC is hmac.new and hmac.HMAC.
func newHMAC(args py.Tuple, kwargs py.StringDict, fname string, selfArgs int) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.PyFunc(fname, args, kwargs, []string{"key", "msg", "digestmod"}, 1, 3, selfArgs)
	if err != nil {
		return nil, err
	}
	key, msg, digestmod := a[0], a[1], a[2]
	if msg == nil {
		msg = py.None
	}
	var k []byte
	switch v := key.(type) {
	case py.Bytes:
		k = []byte(v)
	default:
		if v.Type().Name == "bytearray" {
			if rb, ok := v.(pyutil.ReadableBuffer); ok {
				k = rb.BufferBytes()
				break
			}
		}
		return nil, pyutil.TypeErrorf("key: expected bytes or bytearray, but got '%s'", pyutil.TypeName(key))
	}
	if digestmod == nil || digestmod == py.None {
		// 3.6 deprecates the MD5 default (the warning is the caller's).
		if err := vm.Warn(py.PendingDeprecationWarning, "HMAC() without an explicit digestmod argument is deprecated.", 1); err != nil {
			return nil, err
		}
	}
	h := &HMAC{cons: hmacConstructor(digestmod)}
	if h.outer, err = py.Call(h.cons, nil, nil); err != nil {
		return nil, err
	}
	if h.inner, err = py.Call(h.cons, nil, nil); err != nil {
		return nil, err
	}
	if h.digestSize, err = py.GetAttrString(h.inner, "digest_size"); err != nil {
		return nil, err
	}
	// A digest without a usable block_size gets HMAC's default, with
	// 3.6's RuntimeWarning (an error under a filter that says so).
	blocksize := 64
	if bs, err := py.GetAttrString(h.inner, "block_size"); err == nil {
		n, err := py.MakeGoInt(bs)
		if err != nil {
			return nil, err
		}
		if n >= 16 {
			blocksize = n
		} else if err := vm.Warn(py.RuntimeWarning, fmt.Sprintf("block_size of %d seems too small; using our default of %d.", n, blocksize), 1); err != nil {
			return nil, err
		}
	} else if !py.IsException(py.AttributeError, err) {
		return nil, err
	} else if err := vm.Warn(py.RuntimeWarning, fmt.Sprintf("No block_size attribute on given digest object; Assuming %d.", blocksize), 1); err != nil {
		return nil, err
	}
	h.blockSize = py.Int(blocksize)
	if len(k) > blocksize {
		kh, err := py.Call(h.cons, py.Tuple{py.Bytes(k)}, nil)
		if err != nil {
			return nil, err
		}
		d, err := callMethod(kh, "digest")
		if err != nil {
			return nil, err
		}
		db, ok := d.(py.Bytes)
		if !ok {
			return nil, pyutil.TypeErrorf("digest() returned %s, not bytes", pyutil.TypeName(d))
		}
		k = []byte(db)
	}
	padded := make([]byte, blocksize)
	copy(padded, k)
	ipad := make(py.Bytes, blocksize)
	opad := make(py.Bytes, blocksize)
	for i, c := range padded {
		ipad[i] = c ^ 0x36
		opad[i] = c ^ 0x5C
	}
	if _, err := callMethod(h.outer, "update", opad); err != nil {
		return nil, err
	}
	if _, err := callMethod(h.inner, "update", ipad); err != nil {
		return nil, err
	}
	if msg != py.None {
		if _, err := callMethod(h.inner, "update", msg); err != nil {
			return nil, err
		}
	}
	return h, nil
}

func hmacTypeNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return newHMAC(args, kwargs, "__init__", 1)
}

// keepingClass makes m, copy, give an instance of the class derived
// from HMAC that its receiver is an instance of (as self.__class__ makes
// the copy in Lib/hmac.py).
func keepingClass(m *py.Method) *py.Method {
	k := py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
		recv := self
		if (recv == nil || recv.Type() == py.ModuleType) && len(args) > 0 {
			recv, args = args[0], args[1:]
		}
		if recv == nil {
			return m.Call(nil, args)
		}
		r, err := m.Call(nil, append(py.Tuple{pyutil.Unwrap(recv)}, args...))
		if inst, ok := recv.(*py.Type); ok && err == nil && pyutil.IsInstanceObject(inst) {
			return vm.NewWithValue(inst.ObjectType, r), nil
		}
		return r, err
	}, 0, m.Doc)
	vm.TakesInstance(k)
	return k
}

func hmacSelf(self py.Object) *HMAC { return self.(*HMAC) }

// current is the outer hash over the inner digest so far.
func (h *HMAC) current() (py.Object, error) {
	o, err := callMethod(h.outer, "copy")
	if err != nil {
		return nil, err
	}
	d, err := callMethod(h.inner, "digest")
	if err != nil {
		return nil, err
	}
	if _, err := callMethod(o, "update", d); err != nil {
		return nil, err
	}
	return o, nil
}

func hmacMethod(name string, nargs int, f func(h *HMAC, args py.Tuple) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if self == nil || self.Type() != HMACType {
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("%s() missing 1 required positional argument: 'self'", name)
			}
			self, args = args[0], args[1:]
			if self.Type() != HMACType {
				// What Lib/hmac.py's method trips on first.
				attr := map[string]string{"update": "inner", "copy": "digest_cons"}[name]
				if attr == "" {
					attr = "_current"
				}
				return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", pyutil.TypeName(self), attr)
			}
		}
		if len(args) != nargs {
			return nil, pyutil.TypeErrorf("%s() takes %d positional argument%s but %d were given",
				name, nargs+1, map[bool]string{true: "s", false: ""}[nargs > 0], len(args)+1)
		}
		return f(hmacSelf(self), args)
	}, 0, doc)
}

// compareDigest is hmac.compare_digest (_operator._compare_digest).
func compareDigest(_ py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("compare_digest() takes exactly 2 arguments (%d given)", len(args))
	}
	if x, ok := args[0].(py.Bytes); ok {
		if y, ok := args[1].(py.Bytes); ok {
			return py.NewBool(subtle.ConstantTimeCompare(x, y) == 1), nil
		}
	}
	// Instances of str and bytes subclasses compare as their value (their
	// __eq__ is not consulted).
	a, b := pyutil.Unwrap(args[0]), pyutil.Unwrap(args[1])
	as, aStr := a.(py.String)
	bs, bStr := b.(py.String)
	var x, y []byte
	switch {
	case aStr && bStr:
		for _, s := range []py.String{as, bs} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, pyutil.TypeErrorf("comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		x, y = []byte(as), []byte(bs)
	default:
		_, errA := bufferArg(a)
		_, errB := bufferArg(b)
		if errA != nil && errB != nil {
			return nil, pyutil.TypeErrorf("unsupported operand types(s) or combination of types: '%s' and '%s'",
				pyutil.TypeName(args[0]), pyutil.TypeName(args[1]))
		}
		var err error
		if x, err = bufferArg(a); err != nil {
			_, err = bufferArg(args[0]) // the message names the argument's own type
			return nil, err
		}
		if y, err = bufferArg(b); err != nil {
			_, err = bufferArg(args[1])
			return nil, err
		}
	}
	return py.NewBool(subtle.ConstantTimeCompare(x, y) == 1), nil
}

func init() {
	d := HMACType.Dict
	d["blocksize"] = py.Int(64)
	d["update"] = hmacMethod("update", 1, func(h *HMAC, args py.Tuple) (py.Object, error) {
		if _, err := callMethod(h.inner, "update", args[0]); err != nil {
			return nil, err
		}
		return py.None, nil
	}, "update(msg) -> None\n\nFeed more bytes into the HMAC.")
	d["copy"] = hmacMethod("copy", 0, func(h *HMAC, _ py.Tuple) (py.Object, error) {
		inner, err := callMethod(h.inner, "copy")
		if err != nil {
			return nil, err
		}
		outer, err := callMethod(h.outer, "copy")
		if err != nil {
			return nil, err
		}
		return &HMAC{cons: h.cons, inner: inner, outer: outer, digestSize: h.digestSize, blockSize: h.blockSize}, nil
	}, "copy() -> HMAC\n\nAn independent clone of the current state.")
	d["copy"] = keepingClass(d["copy"].(*py.Method))
	d["digest"] = hmacMethod("digest", 0, func(h *HMAC, _ py.Tuple) (py.Object, error) {
		o, err := h.current()
		if err != nil {
			return nil, err
		}
		return callMethod(o, "digest")
	}, "digest() -> bytes\n\nThe HMAC of everything fed so far.")
	d["hexdigest"] = hmacMethod("hexdigest", 0, func(h *HMAC, _ py.Tuple) (py.Object, error) {
		o, err := h.current()
		if err != nil {
			return nil, err
		}
		return callMethod(o, "hexdigest")
	}, "hexdigest() -> str\n\nThe HMAC so far, as lowercase hex text.")
	d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		n, err := py.GetAttrString(hmacSelf(self).inner, "name")
		if err != nil {
			return nil, err
		}
		s, ok := n.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("must be str, not %s", pyutil.TypeName(n))
		}
		return "hmac-" + s, nil
	}}
	d["digest_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return hmacSelf(self).digestSize, nil }}
	d["block_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return hmacSelf(self).blockSize, nil }}
	d["inner"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return hmacSelf(self).inner, nil }}
	d["outer"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return hmacSelf(self).outer, nil }}
	d["digest_cons"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return hmacSelf(self).cons, nil }}

	trans5C := make(py.Bytes, 256)
	trans36 := make(py.Bytes, 256)
	for i := range trans5C {
		trans5C[i] = byte(i) ^ 0x5C
		trans36[i] = byte(i) ^ 0x36
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "hmac", Doc: hmacModuleDoc},
		Methods: []*py.Method{
			py.MustNewMethod("new", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return newHMAC(args, kwargs, "new", 0)
			}, 0, `new(key, msg=None, digestmod=None) -> HMAC

A fresh HMAC object keyed with key, fed msg first when it is given.`),
			py.MustNewMethod("compare_digest", compareDigest, 0, `compare_digest(a, b) -> bool

Whether a and b hold the same bytes (or ASCII text), in time that does
not depend on where they differ.`),
			py.MustNewMethod("digest", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
				defer pyutil.Recover(&err)
				var key, msg, digest py.Object
				if err := py.ParseTupleAndKeywords(args, kwargs, "OOO:digest", []string{"key", "msg", "digest"},
					&key, &msg, &digest); err != nil {
					return nil, err
				}
				h, err := newHMAC(py.Tuple{key, msg, digest}, nil, "digest", 0)
				if err != nil {
					return nil, err
				}
				return callMethod(h, "digest")
			}, 0, `digest(key, msg, digest) -> bytes

The HMAC of msg under key in one call; digest names the hash (a
hashlib.new() name or a constructor).`),
		},
		Globals: py.StringDict{
			"HMAC":        HMACType,
			"trans_5C":    trans5C,
			"trans_36":    trans36,
			"digest_size": py.None,
		},
	})
	// A Python class in CPython: classes derive from it, and its methods
	// take any receiver.
	vm.RegisterValueBase(HMACType, vm.ValueBase{PythonClass: true})
}
