package host

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Codecs whose decoding of a file is more than the decoding of its
// chunks one by one (utf-7, idna, the escape codecs, codecs scripts
// register) go through the codec's own incremental decoder and encoder,
// as every codec does in CPython: a TextIO holding a statefulCodec reads
// with gfill, and tell() answers CPython's cookie, which names a byte
// position where the decoder held nothing, the decoder's flags there,
// and how many bytes and characters to take from that point on (see
// cookie for the packing).
//
// With newline None or empty the line endings go through the same steps as
// CPython's IncrementalNewlineDecoder: a '\r' that ends a chunk waits for
// the next one (pendingCR, the low bit of the flags in the decoder's
// state), and newline None turns '\r\n' and '\r' into '\n'.
type statefulCodec struct {
	dec       py.Object // the incremental decoder; nil for a file not read
	enc       py.Object // the incremental encoder; nil for a file not written
	pendingCR bool
	// The snapshot: the decoder's flags before the chunk the text came
	// from, and the bytes fed since (the decoder's held bytes, then the
	// chunk); hasSnap false when there is none.
	hasSnap   bool
	snapFlags int64
	snapInput []byte
	head      int     // bytes of t.text decoded before the snapshot's chunk
	b2c       float64 // bytes per character of the last chunk
}

// setupStateful looks the encoding up in the codec registry and makes
// its incremental decoder (when reading) and encoder (when writing); a
// name the registry does not know gives its LookupError.
func (t *TextIO) setupStateful() error {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return py.ExceptionNewf(py.LookupError, "unknown encoding: %s", t.encoding)
	}
	codecs, err := py.ImportModuleLevelObject(ctx, "codecs", nil, nil, nil, 0)
	if err != nil {
		return err
	}
	lookup, err := vm.GetAttr(codecs, "lookup")
	if err != nil {
		return err
	}
	info, err := vm.Call(lookup, py.Tuple{py.String(t.encoding)}, nil)
	if err != nil {
		return err
	}
	if flag, err := py.GetAttrString(info, "_is_text_encoding"); err == nil {
		if text, err := vm.Truth(flag); err == nil && !text {
			return py.ExceptionNewf(py.LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", t.encoding)
		}
	}
	g := &statefulCodec{}
	errs := py.Tuple{py.String(string(t.errors))}
	if t.buf.canRead() {
		make, err := vm.GetAttr(info, "incrementaldecoder")
		if err != nil {
			return err
		}
		if g.dec, err = vm.Call(make, errs, nil); err != nil {
			return err
		}
	}
	if t.buf.canWrite() {
		make, err := vm.GetAttr(info, "incrementalencoder")
		if err != nil {
			return err
		}
		if g.enc, err = vm.Call(make, errs, nil); err != nil {
			return err
		}
		if t.buf.raw.seekable() {
			// no byte order mark in the middle of a file
			if pos, err := t.buf.tell(); err == nil && pos != 0 {
				if err := callMethod(g.enc, "setstate", py.Int(0)); err != nil {
					return err
				}
			}
		}
	}
	t.gen = g
	return nil
}

// unknownEncoding reports whether err is the LookupError of a name the
// Go codecs do not serve in files (the registry may).
func unknownEncoding(err error) bool {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != py.LookupError {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return false
	}
	msg, ok := args[0].(py.String)
	return ok && strings.HasPrefix(string(msg), "unknown encoding: ")
}

// callMethod calls o.name(args...) for its effect.
func callMethod(o py.Object, name string, args ...py.Object) error {
	_, err := callMethodResult(o, name, args...)
	return err
}

func callMethodResult(o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := vm.GetAttr(o, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(m, py.Tuple(args), nil)
}

// decState is the decoder's getstate(): the bytes it holds and its flags
// (with the pending '\r' as the low bit when line endings are read
// universally).
func (t *TextIO) decState() ([]byte, int64, error) {
	st, err := callMethodResult(t.gen.dec, "getstate")
	if err != nil {
		return nil, 0, err
	}
	pair, ok := st.(py.Tuple)
	if !ok || len(pair) != 2 {
		return nil, 0, pyutil.TypeErrorf("illegal decoder state")
	}
	held, err := bytesOf(pair[0])
	if err != nil {
		return nil, 0, pyutil.TypeErrorf("illegal decoder state")
	}
	flags, err := pyarg.Int(pair[1])
	if err != nil {
		return nil, 0, err
	}
	if t.universal {
		flags <<= 1
		if t.gen.pendingCR {
			flags |= 1
		}
	}
	return held, int64(flags), nil
}

// bytesOf is the content of a bytes-like state entry.
func bytesOf(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), nil
	case *ByteArray:
		return v.Data, nil
	}
	return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(o))
}

