package host

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file completes gpython's file objects, which are sys.stdin,
// sys.stdout and sys.stderr, as the text streams CPython's are
// (_io.TextIOWrapper): line iteration, readlines and writelines, the
// encoding and errors they report, mode, closed, line_buffering, newlines,
// and buffer, the binary stream under them. Their writes reach the file at
// once, as CPython's do under PYTHONUNBUFFERED, so text and bytes written
// through buffer keep their order.

func init() {
	py.FileType.Name = "_io.TextIOWrapper"
	d := py.FileType.Dict
	fileProperty := func(name string, get func(f *py.File) (py.Object, error)) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, err := fileSelf(self)
			if err != nil {
				return nil, err
			}
			return get(f)
		}}
	}
	fileProperty("encoding", func(f *py.File) (py.Object, error) {
		enc, _ := streamCodec(f)
		return py.String(enc), nil
	})
	fileProperty("errors", func(f *py.File) (py.Object, error) {
		return py.String(streamErrors(f)), nil
	})
	fileProperty("mode", func(f *py.File) (py.Object, error) {
		return py.String(textMode(f)), nil
	})
	fileProperty("closed", func(f *py.File) (py.Object, error) {
		return py.NewBool(fileClosed(f)), nil
	})
	fileProperty("newlines", func(*py.File) (py.Object, error) { return py.None, nil })
	fileProperty("line_buffering", func(f *py.File) (py.Object, error) {
		// CPython 3.6 buffers lines of a standard stream on a terminal or
		// under -u (PYTHONUNBUFFERED), and of other files on a terminal.
		if _, std := pyutil.StdStreamName(f); std && !fileClosed(f) {
			return py.NewBool(vm.StartupOptions().Unbuffered || isatty(int(f.File.Fd()))), nil
		}
		return py.NewBool(f.Can(py.FileWrite) && !fileClosed(f) && isatty(int(f.File.Fd()))), nil
	})
	fileProperty("buffer", binaryStream)

	fileMethod := func(name, doc string, fn func(self py.Object, f *py.File, args py.Tuple) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			f, err := fileSelf(self)
			if err != nil {
				return nil, err
			}
			return fn(self, f, args)
		}, 0, doc)
	}
	fileMethod("__iter__", "Implement iter(self).", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if fileClosed(f) {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		}
		return self, noArgsM("__iter__", args)
	})
	fileMethod("__next__", "Implement next(self).", func(_ py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		line, err := f.ReadLine(nil, nil)
		if err != nil {
			return nil, err
		}
		if s, ok := line.(py.String); ok && s == "" {
			return nil, py.ExceptionNewf(py.StopIteration, "")
		}
		return line, nil
	})
	fileMethod("readlines", "readlines(hint=-1) -> list of lines\n\nRead lines until the end of the stream, or until hint characters have been read.", func(_ py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("readlines expected at most 1 arguments, got %d", len(args))
		}
		hint := -1
		if len(args) == 1 && args[0] != py.None {
			n, err := goInt(args[0])
			if err != nil {
				return nil, err
			}
			hint = n
		}
		lines := py.NewList()
		total := 0
		for {
			line, err := f.ReadLine(nil, nil)
			if err != nil {
				return nil, err
			}
			s, _ := line.(py.String)
			if s == "" {
				return lines, nil
			}
			lines.Append(line)
			total += len(s)
			if hint > 0 && total >= hint {
				return lines, nil
			}
		}
	})
	fileMethod("write", "write(s) -> int\n\nWrite the string s to the stream and return the number of characters written.", func(_ py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("write() takes exactly one argument (%d given)", len(args))
		}
		if f.Can(py.FileBinary) {
			return f.Write(args[0])
		}
		s, ok := pyutil.Unwrap(args[0]).(py.String)
		if !ok {
			got := pyutil.TypeName(args[0])
			if args[0] == py.None {
				got = "None" // CPython's argument parser names None so
			}
			return nil, pyutil.TypeErrorf("write() argument must be str, not %s", got)
		}
		if enc, errs := streamCodec(f); !isUTF8Name(enc) {
			// another encoding (PYTHONIOENCODING, the C locale's ASCII):
			// the text goes through its codec and the stream's handler
			encode, err := vm.GetAttr(s, "encode")
			if err != nil {
				return nil, err
			}
			encoded, err := vm.Call(encode, py.Tuple{py.String(enc), py.String(errs)}, nil)
			if err != nil {
				return nil, err
			}
			if _, err := f.Write(encoded); err != nil {
				return nil, err
			}
			return py.Int(vm.StrLen(string(s))), nil
		}
		if vm.HasSurrogates(string(s)) {
			// Lone surrogates go through the stream's error handler:
			// strict (stdout) raises UnicodeEncodeError, stderr's
			// backslashreplace writes \udcff.
			encode, err := vm.GetAttr(s, "encode")
			if err != nil {
				return nil, err
			}
			encoded, err := vm.Call(encode, py.Tuple{py.String("utf-8"), py.String(streamErrors(f))}, nil)
			if err != nil {
				return nil, err
			}
			if _, err := f.Write(encoded); err != nil {
				return nil, err
			}
			return py.Int(vm.StrLen(string(s))), nil
		}
		if _, err := f.Write(s); err != nil {
			return nil, err
		}
		return py.Int(utf8.RuneCountInString(string(s))), nil // characters, not bytes
	})
	fileMethod("writelines", "writelines(lines) -> None\n\nWrite each string of an iterable to the stream.", func(self py.Object, _ *py.File, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("writelines() takes exactly one argument (%d given)", len(args))
		}
		return writeEach(self, args[0])
	})
	fileMethod("__repr__", "Return repr(self).", func(_ py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		name, ok := pyutil.StdStreamName(f)
		if !ok {
			name = f.File.Name()
		}
		nameRepr, err := py.ReprAsString(py.String(name))
		if err != nil {
			return nil, err
		}
		enc, _ := streamCodec(f)
		return py.String("<_io.TextIOWrapper name=" + nameRepr + " mode='" + textMode(f) + "' encoding='" + enc + "'>"), nil
	})
}

