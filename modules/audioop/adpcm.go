package audioop

import "math"

// Intel/DVI ADPCM: 4 bits a sample, two samples a byte (the first in
// the high nibble), with a predictor (valpred) and a step index that the
// caller carries from one fragment to the next as the state.

// maxLen bounds the size of an output buffer.
const maxLen = math.MaxInt

var adpcmSteps = [89]int32{
	7, 8, 9, 10, 11, 12, 13, 14, 16, 17,
	19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
	50, 55, 60, 66, 73, 80, 88, 97, 107, 118,
	130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
	337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
	876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
	2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358,
	5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
	15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
}

// adpcmState is the predictor and the step index.
type adpcmState struct {
	pred  int32
	index int32
}

// stepIndex moves the index by what a code's magnitude asks.
func (s *adpcmState) stepIndex(code int32) {
	adjust := int32(-1)
	if m := code & 7; m >= 4 {
		adjust = 2 * (m - 3)
	}
	s.index = min(max(s.index+adjust, 0), 88)
}

// predict moves the predictor by the difference a code stands for with
// the given step.
func (s *adpcmState) predict(code, step int32) {
	diff := step >> 3
	for bit, part := int32(4), step; bit > 0; bit, part = bit>>1, part>>1 {
		if code&bit != 0 {
			diff += part
		}
	}
	if code&8 != 0 {
		s.pred -= diff
	} else {
		s.pred += diff
	}
	s.pred = min(max(s.pred, -32768), 32767)
}

// encode is the code of a 16-bit value.
func (s *adpcmState) encode(v int32) int32 {
	step := adpcmSteps[s.index]
	gap := v - s.pred
	var code int32
	if gap < 0 {
		code, gap = 8, -gap
	}
	// The predictor moves by what the code's bits stand for, which
	// predict works out again from the same step.
	for bit, part := int32(4), step; bit > 0; bit, part = bit>>1, part>>1 {
		if gap >= part {
			code |= bit
			gap -= part
		}
	}
	s.predict(code, step)
	s.stepIndex(code)
	return code
}

// decode is the 16-bit value of a code.
func (s *adpcmState) decode(code int32) int32 {
	step := adpcmSteps[s.index]
	s.stepIndex(code)
	s.predict(code, step)
	return s.pred
}

func lin2adpcm(frag []byte, width int, st adpcmState) ([]byte, adpcmState, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, st, err
	}
	n := len(frag) / width
	out := make([]byte, n/2)
	for i := 0; i < n; i++ {
		code := st.encode(scaledAt(frag, width, i*width) >> 16)
		if i%2 == 0 {
			if i/2 < len(out) {
				out[i/2] = byte(code << 4)
			}
		} else {
			out[i/2] |= byte(code & 0x0f)
		}
	}
	return out, st, nil
}

func adpcm2lin(frag []byte, width int, st adpcmState) ([]byte, adpcmState, error) {
	if err := checkWidth(width); err != nil {
		return nil, st, err
	}
	if len(frag) > maxLen/2/width {
		return nil, st, errMemory
	}
	out := make([]byte, 2*len(frag)*width)
	for i, c := range frag {
		hi := st.decode(int32(c >> 4))
		putScaled(out, width, 2*i*width, hi<<16)
		lo := st.decode(int32(c & 0x0f))
		putScaled(out, width, (2*i+1)*width, lo<<16)
	}
	return out, st, nil
}
