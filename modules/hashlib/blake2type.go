package hashlib

import (
	"fmt"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// blake2Variant describes blake2b or blake2s.
type blake2Variant struct {
	name       string
	maxDigest  int
	maxKey     int
	saltSize   int
	personSize int
	blockSize  int
	maxOffset  uint64 // largest node_offset
	typ        *py.Type
}

var (
	blake2bVariant = &blake2Variant{name: "blake2b", maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, blockSize: 128, maxOffset: 1<<64 - 1}
	blake2sVariant = &blake2Variant{name: "blake2s", maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, blockSize: 64, maxOffset: 1<<48 - 1}
)

// Blake2 is a _blake2.blake2b or _blake2.blake2s object.
type Blake2 struct {
	v    *blake2Variant
	h    blake2Hasher
	size int
}

// Type returns the variant's type.
func (b *Blake2) Type() *py.Type { return b.v.typ }

// M__repr__ is "<_blake2.blake2b object at 0x...>".
func (b *Blake2) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<%s object at %p>", b.v.typ.Name, b)), nil
}

var _ py.I__repr__ = (*Blake2)(nil)

// blake2Keywords are the keyword-only parameters, in CPython's order.
var blake2Keywords = []string{"digest_size", "key", "salt", "person", "fanout", "depth",
	"leaf_size", "node_offset", "node_depth", "inner_size", "last_node"}

