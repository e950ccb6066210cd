package host

import (
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// This file gives gpython's file objects (sys.stdin, sys.stdout,
// sys.stderr; open() returns the _io types of ioopen.go instead) the
// attributes and methods scripts use that gpython lacks: name, tell,
// seek, fileno, isatty, readable, writable, seekable.

func init() {
	d := py.FileType.Dict
	d["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		f, err := fileSelf(self)
		if err != nil {
			return nil, err
		}
		if name, ok := pyutil.StdStreamName(f); ok {
			return py.String(name), nil
		}
		return py.String(f.File.Name()), nil
	}}
	fileMethod := func(name, doc string, fn func(f *py.File, args py.Tuple) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			f, err := fileSelf(self)
			if err != nil {
				return nil, err
			}
			return fn(f, args)
		}, 0, doc)
	}
	fileMethod("tell", "tell() -> int\n\nThe stream's current position.", func(f *py.File, args py.Tuple) (py.Object, error) {
		pos, err := f.File.Seek(0, io.SeekCurrent)
		if err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		return py.Int(pos), noArgsM("tell", args)
	})
	fileMethod("seek", "Change stream position.", func(f *py.File, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, pyutil.TypeErrorf("seek expected at least 1 arguments, got %d", len(args))
		}
		off, err := py.Index(pyutil.Unwrap(args[0]))
		if err != nil {
			return nil, err
		}
		whence := py.Int(0)
		if len(args) == 2 {
			if whence, err = py.Index(pyutil.Unwrap(args[1])); err != nil {
				return nil, err
			}
		}
		if whence < 0 || whence > 2 {
			return nil, pyutil.ValueErrorf("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		pos, err := f.File.Seek(int64(off), int(whence))
		if err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		return py.Int(pos), nil
	})
	fileMethod("fileno", "fileno() -> int\n\nThe operating-system file descriptor under the stream.", func(f *py.File, args py.Tuple) (py.Object, error) {
		return py.Int(f.File.Fd()), noArgsM("fileno", args)
	})
	fileMethod("isatty", "isatty() -> bool\n\nTrue when the stream is attached to a terminal.", func(f *py.File, args py.Tuple) (py.Object, error) {
		// A terminal answers TCGETS; /dev/null is a character device too
		// but not a terminal (CPython asks isatty(3) as well).
		return py.NewBool(pyutil.IsTerminal(int(f.File.Fd()))), noArgsM("isatty", args)
	})
	fileMethod("readable", "readable() -> bool\n\nTrue when the stream supports read().", func(f *py.File, args py.Tuple) (py.Object, error) {
		return py.NewBool(f.Can(py.FileRead)), noArgsM("readable", args)
	})
	fileMethod("writable", "writable() -> bool\n\nTrue when the stream supports write().", func(f *py.File, args py.Tuple) (py.Object, error) {
		return py.NewBool(f.Can(py.FileWrite)), noArgsM("writable", args)
	})
	fileMethod("seekable", "seekable() -> bool\n\nTrue when seek() and tell() work on the stream.", func(f *py.File, args py.Tuple) (py.Object, error) {
		_, err := f.File.Seek(0, io.SeekCurrent)
		return py.NewBool(err == nil), noArgsM("seekable", args)
	})
}

func fileSelf(self py.Object) (*py.File, error) {
	if f, ok := self.(*py.File); ok {
		return f, nil
	}
	return nil, pyutil.TypeErrorf("descriptor requires a '_io.TextIOWrapper' object but received a '%s'", pyutil.TypeName(self))
}
