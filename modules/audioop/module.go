// Package audioop registers the Python module "audioop" for gpython:
// operations on raw sound fragments (bytes of signed 1-, 2-, 3- or
// 4-byte samples), with CPython 3.6's complete API, results and error
// messages.
package audioop

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = "Operations on sound fragments: bytes of signed 1-, 2-, 3- or 4-byte samples."

// ErrorType is audioop.error.
var ErrorType = pyutil.NewExceptionType("audioop.error", "", py.ExceptionType)

// toPython turns the operations' errors into Python's.
func toPython(err error) error {
	var oe *opError
	switch {
	case err == nil:
		return nil
	case err == errNoMemory:
		return py.ExceptionNewf(py.MemoryError, "")
	case errors.Is(err, errMemory):
		return py.ExceptionNewf(py.MemoryError, "%s", err.Error())
	case err == error(errRateOverflow):
		return py.ExceptionNewf(py.OverflowError, "%s", err.Error())
	case errors.As(err, &oe):
		return py.ExceptionNewf(ErrorType, "%s", oe.msg)
	}
	return err
}

// argReader converts a call's positional arguments in order, keeping
// the first error.
type argReader struct {
	args py.Tuple
	i    int
	err  error
}

// call checks the argument count as CPython 3.6's parser words it and
// refuses keywords.
func call(name string, args py.Tuple, kwargs py.StringDict, least, most int) (*argReader, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if n := len(args); n < least || n > most {
		switch {
		case least == most:
			return nil, pyutil.TypeErrorf("%s() takes exactly %d argument%s (%d given)", name, least, plural(least), n)
		case n < least:
			return nil, pyutil.TypeErrorf("%s() takes at least %d argument%s (%d given)", name, least, plural(least), n)
		default:
			return nil, pyutil.TypeErrorf("%s() takes at most %d argument%s (%d given)", name, most, plural(most), n)
		}
	}
	return &argReader{args: args}, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (r *argReader) next() py.Object {
	o := r.args[r.i]
	r.i++
	return o
}

// has reports whether an optional argument is left.
func (r *argReader) has() bool { return r.err == nil && r.i < len(r.args) }

// take converts the next argument with conv, unless an earlier one failed.
func take[T any](r *argReader, conv func(py.Object) (T, error)) T {
	o := r.next()
	var v T
	if r.err == nil {
		v, r.err = conv(o)
	}
	return v
}

func (r *argReader) bytes() []byte     { return take(r, pyarg.BytesLike) }
func (r *argReader) int() int          { return take(r, pyarg.Int) }
func (r *argReader) size() int         { return take(r, pyarg.SsizeT) }
func (r *argReader) float() float64    { return take(r, pyarg.Double) }
func (r *argReader) object() py.Object { return r.next() }

// function makes a module function taking from least to most
// positional arguments.
func function(name string, least, most int, body func(r *argReader) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		r, err := call(name, args, kwargs, least, most)
		if err != nil {
			return nil, err
		}
		res, err = body(r)
		if r.err != nil {
			return nil, r.err
		}
		return res, toPython(err)
	}, 0, doc)
}

// fragWidth is a function of (fragment, width).
func fragWidth(name string, op func(frag []byte, width int) (py.Object, error), doc string) *py.Method {
	return function(name, 2, 2, func(r *argReader) (py.Object, error) {
		frag, width := r.bytes(), r.int()
		if r.err != nil {
			return nil, nil
		}
		return op(frag, width)
	}, doc)
}

func bytesResult(b []byte, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

func intResult[T int | int32 | int64 | uint32](v T, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.Int(v), nil
}

// errStateType is the TypeError of a state neither a tuple nor None.
func errStateType() error { return pyutil.TypeErrorf("state must be a tuple or None") }

// adpcmStateArg reads the state argument of lin2adpcm and adpcm2lin.
func adpcmStateArg(name string, o py.Object) (adpcmState, error) {
	if o == py.None {
		return adpcmState{}, nil
	}
	t, ok := o.(py.Tuple)
	if !ok {
		return adpcmState{}, errStateType()
	}
	if len(t) != 2 {
		return adpcmState{}, pyutil.TypeErrorf("function takes exactly 2 arguments (%d given)", len(t))
	}
	pred, err := pyarg.Int(t[0])
	if err != nil {
		return adpcmState{}, err
	}
	index, err := pyarg.Int(t[1])
	if err != nil {
		return adpcmState{}, err
	}
	if pred >= 0x8000 || pred < -0x8000 || index < 0 || index >= len(adpcmSteps) {
		return adpcmState{}, pyutil.ValueErrorf("bad state")
	}
	return adpcmState{pred: int32(pred), index: int32(index)}, nil
}

func adpcmFunction(name string, op func([]byte, int, adpcmState) ([]byte, adpcmState, error), doc string) *py.Method {
	return function(name, 3, 3, func(r *argReader) (py.Object, error) {
		frag, width, stateArg := r.bytes(), r.int(), r.object()
		if r.err != nil {
			return nil, nil
		}
		if err := checkWidth(width); err != nil {
			return nil, err
		}
		if name == "lin2adpcm" {
			if err := checkFrames(frag, width); err != nil {
				return nil, err
			}
		}
		st, err := adpcmStateArg(name, stateArg)
		if err != nil {
			return nil, err
		}
		out, st, err := op(frag, width, st)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Tuple{py.Int(st.pred), py.Int(st.index)}}, nil
	}, doc)
}

