package binascii

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each decoder of untrusted input gets arbitrary bytes: it returns a
// result or a *codecError (a85Error for Ascii85/base85), never panics,
// and the encoder's output of the input decodes back to the input.

func checkCodecErr(t *testing.T, err error) {
	t.Helper()
	var ce *codecError
	var ae *a85Error
	require.True(t, errors.As(err, &ce) || errors.As(err, &ae), "unexpected error %#v", err)
}

var fuzzSeeds = [][]byte{
	nil, []byte("YQ=="), []byte("YQ=\n="), []byte("=="), []byte("aGVsbG8"), []byte("0aZf"),
	[]byte("MFRGG==="), []byte("<~87cURDZ~>"), []byte("zz!!y"), []byte("Xk~0{Zy<MXa%^M"),
	[]byte("a=3D=\r\nb=zz_"), []byte("#0V%T\n"), []byte("!``"), {0x90, 0x00, 0xff, 0x80},
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzUnhexlify(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := unhexlify(in)
		if err != nil {
			checkCodecErr(t, err)
		} else {
			assert.True(t, bytes.Equal(bytes.ToLower(in), hexlify(out)))
		}
		back, err := unhexlify(hexlify(in))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(in, back))
	})
}

func FuzzA2bBase64(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := a2bBase64(in)
		if err != nil {
			checkCodecErr(t, err)
		} else {
			assert.LessOrEqual(t, len(out), len(in)*3/4+1)
		}
		back, err := a2bBase64(b2aBase64(in, true))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(in, back))
	})
}

func FuzzB32decode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, casefold := range []bool{false, true} {
			if _, err := b32decode(in, casefold, []byte("L")); err != nil {
				checkCodecErr(t, err)
			}
		}
		back, err := b32decode(b32encode(in), false, nil)
		require.NoError(t, err)
		assert.Equal(t, len(in), len(back))
		assert.True(t, bytes.Equal(in, back))
	})
}

func FuzzA85decode(f *testing.F) {
	addSeeds(f)
	ws := func(c byte) (bool, error) { return bytes.IndexByte([]byte(" \t\n\r\v"), c) >= 0, nil }
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, adobe := range []bool{false, true} {
			if _, err := a85decode(in, true, adobe, ws); err != nil {
				checkCodecErr(t, err)
			}
		}
		for _, pad := range []bool{false, true} {
			enc := a85encode(in, true, 7, pad, true)
			back, err := a85decode(enc, true, true, ws)
			require.NoError(t, err)
			if !pad {
				assert.True(t, bytes.Equal(in, back))
			} else {
				assert.True(t, bytes.HasPrefix(back, in))
			}
		}
	})
}

func FuzzB85decode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := b85decode(in); err != nil {
			checkCodecErr(t, err)
		}
		back, err := b85decode(encode85(in, b85chars, false, false, false))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(in, back))
	})
}

func FuzzA2bQP(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		assert.LessOrEqual(t, len(a2bQP(in, false)), len(in))
		assert.LessOrEqual(t, len(a2bQP(in, true)), len(in))
		for _, header := range []bool{false, true} {
			for _, quotetabs := range []bool{false, true} {
				enc := b2aQP(in, quotetabs, false, header)
				assert.True(t, bytes.Equal(in, a2bQP(enc, header)), "b2a_qp gave %q", enc)
			}
		}
	})
}

func FuzzA2bUU(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if out, err := a2bUU(in); err != nil {
			checkCodecErr(t, err)
		} else {
			assert.LessOrEqual(t, len(out), 63)
		}
		if len(in) > 45 {
			in = in[:45]
		}
		enc, err := b2aUU(in)
		require.NoError(t, err)
		back, err := a2bUU(enc)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(in, back))
	})
}

func FuzzRledecodeHQX(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		if _, err := rledecodeHQX(in); err != nil {
			checkCodecErr(t, err)
		}
		if _, _, err := a2bHQX(in); err != nil {
			checkCodecErr(t, err)
		}
		back, err := rledecodeHQX(rlecodeHQX(in))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(in, back))
	})
}