// setDecState gives the decoder the flags with no bytes held.
func (t *TextIO) setDecState(flags int64) error {
	if t.universal {
		t.gen.pendingCR = flags&1 != 0
		flags >>= 1
	}
	return callMethod(t.gen.dec, "setstate", py.Tuple{py.Bytes(nil), py.Int(flags)})
}

// resetDecoder is the decoder's reset().
func (t *TextIO) resetDecoder() error {
	t.gen.pendingCR = false
	if t.universal {
		t.seen = 0
	}
	return callMethod(t.gen.dec, "reset")
}

// gdecode feeds p to the decoder and applies the line ending rules.
func (t *TextIO) gdecode(p []byte, final bool) (string, error) {
	res, err := callMethodResult(t.gen.dec, "decode", py.Bytes(p), py.NewBool(final))
	if err != nil {
		return "", err
	}
	s, ok := res.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("decoder should return a string result, not '%s'", pyutil.TypeName(res))
	}
	out := string(s)
	if !t.universal {
		return out, nil
	}
	if t.gen.pendingCR && (out != "" || final) {
		out = "\r" + out
		t.gen.pendingCR = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		t.gen.pendingCR = true
	}
	if strings.ContainsAny(out, "\r\n") {
		out = t.noteNewlines(out)
	}
	return out, nil
}

// gfill decodes the next chunk (at least hint bytes' worth when hint >
// 0); false at the end of the file when the decoder gave nothing more.
func (t *TextIO) gfill(hint int) (bool, error) {
	if t.gen.dec == nil {
		return false, unsupported("not readable")
	}
	telling := t.buf.raw.seekable()
	var held []byte
	var flags int64
	if telling {
		var err error
		if held, flags, err = t.decState(); err != nil {
			return false, err
		}
	}
	size := t.chunkSize
	if size == 0 {
		size = 8192
	}
	if hint > 0 {
		want := int(max(t.gen.b2c, 1) * float64(hint))
		size = max(size, want)
	}
	chunk, err := t.buf.read1(size)
	if err != nil {
		return false, err
	}
	eof := len(chunk) == 0
	s, err := t.gdecode(chunk, eof)
	if err != nil {
		return false, err
	}
	t.eof = eof
	rest := t.text[t.pos:]
	t.text, t.pos = rest+s, 0
	t.gen.head = len(rest)
	if n := utf8.RuneCountInString(s); n > 0 {
		t.gen.b2c = float64(len(chunk)) / float64(n)
	} else {
		t.gen.b2c = 0
	}
	t.gen.hasSnap = telling
	if telling {
		t.gen.snapFlags = flags
		t.gen.snapInput = append(append([]byte(nil), held...), chunk...)
	}
	return !eof || s != "", nil
}

// greadAll is read() to the end: the rest of the file decoded at once.
func (t *TextIO) greadAll() (string, error) {
	if t.gen.dec == nil {
		return "", unsupported("not readable")
	}
	data, err := t.buf.read(-1)
	if err != nil {
		return "", err
	}
	s, err := t.gdecode(data, true)
	if err != nil {
		return "", err
	}
	out := t.text[t.pos:] + s
	t.text, t.pos = "", 0
	t.gen.hasSnap = false
	return out, nil
}

// cookie packs a position as CPython's tell() does: the bytes of the
// position (8), the flags, the bytes to feed and the characters to skip
// (4 each) and the EOF flag (1), little-endian, read as an unsigned int.
func cookie(pos, flags, feed int64, eof bool, skip int64) py.Object {
	c := new(big.Int)
	if eof {
		c.SetInt64(1)
	}
	for _, part := range []int64{skip, feed, flags} {
		c.Lsh(c, 32).Or(c, new(big.Int).SetUint64(uint64(uint32(part))))
	}
	c.Lsh(c, 64).Or(c, new(big.Int).SetUint64(uint64(pos)))
	if c.IsInt64() {
		return py.Int(c.Int64())
	}
	return (*py.BigInt)(c)
}