// rateStateArg reads ratecv's state for the given number of channels.
func rateStateArg(o py.Object, channels int) (*rateState, error) {
	if o == py.None {
		return &rateState{}, nil
	}
	t, ok := o.(py.Tuple)
	if !ok {
		return nil, errStateType()
	}
	if len(t) != 2 {
		return nil, pyutil.TypeErrorf("audioop.ratecv: illegal state argument")
	}
	d, err := pyarg.Int(t[0])
	if err != nil {
		return nil, err
	}
	chans, ok := t[1].(py.Tuple)
	if !ok {
		return nil, pyutil.TypeErrorf("audioop.ratecv: illegal state argument")
	}
	if len(chans) != channels {
		return nil, fail("illegal state argument")
	}
	st := &rateState{d: d, prev: make([]int32, channels), curr: make([]int32, channels)}
	for c, item := range chans {
		pair, ok := item.(py.Tuple)
		if !ok {
			return nil, pyutil.TypeErrorf("ratecv(): illegal state argument")
		}
		if len(pair) != 2 {
			return nil, pyutil.TypeErrorf("ratecv() takes exactly 2 arguments (%d given)", len(pair))
		}
		p, err := pyarg.Int(pair[0])
		if err != nil {
			return nil, err
		}
		q, err := pyarg.Int(pair[1])
		if err != nil {
			return nil, err
		}
		st.prev[c], st.curr[c] = int32(p), int32(q)
	}
	return st, nil
}

func rateResult(out []byte, st *rateState) py.Object {
	chans := make(py.Tuple, len(st.prev))
	for c := range chans {
		chans[c] = py.Tuple{py.Int(st.prev[c]), py.Int(st.curr[c])}
	}
	return py.Tuple{py.Bytes(out), py.Tuple{py.Int(st.d), chans}}
}

func fitFunction(name string, op func(a, b []byte) (py.Object, error), doc string) *py.Method {
	return function(name, 2, 2, func(r *argReader) (py.Object, error) {
		a, b := r.bytes(), r.bytes()
		if r.err != nil {
			return nil, nil
		}
		return op(a, b)
	}, doc)
}

// stereoFunction is tomono or tostereo: (fragment, width, lfactor, rfactor).
func stereoFunction(name string, op func([]byte, int, float64, float64) ([]byte, error), doc string) *py.Method {
	return function(name, 4, 4, func(r *argReader) (py.Object, error) {
		frag, width, lf, rf := r.bytes(), r.int(), r.float(), r.float()
		if r.err != nil {
			return nil, nil
		}
		return bytesResult(op(frag, width, lf, rf))
	}, doc)
}

