package bz2

/*
#cgo LDFLAGS: -lbz2
#include <stdlib.h>
#include <bzlib.h>

// The bz_stream lives in C memory: libbzip2 keeps a pointer back to it in
// its state. Go buffers are lent to it for one call only, so bzx_step sets
// next_in/next_out, runs the library once and clears them again.

static bz_stream *bzx_new(void) { return calloc(1, sizeof(bz_stream)); }

static int bzx_compress_init(bz_stream *s, int level) { return BZ2_bzCompressInit(s, level, 0, 0); }

static int bzx_decompress_init(bz_stream *s) { return BZ2_bzDecompressInit(s, 0, 0); }

// bzx_step runs BZ2_bzCompress (compressing != 0, with action) or
// BZ2_bzDecompress once and reports the bytes consumed and produced.
static int bzx_step(bz_stream *s, int compressing, int action, char *in, unsigned int inlen,
		char *out, unsigned int outlen, unsigned int *consumed, unsigned int *produced) {
	int ret;
	s->next_in = in;
	s->avail_in = inlen;
	s->next_out = out;
	s->avail_out = outlen;
	ret = compressing ? BZ2_bzCompress(s, action) : BZ2_bzDecompress(s);
	*consumed = inlen - s->avail_in;
	*produced = outlen - s->avail_out;
	s->next_in = NULL;
	s->avail_in = 0;
	s->next_out = NULL;
	s->avail_out = 0;
	return ret;
}

static void bzx_end(bz_stream *s, int compressing) {
	if (compressing) {
		BZ2_bzCompressEnd(s);
	} else {
		BZ2_bzDecompressEnd(s);
	}
}
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// libbzip2's return codes and actions.
const (
	bzRun           = int(C.BZ_RUN)
	bzFinish        = int(C.BZ_FINISH)
	bzOK            = int(C.BZ_OK)
	bzRunOK         = int(C.BZ_RUN_OK)
	bzFinishOK      = int(C.BZ_FINISH_OK)
	bzStreamEnd     = int(C.BZ_STREAM_END)
	bzSequenceError = int(C.BZ_SEQUENCE_ERROR)
	bzParamError    = int(C.BZ_PARAM_ERROR)
	bzMemError      = int(C.BZ_MEM_ERROR)
	bzDataError     = int(C.BZ_DATA_ERROR)
	bzDataErrorMag  = int(C.BZ_DATA_ERROR_MAGIC)
	bzIOError       = int(C.BZ_IO_ERROR)
	bzUnexpectedEOF = int(C.BZ_UNEXPECTED_EOF)
)

// maxChunk bounds one call's buffers: libbzip2 counts in unsigned int.
const maxChunk = 1 << 30

// stream is one bz_stream, compressing or decompressing. Callers hold mu
// (through locked) around every method.
type stream struct {
	mu          sync.Mutex
	s           *C.bz_stream
	compressing bool
	live        *bool // own allocation: read by the cleanup, which must not reach the stream
}

type bzState struct {
	s           *C.bz_stream
	compressing bool
	live        *bool
}

func freeStream(st bzState) {
	if *st.live {
		C.bzx_end(st.s, boolInt(st.compressing))
	}
	C.free(unsafe.Pointer(st.s))
}

func boolInt(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

// newStream allocates and initialises a bz_stream; level is the block size
// (1-9) when compressing. It returns libbzip2's code and, on success, a
// stream freed by a cleanup when it is collected.
func newStream(compressing bool, level int) (*stream, int) {
	s := C.bzx_new()
	if s == nil {
		return nil, bzMemError
	}
	var code int
	if compressing {
		code = int(C.bzx_compress_init(s, C.int(level)))
	} else {
		code = int(C.bzx_decompress_init(s))
	}
	if code != bzOK {
		C.free(unsafe.Pointer(s))
		return nil, code
	}
	live := new(bool)
	*live = true
	st := &stream{s: s, compressing: compressing, live: live}
	runtime.AddCleanup(st, freeStream, bzState{s: s, compressing: compressing, live: live})
	return st, bzOK
}

// step runs the library once over in and out.
func (st *stream) step(action int, in, out []byte) (code, consumed, produced int) {
	if !*st.live {
		return bzSequenceError, 0, 0
	}
	in = in[:min(len(in), maxChunk)]
	out = out[:min(len(out), maxChunk)]
	var inp, outp *C.char
	if len(in) > 0 {
		inp = (*C.char)(unsafe.Pointer(&in[0]))
	}
	if len(out) > 0 {
		outp = (*C.char)(unsafe.Pointer(&out[0]))
	}
	var c, p C.uint
	code = int(C.bzx_step(st.s, boolInt(st.compressing), C.int(action), inp, C.uint(len(in)), outp, C.uint(len(out)), &c, &p))
	runtime.KeepAlive(in)
	runtime.KeepAlive(out)
	return code, int(c), int(p)
}

// end releases libbzip2's state; the bz_stream itself goes with the cleanup.
func (st *stream) end() {
	if *st.live {
		C.bzx_end(st.s, boolInt(st.compressing))
		*st.live = false
	}
}

// locked runs fn holding the stream's lock and not the interpreter's; fn
// must not touch Python objects.
func (st *stream) locked(fn func()) {
	gil.Unlocked(func() {
		st.mu.Lock()
		defer st.mu.Unlock()
		fn()
	})
}

// compress feeds in with action (bzRun or bzFinish) until the library has
// taken all of it (bzRun) or ended the stream (bzFinish), and returns the
// output and the last code.
func (st *stream) compress(in []byte, action int) ([]byte, int) {
	out := make([]byte, 0, 8192)
	for {
		if action == bzRun && len(in) == 0 {
			// libbzip2 calls a step without progress a parameter error.
			return out, bzRunOK
		}
		if len(out) == cap(out) {
			out = append(out[:cap(out)], make([]byte, cap(out))...)[:len(out)]
		}
		code, consumed, produced := st.step(action, in, out[len(out):cap(out)])
		in = in[consumed:]
		out = out[:len(out)+produced]
		switch {
		case code == bzStreamEnd:
			return out, code
		case code != bzRunOK && code != bzFinishOK:
			return out, code
		}
	}
}

// decompress feeds in until the stream ends, the input runs out with the
// library giving nothing more, or limit bytes are out (limit < 0: none).
// It returns the output, the input left and the last code; full tells
// whether it stopped because the output reached the limit.
func (st *stream) decompress(in []byte, limit int) (out, rest []byte, code int, full bool) {
	size := 8192
	if limit >= 0 {
		size = min(size, limit)
	}
	out = make([]byte, 0, size)
	for {
		if limit >= 0 && len(out) >= limit {
			return out, in, bzOK, true
		}
		if len(out) == cap(out) {
			grow := max(cap(out), 1)
			if limit >= 0 {
				grow = min(grow, limit-len(out))
			}
			out = append(out[:cap(out)], make([]byte, grow)...)[:len(out)]
		}
		end := cap(out)
		if limit >= 0 {
			end = min(end, limit)
		}
		space := end - len(out)
		var consumed, produced int
		code, consumed, produced = st.step(0, in, out[len(out):end])
		in = in[consumed:]
		out = out[:len(out)+produced]
		if code != bzOK {
			return out, in, code, false
		}
		if len(in) == 0 && produced < space {
			return out, in, code, false
		}
	}
}
