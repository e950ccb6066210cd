package lzma

import (
	"bytes"
	"testing"
)

func xzOf(data []byte, check int) []byte {
	st, code := newStream(xzEasyEncoder(presetDflt, check))
	if code != lzOK {
		panic(code)
	}
	defer st.end()
	a, _ := st.encode(data, actRun)
	b, _ := st.encode(nil, actFinish)
	return append(a, b...)
}

// FuzzDecompress feeds untrusted bytes to the .xz/.lzma decoder, whole and
// with an output limit: it must return (never crash or loop), keep to the
// limit, and give only codes the module maps to its exceptions.
func FuzzDecompress(f *testing.F) {
	hello := xzOf([]byte("hello hello hello"), 4)
	f.Add(hello, -1, 0)
	f.Add(hello, 2, 1)
	f.Add(hello[:30], -1, 2)
	f.Add([]byte("]\x00\x00\x80\x00\xff\xff\xff\xff\xff\xff\xff\xff\x00"), -1, 2)
	f.Add([]byte("garbage"), 3, 0)
	f.Fuzz(func(t *testing.T, data []byte, limit, format int) {
		if limit > 1<<20 {
			limit = -1
		}
		format = ((format % 3) + 3) % 3 // auto, xz or alone
		st, code := newStream(containerDecoder(format, 1<<26))
		if code != lzOK {
			t.Fatalf("init: %d", code)
		}
		defer st.end()
		r := st.decode(data, limit)
		if limit >= 0 && len(r.out) > limit {
			t.Fatalf("output %d bytes over the limit %d", len(r.out), limit)
		}
		if len(r.rest) > len(data) {
			t.Fatalf("rest longer than the input")
		}
		if r.code != lzOK && r.code != lzStreamEnd && lzmaError(r.code) == nil {
			t.Fatalf("code %d maps to no exception", r.code)
		}
	})
}

// FuzzRoundTrip compresses arbitrary data under each check and requires
// the auto decoder to give it back.
func FuzzRoundTrip(f *testing.F) {
	f.Add([]byte("abcabcabc"), 4)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, data []byte, check int) {
		check = []int{0, 1, 4, 10}[((check%4)+4)%4]
		z := xzOf(data, check)
		st, code := newStream(containerDecoder(formatAuto, ^uint64(0)))
		if code != lzOK {
			t.Fatalf("init: %d", code)
		}
		defer st.end()
		r := st.decode(z, -1)
		if r.code != lzStreamEnd || !bytes.Equal(r.out, data) || r.check != check {
			t.Fatalf("round trip: code %d check %d", r.code, r.check)
		}
	})
}
