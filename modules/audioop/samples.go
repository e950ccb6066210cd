package audioop

import (
	"errors"
	"math"
)

// Sound fragments are bytes of signed samples in the machine's order
// (little-endian here), 1, 2, 3 or 4 bytes each. The operations below
// work on them as CPython 3.6's audioop does, bit for bit; those that
// convert between widths, encodings and rates go through a 32-bit
// "scaled" value, the sample shifted to the top of an int32.

// opError is an audioop.error to raise with msg.
type opError struct{ msg string }

func (e *opError) Error() string { return e.msg }

func fail(msg string) error { return &opError{msg} }

// errMemory is the MemoryError of an output that cannot be made.
var errMemory = errors.New("not enough memory for output buffer")

// limits of a sample of each width.
var (
	topOf    = [5]int64{0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff}
	bottomOf = [5]int64{0, -0x80, -0x8000, -0x800000, -0x80000000}
)

func checkWidth(width int) error {
	if width < 1 || width > 4 {
		return fail("Size should be 1, 2, 3 or 4")
	}
	return nil
}

// checkFrames checks the width and that frag holds whole samples.
func checkFrames(frag []byte, width int) error {
	if err := checkWidth(width); err != nil {
		return err
	}
	if len(frag)%width != 0 {
		return fail("not a whole number of frames")
	}
	return nil
}

// sampleAt is the signed sample at byte offset off.
func sampleAt(frag []byte, width, off int) int32 {
	p := frag[off : off+width]
	switch width {
	case 1:
		return int32(int8(p[0]))
	case 2:
		return int32(int16(uint16(p[0]) | uint16(p[1])<<8))
	case 3:
		u := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16
		return int32(u<<8) >> 8
	}
	return int32(uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24)
}

// putSample stores the low width bytes of v at byte offset off.
func putSample(out []byte, width, off int, v int32) {
	u := uint32(v)
	for k := 0; k < width; k++ {
		out[off+k] = byte(u >> (8 * k))
	}
}

// scaledAt is the sample at off moved to the top of 32 bits.
func scaledAt(frag []byte, width, off int) int32 {
	return int32(uint32(sampleAt(frag, width, off)) << (32 - 8*width))
}

// putScaled stores the top width bytes of v.
func putScaled(out []byte, width, off int, v int32) {
	putSample(out, width, off, v>>(32-8*width))
}

// clampFloat is a computed value made a sample: clipped to the width's
// range (anything below bottom+1 becomes bottom) and rounded down.
func clampFloat(v float64, width int) int32 {
	top, bottom := float64(topOf[width]), float64(bottomOf[width])
	switch {
	case math.IsNaN(v):
		// What a C conversion of NaN to int gives on x86.
		return math.MinInt32
	case v > top:
		v = top
	case v < bottom+1:
		v = bottom
	}
	return int32(math.Floor(v))
}

// samples calls fn with each sample of frag in order.
func samples(frag []byte, width int, fn func(v int32)) {
	for off := 0; off+width <= len(frag); off += width {
		fn(sampleAt(frag, width, off))
	}
}

func getsample(frag []byte, width, index int) (int32, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	if index < 0 || index >= len(frag)/width {
		return 0, fail("Index out of range")
	}
	return sampleAt(frag, width, index*width), nil
}

// magnitude is |v| as the unsigned number CPython computes.
func magnitude(v int32) uint32 {
	if v < 0 {
		return uint32(-int64(v))
	}
	return uint32(v)
}

func maxAbs(frag []byte, width int) (uint32, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	var most uint32
	samples(frag, width, func(v int32) {
		if m := magnitude(v); m > most {
			most = m
		}
	})
	return most, nil
}

func minmax(frag []byte, width int) (lo, hi int32, err error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, 0, err
	}
	lo, hi = math.MaxInt32, math.MinInt32
	samples(frag, width, func(v int32) {
		lo, hi = min(lo, v), max(hi, v)
	})
	return lo, hi, nil
}

func avg(frag []byte, width int) (int64, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	if len(frag) == 0 {
		return 0, nil
	}
	total := 0.0
	samples(frag, width, func(v int32) { total += float64(v) })
	return int64(math.Floor(total / float64(len(frag)/width))), nil
}

func rms(frag []byte, width int) (uint32, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	if len(frag) == 0 {
		return 0, nil
	}
	squares := 0.0
	samples(frag, width, func(v int32) { squares += float64(v) * float64(v) })
	return uint32(math.Sqrt(squares / float64(len(frag)/width))), nil
}

