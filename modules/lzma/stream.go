package lzma

/*
#cgo pkg-config: liblzma
#include <stdlib.h>
#include <string.h>
#include <lzma.h>

// The lzma_stream lives in C memory, as liblzma keeps internal pointers to
// it. Go buffers are lent for one lzma_code call at a time.

static lzma_stream *lzx_new(void) { return calloc(1, sizeof(lzma_stream)); }

static lzma_ret lzx_step(lzma_stream *s, lzma_action action, const uint8_t *in, size_t inlen,
		uint8_t *out, size_t outlen, size_t *consumed, size_t *produced) {
	lzma_ret ret;
	s->next_in = in;
	s->avail_in = inlen;
	s->next_out = out;
	s->avail_out = outlen;
	ret = lzma_code(s, action);
	*consumed = inlen - s->avail_in;
	*produced = outlen - s->avail_out;
	s->next_in = NULL;
	s->avail_in = 0;
	s->next_out = NULL;
	s->avail_out = 0;
	return ret;
}

// A filter chain is an array of LZMA_FILTERS_MAX + 1 entries whose options
// are malloc'ed; lzx_chain_free frees both.
static lzma_filter *lzx_chain_new(void) {
	lzma_filter *f = calloc(LZMA_FILTERS_MAX + 1, sizeof(lzma_filter));
	int i;
	if (f == NULL) return NULL;
	for (i = 0; i <= LZMA_FILTERS_MAX; i++) f[i].id = LZMA_VLI_UNKNOWN;
	return f;
}

static void lzx_chain_free(lzma_filter *f) {
	int i;
	for (i = 0; i <= LZMA_FILTERS_MAX; i++) free(f[i].options);
	free(f);
}

static void *lzx_options(lzma_filter *f, int i, lzma_vli id, size_t size) {
	f[i].id = id;
	f[i].options = calloc(1, size);
	return f[i].options;
}

static lzma_options_lzma *lzx_lzma_options(lzma_filter *f, int i, lzma_vli id) {
	return lzx_options(f, i, id, sizeof(lzma_options_lzma));
}
static lzma_options_delta *lzx_delta_options(lzma_filter *f, int i, lzma_vli id) {
	return lzx_options(f, i, id, sizeof(lzma_options_delta));
}
static lzma_options_bcj *lzx_bcj_options(lzma_filter *f, int i, lzma_vli id) {
	return lzx_options(f, i, id, sizeof(lzma_options_bcj));
}

// lzx_alone_encoder starts a .lzma encoder from a preset (chain NULL) or
// from the options of the chain's single LZMA1 filter.
static lzma_ret lzx_alone_encoder(lzma_stream *s, uint32_t preset, lzma_filter *chain) {
	lzma_options_lzma opt;
	if (chain != NULL) {
		return lzma_alone_encoder(s, chain[0].options);
	}
	if (lzma_lzma_preset(&opt, preset)) return LZMA_OPTIONS_ERROR;
	return lzma_alone_encoder(s, &opt);
}

// lzx_decode_props decodes filter properties into a fresh chain entry 0;
// the caller frees the chain.
static lzma_ret lzx_decode_props(lzma_filter *f, lzma_vli id, const uint8_t *p, size_t n) {
	f[0].id = id;
	return lzma_properties_decode(&f[0], NULL, p, n);
}

static lzma_ret lzx_encode_props(lzma_filter *f, uint8_t *out, uint32_t *size) {
	lzma_ret r = lzma_properties_size(size, &f[0]);
	if (r != LZMA_OK || out == NULL) return r;
	return lzma_properties_encode(&f[0], out);
}
*/
import "C"

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// liblzma's codes, container formats and checks as the module numbers them.
const (
	lzOK               = int(C.LZMA_OK)
	lzStreamEnd        = int(C.LZMA_STREAM_END)
	lzNoCheck          = int(C.LZMA_NO_CHECK)
	lzUnsupportedCheck = int(C.LZMA_UNSUPPORTED_CHECK)
	lzGetCheck         = int(C.LZMA_GET_CHECK)
	lzMemError         = int(C.LZMA_MEM_ERROR)
	lzMemlimitError    = int(C.LZMA_MEMLIMIT_ERROR)
	lzFormatError      = int(C.LZMA_FORMAT_ERROR)
	lzOptionsError     = int(C.LZMA_OPTIONS_ERROR)
	lzDataError        = int(C.LZMA_DATA_ERROR)
	lzBufError         = int(C.LZMA_BUF_ERROR)
	lzProgError        = int(C.LZMA_PROG_ERROR)

	actRun    = C.LZMA_RUN
	actFinish = C.LZMA_FINISH

	formatAuto  = 0
	formatXZ    = 1
	formatAlone = 2
	formatRaw   = 3

	checkUnknown = int(C.LZMA_CHECK_ID_MAX) + 1
	filtersMax   = int(C.LZMA_FILTERS_MAX)
)

