package host

import (
	"bytes"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// With newline None or empty, CPython reads a file through an
// IncrementalNewlineDecoder, which holds a '\r' that ends a chunk back
// as a flag (the next chunk tells '\r' from '\r\n'); tell() near such a
// '\r' answers a cookie carrying that flag, and often the bytes and
// characters to take after it, instead of a plain byte position. For the
// codecs the text layer decodes itself, plainSnap records what CPython's
// decoder would hold at the start of the current chunk, and tell() runs
// findCookie over a model of that decoder (plainDecoder) whenever the
// chunk has a '\r' in it; without one the byte position is the cookie.
type plainSnap struct {
	ok    bool
	pos   int64  // byte position of input[0]
	cr    bool   // a '\r' read before pos was pending there
	input []byte // the bytes decoded since: those held back, then the chunk
	head  int    // bytes of t.text from before the chunk
}

// modelsCookie reports whether tell() works the cookie out with
// plainDecoder: universal newlines, and a codec whose decoder has no
// flags of its own (a byte order mark read at the start would give some).
func (t *TextIO) modelsCookie() bool {
	return t.universal && t.gen == nil && !t.sig && t.codec != codecUTF16 && t.codec != "utf-32"
}

// noteSnap records the chunk fill has just decoded: raw is the carried
// bytes and then the chunk's, cr whether the carried bytes start with a
// '\r' held back, start raw's position and head the length of the text
// left from before.
func (t *TextIO) noteSnap(raw []byte, cr bool, start int64, head int) {
	if !t.modelsCookie() || !t.buf.raw.seekable() {
		t.snap.ok = false
		return
	}
	skip := 0
	if cr {
		skip = t.unitSize()
	}
	t.snap = plainSnap{ok: true, pos: start + int64(skip), cr: cr, input: raw[skip:], head: head}
}

// tellCookie is tell()'s answer on the plain path.
func (t *TextIO) tellCookie() (py.Object, error) {
	s := t.snap
	if s.ok && t.pos >= s.head && (s.cr || bytes.IndexByte(s.input, '\r') >= 0) {
		flags := int64(0)
		if s.cr {
			flags = 1
		}
		skip := utf8.RuneCountInString(t.text[s.head:t.pos])
		if skip == 0 {
			return cookie(s.pos, flags, 0, false, 0), nil
		}
		// Most often the cookie is the byte position after all: there
		// the decoder holds nothing, and CPython's search cannot pass it
		// unless a '\r' ends the bytes before or starts those after (or
		// ends the text read: newline '' keeps it, and the '\n' after it
		// may be still to come).
		if pos, err := t.tellPos(); err == nil && t.text[t.pos-1] != '\r' {
			if b := int(pos - s.pos); b > 0 && b <= len(s.input) {
				cr := t.encodeBack("\r")
				if !bytes.HasSuffix(s.input[:b], cr) && !bytes.HasPrefix(s.input[b:], cr) {
					return py.Int(pos), nil
				}
			}
		}
		c, err := findCookie(&plainDecoder{t: t}, t.b2c, s.pos, flags, s.input, skip)
		if err == nil {
			return c, nil
		}
		// a decoding error: the plain position, as before
	}
	pos, err := t.tellPos()
	if err != nil {
		return nil, err
	}
	return py.Int(pos), nil
}

// plainDecoder models CPython's decoder (the codec's incremental decoder
// under an IncrementalNewlineDecoder) for a codec decoded here: it holds
// the bytes of an incomplete character and a pending '\r'.
type plainDecoder struct {
	t    *TextIO
	held []byte
	cr   bool
}

func (d *plainDecoder) setFlags(flags int64) error {
	d.held, d.cr = nil, flags&1 != 0
	return nil
}

func (d *plainDecoder) feed(p []byte, final bool) (int, error) {
	data := append(append([]byte(nil), d.held...), p...)
	keep := 0
	if !final {
		keep = d.t.incompleteTail(data)
	}
	d.held = data[len(data)-keep:]
	s, err := d.t.decodeBytes(data[:len(data)-keep])
	if err != nil {
		return 0, err
	}
	if d.cr && (s != "" || final) {
		s, d.cr = "\r"+s, false
	}
	if !final && strings.HasSuffix(s, "\r") {
		s, d.cr = s[:len(s)-1], true
	}
	n := utf8.RuneCountInString(s)
	if d.t.translate {
		n -= strings.Count(s, "\r\n")
	}
	return n, nil
}

func (d *plainDecoder) state() ([]byte, int64, error) {
	if d.cr {
		return d.held, 1, nil
	}
	return d.held, 0, nil
}

// seekCookie is seek(cookie) on the plain path for a cookie tell() made
// with flags, bytes to feed or characters to skip: the file goes to the
// cookie's position with a pending '\r' carried as the byte it was, and
// the characters to skip are read and dropped.
func (t *TextIO) seekCookie(n *big.Int, c py.Object) (py.Object, error) {
	start, flags, feed, skip, _, err := t.seekCookieStart(n)
	if err != nil {
		return nil, err
	}
	t.noTell = false
	t.chunkStart = start
	t.bomDone = true
	cr := flags&1 != 0 && t.universal
	if cr {
		t.carry, t.carryCR = t.encodeBack("\r"), true
	}
	if skip == 0 {
		// tell() gives the cookie back until something is read
		if t.modelsCookie() {
			t.snap = plainSnap{ok: true, pos: start, cr: cr}
		}
		return c, nil
	}
	// CPython decodes the bytes to feed, and keeps the ratio it had
	b2c := t.b2c
	t.feed, t.feedNext = int(feed), true
	defer func() { t.feedNext, t.b2c = false, b2c }()
	for skip > 0 {
		have := utf8.RuneCountInString(t.text[t.pos:])
		if int64(have) >= skip {
			t.pos += len(cutRunes(t.text[t.pos:], int(skip)))
			break
		}
		more, err := t.fill(0)
		if err != nil {
			return nil, err
		}
		if !more {
			return nil, py.ExceptionNewf(py.OSError, "can't restore logical file position")
		}
	}
	return c, nil
}

// bigCookie is the cookie given to seek() when it is more than a byte
// position (past 64 bits), or nil.
func bigCookie(c py.Object) (*big.Int, error) {
	if _, ok := c.(py.Int); ok {
		return nil, nil
	}
	n, err := pyarg.Index(c)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, pyutil.ValueErrorf("negative seek position %s", n.String())
	}
	if n.BitLen() <= 63 {
		return nil, nil
	}
	return n, nil
}
