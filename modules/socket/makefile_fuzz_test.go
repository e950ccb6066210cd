package socket

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// fuzzStreamType is a stand-in for an SSLSocket under makefile(): its
// recv(n) hands out the untrusted stream in chunks of sizes the fuzzer
// picks, so line ends, "\r\n" pairs and UTF-8 sequences fall across
// chunk boundaries.
var fuzzStreamType = py.NewType("_fuzz.Stream", "an untrusted byte stream")

type fuzzStream struct {
	data   []byte
	chunks []byte
	next   int
}

func (*fuzzStream) Type() *py.Type { return fuzzStreamType }

func init() {
	fuzzStreamType.Dict["recv"] = py.MustNewMethod("recv", func(self py.Object, args py.Tuple) (py.Object, error) {
		s := self.(*fuzzStream)
		n, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "recv(%d): the file asked for nothing", n)
		}
		size := n
		if len(s.chunks) > 0 {
			c := s.chunks[s.next%len(s.chunks)]
			s.next++
			if c != 255 {
				size = min(n, int(c)+1)
			}
		}
		size = min(size, len(s.data))
		out := py.Bytes(append([]byte(nil), s.data[:size]...))
		s.data = s.data[size:]
		return out, nil
	}, 0, "recv(n): the next chunk, at most n bytes")
	if err := fuzzStreamType.Ready(); err != nil {
		panic(err)
	}
}

// newlineModes are makefile's newline= choices.
var newlineModes = []py.Object{py.None, py.String(""), py.String("\n"), py.String("\r"), py.String("\r\n")}

// lineModel is the reference reader: the whole stream, already decoded
// and translated, split by a plain scan for the terminators.
type lineModel struct {
	units []string // bytes (binary) or characters (text), one per unit
	pos   int
	ends  []string // line terminators, longest first
}

func newLineModel(data []byte, text bool, newline py.Object) *lineModel {
	m := &lineModel{ends: []string{"\n"}}
	if !text {
		for _, c := range data {
			m.units = append(m.units, string([]byte{c}))
		}
		return m
	}
	s := string(data)
	switch newline {
	case py.None:
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	case py.String(""):
		m.ends = []string{"\r\n", "\r", "\n"}
	case py.String("\r"):
		m.ends = []string{"\r"}
	case py.String("\r\n"):
		m.ends = []string{"\r\n"}
	}
	for _, r := range s {
		m.units = append(m.units, string(r))
	}
	return m
}

// readline is one line with its ending, at most limit units (limit >= 0).
func (m *lineModel) readline(limit int) string {
	end := len(m.units)
	for i := m.pos; i < len(m.units); i++ {
		matched := false
		for _, e := range m.ends {
			k := utf8.RuneCountInString(e)
			if i+k <= len(m.units) && strings.Join(m.units[i:i+k], "") == e {
				end, matched = i+k, true
				break
			}
		}
		if matched {
			break
		}
	}
	if limit >= 0 && m.pos+limit < end {
		end = m.pos + limit
	}
	out := strings.Join(m.units[m.pos:end], "")
	m.pos = end
	return out
}

// read is up to n units (all that is left for n < 0).
func (m *lineModel) read(n int) string {
	end := len(m.units)
	if n >= 0 && m.pos+n < end {
		end = m.pos + n
	}
	out := strings.Join(m.units[m.pos:end], "")
	m.pos = end
	return out
}

// pyText is the str or bytes value of a read result.
func pyText(t *testing.T, o py.Object) string {
	t.Helper()
	switch v := o.(type) {
	case py.String:
		return string(v)
	case py.Bytes:
		return string(v)
	}
	t.Fatalf("a read returned %s", o.Type().Name)
	return ""
}

