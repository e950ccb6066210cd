package host

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType = deriveFromIOBase(py.NewTypeX("_io.TextIOWrapper", "TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False)\n\nText reading and writing over a buffered binary stream, decoding and\nencoding with encoding and translating line endings as newline says.", textIONew, nil), TextIOBaseType)

// TextIO is a text file over a Buffered one.
//
// Reading decodes the buffer a chunk at a time. The current chunk's text
// (newlines translated) is text; text[pos:] is not yet returned. The
// chunk's text came from exactly the bytes chunkBytes, which start at
// byte position chunkStart; bytes that cannot be decoded yet (an
// incomplete sequence, a '\r' whose next character decides what it is)
// wait in carry for the next chunk. tell() maps pos back to a byte
// position (walk), which is what CPython's tell() returns whenever its
// decoder holds no state.
type TextIO struct {
	buf      *Buffered
	encoding string
	codec    codec
	errors   errorHandler

	newline       py.Object // None or the str given
	translate     bool      // newline=None: '\r\n' and '\r' read as '\n'
	universal     bool      // newline None or '': any line ending ends a line
	readNL        string    // the line ending otherwise
	writeNL       string    // what '\n' is written as ("": itself)
	lineBuffering bool

	text       string
	pos        int
	chunkStart int64
	chunkBytes []byte
	chunkExact bool // text offsets are byte offsets in chunkBytes
	carry      []byte
	eof        bool
	walkT      int // text offset known to start at byte walkB
	walkB      int
	seen       int  // line endings seen: 1 '\r', 2 '\n', 4 '\r\n'
	noTell     bool // next() disables tell(), as in CPython
	detached   bool
	link       *streamLink    // what a collection of t closes (fileio_drop.go)
	bigEndian  bool           // utf-16 byte order, from the BOM
	bomDone    bool           // the utf-16 (or utf-8-sig) BOM has been read or written
	sig        bool           // utf-8-sig: utf-8 behind a byte order mark
	utf32      bool           // codec is utf-32, utf-32-le or utf-32-be (decoded here, not by decode)
	chunkSize  int            // _CHUNK_SIZE as set by the script, 0 for the default
	gen        *statefulCodec // set for a codec read and written through its incremental objects (textio_stateful.go)
	b2c        float64        // bytes per character of the last chunk
	feed       int            // the size of the next chunk when feedNext (set by seekCookie)
	feedNext   bool
	carryCR    bool      // carry starts with a '\r' CPython's decoder would hold as pending
	snap       plainSnap // the current chunk as CPython's tell() sees it (textio_cookie.go)
	attrs      attrDict
}

// Type implements py.Object.
func (t *TextIO) Type() *py.Type { return TextIOWrapperType }

func textIONew(typ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := parseArgs("TextIOWrapper", args, kwargs, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 0)
	if err != nil {
		return nil, err
	}
	b, ok := a[0].(*Buffered)
	if !ok {
		return nil, pyutil.TypeErrorf("TextIOWrapper() argument 1 must be a buffered file object, not %s", pyutil.TypeName(a[0]))
	}
	lb, err := truth(a[4])
	if err != nil {
		return nil, err
	}
	t, err := newTextIO(b, a[1], a[2], a[3], lb)
	if err != nil {
		return nil, err
	}
	t.closeOnDrop()
	if !b.detached {
		b.raw.warnAs(t)
	}
	return t, nil
}

// strOrNone checks an optional str argument of TextIOWrapper/open.
func strOrNone(fn string, n int, o py.Object) (string, bool, error) {
	if o == nil || o == py.None {
		return "", false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", false, pyutil.TypeErrorf("%s() argument %d must be str or None, not %s", fn, n, pyutil.TypeName(o))
	}
	return string(s), true, nil
}