// stream is one lzma_stream. Callers hold mu (through locked).
type stream struct {
	mu   sync.Mutex
	s    *C.lzma_stream
	live *bool // own allocation, read by the cleanup
}

type lzState struct {
	s    *C.lzma_stream
	live *bool
}

func freeStream(st lzState) {
	if *st.live {
		C.lzma_end(st.s)
	}
	C.free(unsafe.Pointer(st.s))
}

// newStream allocates an lzma_stream and runs init on it, returning
// liblzma's code and, on success, a stream freed when it is collected.
func newStream(init func(s *C.lzma_stream) C.lzma_ret) (*stream, int) {
	s := C.lzx_new()
	if s == nil {
		return nil, lzMemError
	}
	if code := int(init(s)); code != lzOK {
		C.lzma_end(s)
		C.free(unsafe.Pointer(s))
		return nil, code
	}
	live := new(bool)
	*live = true
	st := &stream{s: s, live: live}
	runtime.AddCleanup(st, freeStream, lzState{s: s, live: live})
	return st, lzOK
}

// end releases liblzma's state; the lzma_stream goes with the cleanup.
func (st *stream) end() {
	if *st.live {
		C.lzma_end(st.s)
		*st.live = false
	}
}

// locked runs fn holding the stream's lock and not the interpreter's.
func (st *stream) locked(fn func()) {
	gil.Unlocked(func() {
		st.mu.Lock()
		defer st.mu.Unlock()
		fn()
	})
}

func (st *stream) step(action C.lzma_action, in, out []byte) (code, consumed, produced int) {
	if !*st.live {
		return lzProgError, 0, 0
	}
	var inp, outp *C.uint8_t
	if len(in) > 0 {
		inp = (*C.uint8_t)(unsafe.Pointer(&in[0]))
	}
	if len(out) > 0 {
		outp = (*C.uint8_t)(unsafe.Pointer(&out[0]))
	}
	var c, p C.size_t
	code = int(C.lzx_step(st.s, action, inp, C.size_t(len(in)), outp, C.size_t(len(out)), &c, &p))
	runtime.KeepAlive(in)
	runtime.KeepAlive(out)
	return code, int(c), int(p)
}

// check is the integrity check of the stream being decoded.
func (st *stream) check() int { return int(C.lzma_get_check(st.s)) }

// encode feeds in with action (actRun or actFinish) until liblzma has
// taken it all (actRun) or ended the stream (actFinish).
func (st *stream) encode(in []byte, action C.lzma_action) ([]byte, int) {
	out := make([]byte, 0, 8192)
	for {
		if len(out) == cap(out) {
			out = append(out[:cap(out)], make([]byte, cap(out))...)[:len(out)]
		}
		space := cap(out) - len(out)
		code, consumed, produced := st.step(action, in, out[len(out):cap(out)])
		in = in[consumed:]
		out = out[:len(out)+produced]
		if code == lzBufError && len(in) == 0 && produced < space {
			code = lzOK
		}
		if code != lzOK {
			return out, code
		}
		if action == actRun && len(in) == 0 && produced < space {
			return out, code
		}
	}
}

