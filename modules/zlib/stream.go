package zlib

/*
#cgo pkg-config: zlib
#include <stdlib.h>
#include <zlib.h>

// The z_stream lives in C memory, so that zlib's internal pointer back to
// it stays valid; Go buffers are lent to it only for the length of one
// call (cgo forbids keeping them), so every call below sets next_in and
// next_out, runs zlib, records how far it got and clears them again.

static z_stream *zz_new(void) { return calloc(1, sizeof(z_stream)); }

static int zz_deflate_init(z_stream *s, int level, int method, int wbits, int memlevel, int strategy) {
	return deflateInit2(s, level, method, wbits, memlevel, strategy);
}

static int zz_inflate_init(z_stream *s, int wbits) { return inflateInit2(s, wbits); }

// zz_step runs deflate (deflating != 0) or inflate once over in/out and
// reports the bytes consumed and produced.
static int zz_step(z_stream *s, int deflating, const unsigned char *in, unsigned int inlen,
		unsigned char *out, unsigned int outlen, int flush, unsigned int *consumed, unsigned int *produced) {
	int err;
	s->next_in = (unsigned char *)in;
	s->avail_in = inlen;
	s->next_out = out;
	s->avail_out = outlen;
	err = deflating ? deflate(s, flush) : inflate(s, flush);
	*consumed = inlen - s->avail_in;
	*produced = outlen - s->avail_out;
	s->next_in = NULL;
	s->avail_in = 0;
	s->next_out = NULL;
	s->avail_out = 0;
	return err;
}

static int zz_set_dict(z_stream *s, int deflating, const unsigned char *d, unsigned int n) {
	return deflating ? deflateSetDictionary(s, d, n) : inflateSetDictionary(s, d, n);
}

static int zz_copy(z_stream *dst, z_stream *src, int deflating) {
	return deflating ? deflateCopy(dst, src) : inflateCopy(dst, src);
}

static void zz_end(z_stream *s, int deflating) {
	if (deflating) {
		deflateEnd(s);
	} else {
		inflateEnd(s);
	}
}

// zz_msg is zlib's message of the last error. It is not cleared between
// calls: CPython reports it as it stands, stale or not, and so do we.
static const char *zz_msg(z_stream *s) { return s->msg; }

// zz_empty stands in for an empty buffer: zlib treats a NULL buffer as
// "reset" (crc32, adler32) or an error (a preset dictionary), where
// CPython always passes a real pointer.
static unsigned char *zz_empty(void) {
	static unsigned char b[1];
	return b;
}

static unsigned long zz_crc32(unsigned long v, const unsigned char *p, unsigned int n) { return crc32(v, p, n); }
static unsigned long zz_adler32(unsigned long v, const unsigned char *p, unsigned int n) { return adler32(v, p, n); }
*/
import "C"

import (
	"math"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"runtime"
	"sync"
	"unsafe"
)

// zlib's return codes, as the Python module reports them.
const (
	zOK           = int(C.Z_OK)
	zStreamEnd    = int(C.Z_STREAM_END)
	zNeedDict     = int(C.Z_NEED_DICT)
	zStreamError  = int(C.Z_STREAM_ERROR)
	zDataError    = int(C.Z_DATA_ERROR)
	zMemError     = int(C.Z_MEM_ERROR)
	zBufError     = int(C.Z_BUF_ERROR)
	zVersionError = int(C.Z_VERSION_ERROR)
)

// maxChunk bounds one call's input and output: zlib counts in unsigned int.
const maxChunk = math.MaxUint32

// stream is one z_stream, compressing or decompressing. Its methods are
// not safe for concurrent use; Compress and Decompress hold mu around
// them, as CPython's objects hold their lock.
type stream struct {
	mu        sync.Mutex
	z         *C.z_stream
	deflating bool
	// live is true from initialisation until end(); it is its own
	// allocation because the cleanup that frees a forgotten stream reads
	// it and must not reach the stream.
	live *bool
}

// zstate is what the cleanup needs to free a forgotten stream.
type zstate struct {
	z         *C.z_stream
	deflating bool
	live      *bool
}

func freeStream(st zstate) {
	if *st.live {
		C.zz_end(st.z, boolInt(st.deflating))
	}
	C.free(unsafe.Pointer(st.z))
}

