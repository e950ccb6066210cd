// Package marshal is the marshal module: Python values to and from the
// byte format of CPython 3.6's marshal (version 4), including code objects
// made by this project's compiler. It replaces gpython's own marshal
// module, which reads code only.
package marshal

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// currentVersion is the format dumps writes when no version is given.
const currentVersion = 4

const moduleDoc = `Reading and writing Python values in a binary form.

The form holds None, bool, int, float, complex, str, bytes (bytearray and
other buffers are written as bytes), tuple, list, dict, set, frozenset,
Ellipsis, StopIteration and code objects. It is not a stable exchange
format: it belongs to one Python version and is used for compiled code.
No safety is promised against erroneous or hostile data.

Module attributes: version, the format dump and dumps write.

Functions: dump, load, dumps, loads.`

const dumpsDoc = `dumps(value[, version])

Return value in marshal format as bytes, as dump(value, file) would write
it. ValueError is raised if value holds an object of a type marshal does
not handle.

version picks the format (0 to 4, default marshal.version).`

const loadsDoc = `loads(bytes)

Read one value from the start of a bytes-like object and return it.
Bytes after the value are ignored. EOFError, ValueError or TypeError is
raised when the data holds no valid value.`

const dumpDoc = `dump(value, file[, version])

Write value in marshal format to file, whose write() takes bytes (an open
binary file, io.BytesIO...). ValueError is raised if value holds an object
of a type marshal does not handle; file may then hold part of it.

version picks the format (0 to 4, default marshal.version).`

const loadDoc = `load(file)

Read one value from an open binary file and return it. The file is left
just after the value, so that consecutive values can be read. EOFError,
ValueError or TypeError is raised when the data holds no valid value.`

// versionArg is dump's and dumps' optional format number.
func versionArg(args py.Tuple, at int) (int, error) {
	if len(args) <= at {
		return currentVersion, nil
	}
	return pyarg.Int(args[at])
}

func marshalDumps(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("dumps", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("dumps", args, 1, 2); err != nil {
		return nil, err
	}
	version, err := versionArg(args, 1)
	if err != nil {
		return nil, err
	}
	out, err := Dumps(args[0], version)
	if err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func marshalLoads(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("loads", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("loads", args, 1, 1); err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(args[0])
	if err != nil {
		return nil, err
	}
	return Loads(data)
}

func marshalDump(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("dump", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("dump", args, 2, 3); err != nil {
		return nil, err
	}
	version, err := versionArg(args, 2)
	if err != nil {
		return nil, err
	}
	out, err := Dumps(args[0], version)
	if err != nil {
		return nil, err
	}
	write, err := vm.GetAttr(args[1], "write")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(write, py.Tuple{py.Bytes(out)}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// fileSource reads a file through its readinto method (read when it has
// none), no further than the value, so that the file is left just after
// it.
type fileSource struct {
	readinto, read py.Object
}

func (f *fileSource) next(n int) ([]byte, error) {
	if n == 0 {
		return nil, nil
	}
	if f.readinto == nil {
		return f.readAll(n)
	}
	buf := &host.ByteArray{Data: make([]byte, n)}
	got, err := py.Call(f.readinto, py.Tuple{buf}, nil)
	if err != nil {
		return nil, err
	}
	if got == py.None {
		return nil, nil
	}
	k, err := pyarg.IndexInt(got)
	if err != nil {
		return nil, err
	}
	if k > n {
		return nil, pyutil.ValueErrorf("read() returned too much data: %d bytes requested, %d returned", n, k)
	}
	if k < 0 {
		k = 0
	}
	return buf.Data[:k], nil
}

// readAll reads n bytes with read(), which may return fewer at a time.
func (f *fileSource) readAll(n int) ([]byte, error) {
	var out []byte
	for len(out) < n {
		got, err := py.Call(f.read, py.Tuple{py.Int(n - len(out))}, nil)
		if err != nil {
			return nil, err
		}
		b, ok := got.(py.Bytes)
		if !ok {
			if got == py.None {
				break
			}
			return nil, pyutil.TypeErrorf("f.read() returned not bytes but %s", pyarg.TypeName(got))
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
	}
	return out, nil
}

func marshalLoad(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("load", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("load() takes exactly one argument (%d given)", len(args))
	}
	read, err := vm.GetAttr(args[0], "read")
	if err != nil {
		return nil, err
	}
	probe, err := py.Call(read, py.Tuple{py.Int(0)}, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := probe.(py.Bytes); !ok {
		return nil, pyutil.TypeErrorf("f.read() returned not bytes but %s", pyarg.TypeName(probe))
	}
	src := &fileSource{read: read}
	if readinto, err := vm.GetAttr(args[0], "readinto"); err == nil {
		src.readinto = readinto
	}
	return load(&decoder{src: src})
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "marshal", Doc: moduleDoc},
		Methods: []*py.Method{
			py.MustNewMethod("dump", marshalDump, 0, dumpDoc),
			py.MustNewMethod("load", marshalLoad, 0, loadDoc),
			py.MustNewMethod("dumps", marshalDumps, 0, dumpsDoc),
			py.MustNewMethod("loads", marshalLoads, 0, loadsDoc),
		},
		Globals: py.StringDict{"version": py.Int(currentVersion)},
	})
}
