package audioop

import (
	"errors"
	"math"
)

// ratecv converts the frame rate by linear interpolation between each
// channel's last two input samples (after a first-order filter weighted
// by weightA and weightB). The state carried between calls is the
// position d and, per channel, the two samples.

// rateState is ratecv's state.
type rateState struct {
	d          int
	prev, curr []int32
}

type rateParams struct {
	width, channels, inRate, outRate, weightA, weightB int
}

func gcd(a, b int) int {
	for b > 0 {
		a, b = b, a%b
	}
	return a
}

// checkRate checks the parameters before the state is read.
func (p *rateParams) check(fragLen int) error {
	if err := checkWidth(p.width); err != nil {
		return err
	}
	if p.channels < 1 {
		return fail("# of channels should be >= 1")
	}
	if p.width > math.MaxInt32/p.channels {
		return errRateOverflow
	}
	if p.weightA < 1 || p.weightB < 0 {
		return fail("weightA should be >= 1, weightB should be >= 0")
	}
	if fragLen%(p.width*p.channels) != 0 {
		return fail("not a whole number of frames")
	}
	if p.inRate <= 0 || p.outRate <= 0 {
		return fail("sampling rate not > 0")
	}
	if p.channels > maxChannels {
		// CPython's state for so many channels exhausts memory.
		return errNoMemory
	}
	return nil
}

// maxChannels bounds the channels ratecv keeps a state for.
const maxChannels = 1 << 22

// errNoMemory is a bare MemoryError.
var errNoMemory = errors.New("")

// errRateOverflow stands for the OverflowError of a frame too big.
var errRateOverflow = &opError{"width * nchannels too big for a C int"}

func ratecv(frag []byte, p rateParams, st *rateState) ([]byte, error) {
	frameBytes := p.width * p.channels
	g := gcd(p.inRate, p.outRate)
	in, out := p.inRate/g, p.outRate/g
	g = gcd(p.weightA, p.weightB)
	wa, wb := float64(p.weightA/g), float64(p.weightB/g)
	if st.prev == nil {
		st.d = -out
		st.prev = make([]int32, p.channels)
		st.curr = make([]int32, p.channels)
	}
	frames := len(frag) / frameBytes
	var buf []byte
	if frames > 0 {
		q := 1 + (frames-1)/in
		if out > maxLen/q/frameBytes {
			return nil, errMemory
		}
		buf = make([]byte, 0, q*out*frameBytes)
	}
	res := buf[:0]
	pos := 0
	d := st.d
	for {
		for d < 0 {
			if frames == 0 {
				st.d = d
				if res == nil {
					res = []byte{}
				}
				return res, nil
			}
			for c := 0; c < p.channels; c++ {
				st.prev[c] = st.curr[c]
				v := float64(scaledAt(frag, p.width, pos))
				pos += p.width
				st.curr[c] = int32((wa*v + wb*float64(st.prev[c])) / (wa + wb))
			}
			frames--
			d += out
		}
		for d >= 0 {
			for c := 0; c < p.channels; c++ {
				v := int32((float64(st.prev[c])*float64(d) + float64(st.curr[c])*float64(out-d)) / float64(out))
				var sample [4]byte
				putScaled(sample[:], p.width, 0, v)
				res = append(res, sample[:p.width]...)
			}
			d -= in
		}
	}
}