// seekCookieStart is where seek(cookie) starts on either path: the
// cookie's fields, the buffer at its position and nothing read held.
func (t *TextIO) seekCookieStart(n *big.Int) (start, flags, feed, skip int64, needEOF bool, err error) {
	start, flags, feed, skip, needEOF, ok := unpackCookie(n)
	if !ok {
		return 0, 0, 0, 0, false, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	if _, err := t.buf.seek(start, 0); err != nil {
		return 0, 0, 0, 0, false, err
	}
	t.resetRead()
	return start, flags, feed, skip, needEOF, nil
}

// unpackCookie undoes cookie; ok is false for a number too big to be one.
func unpackCookie(n *big.Int) (pos, flags, feed, skip int64, eof bool, ok bool) {
	if n.BitLen() > 64+3*32+8 {
		return 0, 0, 0, 0, false, false
	}
	take := func(bits uint) uint64 {
		v := new(big.Int).And(n, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))).Uint64()
		n = new(big.Int).Rsh(n, bits)
		return v
	}
	pos = int64(take(64))
	flags = int64(int32(uint32(take(32))))
	feed = int64(int32(uint32(take(32))))
	skip = int64(int32(uint32(take(32))))
	eof = take(8) != 0
	return pos, flags, feed, skip, eof, true
}

// gtell is tell(): the cookie of the next character to read.
func (t *TextIO) gtell() (py.Object, error) {
	position, err := t.buf.tell()
	if err != nil {
		return nil, err
	}
	g := t.gen
	if g.dec == nil || !g.hasSnap {
		return py.Int(position), nil
	}
	flags, input := g.snapFlags, g.snapInput
	position -= int64(len(input))
	if t.pos < g.head {
		g.head = 0 // cannot happen: the text before the chunk is taken first
	}
	skip := utf8.RuneCountInString(t.text[g.head:t.pos])
	if skip == 0 {
		return cookie(position, flags, 0, false, 0), nil
	}
	held, savedFlags, err := t.decState()
	if err != nil {
		return nil, err
	}
	savedCR := g.pendingCR
	res, err := findCookie(generic{t}, g.b2c, position, flags, input, skip)
	// the decoder goes back to where reading left it, whatever happened
	if t.universal {
		savedFlags >>= 1
	}
	if rerr := callMethod(g.dec, "setstate", py.Tuple{py.Bytes(held), py.Int(savedFlags)}); err == nil {
		err = rerr
	}
	g.pendingCR = savedCR
	return res, err
}

// decodedLen feeds p to the decoder (not final) and counts the
// characters it gives.
func (t *TextIO) decodedLen(p []byte, final bool) (int, error) {
	seen := t.seen
	s, err := t.gdecode(p, final)
	t.seen = seen
	return utf8.RuneCountInString(s), err
}

// cookieDecoder is the decoder findCookie drives: the codec's own
// incremental decoder (textio_stateful.go) or a model of the one CPython
// uses for a codec the text layer decodes itself (textio_cookie.go).
type cookieDecoder interface {
	// setFlags starts over with the flags and nothing held
	setFlags(flags int64) error
	// feed decodes p (final: at the end of the stream) and counts the
	// characters that come out
	feed(p []byte, final bool) (int, error)
	// state is the bytes held and the flags, as getstate() gives them
	state() ([]byte, int64, error)
}

// generic is the cookieDecoder of the codec's incremental decoder.
type generic struct{ t *TextIO }

func (g generic) setFlags(flags int64) error             { return g.t.setDecState(flags) }
func (g generic) feed(p []byte, final bool) (int, error) { return g.t.decodedLen(p, final) }
func (g generic) state() ([]byte, int64, error)          { return g.t.decState() }

