package pymmap

import (
	"bytes"
	"math"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// self returns the method's receiver as an *Mmap.
func self(o py.Object) *Mmap { return o.(*Mmap) }

// remaining is how many bytes lie between the position and the end (0
// when a resize left the position past the end).
func (m *Mmap) remaining() int {
	if n := len(m.r.data) - m.pos; n > 0 {
		return n
	}
	return 0
}

// optionalSize is an argument read(n) takes: None or absent is -1, an
// integer its value, anything else CPython's "integer argument expected,
// got 'str'".
func optionalSize(o py.Object) (int, error) {
	if !pyarg.Given(o) {
		return -1, nil
	}
	switch o.(type) {
	case py.Float, py.Complex:
		// numbers that are not integers: PyNumber_Index's message
	default:
		if !pyarg.IsInteger(o) {
			return 0, pyutil.TypeErrorf("integer argument expected, got '%s'", pyarg.TypeName(o))
		}
	}
	return pyarg.IndexSize(o, py.OverflowError)
}

// byteArg is format "b" (write_byte): an integer in 0..255.
func byteArg(o py.Object) (byte, error) {
	v, err := pyarg.Long(o)
	switch {
	case err != nil:
		return 0, err
	case v < 0:
		return 0, py.ExceptionNewf(py.OverflowError, "unsigned byte integer is less than minimum")
	case v > 255:
		return 0, py.ExceptionNewf(py.OverflowError, "unsigned byte integer is greater than maximum")
	}
	return byte(v), nil
}

// clampBound is find's treatment of start and end: negative counts from
// the end, then the value is clipped to 0..size.
func clampBound(v, size int) int {
	if v < 0 {
		v += size
		if v < 0 {
			v = 0
		}
	} else if v > size {
		v = size
	}
	return v
}

// find is find (reverse false) and rfind (reverse true): the lowest or
// highest index at which sub starts within data[start:end], or -1.
func (m *Mmap) find(name string, args py.Tuple, reverse bool) (py.Object, error) {
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36(name, args, 1, 3); err != nil {
		return nil, err
	}
	sub, err := pyarg.BytesLike(args[0])
	if err != nil {
		return nil, err
	}
	start, end := m.pos, len(data)
	if len(args) > 1 {
		if start, err = pyarg.SsizeT(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if end, err = pyarg.SsizeT(args[2]); err != nil {
			return nil, err
		}
	}
	start, end = clampBound(start, len(data)), clampBound(end, len(data))
	if end-start < len(sub) {
		return py.Int(-1), nil
	}
	return guardFault(func() (py.Object, error) {
		var i int
		if reverse {
			i = bytes.LastIndex(data[start:end], sub)
		} else {
			i = bytes.Index(data[start:end], sub)
		}
		if i < 0 {
			return py.Int(-1), nil
		}
		return py.Int(start + i), nil
	})
}

// method wraps a method body with the closed check's receiver and panic
// recovery.
func method(name, doc string, f func(m *Mmap, args py.Tuple) (py.Object, error)) *py.Method {
	return pyutil.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		return f(self(o), args)
	}, 0, doc)
}

