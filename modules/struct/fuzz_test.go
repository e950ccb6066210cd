package pystruct_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	pystruct "github.com/gpython-ssl/gpython-ssl/modules/struct"
)

// FuzzUnpack unpacks arbitrary buffers with arbitrary formats: the result
// is a tuple or a Python exception, never a Go panic. When the buffer
// holds at least calcsize(format) bytes, unpacking that prefix must
// succeed (or fail only for '0p', as CPython 3.6 does), and for formats
// in a standard mode whose codes round-trip exactly, packing the values gives the bytes back.
func FuzzUnpack(f *testing.F) {
	seeds := []struct{ format, data string }{
		{"<hHiIqQ", "0123456789abcdefghijklmnopqrstuvwxyz"},
		{"@bhilqnNP", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3\xf2\xf1\xf0\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c"},
		{">efd", "\x7c\x00\x7f\x80\x00\x00\xff\xf8\x00\x00\x00\x00\x00\x01"},
		{"3s2p?c", "abc\x05xyz\x01"},
		{"0p", ""},
		{"10", "x"},
		{"9223372036854775807x", ""},
		{"99999999999999999999i", ""},
		{"!3x2H", "\x00\x00\x00\x01\x02\x03\x04"},
		{" = i \t l", "12345678"},
		{"i\x00q", "1234"},
		{"<n", "12345678"},
	}
	for _, s := range seeds {
		f.Add([]byte(s.format), []byte(s.data))
	}
	f.Fuzz(func(t *testing.T, format, data []byte) {
		checkPyErr := func(err error) {
			var exc *py.Exception
			require.True(t, errors.As(err, &exc), "not a Python exception: %#v", err)
		}
		res, err := pystruct.Unpack(format, data)
		if err != nil {
			checkPyErr(err)
		} else {
			require.NotNil(t, res)
		}
		size, err := pystruct.CalcSize(format)
		if err != nil {
			checkPyErr(err)
			return
		}
		if size > len(data) {
			return
		}
		res, err = pystruct.Unpack(format, data[:size])
		if err != nil {
			checkPyErr(err)
			assert.Contains(t, string(format), "0p", "unpack of a calcsize buffer failed: %v", err)
			return
		}
		native := len(format) == 0 || bytes.IndexByte([]byte("=<>!"), format[0]) < 0
		if native || bytes.ContainsAny(format, "?pxefd\x00") {
			return // alignment gaps, pads, bools and floats do not round-trip bit for bit
		}
		packed, err := pystruct.Pack(format, res)
		require.NoError(t, err, "repacking %v", res)
		assert.Equal(t, data[:size], []byte(packed))
	})
}