// findCookie works out tell()'s cookie for the skip'th character decoded
// from input, which starts at byte position with the decoder's flags;
// b2c is the bytes per character of the chunk input ends with.
func findCookie(d cookieDecoder, b2c float64, position, flags int64, input []byte, skip int) (py.Object, error) {
	// First a guess from the chunk's bytes per character, backed off
	// until the decoder holds nothing there and has not passed the
	// character.
	skipBytes := min(int(b2c*float64(skip)), len(input))
	back := 1
	for skipBytes > 0 {
		if err := d.setFlags(flags); err != nil {
			return nil, err
		}
		n, err := d.feed(input[:skipBytes], false)
		if err != nil {
			return nil, err
		}
		if n <= skip {
			held, f, err := d.state()
			if err != nil {
				return nil, err
			}
			if len(held) == 0 {
				flags = f
				skip -= n
				break
			}
			skipBytes -= len(held)
			back = 1
		} else {
			skipBytes -= back
			back *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		if err := d.setFlags(flags); err != nil {
			return nil, err
		}
	}
	start := position + int64(skipBytes)
	startFlags := flags
	if skip == 0 {
		return cookie(start, startFlags, 0, false, 0), nil
	}
	// Then a byte at a time, moving the start to each point where the
	// decoder holds nothing, until the character is reached.
	feed, got := 0, 0
	i := skipBytes
	for ; i < len(input); i++ {
		n, err := d.feed(input[i:i+1], false)
		if err != nil {
			return nil, err
		}
		got += n
		feed++
		held, f, err := d.state()
		if err != nil {
			return nil, err
		}
		if len(held) == 0 && got <= skip {
			start += int64(feed)
			skip -= got
			startFlags, feed, got = f, 0, 0
		}
		if got >= skip {
			break
		}
	}
	needEOF := false
	if i >= len(input) {
		n, err := d.feed(nil, true)
		if err != nil {
			return nil, err
		}
		got += n
		needEOF = true
		if got < skip {
			return nil, py.ExceptionNewf(py.OSError, "can't reconstruct logical file position")
		}
	}
	return cookie(start, startFlags, int64(feed), needEOF, int64(skip)), nil
}

// resetEncoder puts the encoder back to the start of a stream (position
// 0, where a byte order mark goes first) or past it.
func (t *TextIO) resetEncoder(start bool) error {
	if t.gen.enc == nil {
		return nil
	}
	if start {
		return callMethod(t.gen.enc, "reset")
	}
	return callMethod(t.gen.enc, "setstate", py.Int(0))
}

// gseek is seek(cookie, whence) for a stateful codec.
func (t *TextIO) gseek(c py.Object, whence int) (py.Object, error) {
	g := t.gen
	switch whence {
	case 0:
	case 1:
		if !isZero(c) {
			return nil, unsupported("can't do nonzero cur-relative seeks")
		}
		var err error
		if c, err = t.gtell(); err != nil {
			return nil, err
		}
	case 2:
		if !isZero(c) {
			return nil, unsupported("can't do nonzero end-relative seeks")
		}
		pos, err := t.buf.seek(0, 2)
		if err != nil {
			return nil, err
		}
		t.resetRead()
		g.hasSnap = false
		if g.dec != nil {
			if err := t.resetDecoder(); err != nil {
				return nil, err
			}
		}
		if err := t.resetEncoder(pos == 0); err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	default:
		return nil, pyutil.ValueErrorf("invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	n, err := pyarg.Index(c)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		r, _ := vm.Repr(c)
		return nil, pyutil.ValueErrorf("negative seek position %s", r)
	}
	start, flags, feed, skip, needEOF, err := t.seekCookieStart(n)
	if err != nil {
		return nil, err
	}
	g.hasSnap = false
	if g.dec != nil {
		if n.Sign() == 0 {
			if err := t.resetDecoder(); err != nil {
				return nil, err
			}
		} else {
			if err := t.setDecState(flags); err != nil {
				return nil, err
			}
			g.hasSnap, g.snapFlags, g.snapInput, g.head = true, flags, nil, 0
		}
	}
	if skip > 0 {
		if g.dec == nil {
			return nil, unsupported("not readable")
		}
		input, err := t.buf.read(int(feed))
		if err != nil {
			return nil, err
		}
		s, err := t.gdecode(input, needEOF)
		if err != nil {
			return nil, err
		}
		t.text, t.pos = s, 0
		g.hasSnap, g.snapFlags, g.snapInput, g.head = true, flags, input, 0
		if utf8.RuneCountInString(s) < int(skip) {
			return nil, py.ExceptionNewf(py.OSError, "can't restore logical file position")
		}
		t.pos = len(cutRunes(s, int(skip)))
	}
	if err := t.resetEncoder(start == 0 && flags == 0); err != nil {
		return nil, err
	}
	return c, nil
}

// isZero reports whether o equals 0.
func isZero(o py.Object) bool {
	eq, err := vm.Compare(o, py.Int(0), "==")
	if err != nil {
		return false
	}
	ok, _ := vm.Truth(eq)
	return ok
}

// gwrite encodes s with the incremental encoder.
func (t *TextIO) gwrite(s string) ([]byte, error) {
	if t.gen.dec != nil && (t.text != "" || t.gen.hasSnap) {
		t.resetRead()
		t.gen.hasSnap = false
		if err := t.resetDecoder(); err != nil {
			return nil, err
		}
	}
	res, err := callMethodResult(t.gen.enc, "encode", py.String(s))
	if err != nil {
		return nil, err
	}
	switch b := res.(type) {
	case py.Bytes:
		return []byte(b), nil
	case *ByteArray:
		return append([]byte(nil), b.Data...), nil
	}
	return nil, pyutil.TypeErrorf("encoder should return a bytes object, not '%s'", pyutil.TypeName(res))
}