// utf8BOM is the byte order mark utf-8-sig puts first.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func newTextIO(b *Buffered, encoding, errors, newline py.Object, lineBuffering bool) (*TextIO, error) {
	t := &TextIO{buf: b, encoding: "UTF-8", errors: "strict", newline: py.None, lineBuffering: lineBuffering}
	if s, ok, err := strOrNone("TextIOWrapper", 2, encoding); err != nil {
		return nil, err
	} else if ok {
		t.encoding = s
	}
	if s, ok, err := strOrNone("TextIOWrapper", 3, errors); err != nil {
		return nil, err
	} else if ok {
		t.errors = errorHandler(s)
	}
	nl, hasNL, err := strOrNone("TextIOWrapper", 4, newline)
	if err != nil {
		return nil, err
	}
	if hasNL {
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, pyutil.ValueErrorf("illegal newline value: %s", nl)
		}
		t.newline = py.String(nl)
	}
	c, err := lookupCodec(t.encoding)
	if err != nil && normalizedCodecName(t.encoding) == "utf_8_sig" {
		// utf-8 with the byte order mark dropped when read at the start
		// and written first (see fill and write)
		c, err, t.sig = codecUTF8, nil, true
	}
	if err != nil {
		switch canon := CanonicalCodec(t.encoding); canon {
		case "utf-32", "utf-32-le", "utf-32-be":
			// stateless but for the byte order mark, which the text
			// layer reads and writes itself as for utf-16
			c, err, t.utf32 = codec(canon), nil, true
		}
	}
	t.translate = !hasNL
	t.universal = !hasNL || nl == ""
	if err != nil || strings.HasPrefix(string(c), pyCodecMark) {
		if err != nil && !unknownEncoding(err) {
			return nil, err
		}
		// a codec with state between chunks, or a script's: through
		// the codec's incremental decoder and encoder
		if err := t.setupStateful(); err != nil {
			return nil, err
		}
		c = ""
	}
	t.codec = c
	t.bigEndian = c == codecUTF16BE || c == "utf-32-be"
	t.translate = !hasNL
	t.universal = !hasNL || nl == ""
	t.readNL = nl
	if hasNL && nl != "" && nl != "\n" {
		t.writeNL = nl
	}
	if b.kind != bufWriter && b.raw.seekable() {
		if pos, err := b.tell(); err == nil {
			t.chunkStart = pos
			if pos != 0 {
				t.bomDone = true
			}
		}
	}
	return t, nil
}

// checkOpen is the check of every text operation.
func (t *TextIO) checkOpen() error {
	if t.detached {
		return pyutil.ValueErrorf("underlying buffer has been detached")
	}
	if t.buf.raw.closed {
		return errClosed(closedText + ".")
	}
	return nil
}

// unitSize is the width of the codec's code unit.
func (t *TextIO) unitSize() int {
	if t.utf32 {
		return 4
	}
	if t.codec.isUTF16() {
		return 2
	}
	return 1
}

// incompleteTail is how many bytes at the end of p start a character
// that continues in bytes not read yet.
func (t *TextIO) incompleteTail(p []byte) int {
	switch {
	case t.utf32:
		return len(p) % 4
	case t.codec == codecUTF8:
		for k := 1; k <= 3 && k <= len(p); k++ {
			c := p[len(p)-k]
			if c < 0x80 {
				return 0
			}
			if c >= 0xC0 {
				need := 2
				if c >= 0xF0 {
					need = 4
				} else if c >= 0xE0 {
					need = 3
				}
				if need > k {
					if _, reason := pyutil.UTF8Sequence(p[len(p)-k:], false); reason == "unexpected end of data" {
						return k
					}
				}
				return 0
			}
		}
		return 0
	case t.codec.isUTF16():
		odd := len(p) % 2
		if len(p)-odd >= 2 {
			u := t.unit16(p[len(p)-odd-2:])
			if u >= 0xD800 && u < 0xDC00 {
				return odd + 2
			}
		}
		return odd
	}
	return 0
}

// order32 is the byte order argument of EncodeUTF32 and DecodeUTF32 for
// the file's text once any byte order mark is dealt with.
func (t *TextIO) order32() int {
	if t.bigEndian {
		return 1
	}
	return -1
}

func (t *TextIO) unit16(p []byte) uint16 {
	if t.bigEndian {
		return uint16(p[0])<<8 | uint16(p[1])
	}
	return uint16(p[1])<<8 | uint16(p[0])
}

// decodeBytes decodes a chunk with the file's codec and error handler.
func (t *TextIO) decodeBytes(p []byte) (string, error) {
	if t.utf32 {
		s, _, _, err := DecodeUTF32(p, string(t.errors), t.order32(), true)
		return s, err
	}
	if t.codec.isUTF16() {
		return decodeUTF16(p, t.bigEndian, t.errors, t.codec.utf16Name(t.bigEndian))
	}
	s, err := decode(p, t.codec, t.errors)
	return string(s), err
}

