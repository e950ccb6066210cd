package bz2

import (
	"bytes"
	"compress/bzip2"
	"io"
	"testing"
)

// bz2Hello is "hello hello hello" compressed by libbzip2 at level 9.
var bz2Hello = func() []byte {
	st, _ := newStream(true, 9)
	a, _ := st.compress([]byte("hello hello hello"), bzRun)
	b, _ := st.compress(nil, bzFinish)
	st.end()
	return append(a, b...)
}()

// FuzzDecompress feeds untrusted bytes to the decompressor, whole and
// with an output limit: it must return (never crash or loop), keep to the
// limit, and where libbzip2 ends a stream, Go's own decoder must agree on
// its contents.
func FuzzDecompress(f *testing.F) {
	f.Add(bz2Hello, -1)
	f.Add(bz2Hello, 3)
	f.Add(bz2Hello[:20], -1)
	f.Add([]byte("BZh91AY&SY"), 0)
	f.Add([]byte("garbage"), 5)
	f.Fuzz(func(t *testing.T, data []byte, limit int) {
		if limit > 1<<20 {
			limit = -1
		}
		st, code := newStream(false, 0)
		if code != bzOK {
			t.Fatalf("init: %d", code)
		}
		defer st.end()
		out, rest, code, _ := st.decompress(data, limit)
		if limit >= 0 && len(out) > limit {
			t.Fatalf("output %d bytes over the limit %d", len(out), limit)
		}
		if len(rest) > len(data) {
			t.Fatalf("rest longer than the input")
		}
		if err := bzError(code); err != nil && code == bzStreamEnd {
			t.Fatalf("stream end reported as %v", err)
		}
		if code != bzStreamEnd || limit >= 0 {
			return
		}
		want, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(data[:len(data)-len(rest)])))
		if err == nil && !bytes.Equal(out, want) {
			t.Fatalf("libbzip2 and Go decode differently")
		}
	})
}

// FuzzRoundTrip compresses arbitrary data at any level and in two pieces
// and requires decompression to give it back.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("abcabcabc"), 9, 4)
	f.Add([]byte{}, 1, 0)
	f.Fuzz(func(t *testing.T, data []byte, level, cut int) {
		if level < 1 || level > 9 {
			level = 9
		}
		if cut < 0 || cut > len(data) {
			cut = len(data) / 2
		}
		st, code := newStream(true, level)
		if code != bzOK {
			t.Fatalf("init: %d", code)
		}
		a, c1 := st.compress(data[:cut], bzRun)
		b, c2 := st.compress(data[cut:], bzRun)
		c, c3 := st.compress(nil, bzFinish)
		st.end()
		if c1 != bzRunOK || c2 != bzRunOK || c3 != bzStreamEnd {
			t.Fatalf("codes %d %d %d", c1, c2, c3)
		}
		d, _ := newStream(false, 0)
		defer d.end()
		out, rest, code, _ := d.decompress(append(append(a, b...), c...), -1)
		if code != bzStreamEnd || len(rest) != 0 || !bytes.Equal(out, data) {
			t.Fatalf("round trip lost data (code %d)", code)
		}
	})
}