// noArgs checks a method that takes nothing.
func noArgs(name string, args py.Tuple) error {
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// close unmaps the map; later calls do nothing.
func (m *Mmap) close() { m.r.release() }

// installMethods fills MmapType's dictionary.
func installMethods() {
	MmapType.Dict["closed"] = &py.Property{
		Fget: func(o py.Object) (py.Object, error) { return py.NewBool(self(o).r.data == nil), nil },
		Doc:  "True once the map has been closed.",
	}
	for _, meth := range []*py.Method{
		method("close", "close() -> None\n\nUnmap the memory and close the map's descriptor; further use raises ValueError.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			if err := noArgs("close", args); err != nil {
				return nil, err
			}
			if err := m.closable(); err != nil {
				return nil, err
			}
			m.close()
			return py.None, nil
		}),
		method("find", "find(sub[, start[, end]]) -> int\n\nLowest index at which sub is found in the map between start (default: the\nposition) and end (default: the size), or -1.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			return m.find("find", args, false)
		}),
		method("rfind", "rfind(sub[, start[, end]]) -> int\n\nHighest index at which sub is found in the map between start (default: the\nposition) and end (default: the size), or -1.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			return m.find("rfind", args, true)
		}),
		method("flush", "flush([offset[, size]]) -> 0\n\nWrite changes in the given range (default: all of it) back to the file;\noffset must be a multiple of PAGESIZE.", mmapFlush),
		method("move", "move(dest, src, count) -> None\n\nCopy count bytes from offset src to offset dest (the ranges may overlap).", mmapMove),
		method("read", "read([n]) -> bytes\n\nUp to n bytes (all of them when n is absent, None or negative) from the\nposition, which advances past them.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			data, err := m.valid()
			if err != nil {
				return nil, err
			}
			if err := pyarg.ArgCount36("read", args, 0, 1); err != nil {
				return nil, err
			}
			n := -1
			if len(args) == 1 {
				if n, err = optionalSize(args[0]); err != nil {
					return nil, err
				}
			}
			if rest := m.remaining(); n < 0 || n > rest {
				n = rest
			}
			return guardFault(func() (py.Object, error) {
				at := min(m.pos, len(data))
				out := py.Bytes(bytes.Clone(data[at : at+n]))
				m.pos += n
				return out, nil
			})
		}),
		method("read_byte", "read_byte() -> int\n\nThe byte at the position, which advances by one.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			data, err := m.valid()
			if err != nil {
				return nil, err
			}
			if err := noArgs("read_byte", args); err != nil {
				return nil, err
			}
			if m.pos >= len(data) {
				return nil, pyutil.ValueErrorf("read byte out of range")
			}
			return guardFault(func() (py.Object, error) {
				b := data[m.pos]
				m.pos++
				return py.Int(b), nil
			})
		}),
		method("readline", "readline() -> bytes\n\nThe bytes from the position up to and including the next newline (or to\nthe end); the position advances past them.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			data, err := m.valid()
			if err != nil {
				return nil, err
			}
			if err := noArgs("readline", args); err != nil {
				return nil, err
			}
			return guardFault(func() (py.Object, error) {
				at := min(m.pos, len(data))
				rest := data[at : at+m.remaining()]
				n := len(rest)
				if i := bytes.IndexByte(rest, '\n'); i >= 0 {
					n = i + 1
				}
				m.pos += n
				return py.Bytes(bytes.Clone(rest[:n])), nil
			})
		}),
		method("resize", "resize(newsize) -> None\n\nChange the size of the map, and of the file it maps (whose length becomes\noffset + newsize).", mmapResize),
		method("seek", "seek(pos[, whence]) -> None\n\nSet the position: whence 0 (the default) counts from the start, 1 from the\ncurrent position, 2 from the end.", mmapSeek),
		method("size", "size() -> int\n\nThe size of the mapped file (not of the map).", func(m *Mmap, args py.Tuple) (py.Object, error) {
			if _, err := m.valid(); err != nil {
				return nil, err
			}
			if err := noArgs("size", args); err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			if err := syscall.Fstat(m.r.fd, &st); err != nil {
				return nil, errnoError(err)
			}
			return py.Int(st.Size), nil
		}),
		method("tell", "tell() -> int\n\nThe position.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			if _, err := m.valid(); err != nil {
				return nil, err
			}
			if err := noArgs("tell", args); err != nil {
				return nil, err
			}
			return py.Int(m.pos), nil
		}),
		method("write", "write(data) -> int\n\nStore a bytes-like object at the position, which advances past it; the\ndata must fit before the end of the map.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			data, err := m.valid()
			if err != nil {
				return nil, err
			}
			if err := pyarg.ArgCount36("write", args, 1, 1); err != nil {
				return nil, err
			}
			src, err := pyarg.BytesLike(args[0])
			if err != nil {
				return nil, err
			}
			if err := m.writable(); err != nil {
				return nil, err
			}
			if m.pos > len(data) || len(data)-m.pos < len(src) {
				return nil, pyutil.ValueErrorf("data out of range")
			}
			return guardFault(func() (py.Object, error) {
				copy(data[m.pos:], src)
				m.pos += len(src)
				return py.Int(len(src)), nil
			})
		}),
		method("write_byte", "write_byte(byte) -> None\n\nStore one byte (an int in 0..255) at the position, which advances by one.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			data, err := m.valid()
			if err != nil {
				return nil, err
			}
			if err := pyarg.ArgCount36("write_byte", args, 1, 1); err != nil {
				return nil, err
			}
			b, err := byteArg(args[0])
			if err != nil {
				return nil, err
			}
			if err := m.writable(); err != nil {
				return nil, err
			}
			if m.pos >= len(data) {
				return nil, pyutil.ValueErrorf("write byte out of range")
			}
			return guardFault(func() (py.Object, error) {
				data[m.pos] = b
				m.pos++
				return py.None, nil
			})
		}),
		method("__reduce__", "Refuses: an mmap cannot be pickled.", func(m *Mmap, args py.Tuple) (py.Object, error) {
			return nil, pyutil.TypeErrorf("can't pickle mmap objects")
		}),
	} {
		MmapType.Dict[meth.Name] = meth
	}
	installContextMethods()
}

// installContextMethods puts __enter__ and __exit__ in the type's
// dictionary, as CPython's methods: they take an instance of a derived
// class as itself, so that __enter__ gives that instance back.
func installContextMethods() {
	enter := pyutil.MustNewMethod("__enter__", func(o py.Object, args py.Tuple) (py.Object, error) {
		if err := noArgs("__enter__", args); err != nil {
			return nil, err
		}
		if _, err := pyutil.Unwrap(o).(*Mmap).M__enter__(); err != nil {
			return nil, err
		}
		return o, nil
	}, 0, "")
	// any arguments, as CPython's (METH_VARARGS, unused)
	exit := pyutil.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
		return pyutil.Unwrap(o).(*Mmap).M__exit__(py.None, py.None, py.None)
	}, 0, "")
	for _, m := range []*py.Method{enter, exit} {
		vm.TakesInstance(m)
		MmapType.Dict[m.Name] = m
	}
}

