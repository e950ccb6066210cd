package cjkcodecs

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// The coding loops every CJK codec shares: a codec supplies the step
// that reads (or writes) one unit, the loops apply the error handlers
// with CPython 3.6's positions and reasons and keep what an incremental
// coder must carry to its next call.

const (
	reasonIllegal    = "illegal multibyte sequence"
	reasonIncomplete = "incomplete multibyte sequence"
)

// A decoderCore reads one unit at b[i:] (i < len(b)), writing its text
// to out: it answers the bytes used (bad 0), or bad > 0, the length of an
// illegal sequence, or bad < 0 when the unit goes past the end of b. It
// changes its shift state only when it uses bytes.
type decoderCore interface {
	unit(b []byte, i int, out *strings.Builder) (n, bad int)
	reset()
}

// An encoderCore writes chars[i] (and the next one when the two make
// one code) to out: it answers the characters used (bad 0), bad 1 when
// chars[i] has no encoding, or bad -1 when chars[i] may pair with a next
// character that is not there yet and final is false. flush appends what
// returns the output to its initial shift state.
type encoderCore interface {
	unit(chars []rune, i int, final bool, out []byte) ([]byte, int, int)
	flush(out []byte) []byte
	reset()
}

// runDecode decodes b; unless final it stops before a unit cut by the
// end of b and answers how many bytes it used.
func runDecode(d decoderCore, name string, b []byte, errors string, final bool) (string, int, error) {
	var sb strings.Builder
	sb.Grow(len(b))
	i := 0
	for i < len(b) {
		n, bad := d.unit(b, i, &sb)
		if bad == 0 {
			i += n
			continue
		}
		end, reason := i+bad, reasonIllegal
		if bad < 0 {
			if !final {
				break
			}
			end, reason = len(b), reasonIncomplete
		}
		if end > len(b) {
			end = len(b)
		}
		text, resume, swapped, err := host.ResolveDecodeError(errors, name, b, i, end, reason)
		if err != nil {
			return "", 0, handlerPosition(err)
		}
		if swapped != nil {
			b = swapped
		}
		sb.WriteString(text)
		i = resume
	}
	return sb.String(), i, nil
}

// runEncode encodes s; unless final it may leave trailing characters (a
// possible pair's first) unencoded and answers how many it used. With
// final it also returns the output to the initial shift state.
func runEncode(e encoderCore, name, s, errors string, final bool) ([]byte, int, error) {
	chars := host.TextRunes(s)
	out := make([]byte, 0, len(s)+len(s)/2)
	i := 0
	for i < len(chars) {
		var n, bad int
		out, n, bad = e.unit(chars, i, final, out)
		if bad == 0 {
			i += n
			continue
		}
		if bad < 0 {
			break
		}
		repl, raw, isBytes, resume, err := host.ResolveEncodeError(errors, name, s, chars, i, i+1, reasonIllegal)
		if err != nil {
			return nil, 0, handlerPosition(err)
		}
		if isBytes {
			out = append(out, raw...)
		} else if out, err = encodeReplacement(e, name, repl, out); err != nil {
			return nil, 0, err
		}
		i = resume
	}
	if final && i == len(chars) {
		out = e.flush(out)
	}
	return out, i, nil
}

// handlerPosition turns the OverflowError of a handler's resume position
// beyond ssize_t into the IndexError CPython's CJK codecs raise: they
// read such a position as -1.
func handlerPosition(err error) error {
	if e, ok := err.(*py.Exception); ok && e.Base == py.OverflowError {
		if args, ok := e.Args.(py.Tuple); !ok || len(args) != 1 || args[0] != py.String("Python int too large to convert to C ssize_t") {
			return err
		}
		return py.ExceptionNewf(py.IndexError, "position -1 from error handler out of bounds")
	}
	return err
}

// encodeReplacement encodes an error handler's replacement text strictly,
// as CPython does; a character it cannot take is an error about the
// replacement.
func encodeReplacement(e encoderCore, name, repl string, out []byte) ([]byte, error) {
	chars := host.TextRunes(repl)
	for k := 0; k < len(chars); {
		var n, bad int
		out, n, bad = e.unit(chars, k, true, out)
		if bad != 0 {
			return nil, host.EncodeError(name, repl, k, k+1, reasonIllegal)
		}
		k += n
	}
	return out, nil
}
