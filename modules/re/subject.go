package re

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// subject is the string a pattern runs over, in the form the machine
// reads: bytes for bytes-like objects and for ASCII str (character index
// = byte index), runes for other str.
type subject struct {
	obj    py.Object
	isText bool
	text   string // the str's contents
	b      []byte
	r      []rune
	n      int
}

func newSubject(o py.Object, pat *Pattern) (*subject, error) {
	o = pyutil.Unwrap(o)
	switch v := o.(type) {
	case py.String:
		if pat != nil && !pat.isText {
			return nil, pyutil.TypeErrorf("cannot use a bytes pattern on a string-like object")
		}
		return textSubject(o, string(v)), nil
	case py.Bytes:
		if pat != nil && pat.isText {
			return nil, pyutil.TypeErrorf("cannot use a string pattern on a bytes-like object")
		}
		return &subject{obj: o, b: []byte(v), n: len(v)}, nil
	case pyutil.ReadableBuffer:
		if pat != nil && pat.isText {
			return nil, pyutil.TypeErrorf("cannot use a string pattern on a bytes-like object")
		}
		b := append([]byte(nil), v.BufferBytes()...)
		return &subject{obj: o, b: b, n: len(b)}, nil
	}
	return nil, pyutil.TypeErrorf("expected string or bytes-like object")
}

func textSubject(o py.Object, s string) *subject {
	sj := &subject{obj: o, isText: true, text: s}
	if r, ascii := decodeText(s); ascii {
		// the machine only reads the subject: share the string's bytes
		sj.b = unsafe.Slice(unsafe.StringData(s), len(s))
		sj.n = len(s)
	} else {
		sj.r = r
		sj.n = len(r)
	}
	return sj
}

// decodedText remembers what decodeText found for a long string, so that
// a loop of pattern.match(text, pos) over one long text does not decode
// it at every call. An entry holds the string itself, so its bytes
// cannot be reused for other contents while it is cached.
type decodedText struct {
	s     string
	r     []rune
	ascii bool
}

const decodeCacheMin = 1024

var decodeCache struct {
	sync.Mutex
	entries [4]*decodedText
	next    int
}

// decodeText reports whether s is ASCII, and gives its runes when not.
func decodeText(s string) ([]rune, bool) {
	if len(s) < decodeCacheMin {
		return decodeTextNow(s)
	}
	data := unsafe.StringData(s)
	decodeCache.Lock()
	for _, e := range decodeCache.entries {
		if e != nil && len(e.s) == len(s) && unsafe.StringData(e.s) == data {
			decodeCache.Unlock()
			return e.r, e.ascii
		}
	}
	decodeCache.Unlock()
	r, ascii := decodeTextNow(s)
	decodeCache.Lock()
	decodeCache.entries[decodeCache.next] = &decodedText{s: s, r: r, ascii: ascii}
	decodeCache.next = (decodeCache.next + 1) % len(decodeCache.entries)
	decodeCache.Unlock()
	return r, ascii
}

func decodeTextNow(s string) ([]rune, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strRunes(s), false
		}
	}
	return nil, true
}

// slice is string[i:j] as the subject's own type (CPython slices the
// original object).
func (sj *subject) slice(i, j int) (py.Object, error) {
	if i < 0 || j < i {
		if sj.isText {
			return py.String(""), nil
		}
		i, j = 0, 0
	}
	if sj.isText {
		if sj.r != nil {
			return py.String(runesStr(sj.r[i:j])), nil
		}
		return py.String(sj.text[i:j]), nil
	}
	if buf, ok := sj.obj.(pyutil.ReadableBuffer); ok {
		if _, fixed := sj.obj.(py.Bytes); !fixed {
			// As CPython 3.6: a group reads the buffer as it is now (a
			// bytearray changed since the match gives its new bytes).
			cur := buf.BufferBytes()
			i, j = min(i, len(cur)), min(j, len(cur))
			return py.Bytes(append([]byte(nil), cur[i:j]...)), nil
		}
	}
	return py.Bytes(sj.b[i:j:j]), nil
}

// chars returns the characters of [i, j) as runes.
func (sj *subject) chars(i, j int) []rune {
	if sj.r != nil {
		return sj.r[i:j]
	}
	out := make([]rune, j-i)
	for k := range out {
		out[k] = rune(sj.b[i+k])
	}
	return out
}

func (sj *subject) search(m *machine, start, end int) (int, int, bool) {
	m.reset()
	if sj.r != nil {
		return search(m, sj.r, start, end)
	}
	return search(m, sj.b, start, end)
}

func (sj *subject) match(m *machine, start, end int) (int, int, bool) {
	m.reset()
	var e int
	var ok bool
	if sj.r != nil {
		e, ok = run(m, sj.r, start, end)
	} else {
		e, ok = run(m, sj.b, start, end)
	}
	return start, e, ok
}
