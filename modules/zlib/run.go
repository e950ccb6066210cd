package zlib

import "github.com/gpython-ssl/gpython-ssl/internal/pyutil"

// run feeds in to the stream with the flush mode until zlib has consumed
// it all and has no more output to give, or limit bytes are out (limit 0:
// no limit), or zlib stops with any code other than Z_OK and Z_BUF_ERROR
// (Z_STREAM_END, Z_NEED_DICT, an error). The output buffer starts at
// hint bytes and doubles, as CPython's does. It returns the output, the
// input not consumed and zlib's last code. It runs without the
// interpreter lock: it touches no Python object.
func (s *stream) run(in []byte, flush, hint, limit int) (out, rest []byte, code int) {
	size := max(hint, 1)
	if limit > 0 {
		size = min(size, limit)
	}
	out = make([]byte, 0, size)
	for {
		if limit > 0 && len(out) >= limit {
			return out, in, code
		}
		if len(out) == cap(out) {
			grow := cap(out)
			if limit > 0 {
				grow = min(grow, limit-len(out))
			}
			if pyutil.CheckAlloc(len(out)+grow) != nil {
				return out, in, zMemError
			}
			out = append(out[:cap(out)], make([]byte, grow)...)[:len(out)]
		}
		var consumed, produced int
		end := cap(out) // append may have rounded the capacity up
		if limit > 0 {
			end = min(end, limit)
		}
		space := end - len(out)
		code, consumed, produced = s.step(in, out[len(out):end], flush)
		in = in[consumed:]
		out = out[:len(out)+produced]
		if code != zOK && code != zBufError {
			return out, in, code
		}
		if code == zBufError && consumed == 0 && produced == 0 {
			// No progress is possible: more input or output space is
			// needed than there is.
			if len(out) < cap(out) {
				return out, in, code
			}
			continue
		}
		if len(in) == 0 && produced < space {
			// Everything consumed and zlib stopped before filling the
			// buffer: it has nothing more to give for this flush mode.
			return out, in, code
		}
	}
}

// deflateAll compresses data with the flush mode in one go, as
// zlib.compress does with Z_FINISH.
func (s *stream) deflateAll(data []byte, flush int) ([]byte, int) {
	out, _, code := s.run(data, flush, defBufSize, 0)
	return out, code
}

// inflateAll decompresses a whole stream, as zlib.decompress does: the
// code is Z_STREAM_END when the stream ended, Z_OK or Z_BUF_ERROR when
// the input ran out first.
func (s *stream) inflateAll(data []byte, bufsize int) ([]byte, int) {
	out, _, code := s.run(data, zSyncFlush, bufsize, 0)
	return out, code
}