// streamCodec is the encoding and error handler of the standard stream
// f: PYTHONIOENCODING's ("encoding:errors", either part may be empty;
// ignored under -E) over UTF-8 and strict; stderr's handler is always
// backslashreplace, as CPython 3.6's.
func streamCodec(f *py.File) (encoding, errors string) {
	// UTF-8 whatever the locale (the C locale too, as CPython 3.7's
	// coercion of it does; README, "What still differs").
	encoding, errors = "UTF-8", "strict"
	if vm.StartupOptions().IgnoreEnvironment == 0 {
		if v := os.Getenv("PYTHONIOENCODING"); v != "" {
			enc, errs, _ := strings.Cut(v, ":")
			if enc != "" {
				encoding = enc
			}
			errors = "strict"
			if errs != "" {
				errors = errs
			}
		}
	}
	if name, _ := pyutil.StdStreamName(f); name == "<stderr>" {
		errors = "backslashreplace"
	}
	return encoding, errors
}

// isUTF8Name reports whether an encoding (or a locale's charset, "utf8",
// "UTF-8@euro") is UTF-8.
func isUTF8Name(enc string) bool {
	enc, _, _ = strings.Cut(strings.ToLower(enc), "@")
	enc = strings.NewReplacer("-", "", "_", "").Replace(enc)
	return enc == "utf8"
}

// streamErrors is the error handler of the stream f (streamCodec).
func streamErrors(f *py.File) string {
	_, errs := streamCodec(f)
	return errs
}

// textMode is the mode a stream reports: "r", "w" or "r+".
func textMode(f *py.File) string {
	switch {
	case f.Can(py.FileReadWrite):
		return "r+"
	case f.Can(py.FileWrite):
		return "w"
	}
	return "r"
}

// fileClosed reports whether f's file has been closed (os.File gives the
// descriptor as ^uintptr(0) then).
func fileClosed(f *py.File) bool {
	return f.File == nil || f.File.Fd() == ^uintptr(0)
}

// streamBuffers holds each stream's binary stream, made on first use and
// kept while the stream lives (a BufferedReader's read-ahead must survive
// between uses).
var streamBuffers sync.Map // weak.Pointer[py.File] -> *Buffered

// binaryStream returns f's buffer: a BufferedReader or BufferedWriter over
// a FileIO of f's descriptor that does not close it.
func binaryStream(f *py.File) (py.Object, error) {
	if fileClosed(f) {
		return nil, pyutil.ValueErrorf("I/O operation on closed file.")
	}
	key := weak.Make(f)
	if b, ok := streamBuffers.Load(key); ok {
		return b.(*Buffered), nil
	}
	name, ok := pyutil.StdStreamName(f)
	if !ok {
		name = f.File.Name()
	}
	raw := &FileIO{fd: int(f.File.Fd()), name: py.String(name), readable: f.Can(py.FileRead), writable: f.Can(py.FileWrite)}
	kind := bufReader
	switch {
	case raw.readable && raw.writable:
		kind = bufRandom
	case raw.writable:
		kind = bufWriter
	}
	b, loaded := streamBuffers.LoadOrStore(key, &Buffered{kind: kind, raw: raw})
	if !loaded {
		runtime.AddCleanup(f, func(k weak.Pointer[py.File]) { streamBuffers.Delete(k) }, key)
	}
	return b.(*Buffered), nil
}