// decoded is the outcome of one decode call.
type decoded struct {
	out   []byte
	rest  []byte // input not consumed
	code  int    // lzOK, lzStreamEnd or an error
	full  bool   // stopped because the output reached the limit
	check int    // the stream's check once known, else -1
}

// decode feeds in until the stream ends, the input runs out with liblzma
// giving nothing more, or limit bytes are out (limit < 0: no limit).
func (st *stream) decode(in []byte, limit int) decoded {
	r := decoded{check: -1}
	size := 8192
	if limit >= 0 {
		size = min(size, limit)
	}
	r.out = make([]byte, 0, size)
	for {
		if limit >= 0 && len(r.out) >= limit {
			r.rest, r.full = in, true
			return r
		}
		if len(r.out) == cap(r.out) {
			grow := max(cap(r.out), 1)
			if limit >= 0 {
				grow = min(grow, limit-len(r.out))
			}
			r.out = append(r.out[:cap(r.out)], make([]byte, grow)...)[:len(r.out)]
		}
		end := cap(r.out)
		if limit >= 0 {
			end = min(end, limit)
		}
		space := end - len(r.out)
		code, consumed, produced := st.step(actRun, in, r.out[len(r.out):end])
		in = in[consumed:]
		r.out = r.out[:len(r.out)+produced]
		switch code {
		case lzGetCheck, lzNoCheck:
			r.check = st.check()
			code = lzOK
		case lzBufError:
			if len(in) == 0 && produced < space {
				code = lzOK
			}
		case lzStreamEnd:
			r.check = st.check()
		}
		if code != lzOK {
			r.rest, r.code = in, code
			return r
		}
		if len(in) == 0 && produced < space {
			r.rest = in
			return r
		}
	}
}

// chain is a filter chain in C memory; free releases it.
type chain struct{ f *C.lzma_filter }

func newChain() (*chain, bool) {
	f := C.lzx_chain_new()
	if f == nil {
		return nil, false
	}
	return &chain{f: f}, true
}

func (c *chain) free() {
	if c != nil && c.f != nil {
		C.lzx_chain_free(c.f)
		c.f = nil
	}
}

// lzmaOptions gives entry i the LZMA1/LZMA2 filter id with the preset's
// options; false when the preset is invalid or memory is short.
func (c *chain) lzmaOptions(i int, id uint64, preset uint32) bool {
	o := C.lzx_lzma_options(c.f, C.int(i), C.lzma_vli(id))
	return o != nil && C.lzma_lzma_preset(o, C.uint32_t(preset)) == 0
}

// count is the number of filters in the chain.
func (c *chain) count() int {
	fs := (*[filtersMax + 1]C.lzma_filter)(unsafe.Pointer(c.f))
	n := 0
	for n < filtersMax && fs[n].id != C.LZMA_VLI_UNKNOWN {
		n++
	}
	return n
}

// firstID is the id of the chain's first filter.
func (c *chain) firstID() uint64 { return uint64(c.f.id) }

// deltaOptions gives entry i the delta filter with distance 1.
func (c *chain) deltaOptions(i int, id uint64) bool {
	o := C.lzx_delta_options(c.f, C.int(i), C.lzma_vli(id))
	if o != nil {
		o._type = C.LZMA_DELTA_TYPE_BYTE
		o.dist = 1
	}
	return o != nil
}

// bcjOptions gives entry i the BCJ filter id with start offset 0.
func (c *chain) bcjOptions(i int, id uint64) bool {
	return C.lzx_bcj_options(c.f, C.int(i), C.lzma_vli(id)) != nil
}

