package pystruct

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// item is one format code of a parsed format: count items of size bytes
// each, the first at offset (for 's' and 'p', one item of count bytes).
type item struct {
	code   byte
	count  int
	size   int
	offset int
	kind   fieldKind // how its values decode (unpack.go)
}

// layout is a parsed format string: what a Struct packs and unpacks.
type layout struct {
	format    string // the format as given (Struct.format)
	native    bool   // '@': native sizes and alignment
	bigEndian bool
	items     []item // codes with a non-zero count, pads ('x') left out
	size      int    // calcsize
	nvalues   int    // values packed or unpacked

	fields atomic.Pointer[[]field] // items spelt out, one per value (makeFields)
}

// nativeSizes and standardSizes give each format code's size in the
// native ('@', x86-64 Linux) and standard ('=', '<', '>', '!') modes;
// native items are aligned to their size.
var nativeSizes, standardSizes [256]int8

// setupSizes fills the native and standard size tables (a step of setup, module.go).
func setupSizes() {
	for code, sizes := range map[byte][2]int8{
		'x': {1, 1}, 'c': {1, 1}, 'b': {1, 1}, 'B': {1, 1}, '?': {1, 1},
		'h': {2, 2}, 'H': {2, 2}, 'i': {4, 4}, 'I': {4, 4}, 'l': {8, 4}, 'L': {8, 4},
		'q': {8, 8}, 'Q': {8, 8}, 'n': {8, 0}, 'N': {8, 0}, 'P': {8, 0},
		'e': {2, 2}, 'f': {4, 4}, 'd': {8, 8}, 's': {1, 1}, 'p': {1, 1},
	} {
		nativeSizes[code], standardSizes[code] = sizes[0], sizes[1]
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// parseFormat parses a format as CPython 3.6 does: an optional byte
// order prefix, then codes with optional repeat counts, whitespace
// between codes ignored; a NUL byte ends the format.
func parseFormat(format string) (*layout, error) {
	l := &layout{format: format, native: true}
	s := format
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	if len(s) > 0 && strings.IndexByte("@=<>!", s[0]) >= 0 {
		l.native = s[0] == '@'
		l.bigEndian = s[0] == '>' || s[0] == '!'
		s = s[1:]
	}
	sizes := &standardSizes
	if l.native {
		sizes = &nativeSizes
	}
	tooLong := structErrorf("total struct size too long")
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		if isSpace(c) {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			count = 0
			for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
				d := int(s[i] - '0')
				if count > (math.MaxInt-d)/10 {
					return nil, tooLong
				}
				count = count*10 + d
			}
			if i == len(s) {
				return nil, structErrorf("repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		isz := int(sizes[c])
		if isz == 0 {
			return nil, structErrorf("bad char in struct format")
		}
		if l.native && isz > 1 {
			if size > math.MaxInt-(isz-1) {
				return nil, tooLong
			}
			size = (size + isz - 1) / isz * isz
		}
		switch c {
		case 's', 'p':
			if count > math.MaxInt-size {
				return nil, tooLong
			}
			l.items = append(l.items, item{code: c, count: count, size: count, offset: size})
			l.nvalues++
			size += count
		default:
			if count > (math.MaxInt-size)/isz {
				return nil, tooLong
			}
			if c != 'x' && count > 0 {
				l.items = append(l.items, item{code: c, count: count, size: isz, offset: size})
				l.nvalues += count
			}
			size += count * isz
		}
	}
	l.size = size
	l.setKinds()
	return l, nil
}

// formatString converts a format argument (str or bytes) to its bytes; a
// str must be ASCII, as CPython encodes it with the ascii codec.
func formatString(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.Bytes:
		return string(v), nil
	case py.String:
		s := string(v)
		ascii := true
		for i := 0; i < len(s) && ascii; i++ {
			ascii = s[i] < 0x80
		}
		if ascii {
			return s, nil
		}
		rs := []rune(s)
		for i, r := range rs {
			if r < 0x80 {
				continue
			}
			j := i + 1
			for j < len(rs) && rs[j] >= 0x80 {
				j++
			}
			if j == i+1 {
				return "", py.ExceptionNewf(py.UnicodeEncodeError,
					"'ascii' codec can't encode character '%s' in position %d: ordinal not in range(128)", escapeRune(r), i)
			}
			return "", py.ExceptionNewf(py.UnicodeEncodeError,
				"'ascii' codec can't encode characters in position %d-%d: ordinal not in range(128)", i, j-1)
		}
		return s, nil
	}
	return "", pyutil.TypeErrorf("Struct() argument 1 must be a str or bytes object, not %s", pyutil.TypeName(o))
}

// escapeRune is how CPython's messages show a non-ASCII character.
func escapeRune(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// cache holds recently parsed formats, as CPython's module functions do
// (at most about maxCache of them; the cache is emptied when full).
// Reads take no lock: struct.unpack in a loop looks its format up on
// every call.
var cache struct {
	mu sync.Mutex // serialises writers
	m  atomic.Pointer[sync.Map]
	n  atomic.Int64
	// last is the layout looked up last: a loop over one format finds it
	// with a string comparison, without hashing.
	last atomic.Pointer[layout]
}

const maxCache = 100

// layoutOf parses a format argument, through the cache.
func layoutOf(o py.Object) (*layout, error) {
	// The format used last is found before formatString's checks: it
	// passed them when it was parsed, as str or as bytes.
	if l := cache.last.Load(); l != nil {
		switch v := o.(type) {
		case py.String:
			if string(v) == l.format {
				return l, nil
			}
		case py.Bytes:
			if string(v) == l.format {
				return l, nil
			}
		}
	}
	f, err := formatString(o)
	if err != nil {
		return nil, err
	}
	if l := cache.last.Load(); l != nil && l.format == f {
		return l, nil
	}
	if m := cache.m.Load(); m != nil {
		if l, ok := m.Load(f); ok {
			cache.last.Store(l.(*layout))
			return l.(*layout), nil
		}
	}
	l, err := parseFormat(f)
	if err != nil {
		return nil, err
	}
	cache.mu.Lock()
	m := cache.m.Load()
	if m == nil || cache.n.Load() >= maxCache {
		m = new(sync.Map)
		cache.m.Store(m)
		cache.n.Store(0)
	}
	if _, loaded := m.LoadOrStore(f, l); !loaded {
		cache.n.Add(1)
	}
	cache.mu.Unlock()
	return l, nil
}

// clearCache empties the cache (struct._clearcache).
func clearCache() {
	cache.mu.Lock()
	cache.m.Store(nil)
	cache.n.Store(0)
	cache.last.Store(nil)
	cache.mu.Unlock()
}