// mmapFlush is flush([offset[, size]]).
func mmapFlush(m *Mmap, args py.Tuple) (py.Object, error) {
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("flush", args, 0, 2); err != nil {
		return nil, err
	}
	offset, size := 0, len(data)
	if len(args) > 0 {
		if offset, err = pyarg.SsizeT(args[0]); err != nil {
			return nil, err
		}
	}
	if len(args) > 1 {
		if size, err = pyarg.SsizeT(args[1]); err != nil {
			return nil, err
		}
	}
	if size < 0 || offset < 0 || len(data)-offset < size {
		return nil, pyutil.ValueErrorf("flush values out of range")
	}
	if m.access == accessRead || m.access == accessCopy {
		return py.Int(0), nil
	}
	if err := msync(data, offset, size); err != nil {
		return nil, err
	}
	return py.Int(0), nil
}

// mmapMove is move(dest, src, count).
func mmapMove(m *Mmap, args py.Tuple) (py.Object, error) {
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("move", args, 3, 3); err != nil {
		return nil, err
	}
	// three Py_ssize_t (3.6.15's "nnn"): a negative one is out of range
	var v [3]int
	for i := range v {
		if v[i], err = pyarg.SsizeT(args[i]); err != nil {
			return nil, err
		}
	}
	if err := m.writable(); err != nil {
		return nil, err
	}
	dest, src, cnt, size := v[0], v[1], v[2], len(data)
	if dest < 0 || src < 0 || cnt < 0 || dest > size || src > size || size-dest < cnt || size-src < cnt {
		return nil, pyutil.ValueErrorf("source, destination, or count out of range")
	}
	return guardFault(func() (py.Object, error) {
		copy(data[dest:dest+cnt], data[src:src+cnt])
		return py.None, nil
	})
}

// mmapSeek is seek(pos[, whence]).
func mmapSeek(m *Mmap, args py.Tuple) (py.Object, error) {
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("seek", args, 1, 2); err != nil {
		return nil, err
	}
	dist, err := pyarg.SsizeT(args[0])
	if err != nil {
		return nil, err
	}
	how := 0
	if len(args) > 1 {
		if how, err = pyarg.Int(args[1]); err != nil {
			return nil, err
		}
	}
	var where int
	switch how {
	case 0:
		where = dist
	case 1:
		if dist > 0 && math.MaxInt-m.pos < dist {
			return nil, pyutil.ValueErrorf("seek out of range")
		}
		where = m.pos + dist
	case 2:
		if dist > 0 && math.MaxInt-len(data) < dist {
			return nil, pyutil.ValueErrorf("seek out of range")
		}
		where = len(data) + dist
	default:
		return nil, pyutil.ValueErrorf("unknown seek type")
	}
	if where > len(data) || where < 0 {
		return nil, pyutil.ValueErrorf("seek out of range")
	}
	m.pos = where
	return py.None, nil
}

// mmapResize is resize(newsize): the file (if any) is truncated or
// extended to offset+newsize, then the map is replaced by one of the new
// size. An anonymous or private map keeps its contents (up to the
// smaller size), as mremap(2) would; a shared file map sees the file.
func mmapResize(m *Mmap, args py.Tuple) (py.Object, error) {
	old, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("resize", args, 1, 1); err != nil {
		return nil, err
	}
	size, err := pyarg.SsizeT(args[0])
	if err != nil {
		return nil, err
	}
	if err := m.resizable(); err != nil {
		return nil, err
	}
	if m.exports.Busy() {
		return nil, py.ExceptionNewf(py.BufferError, "mmap can't resize with extant buffers exported.")
	}
	if size < 0 || math.MaxInt64-int64(size) < m.offset {
		return nil, pyutil.ValueErrorf("new size out of range")
	}
	if m.r.fd != -1 {
		if err := syscall.Ftruncate(m.r.fd, m.offset+int64(size)); err != nil {
			return nil, errnoError(err)
		}
	}
	flags := m.flags
	if m.r.fd == -1 {
		flags |= syscall.MAP_ANONYMOUS
	}
	data, err := mapRegion(m.r.fd, m.offset, size, m.prot|syscall.PROT_READ, flags)
	if err != nil {
		return nil, err
	}
	if m.r.fd == -1 || flags&syscall.MAP_PRIVATE != 0 {
		if _, err := guardFault(func() (py.Object, error) { copy(data, old); return nil, nil }); err != nil {
			unmap(data)
			return nil, err
		}
	}
	unmap(old)
	m.r.data = data
	return py.None, nil
}