// peaks calls fn with the distance between each pair of successive
// turning points of frag (where the slope changes sign; flat runs are
// passed over).
func peaks(frag []byte, width int, fn func(d uint32)) {
	if len(frag) <= width {
		return
	}
	prev := sampleAt(frag, width, 0)
	falling, slopeKnown := false, false
	var extreme int32
	haveExtreme := false
	for off := width; off < len(frag); off += width {
		v := sampleAt(frag, width, off)
		if v == prev {
			continue
		}
		down := v < prev
		if slopeKnown && down != falling {
			if haveExtreme {
				if prev < extreme {
					fn(uint32(extreme) - uint32(prev))
				} else {
					fn(uint32(prev) - uint32(extreme))
				}
			}
			haveExtreme, extreme = true, prev
		}
		prev, falling, slopeKnown = v, down, true
	}
}

func avgpp(frag []byte, width int) (uint32, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	total, n := 0.0, 0
	peaks(frag, width, func(d uint32) { total += float64(d); n++ })
	if n == 0 {
		return 0, nil
	}
	return uint32(total / float64(n)), nil
}

func maxpp(frag []byte, width int) (uint32, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	var most uint32
	peaks(frag, width, func(d uint32) { most = max(most, d) })
	return most, nil
}

func cross(frag []byte, width int) (int, error) {
	if err := checkFrames(frag, width); err != nil {
		return 0, err
	}
	crossings := -1
	state := 2 // neither side yet
	samples(frag, width, func(v int32) {
		side := 0
		if v < 0 {
			side = 1
		}
		if side != state {
			crossings++
		}
		state = side
	})
	return crossings, nil
}

// mapSamples makes a fragment of the same width from each sample.
func mapSamples(frag []byte, width int, fn func(v int32) int32) []byte {
	out := make([]byte, len(frag))
	for off := 0; off+width <= len(frag); off += width {
		putSample(out, width, off, fn(sampleAt(frag, width, off)))
	}
	return out
}

func mul(frag []byte, width int, factor float64) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	return mapSamples(frag, width, func(v int32) int32 {
		return clampFloat(float64(v)*factor, width)
	}), nil
}

func tomono(frag []byte, width int, lf, rf float64) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	if len(frag)%(2*width) != 0 {
		return nil, fail("not a whole number of frames")
	}
	out := make([]byte, len(frag)/2)
	for off, o := 0, 0; off < len(frag); off, o = off+2*width, o+width {
		l, r := float64(sampleAt(frag, width, off)), float64(sampleAt(frag, width, off+width))
		putSample(out, width, o, clampFloat(l*lf+r*rf, width))
	}
	return out, nil
}

func tostereo(frag []byte, width int, lf, rf float64) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	if len(frag) > math.MaxInt/2 {
		return nil, errMemory
	}
	out := make([]byte, 2*len(frag))
	for off := 0; off < len(frag); off += width {
		v := float64(sampleAt(frag, width, off))
		putSample(out, width, 2*off, clampFloat(v*lf, width))
		putSample(out, width, 2*off+width, clampFloat(v*rf, width))
	}
	return out, nil
}

func add(a, b []byte, width int) ([]byte, error) {
	if err := checkFrames(a, width); err != nil {
		return nil, err
	}
	if len(a) != len(b) {
		return nil, fail("Lengths should be the same")
	}
	out := make([]byte, len(a))
	for off := 0; off < len(a); off += width {
		sum := int64(sampleAt(a, width, off)) + int64(sampleAt(b, width, off))
		sum = min(max(sum, bottomOf[width]), topOf[width])
		putSample(out, width, off, int32(sum))
	}
	return out, nil
}

// bias adds to each sample as an unsigned number, wrapping around.
func bias(frag []byte, width int, amount int32) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	return mapSamples(frag, width, func(v int32) int32 {
		return int32(uint32(v) + uint32(amount))
	}), nil
}

func reverse(frag []byte, width int) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	out := make([]byte, len(frag))
	for off := 0; off < len(frag); off += width {
		copy(out[len(frag)-off-width:], frag[off:off+width])
	}
	return out, nil
}

func byteswap(frag []byte, width int) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	out := make([]byte, len(frag))
	for off := 0; off < len(frag); off += width {
		for k := 0; k < width; k++ {
			out[off+k] = frag[off+width-1-k]
		}
	}
	return out, nil
}

func lin2lin(frag []byte, width, newWidth int) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	if err := checkWidth(newWidth); err != nil {
		return nil, err
	}
	n := len(frag) / width
	if n > math.MaxInt/newWidth {
		return nil, errMemory
	}
	out := make([]byte, n*newWidth)
	for i := 0; i < n; i++ {
		putScaled(out, newWidth, i*newWidth, scaledAt(frag, width, i*width))
	}
	return out, nil
}