func boolInt(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

// newStream allocates a z_stream and initialises it with init, which
// returns zlib's code; on failure the memory is freed and the code
// returned with a nil stream.
func newStream(deflating bool, init func(z *C.z_stream) C.int) (*stream, int, string) {
	z := C.zz_new()
	if z == nil {
		return nil, zMemError, ""
	}
	if code := int(init(z)); code != zOK {
		msg := cMsg(z)
		C.free(unsafe.Pointer(z))
		return nil, code, msg
	}
	return adopt(z, deflating), zOK, ""
}

// adopt wraps an initialised z_stream, freeing it when the wrapper is
// collected: a script need not call flush() for the memory to go.
func adopt(z *C.z_stream, deflating bool) *stream {
	live := new(bool)
	*live = true
	s := &stream{z: z, deflating: deflating, live: live}
	runtime.AddCleanup(s, freeStream, zstate{z: z, deflating: deflating, live: live})
	return s
}

func newDeflate(level, method, wbits, memLevel, strategy int) (*stream, int, string) {
	return newStream(true, func(z *C.z_stream) C.int {
		return C.zz_deflate_init(z, C.int(level), C.int(method), C.int(wbits), C.int(memLevel), C.int(strategy))
	})
}

func newInflate(wbits int) (*stream, int, string) {
	return newStream(false, func(z *C.z_stream) C.int { return C.zz_inflate_init(z, C.int(wbits)) })
}

// step runs zlib once over in and out with the flush mode, returning its
// code and how many bytes it consumed and produced.
func (s *stream) step(in, out []byte, flush int) (code, consumed, produced int) {
	if !*s.live {
		// What zlib answers for a stream that was ended.
		return zStreamError, 0, 0
	}
	if len(in) > maxChunk {
		in = in[:maxChunk]
	}
	if len(out) > maxChunk {
		out = out[:maxChunk]
	}
	var inp, outp *C.uchar
	if len(in) > 0 {
		inp = (*C.uchar)(unsafe.Pointer(&in[0]))
	}
	if len(out) > 0 {
		outp = (*C.uchar)(unsafe.Pointer(&out[0]))
	}
	var c, p C.uint
	code = int(C.zz_step(s.z, boolInt(s.deflating), inp, C.uint(len(in)), outp, C.uint(len(out)), C.int(flush), &c, &p))
	runtime.KeepAlive(in)
	runtime.KeepAlive(out)
	return code, int(c), int(p)
}

// locked runs fn holding the stream's lock and not the interpreter's:
// fn must not touch Python objects. Taking the lock without the
// interpreter's means a thread waiting for a busy stream never holds up
// the others.
func (s *stream) locked(fn func()) {
	gil.Unlocked(func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		fn()
	})
}

// setDictionary gives the stream its preset dictionary.
func (s *stream) setDictionary(d []byte) int {
	if !*s.live {
		return zStreamError
	}
	p := C.zz_empty()
	if len(d) > 0 {
		p = (*C.uchar)(unsafe.Pointer(&d[0]))
	}
	code := int(C.zz_set_dict(s.z, boolInt(s.deflating), p, C.uint(len(d))))
	runtime.KeepAlive(d)
	return code
}

// copy returns an independent copy of a live stream.
func (s *stream) copy() (*stream, int) {
	z := C.zz_new()
	if z == nil {
		return nil, zMemError
	}
	if code := int(C.zz_copy(z, s.z, boolInt(s.deflating))); code != zOK {
		C.free(unsafe.Pointer(z))
		return nil, code
	}
	return adopt(z, s.deflating), zOK
}

// end releases zlib's state; the z_stream itself is freed by the cleanup.
func (s *stream) end() {
	if *s.live {
		C.zz_end(s.z, boolInt(s.deflating))
		*s.live = false
	}
}

// msg is zlib's message for the last error, "" when it set none.
func (s *stream) msg() string { return cMsg(s.z) }

func cMsg(z *C.z_stream) string {
	if m := C.zz_msg(z); m != nil {
		return C.GoString(m)
	}
	return ""
}

// checksum runs crc32 or adler32 over data from value, in chunks zlib's
// unsigned int lengths can take.
func checksum(adler bool, value uint32, data []byte) uint32 {
	v := C.ulong(value)
	for first := true; first || len(data) > 0; first = false {
		// Called once even for no data: zlib then reduces the start
		// value modulo its base (adler32), as CPython's call does.
		n := min(len(data), 1<<30)
		p := C.zz_empty()
		if n > 0 {
			p = (*C.uchar)(unsafe.Pointer(&data[0]))
		}
		if adler {
			v = C.zz_adler32(v, p, C.uint(n))
		} else {
			v = C.zz_crc32(v, p, C.uint(n))
		}
		data = data[n:]
	}
	runtime.KeepAlive(data)
	return uint32(v)
}

// Versions of the zlib compiled against and running.
var (
	headerVersion  = C.ZLIB_VERSION
	runtimeVersion = C.GoString(C.zlibVersion())
)