// setOption sets option name of entry i's options (made by one of the
// methods above); false for a name the filter does not have.
func (c *chain) setOption(i int, name string, v uint32) bool {
	f := (*[filtersMax + 1]C.lzma_filter)(unsafe.Pointer(c.f))[i]
	switch f.id {
	case C.LZMA_FILTER_LZMA1, C.LZMA_FILTER_LZMA2:
		o := (*C.lzma_options_lzma)(f.options)
		switch name {
		case "dict_size":
			o.dict_size = C.uint32_t(v)
		case "lc":
			o.lc = C.uint32_t(v)
		case "lp":
			o.lp = C.uint32_t(v)
		case "pb":
			o.pb = C.uint32_t(v)
		case "mode":
			o.mode = C.lzma_mode(v)
		case "nice_len":
			o.nice_len = C.uint32_t(v)
		case "mf":
			o.mf = C.lzma_match_finder(v)
		case "depth":
			o.depth = C.uint32_t(v)
		default:
			return false
		}
	case C.LZMA_FILTER_DELTA:
		if name != "dist" {
			return false
		}
		(*C.lzma_options_delta)(f.options).dist = C.uint32_t(v)
	default:
		if name != "start_offset" {
			return false
		}
		(*C.lzma_options_bcj)(f.options).start_offset = C.uint32_t(v)
	}
	return true
}

// Encoders and decoders by container format.

func xzEasyEncoder(preset uint32, check int) func(*C.lzma_stream) C.lzma_ret {
	return func(s *C.lzma_stream) C.lzma_ret {
		return C.lzma_easy_encoder(s, C.uint32_t(preset), C.lzma_check(check))
	}
}

func xzEncoder(c *chain, check int) func(*C.lzma_stream) C.lzma_ret {
	return func(s *C.lzma_stream) C.lzma_ret { return C.lzma_stream_encoder(s, c.f, C.lzma_check(check)) }
}

func aloneEncoder(preset uint32, c *chain) func(*C.lzma_stream) C.lzma_ret {
	return func(s *C.lzma_stream) C.lzma_ret {
		var f *C.lzma_filter
		if c != nil {
			f = c.f
		}
		return C.lzx_alone_encoder(s, C.uint32_t(preset), f)
	}
}

func rawEncoder(c *chain) func(*C.lzma_stream) C.lzma_ret {
	return func(s *C.lzma_stream) C.lzma_ret { return C.lzma_raw_encoder(s, c.f) }
}

func rawDecoder(c *chain) func(*C.lzma_stream) C.lzma_ret {
	return func(s *C.lzma_stream) C.lzma_ret { return C.lzma_raw_decoder(s, c.f) }
}

func containerDecoder(format int, memlimit uint64) func(*C.lzma_stream) C.lzma_ret {
	flags := C.uint32_t(C.LZMA_TELL_ANY_CHECK | C.LZMA_TELL_NO_CHECK)
	return func(s *C.lzma_stream) C.lzma_ret {
		switch format {
		case formatXZ:
			return C.lzma_stream_decoder(s, C.uint64_t(memlimit), flags)
		case formatAlone:
			return C.lzma_alone_decoder(s, C.uint64_t(memlimit))
		}
		return C.lzma_auto_decoder(s, C.uint64_t(memlimit), flags)
	}
}

// checkSupported reports whether liblzma can verify the check.
func checkSupported(check int) bool { return C.lzma_check_is_supported(C.lzma_check(check)) != 0 }

// encodeProps returns the properties of the chain's first filter.
func (c *chain) encodeProps() ([]byte, int) {
	var n C.uint32_t
	if code := int(C.lzx_encode_props(c.f, nil, &n)); code != lzOK {
		return nil, code
	}
	out := make([]byte, int(n)+1)
	code := int(C.lzx_encode_props(c.f, (*C.uint8_t)(unsafe.Pointer(&out[0])), &n))
	return out[:int(n)], code
}

// decodedFilter is a filter's options decoded from its properties.
type decodedFilter struct {
	fields []field
}

type field struct {
	name  string
	value uint64
}

