package cjkcodecs

import (
	"bytes"
	"compress/zlib"
	"embed"
	"fmt"
	"io"
	"sync"
)

// The tables under data/ record CPython 3.6's codecs as they behave
// (gen/gen.py writes them): zlib-compressed streams of unsigned varints.
// A codec's tables are read the first time the codec is used, into the
// compact forms of compact.go.

//go:generate env PYENV_VERSION=3.6.15 python3 gen/gen.py
//go:generate sh -c "PYENV_VERSION=3.6.15 python3 gen/sweep.py > testdata/sweep36.txt"

//go:embed data/*.bin
var dataFS embed.FS

// Kinds of a decoding-trie cell (the low three bits; the rest is the
// value).
const (
	cellBad    = iota // illegal sequence; value: its length
	cellMore          // a longer sequence; value: the next node
	cellChar          // one character; value: the code point
	cellMulti         // several characters; value: index into multi
	cellGB4           // gb18030's four-byte form follows
	cellMakeup        // euc_kr's eight-byte Hangul follows
)

// reader reads varints from a table stream; the first malformation is
// kept in err and makes every later read answer 0.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uint() int {
	var n uint64
	var shift uint
	for {
		if r.err != nil {
			return 0
		}
		if len(r.b) == 0 {
			r.err = io.ErrUnexpectedEOF
			return 0
		}
		c := r.b[0]
		r.b = r.b[1:]
		n |= uint64(c&0x7F) << shift
		if c < 0x80 {
			return int(n)
		}
		shift += 7
		if shift > 35 {
			r.err = fmt.Errorf("varint too long")
			return 0
		}
	}
}

// signed reads a zigzag-coded difference.
func (r *reader) signed() int {
	n := r.uint()
	if n&1 != 0 {
		return -(n + 1) / 2
	}
	return n / 2
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes() []byte {
	n := r.uint()
	if r.err != nil || n > len(r.b) {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

// openTable decompresses data/<name>.bin.
func openTable(name string) *reader {
	raw, err := dataFS.ReadFile("data/" + name + ".bin")
	if err != nil {
		return &reader{err: err}
	}
	z, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return &reader{err: err}
	}
	var buf bytes.Buffer
	buf.Grow(8 * len(raw)) // about the tables' compression ratio
	_, err = buf.ReadFrom(z)
	b := buf.Bytes()
	return &reader{b: b, err: err}
}

// check panics when a table was malformed: the tables are part of the
// binary, so that is a build bug, never bad input.
func (r *reader) check(name string) {
	if r.err != nil {
		panic(fmt.Sprintf("cjkcodecs: table %s: %v", name, r.err))
	}
}

// errLongCode marks a code too long for the packed tables.
var errLongCode = fmt.Errorf("code longer than four bytes")

// pairKey is a character followed by a combining one.
type pairKey struct{ first, second rune }

// lazy loads a value at first use.
type lazy[T any] struct {
	once sync.Once
	v    T
}

func (l *lazy[T]) get(load func() T) T {
	l.once.Do(func() { l.v = load() })
	return l.v
}