// fill decodes the next chunk (at least hint bytes' worth when hint > 0,
// by the bytes per character of the chunk before, as CPython sizes the
// chunks read(n) asks for); false at end of file.
func (t *TextIO) fill(hint int) (bool, error) {
	if t.gen != nil {
		return t.gfill(hint)
	}
	if t.eof {
		t.snap.ok = false
		return false, nil
	}
	start, err := t.buf.tell()
	if err != nil {
		start = 0
	}
	start -= int64(len(t.carry))
	// a chunk at a time, as CPython decodes: a decoding error further on
	// waits until reading gets there
	size := t.chunkSize
	if size == 0 {
		size = 8192
	}
	if hint > 0 {
		size = max(size, int(max(t.b2c, 1)*float64(hint)))
	}
	if t.feedNext {
		// the bytes a seek's cookie says to feed, as CPython reads them
		size, t.feedNext = t.feed, false
	}
	newBytes, err := t.buf.chunk(size)
	if err != nil {
		return false, err
	}
	held := t.carry
	raw := append(t.carry, newBytes...)
	t.carry = nil
	cr := t.carryCR
	t.carryCR = false
	if len(newBytes) == 0 {
		t.eof = true
		if len(raw) == 0 {
			t.snap.ok = false
			return false, nil
		}
	}
	if t.sig && start == 0 {
		if len(raw) < len(utf8BOM) && !t.eof && bytes.HasPrefix(utf8BOM, raw) {
			t.carry = raw
			return true, nil
		}
		t.bomDone = true
		if bytes.HasPrefix(raw, utf8BOM) {
			raw, start = raw[len(utf8BOM):], start+int64(len(utf8BOM))
		}
	}
	var mark []byte // a utf-16 or utf-32 byte order mark taken off this chunk
	if t.utf32 && !t.bomDone && start == 0 {
		if len(raw) < 4 && !t.eof {
			t.carry = raw
			return true, nil
		}
		t.bomDone = true
		if t.codec == "utf-32" && len(raw) >= 4 {
			switch {
			case raw[0] == 0xFF && raw[1] == 0xFE && raw[2] == 0 && raw[3] == 0:
				mark, raw, start = raw[:4], raw[4:], start+4
			case raw[0] == 0 && raw[1] == 0 && raw[2] == 0xFE && raw[3] == 0xFF:
				t.bigEndian = true
				mark, raw, start = raw[:4], raw[4:], start+4
			default:
				return false, py.ExceptionNewf(py.UnicodeError, "UTF-32 stream does not start with BOM")
			}
		}
	}
	if t.codec.isUTF16() && !t.bomDone && start == 0 {
		if len(raw) < 2 && !t.eof {
			t.carry = raw
			return true, nil
		}
		t.bomDone = true
		if t.codec == codecUTF16 && len(raw) >= 2 {
			switch {
			case raw[0] == 0xFF && raw[1] == 0xFE:
				mark, raw, start = raw[:2], raw[2:], start+2
			case raw[0] == 0xFE && raw[1] == 0xFF:
				t.bigEndian = true
				mark, raw, start = raw[:2], raw[2:], start+2
			default:
				return false, py.ExceptionNewf(py.UnicodeError, "UTF-16 stream does not start with BOM")
			}
		}
	}
	body := raw
	if !t.eof {
		k := t.incompleteTail(raw)
		body = raw[:len(raw)-k]
	}
	s, err := t.decodeBytes(body)
	if err != nil {
		// the chunk's bytes are gone, and so is the text a read or
		// readline had gathered, as in CPython; the bytes held from
		// before stay held (at the end of the file, the next read
		// fails the same way)
		t.pos = len(t.text)
		t.carry, t.carryCR, t.eof = held, cr, false
		return false, behindMark(err, mark)
	}
	if t.universal && !t.eof && strings.HasSuffix(s, "\r") {
		s = s[:len(s)-1]
		body = body[:len(body)-t.unitSize()]
		t.carryCR = true
	}
	t.carry = append([]byte(nil), raw[len(body):]...)
	exact := t.codec == codecUTF8 && utf8.Valid(body)
	if t.universal && strings.IndexByte(s, '\r') >= 0 {
		s = t.noteNewlines(s)
		if t.translate {
			exact = false
		}
	} else if t.universal && strings.IndexByte(s, '\n') >= 0 {
		t.seen |= 2
	}
	// The text not yet returned stays in front of the new chunk's.
	rest := t.text[t.pos:]
	if n := utf8.RuneCountInString(s); n > 0 {
		t.b2c = float64(len(newBytes)) / float64(n)
	} else {
		t.b2c = 0
	}
	t.noteSnap(raw, cr, start, len(rest))
	if rest != "" {
		// Only read(n) and readline() leave text behind across a fill;
		// they keep what they took, so the old chunk is gone.
		t.text = rest + s
		t.chunkStart = start - int64(t.bytesOf(rest))
		t.chunkBytes = append(t.encodeBack(rest), body...)
		exact = exact && t.codec == codecUTF8
	} else {
		t.text = s
		t.chunkStart = start
		t.chunkBytes = append(t.chunkBytes[:0], body...)
	}
	t.pos = 0
	t.chunkExact = exact
	t.walkT, t.walkB = 0, 0
	return true, nil
}

// behindMark is a decoding error of the bytes after a byte order mark as
// CPython reports it: its decoder was given the mark too, so the bytes
// the error holds start with it and its positions count it.
func behindMark(err error, mark []byte) error {
	e, ok := err.(*py.Exception)
	if !ok || len(mark) == 0 || e.Base != py.UnicodeDecodeError {
		return err
	}
	old, ok := e.Args.(py.Tuple)
	if !ok || len(old) != 5 {
		return err
	}
	obj, ok1 := old[1].(py.Bytes)
	start, ok2 := old[2].(py.Int)
	end, ok3 := old[3].(py.Int)
	if !ok1 || !ok2 || !ok3 {
		return err
	}
	n := py.Int(len(mark))
	whole := py.Bytes(append(append([]byte(nil), mark...), obj...))
	args := py.Tuple{old[0], whole, start + n, end + n, old[4]}
	dict := py.StringDict{}
	for k, v := range e.Dict {
		dict[k] = v
	}
	dict["object"], dict["start"], dict["end"] = whole, start+n, end+n
	return &py.Exception{Base: e.Base, Args: args, Dict: dict}
}