// FuzzMakefileRead reads an untrusted stream through the file object
// socket.makefile() returns (the path an SSLSocket's file takes: its
// recv), in binary or text mode, with each newline= choice, buffered,
// with a tiny buffer or unbuffered, calling readline(limit), read(n) and
// readlines(hint) in a fuzzed order with fuzzed sizes and chunk
// boundaries. Invariants: no Go panic; every result matches a plain
// reference splitter over the whole stream (a short read only from an
// unbuffered binary read(n), and then a prefix of what is left); what
// the calls return, joined, is the stream; invalid UTF-8 in text mode
// gives UnicodeDecodeError (errors='strict') and nothing else.
//
// newline=” is compared only on streams without '\r': CPython 3.6 ends
// lines at '\r' and '\r\n' too there, makefile.go's lineEnd only at
// '\n' (reported in the issue 20 fuzzing note).
func FuzzMakefileRead(f *testing.F) {
	f.Add([]byte("one\rtwo\r\nthree\nfour"), []byte{0, 0, 0, 0, 0}, []byte{2, 255}, uint8(1))
	f.Add([]byte("one\rtwo\r\nthree\nfour"), []byte{0, 0, 0, 0, 0}, []byte{3}, uint8(7))
	f.Add([]byte("one\rtwo\r\nthree\nfour"), []byte{0, 0, 0, 0}, []byte{0}, uint8(9))
	f.Add([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\nbody"), []byte{0, 5, 0, 0, 14, 3}, []byte{7, 0, 255}, uint8(0))
	f.Add([]byte("\xc3\xa9t\xc3\xa9\n\xe2\x82\xac\r\n\xf0\x9f\x98\x80"), []byte{5, 9, 0, 2, 1}, []byte{0}, uint8(1))
	f.Add([]byte("caf\xc3"), []byte{0}, []byte{0}, uint8(1))
	f.Add([]byte("caf\xc3x\n"), []byte{0, 0}, []byte{1}, uint8(0x41))
	f.Add([]byte("a\nbb\nccc\ndddd"), []byte{3, 7, 2}, []byte{1, 2}, uint8(0x20))
	f.Add(bytes.Repeat([]byte("x"), 300), []byte{1, 4, 8}, []byte{100}, uint8(0x10))
	f.Add([]byte{}, []byte{0, 1, 2, 3}, []byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, data, ops, chunks []byte, mode uint8) {
		if len(ops) > 64 {
			ops = ops[:64]
		}
		text := mode&1 == 1
		newline := newlineModes[int(mode>>1)%len(newlineModes)]
		if !text {
			newline = py.None
		}
		buffering := []int{defaultBufferSize, 7, 0}[int(mode>>4)%3]
		if text && buffering == 0 {
			buffering = 3
		}
		errorsMode := "strict"
		if mode&0x40 != 0 {
			errorsMode = "replace"
		}
		file := &socketFile{owner: &fuzzStream{data: data, chunks: chunks}, mode: "rb", reading: true,
			text: text, newline: newline, errors: errorsMode, bufsize: buffering}
		if text {
			file.mode = "r"
		}
		comparable := !text || utf8.Valid(data) && (newline != py.String("") || !bytes.Contains(data, []byte("\r")))
		model := newLineModel(data, text, newline)
		call := func(name string, arg py.Object) (res py.Object, err error) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Go panic in %s(%v): %v", name, arg, r)
				}
			}()
			m, err := py.GetAttrString(file, name)
			if err != nil {
				t.Fatal(err)
			}
			return py.Call(m, py.Tuple{arg}, nil)
		}
		var got strings.Builder
		for _, b := range ops {
			op, n := int(b%4), int(b>>2)
			var arg py.Object = py.Int(n)
			if n == 63 {
				arg, n = py.None, -1
			}
			var name string
			switch op {
			case 0, 1:
				name = "readline"
				if op == 0 {
					arg, n = py.Int(-1), -1
				}
			case 2:
				name = "read"
			case 3:
				name = "readlines"
			}
			res, err := call(name, arg)
			if err != nil {
				var exc *py.Exception
				if text && !utf8.Valid(data) && errorsMode == "strict" && errors.As(err, &exc) && exc.Type() == py.UnicodeDecodeError {
					return
				}
				t.Fatalf("%s(%v): %v", name, arg, err)
			}
			var s string
			if name == "readlines" {
				l, ok := res.(*py.List)
				if !ok {
					t.Fatalf("readlines returned %s", res.Type().Name)
				}
				total := 0
				for i, line := range l.Items {
					ls := pyText(t, line)
					if comparable {
						if want := model.readline(-1); ls != want {
							t.Fatalf("readlines(%d) line %d = %q, want %q", n, i, ls, want)
						}
					}
					if ls == "" {
						t.Fatal("readlines returned an empty line")
					}
					if n > 0 && total >= n {
						t.Fatalf("readlines(%d) read past its hint", n)
					}
					if text {
						total += utf8.RuneCountInString(ls)
					} else {
						total += len(ls)
					}
					s += ls
				}
				if comparable && (n <= 0 || total < n) && model.pos != len(model.units) {
					t.Fatalf("readlines(%d) stopped before the end", n)
				}
			} else {
				s = pyText(t, res)
				if comparable {
					switch {
					case name == "readline":
						if want := model.readline(n); s != want {
							t.Fatalf("readline(%d) = %q, want %q", n, s, want)
						}
					case buffering == 0 && !text && n > 0:
						rest := model.read(-1)
						model.pos -= len(rest) - len(s)
						if !strings.HasPrefix(rest, s) || len(s) > n || s == "" && rest != "" {
							t.Fatalf("unbuffered read(%d) = %q, stream has %q", n, s, rest)
						}
					default:
						if want := model.read(n); s != want {
							t.Fatalf("read(%d) = %q, want %q", n, s, want)
						}
					}
				}
			}
			got.WriteString(s)
		}
		res, err := call("read", py.None)
		if err != nil {
			var exc *py.Exception
			if text && !utf8.Valid(data) && errorsMode == "strict" && errors.As(err, &exc) && exc.Type() == py.UnicodeDecodeError {
				return
			}
			t.Fatalf("read(): %v", err)
		}
		got.WriteString(pyText(t, res))
		if !comparable {
			return
		}
		if want := strings.Join(model.units, ""); got.String() != want {
			t.Fatalf("the reads joined give %q, want %q", got.String(), want)
		}
	})
}