// decodeProps decodes the properties of filter id.
func decodeProps(id uint64, props []byte) (decodedFilter, int) {
	c, ok := newChain()
	if !ok {
		return decodedFilter{}, lzMemError
	}
	defer c.free()
	var p *C.uint8_t
	if len(props) > 0 {
		p = (*C.uint8_t)(unsafe.Pointer(&props[0]))
	}
	code := int(C.lzx_decode_props(c.f, C.lzma_vli(id), p, C.size_t(len(props))))
	runtime.KeepAlive(props)
	if code != lzOK {
		return decodedFilter{}, code
	}
	f := decodedFilter{fields: []field{{"id", id}}}
	opts := c.f.options
	if opts == nil {
		return f, lzOK
	}
	switch id {
	case uint64(C.LZMA_FILTER_LZMA1):
		o := (*C.lzma_options_lzma)(opts)
		f.fields = append(f.fields, field{"lc", uint64(o.lc)}, field{"lp", uint64(o.lp)}, field{"pb", uint64(o.pb)}, field{"dict_size", uint64(o.dict_size)})
	case uint64(C.LZMA_FILTER_LZMA2):
		o := (*C.lzma_options_lzma)(opts)
		f.fields = append(f.fields, field{"dict_size", uint64(o.dict_size)})
	case uint64(C.LZMA_FILTER_DELTA):
		o := (*C.lzma_options_delta)(opts)
		f.fields = append(f.fields, field{"dist", uint64(o.dist)})
	default:
		o := (*C.lzma_options_bcj)(opts)
		f.fields = append(f.fields, field{"start_offset", uint64(o.start_offset)})
	}
	return f, lzOK
}

// Filter ids, checks and other numbers of the module's constants.
var constants = map[string]uint64{
	"CHECK_NONE": uint64(C.LZMA_CHECK_NONE), "CHECK_CRC32": uint64(C.LZMA_CHECK_CRC32),
	"CHECK_CRC64": uint64(C.LZMA_CHECK_CRC64), "CHECK_SHA256": uint64(C.LZMA_CHECK_SHA256),
	"CHECK_ID_MAX": uint64(C.LZMA_CHECK_ID_MAX), "CHECK_UNKNOWN": uint64(checkUnknown),
	"FILTER_LZMA1": uint64(C.LZMA_FILTER_LZMA1), "FILTER_LZMA2": uint64(C.LZMA_FILTER_LZMA2),
	"FILTER_DELTA": uint64(C.LZMA_FILTER_DELTA), "FILTER_X86": uint64(C.LZMA_FILTER_X86),
	"FILTER_POWERPC": uint64(C.LZMA_FILTER_POWERPC), "FILTER_IA64": uint64(C.LZMA_FILTER_IA64),
	"FILTER_ARM": uint64(C.LZMA_FILTER_ARM), "FILTER_ARMTHUMB": uint64(C.LZMA_FILTER_ARMTHUMB),
	"FILTER_SPARC": uint64(C.LZMA_FILTER_SPARC),
	"FORMAT_AUTO":  formatAuto, "FORMAT_XZ": formatXZ, "FORMAT_ALONE": formatAlone, "FORMAT_RAW": formatRaw,
	"MF_HC3": uint64(C.LZMA_MF_HC3), "MF_HC4": uint64(C.LZMA_MF_HC4), "MF_BT2": uint64(C.LZMA_MF_BT2),
	"MF_BT3": uint64(C.LZMA_MF_BT3), "MF_BT4": uint64(C.LZMA_MF_BT4),
	"MODE_FAST": uint64(C.LZMA_MODE_FAST), "MODE_NORMAL": uint64(C.LZMA_MODE_NORMAL),
	"PRESET_DEFAULT": uint64(C.LZMA_PRESET_DEFAULT), "PRESET_EXTREME": uint64(C.LZMA_PRESET_EXTREME),
}

const (
	idLZMA1    = uint64(C.LZMA_FILTER_LZMA1)
	idLZMA2    = uint64(C.LZMA_FILTER_LZMA2)
	idDelta    = uint64(C.LZMA_FILTER_DELTA)
	presetDflt = uint32(C.LZMA_PRESET_DEFAULT)
)

// isBCJ reports whether id is one of the branch-call-jump filters.
func isBCJ(id uint64) bool {
	switch id {
	case uint64(C.LZMA_FILTER_X86), uint64(C.LZMA_FILTER_POWERPC), uint64(C.LZMA_FILTER_IA64),
		uint64(C.LZMA_FILTER_ARM), uint64(C.LZMA_FILTER_ARMTHUMB), uint64(C.LZMA_FILTER_SPARC):
		return true
	}
	return false
}
