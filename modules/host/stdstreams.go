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
// and buffer, the binary stream under them. The process's stdout and
// stderr keep their text as CPython's do (stdbuffer.go); other streams
// write at once.

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
	// __dict__ is the instance dict CPython's stream has: open() (and the
	// start-up that makes sys.stdout) stores the mode there, which is all
	// it holds, as in {'mode': 'w'}.
	fileProperty("__dict__", func(f *py.File) (py.Object, error) {
		st := stateOf(f)
		st.mu.Lock()
		defer st.mu.Unlock()
		if st.dict == nil {
			st.dict = py.StringDict{"mode": py.String(textMode(f))}
		}
		return st.dict, nil
	})

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
	fileMethod("__iter__", "The stream itself, an iterator over its lines.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if fileClosed(f) {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		}
		return self, noArgsM("__iter__", args)
	})
	// Reads decode what they read with the stream's encoding and error
	// handler (PYTHONIOENCODING; UTF-8 and strict otherwise).
	origRead, _ := d["read"].(*py.Method)
	origReadline, _ := d["readline"].(*py.Method)
	readline := func(self py.Object, f *py.File, size py.Object) (py.Object, error) {
		if size == nil {
			size = py.None
		}
		raw, err := origReadline.Call(self, py.Tuple{size})
		if err != nil {
			return nil, err
		}
		return decodeRead(self, f, origRead, raw)
	}
	fileMethod("read", "read(size=-1) -> str\n\nRead at most size characters, or everything up to the end of the stream when size is negative or None.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("read expected at most 1 arguments, got %d", len(args))
		}
		n := -1
		if len(args) == 1 && args[0] != py.None {
			v, err := goInt(args[0])
			if err != nil {
				return nil, err
			}
			n = v
		}
		if n < 0 {
			raw, err := origRead.Call(self, py.Tuple{py.None})
			if err != nil {
				return nil, err
			}
			return decodeRead(self, f, origRead, raw)
		}
		var buf []byte
		for {
			want := n - utf8.RuneCount(buf)
			if want <= 0 {
				break
			}
			chunk, err := origRead.Call(self, py.Tuple{py.Int(want)})
			if err != nil {
				return nil, err
			}
			c, _ := chunk.(py.String)
			if c == "" {
				break
			}
			buf = append(buf, c...)
		}
		return decodeRead(self, f, origRead, py.String(buf))
	})
	fileMethod("readline", "readline(size=-1) -> str\n\nRead one line, or at most size characters of it.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("readline expected at most 1 arguments, got %d", len(args))
		}
		var size py.Object = py.None
		if len(args) == 1 {
			size = args[0]
		}
		return readline(self, f, size)
	})
	fileMethod("__next__", "The next line; StopIteration at the end.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		line, err := readline(self, f, nil)
		if err != nil {
			return nil, err
		}
		if s, ok := line.(py.String); ok && s == "" {
			return nil, py.ExceptionNewf(py.StopIteration, "")
		}
		return line, nil
	})
	fileMethod("readlines", "readlines(hint=-1) -> list of lines\n\nRead lines until the end of the stream, or until hint characters have been read.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
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
			line, err := readline(self, f, nil)
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
		st := stateOf(f)
		data := []byte(s)
		if !st.utf8 || vm.HasSurrogates(string(s)) {
			// another encoding (PYTHONIOENCODING), or lone surrogates:
			// the text goes through the stream's codec and error
			// handler (strict on stdout raises UnicodeEncodeError,
			// stderr's backslashreplace writes \udcff)
			if st.codecErr != nil {
				return nil, st.codecErr
			}
			b, err := encode(string(s), st.codec, errorHandler(st.errors))
			if err != nil {
				return nil, err
			}
			data = b
		}
		if b := stdBufOf(f); b != nil {
			if err := b.write(data); err != nil {
				return nil, err
			}
		} else if fileClosed(f) {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		} else if _, err := fdWriteAll(int(f.File.Fd()), data); err != nil {
			return nil, err
		}
		return py.Int(vm.StrLen(string(s))), nil // characters, not bytes
	})
	// flush writes the pending text of the process's stdout or stderr;
	// other files are gpython's.
	origFlush, _ := d["flush"].(*py.Method)
	fileMethod("flush", "flush() -> None\n\nWrite out what the stream holds.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if fileClosed(f) {
			return nil, pyutil.ValueErrorf("I/O operation on closed file.")
		}
		if b := stdBufOf(f); b != nil {
			if err := noArgsM("flush", args); err != nil {
				return nil, err
			}
			if err := b.flush(); err != nil {
				return nil, err
			}
			return py.None, nil
		}
		return origFlush.Call(self, args)
	})
	// close writes the pending text first, as a text stream's close does.
	origClose, _ := d["close"].(*py.Method)
	fileMethod("close", "close() -> None\n\nFlush and close the stream.", func(self py.Object, f *py.File, args py.Tuple) (py.Object, error) {
		if b := stdBufOf(f); b != nil && !fileClosed(f) {
			if err := b.flush(); err != nil {
				return nil, err
			}
		}
		return origClose.Call(self, args)
	})
	// __exit__ goes through close (the one above, or a subclass's), so
	// that `with sys.stdout:` (json.tool) writes the pending text first.
	fileMethod("__exit__", "__exit__(*exc_info) -> None\n\nClose the stream at the end of a with block.", func(self py.Object, _ *py.File, _ py.Tuple) (py.Object, error) {
		closeMethod, err := vm.GetAttr(self, "close")
		if err != nil {
			return nil, err
		}
		if _, err := vm.Call(closeMethod, nil, nil); err != nil {
			return nil, err
		}
		return py.None, nil
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
// f (StdStreamCodec).
func streamCodec(f *py.File) (encoding, errors string) {
	st := stateOf(f)
	return st.encoding, st.errors
}

// StdStreamCodec is the encoding and error handler of the standard
// stream named name ("<stdin>", "<stdout>", "<stderr>"):
// PYTHONIOENCODING's ("encoding:errors", either part may be empty;
// ignored under -E) over UTF-8 and strict; stderr's handler is always
// backslashreplace, as CPython 3.6's. Under the C locale stdin and
// stdout default to surrogateescape instead of strict, as CPython 3.6
// (and 3.7's UTF-8 mode) do, unless PYTHONIOENCODING names an encoding
// or a handler. This is the one place that decides them.
func StdStreamCodec(name string) (encoding, errors string) {
	// UTF-8 whatever the locale (the C locale too, as CPython 3.7's
	// coercion of it does; README, "What still differs").
	encoding, errors = "UTF-8", ""
	ioEncodingSet := false
	if vm.StartupOptions().IgnoreEnvironment == 0 {
		if v := os.Getenv("PYTHONIOENCODING"); v != "" {
			enc, errs, _ := strings.Cut(v, ":")
			if enc != "" {
				encoding, ioEncodingSet = enc, true
			}
			errors = errs
		}
	}
	switch {
	case name == "<stderr>":
		errors = "backslashreplace"
	case errors != "":
	case !ioEncodingSet && cLocale():
		errors = "surrogateescape"
	default:
		errors = "strict"
	}
	return encoding, errors
}

// cLocale reports whether the C library's LC_CTYPE locale is the POSIX
// one: the first of LC_ALL, LC_CTYPE and LANG that is set names "C" or
// "POSIX", or none is set.
func cLocale() bool {
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if name := os.Getenv(v); name != "" {
			return name == "C" || name == "POSIX"
		}
	}
	return true
}

// streamState is what a stream's writes and reads need of its codec,
// decided once per stream.
type streamState struct {
	encoding, errors string
	utf8             bool  // encoding is UTF-8: text is written as it is
	codec            codec // the encoding's codec, unless utf8
	codecErr         error // the lookup's LookupError

	mu   sync.Mutex    // guards dict
	dict py.StringDict // __dict__, made on first use
}

// streamStates holds each stream's state while the stream lives.
var streamStates sync.Map // weak.Pointer[py.File] -> *streamState

// stateOf is f's streamState, made on first use.
func stateOf(f *py.File) *streamState {
	key := weak.Make(f)
	if st, ok := streamStates.Load(key); ok {
		return st.(*streamState)
	}
	name, _ := pyutil.StdStreamName(f)
	st := &streamState{}
	st.encoding, st.errors = StdStreamCodec(name)
	st.utf8 = isUTF8Name(st.encoding)
	if !st.utf8 {
		st.codec, st.codecErr = lookupCodec(st.encoding)
	} else {
		st.codec = codecUTF8
	}
	got, loaded := streamStates.LoadOrStore(key, st)
	if !loaded {
		runtime.AddCleanup(f, func(k weak.Pointer[py.File]) { streamStates.Delete(k) }, key)
	}
	return got.(*streamState)
}

// isUTF8Name reports whether an encoding (or a locale's charset, "utf8",
// "UTF-8@euro") is UTF-8.
func isUTF8Name(enc string) bool {
	enc, _, _ = strings.Cut(strings.ToLower(enc), "@")
	enc = strings.NewReplacer("-", "", "_", "").Replace(enc)
	return enc == "utf8"
}

// decodeRead decodes raw, the bytes (as a str) a read or readline of f
// got, with f's codec; a UTF-8 character cut at the end is completed
// first with more bytes (origRead). Lines end at "\n" only and keep
// "\r", as CPython's stdin on POSIX (newline="\n").
func decodeRead(self py.Object, f *py.File, origRead *py.Method, raw py.Object) (py.Object, error) {
	r, ok := raw.(py.String)
	if !ok || r == "" {
		return raw, nil
	}
	st := stateOf(f)
	b := []byte(r)
	if st.utf8 {
		for cutRune(b) {
			more, err := origRead.Call(self, py.Tuple{py.Int(1)})
			if err != nil {
				return nil, err
			}
			m, _ := more.(py.String)
			if m == "" {
				break
			}
			b = append(b, m...)
		}
	}
	var s string
	if st.utf8 && utf8.Valid(b) {
		s = string(b)
	} else {
		if st.codecErr != nil {
			return nil, st.codecErr
		}
		d, err := decode(b, st.codec, errorHandler(st.errors))
		if err != nil {
			return nil, err
		}
		s = string(d)
	}
	return py.String(s), nil
}

// cutRune reports whether b ends inside a UTF-8 sequence: a lead byte
// whose continuation bytes have not all come.
func cutRune(b []byte) bool {
	for i := len(b) - 1; i >= 0 && i >= len(b)-4; i-- {
		c := b[i]
		if c&0xC0 == 0x80 {
			continue // a continuation byte: look further back
		}
		need := 0
		switch {
		case c&0xE0 == 0xC0:
			need = 2
		case c&0xF0 == 0xE0:
			need = 3
		case c&0xF8 == 0xF0:
			need = 4
		}
		return need > len(b)-i
	}
	return false
}

// streamErrors is the error handler of the stream f (streamCodec).
func streamErrors(f *py.File) string { return stateOf(f).errors }

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
var streamBuffers sync.Map // weak.Pointer[py.File] -> *Buffered or *FileIO

// binaryStream returns f's buffer: a BufferedReader or BufferedWriter over
// a FileIO of f's descriptor that does not close it; under -u
// (PYTHONUNBUFFERED) the writable standard streams' buffer is that
// FileIO itself, as in CPython 3.6.
func binaryStream(f *py.File) (py.Object, error) {
	if fileClosed(f) {
		return nil, pyutil.ValueErrorf("I/O operation on closed file.")
	}
	key := weak.Make(f)
	if b, ok := streamBuffers.Load(key); ok {
		return b.(py.Object), nil
	}
	name, std := pyutil.StdStreamName(f)
	if !std {
		name = f.File.Name()
	}
	raw := &FileIO{fd: int(f.File.Fd()), name: py.String(name), readable: f.Can(py.FileRead), writable: f.Can(py.FileWrite)}
	raw.attrs.put("name", raw.name)
	kind := bufReader
	switch {
	case raw.readable && raw.writable:
		kind = bufRandom
	case raw.writable:
		kind = bufWriter
	}
	var stream py.Object = &Buffered{kind: kind, raw: raw}
	if std && kind == bufWriter && vm.StartupOptions().Unbuffered {
		stream = raw
	}
	b, loaded := streamBuffers.LoadOrStore(key, stream)
	if !loaded {
		runtime.AddCleanup(f, func(k weak.Pointer[py.File]) { streamBuffers.Delete(k) }, key)
	}
	return b.(py.Object), nil
}