// noteNewlines records the line endings in s and translates them when
// newline is None.
func (t *TextIO) noteNewlines(s string) string {
	crlf := strings.Count(s, "\r\n")
	cr := strings.Count(s, "\r") - crlf
	lf := strings.Count(s, "\n") - crlf
	if crlf > 0 {
		t.seen |= 4
	}
	if cr > 0 {
		t.seen |= 1
	}
	if lf > 0 {
		t.seen |= 2
	}
	if t.translate {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// bytesOf and encodeBack re-encode leftover text; used only for the
// short remainder of a line across chunks.
func (t *TextIO) bytesOf(s string) int { return len(t.encodeBack(s)) }

func (t *TextIO) encodeBack(s string) []byte {
	if t.utf32 {
		if b, err := EncodeUTF32(s, "surrogatepass", t.order32()); err == nil {
			return b
		}
		return []byte(s)
	}
	if t.codec.isUTF16() {
		b, _ := encodeUTF16(s, t.bigEndian, "surrogatepass", "utf-16")
		return b
	}
	b, err := encode(s, t.codec, "surrogateescape")
	if err != nil {
		return []byte(s)
	}
	return b
}

// tellPos is the byte position of text[pos].
func (t *TextIO) tellPos() (int64, error) {
	if t.pos == 0 {
		if t.text == "" {
			pos, err := t.buf.tell()
			return pos - int64(len(t.carry)), err
		}
		return t.chunkStart, nil
	}
	if t.pos == len(t.text) {
		return t.chunkStart + int64(len(t.chunkBytes)), nil
	}
	if t.chunkExact {
		return t.chunkStart + int64(t.pos), nil
	}
	return t.chunkStart + int64(t.walk(t.pos)), nil
}

// walk finds the byte offset in chunkBytes where text offset target
// starts, decoding a character at a time from the last known point.
func (t *TextIO) walk(target int) int {
	if target < t.walkT {
		t.walkT, t.walkB = 0, 0
	}
	p := t.chunkBytes
	for t.walkT < target && t.walkB < len(p) {
		n := t.unitLen(p[t.walkB:])
		out, _ := t.decodeBytes(p[t.walkB : t.walkB+n])
		if t.universal && out == "\r" {
			if m := t.walkB + n; m < len(p) {
				n2 := t.unitLen(p[m:])
				if next, _ := t.decodeBytes(p[m : m+n2]); next == "\n" {
					n += n2
					if !t.translate {
						out = "\r\n"
					}
				}
			}
			if t.translate {
				out = "\n"
			}
		}
		t.walkB += n
		t.walkT += len(out)
	}
	return t.walkB
}

// unitLen is the length of the character (or invalid unit) at p[0].
func (t *TextIO) unitLen(p []byte) int {
	switch {
	case t.utf32:
		return min(4, len(p))
	case t.codec == codecUTF8:
		n, _ := pyutil.UTF8Sequence(p, false)
		return min(n, len(p))
	case t.codec.isUTF16():
		if len(p) >= 4 {
			u := t.unit16(p)
			if u >= 0xD800 && u < 0xDC00 {
				v := t.unit16(p[2:])
				if v >= 0xDC00 && v < 0xE000 {
					return 4
				}
			}
		}
		return min(2, len(p))
	}
	return 1
}

// resetRead forgets decoded text (after a seek or before a write).
func (t *TextIO) resetRead() {
	t.text, t.pos = "", 0
	t.chunkBytes = t.chunkBytes[:0]
	t.carry = nil
	t.carryCR = false
	t.snap.ok = false
	t.eof = false
	t.walkT, t.walkB = 0, 0
}

// syncForWrite forgets decoded text before a write. As CPython's, the
// write lands where the buffer's reading stopped (the end of the chunk
// decoded last), not after the characters returned.
func (t *TextIO) syncForWrite() error {
	if t.text != "" || len(t.carry) != 0 || t.eof {
		t.resetRead()
	}
	return nil
}

// lineEnd finds the end of the first line in s: the index just past its
// line ending, or -1.
func (t *TextIO) lineEnd(s string) int {
	switch {
	case t.translate || !t.universal && t.readNL == "\n":
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case t.universal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		// a '\r' ending the text is a line of its own: a chunk's last
		// '\r' waits for the next one (fill), which says what it is
		return i + 1
	default:
		if i := strings.Index(s, t.readNL); i >= 0 {
			return i + len(t.readNL)
		}
	}
	return -1
}

// readline returns the next line, at most limit characters (limit < 0:
// any).
func (t *TextIO) readline(limit int) (string, error) {
	scanned := 0
	for {
		s := t.text[t.pos:]
		if e := t.lineEnd(s[min(scanned, len(s)):]); e >= 0 {
			e += min(scanned, len(s))
			line := s[:e]
			if limit >= 0 && utf8.RuneCountInString(line) > limit {
				line = cutRunes(line, limit)
			}
			t.pos += len(line)
			return line, nil
		}
		if limit >= 0 && utf8.RuneCountInString(s) >= limit {
			line := cutRunes(s, limit)
			t.pos += len(line)
			return line, nil
		}
		scanned = len(s)
		if t.universal && !t.translate && strings.HasSuffix(s, "\r") {
			scanned--
		} else if !t.universal && len(t.readNL) > 1 && scanned > 0 {
			scanned--
		}
		more, err := t.fill(0)
		if err != nil {
			return "", err
		}
		if !more {
			line := t.text[t.pos:]
			t.pos = len(t.text)
			return line, nil
		}
	}
}

// cutRunes is the first n characters of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// read returns n characters (all when n < 0).
func (t *TextIO) read(n int) (string, error) {
	if n < 0 {
		if t.gen != nil {
			return t.greadAll()
		}
		var sb strings.Builder
		sb.WriteString(t.text[t.pos:])
		t.pos = len(t.text)
		for {
			more, err := t.fill(0)
			if err != nil {
				return "", err
			}
			if !more {
				break
			}
			sb.WriteString(t.text[t.pos:])
			t.pos = len(t.text)
		}
		return sb.String(), nil
	}
	for {
		have := utf8.RuneCountInString(t.text[t.pos:])
		if have >= n {
			break
		}
		more, err := t.fill(n - have)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	s := cutRunes(t.text[t.pos:], n)
	t.pos += len(s)
	return s, nil
}

// flushBuffer writes what the buffer holds (the buffer locked).
func (t *TextIO) flushBuffer() error {
	err := t.buf.flushWrites()
	if err != nil && wouldBlock(err) {
		return blockedAfter(err, 0)
	}
	return err
}

// write encodes s to the buffer and, with line buffering, flushes the
// buffer when s has a line ending; it returns the characters written.
func (t *TextIO) write(s string) (int, error) {
	n, err := t.encodeOut(s)
	if err == nil && t.lineBuffering && strings.ContainsAny(s, "\n\r") {
		err = t.flushBuffer()
	}
	return n, err
}

// writeFast appends s to the buffer when that is all a write does: s is
// non-empty ASCII (its length is its character count and its utf-8
// encoding), the codec is plain utf-8 with no newline translation, no
// line buffering sees a line ending, nothing read is held, and s fits in
// the buffer's free room. It reports false, having done nothing, for
// any other case, and when a lock is not free at once.
func (t *TextIO) writeFast(s string) bool {
	if len(s) == 0 || t.detached || t.gen != nil || t.codec != codecUTF8 || t.sig || t.writeNL != "" ||
		t.text != "" || len(t.carry) != 0 || t.eof {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || t.lineBuffering && (c == '\n' || c == '\r') {
			return false
		}
	}
	b := t.buf
	if b.raw.closed || !b.canWrite() || b.pend == nil || len(b.rbuf) != b.rpos {
		return false
	}
	if !b.mu.TryLock() {
		return false
	}
	w := b.pend
	if !w.mu.TryLock() {
		b.mu.Unlock()
		return false
	}
	ok := len(w.data)+len(s) <= w.size && (w.data != nil || w.size <= 1<<20)
	if ok {
		if w.data == nil {
			w.data = make([]byte, 0, w.size)
		}
		w.data = append(w.data, s...)
		w.list()
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	w.mu.Unlock()
	b.mu.Unlock()
	return ok
}

// encodeOut encodes s to the buffer; it returns the characters written.
func (t *TextIO) encodeOut(s string) (int, error) {
	n := vm.StrLen(s)
	if t.writeNL != "" {
		s = strings.ReplaceAll(s, "\n", t.writeNL)
	}
	var b []byte
	var err error
	if t.gen != nil {
		if b, err = t.gwrite(s); err != nil {
			return 0, err
		}
		if _, err := t.buf.write(b); err != nil {
			return 0, err
		}
		return n, nil
	}
	if err := t.syncForWrite(); err != nil {
		return 0, err
	}
	if t.codec == codecUTF8 && !t.sig && t.buf.pend != nil && utf8.ValidString(s) {
		// utf-8 text is its own encoding: straight into the buffer
		return n, t.buf.writeString(s)
	}
	if t.utf32 {
		if t.codec == "utf-32" && !t.bigEndian {
			// order 0 names the codec in errors as given ('utf-32'), and
			// puts a mark first that is dropped here
			if b, err = EncodeUTF32(s, string(t.errors), 0); err == nil {
				b = b[4:]
			}
		} else {
			b, err = EncodeUTF32(s, string(t.errors), t.order32())
		}
		if err == nil && t.codec == "utf-32" && !t.bomDone {
			t.bomDone = true
			if pos, perr := t.buf.tell(); perr == nil && pos == 0 {
				b = append([]byte{0xFF, 0xFE, 0, 0}, b...)
			}
		}
	} else if t.codec.isUTF16() {
		b, err = encodeUTF16(s, t.bigEndian, t.errors, t.codec.utf16Name(t.bigEndian))
		if err == nil && t.codec == codecUTF16 && !t.bomDone {
			t.bomDone = true
			if pos, perr := t.buf.tell(); perr == nil && pos == 0 {
				b = append([]byte{0xFF, 0xFE}, b...)
			}
		}
	} else {
		var pb py.Bytes
		pb, err = encode(s, t.codec, t.errors)
		b = pb
		if err == nil && t.sig && !t.bomDone {
			t.bomDone = true
			if pos, perr := t.buf.tell(); perr == nil && pos == 0 {
				b = append(append([]byte(nil), utf8BOM...), b...)
			}
		}
	}
	if err != nil {
		return 0, err
	}
	if _, err := t.buf.write(b); err != nil {
		return 0, err
	}
	return n, nil
}

func (t *TextIO) M__repr__() (py.Object, error) {
	var sb strings.Builder
	sb.WriteString("<_io.TextIOWrapper")
	if !t.detached {
		if n, err := nameRepr(t.buf.raw.nameAttr()); err == nil {
			sb.WriteString(n)
		}
	}
	if mode, ok := t.attrs.OwnAttr("mode"); ok {
		r, err := vm.Repr(mode)
		if err != nil {
			return nil, err
		}
		sb.WriteString(" mode=" + r)
	}
	fmt.Fprintf(&sb, " encoding='%s'>", t.encoding)
	return py.String(sb.String()), nil
}

func (t *TextIO) M__iter__() (py.Object, error) {
	if err := t.checkOpen(); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *TextIO) M__next__() (py.Object, error) {
	if err := t.checkOpen(); err != nil {
		return nil, err
	}
	if !t.buf.canRead() {
		return nil, unsupported("not readable")
	}
	t.buf.lock()
	t.noTell = true
	line, err := t.readline(-1)
	t.buf.unlock()
	if err != nil {
		return nil, err
	}
	if line == "" {
		t.noTell = false
		return nil, py.StopIteration
	}
	return py.String(line), nil
}

// textMethod installs a method that checks the file is open and runs
// with the buffer locked.
func textMethod(name, doc string, fn func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	ioMethod(TextIOWrapperType, name, doc, func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		t.buf.lock()
		defer t.buf.unlock()
		return fn(t, args, kwargs)
	})
}

func init() {
	tt := TextIOWrapperType
	ioProperty(tt, "buffer", func(t *TextIO) (py.Object, error) { return t.buf, nil })
	// _CHUNK_SIZE is how many bytes a read asks the buffer for at a time
	// in CPython; it is kept for scripts that tune it.
	tt.Dict["_CHUNK_SIZE"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			t, ok := self.(*TextIO)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '_CHUNK_SIZE' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", pyutil.TypeName(self))
			}
			if t.chunkSize == 0 {
				return py.Int(8192), nil // CPython 3.6's default
			}
			return py.Int(t.chunkSize), nil
		},
		Fset: func(self, value py.Object) error {
			t, ok := self.(*TextIO)
			if !ok {
				return pyutil.TypeErrorf("descriptor '_CHUNK_SIZE' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", pyutil.TypeName(self))
			}
			n, err := pyarg.IndexInt(value)
			if err != nil {
				return err
			}
			if n <= 0 {
				return pyutil.ValueErrorf("a strictly positive integer is required")
			}
			t.chunkSize = n
			return nil
		},
	}
	ioProperty(tt, "encoding", func(t *TextIO) (py.Object, error) { return py.String(t.encoding), nil })
	ioProperty(tt, "errors", func(t *TextIO) (py.Object, error) { return py.String(string(t.errors)), nil })
	ioProperty(tt, "line_buffering", func(t *TextIO) (py.Object, error) { return py.NewBool(t.lineBuffering), nil })
	ioProperty(tt, "closed", func(t *TextIO) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		return py.NewBool(t.buf.raw.closed), nil
	})
	ioProperty(tt, "name", func(t *TextIO) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		return vm.GetAttr(t.buf, "name")
	})
	ioProperty(tt, "newlines", func(t *TextIO) (py.Object, error) {
		if !t.universal {
			return py.None, nil
		}
		var kinds py.Tuple
		for i, s := range []string{"\r", "\n", "\r\n"} {
			if t.seen&(1<<i) != 0 {
				kinds = append(kinds, py.String(s))
			}
		}
		switch len(kinds) {
		case 0:
			return py.None, nil
		case 1:
			return kinds[0], nil
		}
		return kinds, nil
	})
	textMethod("read", "read(size=-1) -> str\n\nAt most size characters (to EOF when size is negative); '' at EOF.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("read", args, kwargs, []string{"size"}, 0, 1)
		if err != nil {
			return nil, err
		}
		n, err := sizeArg(a[0])
		if err != nil {
			return nil, err
		}
		if !t.buf.canRead() {
			return nil, unsupported("not readable")
		}
		// CPython asks its buffer for about n bytes at once (read1),
		// which allocates them first: a size no machine could give is
		// MemoryError
		if err := pyutil.CheckAlloc(n); err != nil {
			return nil, err
		}
		s, err := t.read(n)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	textMethod("readline", "Read until newline or EOF.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("readline", args, kwargs, []string{"size"}, 0, 1)
		if err != nil {
			return nil, err
		}
		n := -1
		if a[0] != nil {
			n, err = pyarg.SsizeT(a[0])
		}
		if err != nil {
			return nil, err
		}
		if !t.buf.canRead() {
			return nil, unsupported("not readable")
		}
		s, err := t.readline(n)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	textMethod("readlines", "readlines(hint=-1) -> list\n\nThe remaining lines; stops once hint units have been read when hint > 0.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("readlines", args, kwargs, []string{"hint"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if !t.buf.canRead() {
			return nil, unsupported("not readable")
		}
		return readLines(a[0], func() (py.Object, int, error) {
			s, err := t.readline(-1)
			return py.String(s), utf8.RuneCountInString(s), err
		})
	})
	// write checks its argument before the stream, as CPython's does
	// (a bytes write to a closed file is a TypeError)
	ioMethod(tt, "write", "Write string to stream. Returns the number of characters written.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("write() takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		s, ok := args[0].(py.String)
		if !ok {
			what := pyutil.TypeName(args[0])
			if args[0] == py.None {
				what = "None" // CPython's argument parser names None so
			}
			return nil, pyutil.TypeErrorf("write() argument must be str, not %s", what)
		}
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		t.buf.lock()
		defer t.buf.unlock()
		if !t.buf.canWrite() {
			return nil, unsupported("not writable")
		}
		n, err := t.write(string(s))
		if err != nil {
			return nil, err
		}
		return py.Int(n), nil
	})
	// the common write, ASCII text to a utf-8 file with room in its
	// buffer, is answered before the general method (its recover, its
	// deferred unlock and the encoding step)
	general := tt.Dict["write"].(*py.Method)
	fast := pyutil.MustNewMethod("write", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t, ok := self.(*TextIO); ok && len(args) == 1 && len(kwargs) == 0 {
			if s, ok := args[0].(py.String); ok && t.writeFast(string(s)) {
				return py.Int(len(s)), nil
			}
		}
		// the general method may keep what it is given: a copy of the
		// borrowed arguments
		return general.CallWithKeywords(self, append(py.Tuple(nil), args...), kwargs)
	}, 0, general.Doc)
	fast.Flags |= vm.ArgsBorrowed
	tt.Dict["write"] = fast
	ioMethod(tt, "writelines", "writelines(lines) -> None\n\nWrite each item of lines in turn; no line endings are added.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("writelines() takes exactly one argument (%d given)", len(args))
		}
		return writeEach(t, args[0])
	})
	textMethod("flush", "flush() -> None\n\nPush any buffered output down to the underlying stream.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, t.flushBuffer()
	})
	textMethod("tell", "tell() -> int\n\nThe stream's current position.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !t.buf.raw.seekable() {
			return nil, unsupported("underlying stream is not seekable")
		}
		if t.noTell {
			return nil, py.ExceptionNewf(py.OSError, "telling position disabled by next() call")
		}
		// CPython's tell() flushes first
		if err := t.flushBuffer(); err != nil {
			return nil, err
		}
		if t.gen != nil {
			return t.gtell()
		}
		return t.tellCookie()
	})
	ioMethod(tt, "seek", "Change stream position.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		a, err := parseArgs("seek", args, kwargs, []string{"cookie", "whence"}, 1, 2)
		if err != nil {
			return nil, err
		}
		whence := 0
		if a[1] != nil {
			// a C int, as CPython's "i"
			if whence, err = pyarg.Int(a[1]); err != nil {
				return nil, err
			}
		}
		if !t.buf.raw.seekable() {
			return nil, unsupported("underlying stream is not seekable")
		}
		given := a[0]
		if whence == 0 && pyarg.IntValue(given) == nil {
			// CPython compares the cookie with 0 first (and so reports
			// an uncomparable one), then takes int() of it (a float
			// cookie is truncated) and returns the cookie as given;
			// this may run a script's __lt__ and __int__, so the file
			// is not locked yet.
			if _, err := vm.Less(given, py.Int(0)); err != nil {
				return nil, err
			}
			if t.gen == nil {
				if a[0], err = vm.Call(py.IntType, py.Tuple{given}, nil); err != nil {
					return nil, err
				}
			}
		}
		if t.gen != nil {
			t.buf.lock()
			defer t.buf.unlock()
			t.noTell = false
			return t.gseek(a[0], whence)
		}
		if whence == 0 {
			// a cookie with a pending '\r' in it (textio_cookie.go)
			n, err := bigCookie(a[0])
			if err != nil {
				return nil, err
			}
			if n != nil {
				t.buf.lock()
				defer t.buf.unlock()
				return t.seekCookie(n, given)
			}
		}
		cookie, err := goInt(a[0])
		if err != nil {
			return nil, err
		}
		t.buf.lock()
		defer t.buf.unlock()
		switch whence {
		case 0:
			if cookie < 0 {
				return nil, pyutil.ValueErrorf("negative seek position %d", cookie)
			}
		case 1:
			if cookie != 0 {
				return nil, unsupported("can't do nonzero cur-relative seeks")
			}
			c, err := t.tellCookie()
			if err != nil {
				return nil, err
			}
			if pos, ok := c.(py.Int); ok {
				cookie = int(pos)
			} else if n, err := pyarg.Index(c); err == nil {
				return t.seekCookie(n, c)
			}
		case 2:
			if cookie != 0 {
				return nil, unsupported("can't do nonzero end-relative seeks")
			}
		default:
			return nil, pyutil.ValueErrorf("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		t.resetRead()
		t.noTell = false
		var pos int64
		if whence == 2 {
			pos, err = t.buf.seek(0, 2)
		} else {
			pos, err = t.buf.seek(int64(cookie), 0)
		}
		if err != nil {
			return nil, err
		}
		t.chunkStart = pos
		if t.codec == codecUTF16 || t.codec == "utf-32" || t.sig {
			// back at the start, a write puts the mark back and a
			// read looks for it again
			t.bomDone = pos != 0
		}
		if whence == 0 {
			return given, nil
		}
		return py.Int(pos), nil
	})
	textMethod("truncate", "truncate(size=None) -> int\n\nCut the stream to size bytes (the current position by default); gives the new size.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("truncate", args, kwargs, []string{"pos"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if !t.buf.canWrite() {
			return nil, unsupported("File not open for writing")
		}
		size := a[0]
		if (size == nil || size == py.None) && t.gen != nil {
			if size, err = t.gtell(); err != nil {
				return nil, err
			}
		}
		if size == nil || size == py.None {
			pos, err := t.tellPos()
			if err != nil {
				return nil, err
			}
			size = py.Int(pos)
		}
		if err := t.flushBuffer(); err != nil {
			return nil, err
		}
		return truncateFD(t.buf.raw.fd, size)
	})
	ioMethod(tt, "close", "Flush and close the stream.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		var ferr error
		if !t.buf.detached && !t.buf.raw.closed {
			_, ferr = t.attrs.ownFlush()
		}
		t.buf.lock()
		defer t.buf.unlock()
		if err := t.buf.close(); ferr == nil {
			return py.None, err
		}
		return nil, ferr
	})
	textMethod("detach", "detach() -> buffer\n\nUnhook the binary buffer and hand it back; the wrapper is unusable afterwards.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := t.flushBuffer(); err != nil {
			return nil, err
		}
		if err := t.syncForWrite(); err != nil {
			return nil, err
		}
		t.detached = true
		t.link.unlink()
		if !t.buf.detached {
			t.buf.raw.warnAs(t.buf)
		}
		return t.buf, nil
	})
	ioMethod(tt, "fileno", "Return the underlying file descriptor.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		if err := t.buf.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.Int(t.buf.raw.fd), nil
	})
	ioMethod(tt, "isatty", "isatty() -> bool\n\nTrue when the stream is attached to a terminal.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		if err := t.buf.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.NewBool(isatty(t.buf.raw.fd)), nil
	})
	ioMethod(tt, "readable", "readable() -> bool\n\nTrue when the stream supports read().", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		if !t.buf.canRead() {
			return py.False, nil
		}
		return py.True, t.buf.checkOp(closedText)
	})
	ioMethod(tt, "writable", "writable() -> bool\n\nTrue when the stream supports write().", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		if !t.buf.canWrite() {
			return py.False, nil
		}
		return py.True, t.buf.checkOp(closedText)
	})
	ioMethod(tt, "seekable", "seekable() -> bool\n\nTrue when seek() and tell() work on the stream.", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		if err := t.buf.checkOp(closedText); err != nil {
			return nil, err
		}
		return py.NewBool(t.buf.raw.seekable()), nil
	})
	ioMethod(tt, "__enter__", "", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := t.checkOpen(); err != nil {
			return nil, err
		}
		return t, nil
	})
	ioMethod(tt, "__exit__", "", func(t *TextIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t.detached {
			return nil, pyutil.ValueErrorf("underlying buffer has been detached")
		}
		return py.None, t.buf.close()
	})
}
