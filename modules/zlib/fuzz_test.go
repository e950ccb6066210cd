package zlib

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"
)

// FuzzInflate feeds untrusted bytes to inflate under each container
// format, whole and with a max_length, and checks the outcome against Go's
// own decoder for zlib-wrapped streams: same data on success, and no
// success where Go finds the stream corrupt.
func FuzzInflate(f *testing.F) {
	var zbuf bytes.Buffer
	w := zlib.NewWriter(&zbuf)
	w.Write([]byte("hello hello hello hello"))
	w.Close()
	f.Add(zbuf.Bytes(), 15, 0)
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00"), 31, 3)
	f.Add([]byte("\xcbH\xcd\xc9\xc9\x07\x00"), -15, 1)
	f.Add([]byte("garbage"), 47, 0)
	f.Fuzz(func(t *testing.T, data []byte, wbits, limit int) {
		if limit < 0 || limit > 1<<20 {
			limit = 0
		}
		s, code, _ := newInflate(wbits)
		if code != zOK {
			return
		}
		defer s.end()
		out, rest, code := s.run(data, zSyncFlush, 16, limit)
		if limit > 0 && len(out) > limit {
			t.Fatalf("output %d bytes over max_length %d", len(out), limit)
		}
		if len(rest) > len(data) {
			t.Fatalf("rest longer than the input")
		}
		if wbits != 15 || limit != 0 || code != zStreamEnd {
			return
		}
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("libz decoded a stream Go rejects: %v", err)
		}
		want, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("libz decoded a stream Go finds corrupt: %v", err)
		}
		if !bytes.Equal(out, want) {
			t.Fatalf("libz and Go decode differently")
		}
	})
}

// FuzzDeflateRoundTrip compresses arbitrary data with arbitrary settings
// and flush points and requires inflate to give it back.
func FuzzDeflateRoundTrip(f *testing.F) {
	f.Add([]byte("abcabcabc"), 6, 15, 8, 0, 3)
	f.Add([]byte{}, 0, -9, 1, 4, 0)
	f.Fuzz(func(t *testing.T, data []byte, level, wbits, memLevel, strategy, cut int) {
		if wbits == 8 || wbits == -8 {
			// zlib deflates a window of 8 as 9, which inflate(8) refuses,
			// in CPython too.
			return
		}
		s, code, _ := newDeflate(level, deflated, wbits, memLevel, strategy)
		if code != zOK {
			return
		}
		defer s.end()
		if cut < 0 || cut > len(data) {
			cut = len(data) / 2
		}
		a, _, c1 := s.run(data[:cut], zSyncFlush, 1, 0)
		b, _, c2 := s.run(data[cut:], zFinish, 1, 0)
		if c1 != zOK && c1 != zBufError || c2 != zStreamEnd {
			t.Fatalf("deflate codes %d, %d", c1, c2)
		}
		in, code, _ := newInflate(wbits)
		if code != zOK {
			t.Fatalf("inflateInit2(%d) refused what deflateInit2 took: %d", wbits, code)
		}
		defer in.end()
		out, _, code := in.run(append(a, b...), zSyncFlush, 1, 0)
		if code != zStreamEnd || !bytes.Equal(out, data) {
			t.Fatalf("round trip lost data (code %d)", code)
		}
	})
}
