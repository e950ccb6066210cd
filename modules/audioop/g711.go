package audioop

// The G.711 encodings: u-law and A-law bytes of 16-bit samples, worked
// out from the encodings' definitions (sign, 3-bit segment, 4-bit step).

// ulawDecode is the 16-bit value of a u-law byte.
func ulawDecode(code byte) int32 {
	c := ^code
	mag := (int32(c&0x0f)<<3 + 0x84) << ((c & 0x70) >> 4)
	if c&0x80 != 0 {
		return 0x84 - mag
	}
	return mag - 0x84
}

// alawDecode is the 16-bit value of an A-law byte.
func alawDecode(code byte) int32 {
	c := code ^ 0x55
	seg := (c & 0x70) >> 4
	mag := int32(c&0x0f) << 4
	if seg == 0 {
		mag += 8
	} else {
		mag = (mag + 0x108) << (seg - 1)
	}
	if c&0x80 != 0 {
		return mag
	}
	return -mag
}

// segment is the first i with v <= ends[i], or len(ends).
func segment(v int32, ends *[8]int32) int32 {
	for i, e := range ends {
		if v <= e {
			return int32(i)
		}
	}
	return 8
}

var (
	ulawEnds = [8]int32{0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff}
	alawEnds = [8]int32{0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff}
)

// ulawEncode is the u-law byte of a 16-bit value.
func ulawEncode(v int32) byte {
	v >>= 2
	invert := byte(0xff)
	if v < 0 {
		v, invert = -v, 0x7f
	}
	v = min(v, 32635) + 0x21
	seg := segment(v, &ulawEnds)
	if seg == 8 {
		return 0x7f ^ invert
	}
	return (byte(seg<<4) | byte((v>>(seg+1))&0x0f)) ^ invert
}

// alawEncode is the A-law byte of a 16-bit value.
func alawEncode(v int32) byte {
	v >>= 3
	flip := byte(0xd5)
	if v < 0 {
		v, flip = -v-1, 0x55
	}
	seg := segment(v, &alawEnds)
	if seg == 8 {
		return 0x7f ^ flip
	}
	shift := max(seg, 1)
	return (byte(seg<<4) | byte((v>>shift)&0x0f)) ^ flip
}

// toLaw encodes each sample of frag with enc (one byte a sample).
func toLaw(frag []byte, width int, enc func(int32) byte) ([]byte, error) {
	if err := checkFrames(frag, width); err != nil {
		return nil, err
	}
	out := make([]byte, len(frag)/width)
	for i := range out {
		out[i] = enc(scaledAt(frag, width, i*width) >> 16)
	}
	return out, nil
}

// fromLaw decodes each byte of frag with dec into a sample of width.
func fromLaw(frag []byte, width int, dec func(byte) int32) ([]byte, error) {
	if err := checkWidth(width); err != nil {
		return nil, err
	}
	if len(frag) > maxLen/width {
		return nil, errMemory
	}
	out := make([]byte, len(frag)*width)
	for i, c := range frag {
		putScaled(out, width, i*width, dec(c)<<16)
	}
	return out, nil
}
