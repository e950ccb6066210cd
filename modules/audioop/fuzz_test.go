package audioop

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// Every function that takes a fragment gets arbitrary bytes and widths:
// it returns a result or an audioop error, never panics, and the
// outputs have the lengths the inputs call for.

func checkOpErr(t *testing.T, err error) {
	t.Helper()
	var oe *opError
	require.True(t, errors.As(err, &oe) || errors.Is(err, errMemory) || err == errNoMemory, "unexpected error %#v", err)
}

func FuzzFragments(f *testing.F) {
	for _, s := range [][]byte{nil, {0x80}, {0xff, 0x7f, 0x00, 0x80}, {1, 2, 3, 4, 5, 6}, {0x80, 0, 0, 0x80, 0x7f, 0x7f}} {
		for w := 0; w <= 5; w++ {
			f.Add(s, w, 3.5, int32(7), 2)
		}
	}
	f.Fuzz(func(t *testing.T, frag []byte, width int, factor float64, amount int32, channels int) {
		check := func(out []byte, err error, want int) {
			if err != nil {
				checkOpErr(t, err)
				return
			}
			if want >= 0 {
				require.Len(t, out, want)
			}
		}
		_, err := maxAbs(frag, width)
		wholeErr := err
		if err != nil {
			checkOpErr(t, err)
		}
		_, _, err = minmax(frag, width)
		require.Equal(t, wholeErr, err)
		for _, op := range []func([]byte, int) (uint32, error){rms, avgpp, maxpp} {
			_, err := op(frag, width)
			require.Equal(t, wholeErr == nil, err == nil)
		}
		_, err = avg(frag, width)
		require.Equal(t, wholeErr == nil, err == nil)
		_, err = cross(frag, width)
		require.Equal(t, wholeErr == nil, err == nil)
		_, err = getsample(frag, width, int(amount))
		if err != nil {
			checkOpErr(t, err)
		}
		out, err := mul(frag, width, factor)
		check(out, err, len(frag))
		out, err = bias(frag, width, amount)
		check(out, err, len(frag))
		out, err = add(frag, frag, width)
		check(out, err, len(frag))
		out, err = reverse(frag, width)
		check(out, err, len(frag))
		out, err = byteswap(frag, width)
		check(out, err, len(frag))
		out, err = tomono(frag, width, factor, -factor)
		check(out, err, len(frag)/2)
		out, err = tostereo(frag, width, factor, 1)
		check(out, err, 2*len(frag))
		if width >= 1 && width <= 4 {
			out, err = lin2lin(frag, width, 1+int(uint(amount)%4))
			check(out, err, -1)
			out, err = toLaw(frag, width, ulawEncode)
			check(out, err, len(frag)/width)
			out, err = toLaw(frag, width, alawEncode)
			check(out, err, len(frag)/width)
			out, err = fromLaw(frag, width, ulawDecode)
			check(out, err, len(frag)*width)
			out, err = fromLaw(frag, width, alawDecode)
			check(out, err, len(frag)*width)
			st := adpcmState{pred: amount % 0x8000, index: int32(uint(channels) % 89)}
			out, _, err = lin2adpcm(frag, width, st)
			check(out, err, len(frag)/width/2)
			out, _, err = adpcm2lin(frag, width, st)
			check(out, err, 2*len(frag)*width)
		}
		p := rateParams{width: width, channels: channels, inRate: int(amount%50) + 1, outRate: int(uint(channels)%60) + 1, weightA: 1, weightB: int(uint(amount) % 3)}
		if err := p.check(len(frag)); err != nil {
			checkOpErr(t, err)
		} else {
			_, err := ratecv(frag, p, &rateState{})
			require.NoError(t, err)
		}
		_, _, err = findfit(frag, frag[:len(frag)/2])
		if err != nil {
			checkOpErr(t, err)
		}
		_, err = findfactor(frag, frag)
		if err != nil {
			checkOpErr(t, err)
		}
		_, err = findmax(frag, int(amount))
		if err != nil {
			checkOpErr(t, err)
		}
	})
}