// unsignedArg converts an unsigned C argument as CPython's unsigned
// long / unsigned long long converters do.
func unsignedArg(o py.Object, longLong bool) (uint64, error) {
	n, ok, err := pyarg.IndexIfInteger(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	if n.Sign() < 0 {
		if longLong {
			return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
		}
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if n.BitLen() > 64 {
		if longLong {
			return 0, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return new(big.Int).Set(n).Uint64(), nil
}

func newBlake2(v *blake2Variant, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("Function takes at most 1 positional arguments (%d given)", len(args))
	}
	for k := range kwargs {
		known := false
		for _, n := range blake2Keywords {
			known = known || n == k
		}
		if !known {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
		}
	}
	p := blake2Params{digestSize: v.maxDigest, fanout: 1, depth: 1}
	var node_depth, inner_size int64
	digestSize := int64(v.maxDigest)
	fanout, depth := int64(1), int64(1)
	var leafSize, nodeOffset uint64
	// Conversions first, in parameter order, as the argument parser does.
	for _, k := range blake2Keywords {
		o, ok := kwargs[k]
		if !ok {
			continue
		}
		switch k {
		case "digest_size":
			digestSize, err = cInt(o)
		case "key":
			p.key, err = bufferArg(o)
		case "salt":
			p.salt, err = bufferArg(o)
		case "person":
			p.person, err = bufferArg(o)
		case "fanout":
			fanout, err = cInt(o)
		case "depth":
			depth, err = cInt(o)
		case "leaf_size":
			leafSize, err = unsignedArg(o, false)
		case "node_offset":
			nodeOffset, err = unsignedArg(o, true)
		case "node_depth":
			node_depth, err = cInt(o)
		case "inner_size":
			inner_size, err = cInt(o)
		case "last_node":
			p.lastNode, err = pyarg.Bool(o)
		}
		if err != nil {
			return nil, err
		}
	}
	switch {
	case digestSize < 1 || digestSize > int64(v.maxDigest):
		return nil, pyutil.ValueErrorf("digest_size must be between 1 and %d bytes", v.maxDigest)
	case len(p.salt) > v.saltSize:
		return nil, pyutil.ValueErrorf("maximum salt length is %d bytes", v.saltSize)
	case len(p.person) > v.personSize:
		return nil, pyutil.ValueErrorf("maximum person length is %d bytes", v.personSize)
	case fanout < 0 || fanout > 255:
		return nil, pyutil.ValueErrorf("fanout must be between 0 and 255")
	case depth <= 0 || depth > 255:
		return nil, pyutil.ValueErrorf("depth must be between 1 and 255")
	case leafSize > 0xFFFFFFFF:
		return nil, py.ExceptionNewf(py.OverflowError, "leaf_size is too large")
	case nodeOffset > v.maxOffset:
		return nil, py.ExceptionNewf(py.OverflowError, "node_offset is too large")
	case node_depth < 0 || node_depth > 255:
		return nil, pyutil.ValueErrorf("node_depth must be between 0 and 255")
	case inner_size < 0 || inner_size > int64(v.maxDigest):
		return nil, pyutil.ValueErrorf("inner_size must be between 0 and is %d", v.maxDigest)
	case len(p.key) > v.maxKey:
		return nil, pyutil.ValueErrorf("maximum key length is %d bytes", v.maxKey)
	}
	var data []byte
	if len(args) == 1 {
		if data, err = hashData(args[0]); err != nil {
			return nil, err
		}
	}
	p.digestSize = int(digestSize)
	p.fanout = int(fanout)
	p.depth = int(depth)
	p.leafSize = uint32(leafSize)
	p.nodeOffset = nodeOffset
	p.nodeDepth = int(node_depth)
	p.innerSize = int(inner_size)
	b := &Blake2{v: v, size: p.digestSize}
	if v == blake2bVariant {
		b.h = newBlake2b(&p)
	} else {
		b.h = newBlake2s(&p)
	}
	b.h.write(data)
	return b, nil
}

func blake2Self(self py.Object) *Blake2 { return self.(*Blake2) }

// initBlake2 makes the _blake2 types (module.go's init calls it first).
func initBlake2() {
	for _, v := range []*blake2Variant{blake2bVariant, blake2sVariant} {
		v := v
		doc := fmt.Sprintf("blake2%s(data=b'', *, digest_size, key, salt, person, ...) -> hash object\n\nA BLAKE2 digest object, keyed and personalised as the arguments say.", v.name[len(v.name)-1:])
		v.typ = py.NewTypeX("_blake2."+v.name, doc, func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newBlake2(v, args, kwargs)
		}, nil)
		d := v.typ.Dict
		d["SALT_SIZE"] = py.Int(v.saltSize)
		d["PERSON_SIZE"] = py.Int(v.personSize)
		d["MAX_KEY_SIZE"] = py.Int(v.maxKey)
		d["MAX_DIGEST_SIZE"] = py.Int(v.maxDigest)
		d["update"] = hashMethod(v.typ, "update", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, pyutil.TypeErrorf("update() takes exactly one argument (%d given)", len(args))
			}
			data, err := hashData(args[0])
			if err != nil {
				return nil, err
			}
			blake2Self(self).h.write(data)
			return py.None, nil
		}, "update(data) -> None\n\nFeed more bytes into the digest.")
		d["digest"] = hashMethod(v.typ, "digest", func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := noArgs("digest", args); err != nil {
				return nil, err
			}
			return py.Bytes(blake2Self(self).h.sum()), nil
		}, "Return the digest value as a string of binary data.")
		d["hexdigest"] = hashMethod(v.typ, "hexdigest", func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := noArgs("hexdigest", args); err != nil {
				return nil, err
			}
			return hexString(blake2Self(self).h.sum()), nil
		}, "hexdigest() -> str\n\nThe digest so far, as lowercase hex text.")
		d["copy"] = hashMethod(v.typ, "copy", func(self py.Object, args py.Tuple) (py.Object, error) {
			if err := noArgs("copy", args); err != nil {
				return nil, err
			}
			b := blake2Self(self)
			return &Blake2{v: b.v, h: b.h.clone(), size: b.size}, nil
		}, "copy() -> hash object\n\nAn independent clone of the current state.")
		d["name"] = &py.Property{Fget: func(py.Object) (py.Object, error) { return py.String(v.name), nil }}
		d["block_size"] = &py.Property{Fget: func(py.Object) (py.Object, error) { return py.Int(v.blockSize), nil }}
		d["digest_size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			return py.Int(blake2Self(self).size), nil
		}}
	}
}