func init() {
	methods := []*py.Method{
		function("getsample", 3, 3, func(r *argReader) (py.Object, error) {
			frag, width, i := r.bytes(), r.int(), r.size()
			if r.err != nil {
				return nil, nil
			}
			return intResult(getsample(frag, width, i))
		}, "getsample(fragment, width, index): the index'th sample, as a signed int."),
		fragWidth("max", func(f []byte, w int) (py.Object, error) { return intResult(maxAbs(f, w)) },
			"max(fragment, width): the largest magnitude among the samples."),
		fragWidth("minmax", func(f []byte, w int) (py.Object, error) {
			lo, hi, err := minmax(f, w)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.Int(lo), py.Int(hi)}, nil
		}, "minmax(fragment, width): (smallest sample, largest sample)."),
		fragWidth("avg", func(f []byte, w int) (py.Object, error) { return intResult(avg(f, w)) },
			"avg(fragment, width): the samples' mean, rounded down."),
		fragWidth("rms", func(f []byte, w int) (py.Object, error) { return intResult(rms(f, w)) },
			"rms(fragment, width): the square root of the mean of the squared samples; a measure of loudness."),
		fragWidth("avgpp", func(f []byte, w int) (py.Object, error) { return intResult(avgpp(f, w)) },
			"avgpp(fragment, width): the mean distance between successive turning points."),
		fragWidth("maxpp", func(f []byte, w int) (py.Object, error) { return intResult(maxpp(f, w)) },
			"maxpp(fragment, width): the largest distance between successive turning points."),
		fragWidth("cross", func(f []byte, w int) (py.Object, error) { return intResult(cross(f, w)) },
			"cross(fragment, width): how many times the signal changes sign."),
		fragWidth("reverse", func(f []byte, w int) (py.Object, error) { return bytesResult(reverse(f, w)) },
			"reverse(fragment, width): the samples in the opposite order."),
		fragWidth("byteswap", func(f []byte, w int) (py.Object, error) { return bytesResult(byteswap(f, w)) },
			"byteswap(fragment, width): each sample with its bytes in the opposite order."),
		fragWidth("lin2ulaw", func(f []byte, w int) (py.Object, error) { return bytesResult(toLaw(f, w, ulawEncode)) },
			"lin2ulaw(fragment, width): one G.711 u-law byte for each sample."),
		fragWidth("ulaw2lin", func(f []byte, w int) (py.Object, error) { return bytesResult(fromLaw(f, w, ulawDecode)) },
			"ulaw2lin(fragment, width): samples of width bytes from G.711 u-law bytes."),
		fragWidth("lin2alaw", func(f []byte, w int) (py.Object, error) { return bytesResult(toLaw(f, w, alawEncode)) },
			"lin2alaw(fragment, width): one G.711 A-law byte for each sample."),
		fragWidth("alaw2lin", func(f []byte, w int) (py.Object, error) { return bytesResult(fromLaw(f, w, alawDecode)) },
			"alaw2lin(fragment, width): samples of width bytes from G.711 A-law bytes."),
		function("mul", 3, 3, func(r *argReader) (py.Object, error) {
			frag, width, factor := r.bytes(), r.int(), r.float()
			if r.err != nil {
				return nil, nil
			}
			return bytesResult(mul(frag, width, factor))
		}, "mul(fragment, width, factor): each sample scaled by factor, clipped to the width's range."),
		function("bias", 3, 3, func(r *argReader) (py.Object, error) {
			frag, width, amount := r.bytes(), r.int(), r.int()
			if r.err != nil {
				return nil, nil
			}
			return bytesResult(bias(frag, width, int32(amount)))
		}, "bias(fragment, width, bias): bias added to each sample, wrapping around on overflow."),
		function("add", 3, 3, func(r *argReader) (py.Object, error) {
			a, b, width := r.bytes(), r.bytes(), r.int()
			if r.err != nil {
				return nil, nil
			}
			return bytesResult(add(a, b, width))
		}, "add(fragment1, fragment2, width): the sum of two equally long fragments, clipped."),
		function("lin2lin", 3, 3, func(r *argReader) (py.Object, error) {
			frag, width, newWidth := r.bytes(), r.int(), r.int()
			if r.err != nil {
				return nil, nil
			}
			return bytesResult(lin2lin(frag, width, newWidth))
		}, "lin2lin(fragment, width, newwidth): the samples at another width."),
		stereoFunction("tomono", tomono, "tomono(fragment, width, lfactor, rfactor): left*lfactor + right*rfactor for each frame."),
		stereoFunction("tostereo", tostereo, "tostereo(fragment, width, lfactor, rfactor): frames of (sample*lfactor, sample*rfactor)."),
		fitFunction("findfit", func(a, b []byte) (py.Object, error) {
			at, factor, err := findfit(a, b)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.Int(at), py.Float(factor)}, nil
		}, "findfit(fragment, reference): (offset, factor) where reference best matches fragment (16-bit samples)."),
		fitFunction("findfactor", func(a, b []byte) (py.Object, error) {
			f, err := findfactor(a, b)
			if err != nil {
				return nil, err
			}
			return py.Float(f), nil
		}, "findfactor(fragment, reference): the least-squares factor scaling reference onto fragment (16-bit samples)."),
		function("findmax", 2, 2, func(r *argReader) (py.Object, error) {
			frag, n := r.bytes(), r.size()
			if r.err != nil {
				return nil, nil
			}
			return intResult(findmax(frag, n))
		}, "findmax(fragment, length): where the length samples with the most energy start (16-bit samples)."),
		adpcmFunction("lin2adpcm", lin2adpcm, "lin2adpcm(fragment, width, state): (4-bit Intel/DVI ADPCM codes, new state)."),
		adpcmFunction("adpcm2lin", adpcm2lin, "adpcm2lin(fragment, width, state): (samples from Intel/DVI ADPCM codes, new state)."),
		function("ratecv", 6, 8, func(r *argReader) (py.Object, error) {
			frag := r.bytes()
			p := rateParams{width: r.int(), channels: r.int(), inRate: r.int(), outRate: r.int()}
			stateArg := r.object()
			p.weightA, p.weightB = 1, 0
			if r.has() {
				p.weightA = r.int()
			}
			if r.has() {
				p.weightB = r.int()
			}
			if r.err != nil {
				return nil, nil
			}
			if err := p.check(len(frag)); err != nil {
				return nil, err
			}
			st, err := rateStateArg(stateArg, p.channels)
			if err != nil {
				return nil, err
			}
			out, err := ratecv(frag, p, st)
			if err != nil {
				return nil, err
			}
			return rateResult(out, st), nil
		}, "ratecv(fragment, width, nchannels, inrate, outrate, state, weightA=1, weightB=0): (resampled fragment, new state)."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "audioop", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{"error": ErrorType},
	})
}
