package pyutil

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// LineCache holds the lines of the source files that tracebacks name. A
// file is read on first use and read again when its size or modification
// time changes, so a long-running process never shows stale lines. A
// LineCache is safe for concurrent use; its zero value is ready.
type LineCache struct {
	mu       sync.Mutex
	files    map[string]*sourceFile     // by file name; guarded by mu
	embedded map[string]*embeddedSource // Embed's sources, by name; guarded by mu
}

// embeddedSource is a module compiled into the binary: its source (or
// the function that reads it, for EmbedLazy), split into lines the first
// time a traceback needs one.
type embeddedSource struct {
	src   string
	load  func() string // nil once src is read
	lines []string
	split bool
}

// sourceFile is one file's decoded lines and the stat data they came from.
type sourceFile struct {
	size  int64
	mtime time.Time
	lines []string
	ok    bool // false when the file could not be decoded
}

// SourceLines is the cache the traceback printer reads source lines from.
var SourceLines = &LineCache{}

// Line returns line lineno (1-based) of filename without its line break,
// and whether the file could be read and has that line. Names such as
// "<string>" and "<stdin>" are not files and give no line.
func (c *LineCache) Line(filename string, lineno int) (string, bool) {
	lines, ok := c.Lines(filename)
	if !ok || lineno < 1 || lineno > len(lines) {
		return "", false
	}
	return lines[lineno-1], true
}

// Embed records src as the source of the module named filename that is
// compiled into the binary (the standard-library modules written in
// Python, "<threading>"), so that tracebacks through it show its lines as
// CPython's show its library's.
//
// The source is kept as given and split into lines only when a traceback
// first shows one of them: most embedded modules never appear in one.
// When the module named filename without its angle brackets is registered
// with gpython with the same source, its registered string is kept
// instead of src, so that the caller's copy can be collected.
func (c *LineCache) Embed(filename, src string) {
	name := strings.TrimSuffix(strings.TrimPrefix(filename, "<"), ">")
	if impl := py.GetModuleImpl(name); impl != nil && impl.CodeSrc == src {
		src = impl.CodeSrc
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.embedded == nil {
		c.embedded = map[string]*embeddedSource{}
	}
	c.embedded[filename] = &embeddedSource{src: src}
}

// EmbedLazy is Embed for a source read by load only when a traceback
// first needs one of its lines (load may be called from any goroutine; it
// is called at most once by the cache).
func (c *LineCache) EmbedLazy(filename string, load func() string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.embedded == nil {
		c.embedded = map[string]*embeddedSource{}
	}
	c.embedded[filename] = &embeddedSource{load: load}
}

// Embedded returns the source recorded by Embed or EmbedLazy as
// filename's, exactly as given (line breaks included), and whether there
// is one; the disk is not consulted.
func (c *LineCache) Embedded(filename string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.embedded[filename]
	if !ok {
		return "", false
	}
	if e.load != nil {
		e.src, e.load = e.load(), nil
	}
	return e.src, true
}

// EmbeddedFiles returns the file names Embed and EmbedLazy recorded, in
// no particular order.
func (c *LineCache) EmbeddedFiles() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	names := make([]string, 0, len(c.embedded))
	for name := range c.embedded {
		names = append(names, name)
	}
	return names
}

// Lines returns the lines of filename, each without its line break, and
// whether the file could be read and decoded. The slice is shared: do not
// modify it.
//
// As CPython reads source for tracebacks: the encoding is UTF-8 unless a
// PEP 263 coding comment on line 1 or 2 names another (an encoding no
// codec decodes, or bytes invalid in it, give no lines); "\n",
// "\r\n" and "\r" all end a line; a UTF-8 byte order mark is kept as
// part of line 1, as CPython 3.6 prints it. Other declared encodings are
// decoded by SourceCodec when it is set.
func (c *LineCache) Lines(filename string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.embedded[filename]; ok {
		if !e.split {
			if e.load != nil {
				e.src, e.load = e.load(), nil
			}
			e.lines, e.split = splitLines(e.src), true
		}
		return e.lines, true
	}
	if filename == "" || (strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">")) {
		return nil, false
	}
	filename, fi, err := c.locate(filename)
	if err != nil || fi.IsDir() {
		delete(c.files, filename)
		return nil, false
	}
	if f, ok := c.files[filename]; ok && f.size == fi.Size() && f.mtime.Equal(fi.ModTime()) {
		return f.lines, f.ok
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		delete(c.files, filename)
		return nil, false
	}
	f := &sourceFile{size: fi.Size(), mtime: fi.ModTime()}
	text, ok := decodeSource(data)
	if !ok && SourceCodec != nil {
		if enc := SourceEncoding(data); enc != "" {
			// The codec is Python's and may import its module: it runs
			// without the cache's lock, which another traceback may want.
			c.mu.Unlock()
			text, ok = SourceCodec(data, enc)
			c.mu.Lock()
		}
	}
	if ok {
		f.lines, f.ok = splitLines(text), true
	}
	if c.files == nil {
		c.files = map[string]*sourceFile{}
	}
	c.files[filename] = f
	return f.lines, f.ok
}

// SourceCodec, when set, decodes a source file whose coding comment
// names an encoding other than UTF-8, Latin-1 and ASCII (GBK, cp1252, ...)
// with that codec, as CPython reads such a file for a traceback; false
// when the codec is unknown or the bytes are invalid in it. The compiler
// sets it: it owns the codec call that compiling such a file makes.
var SourceCodec func(data []byte, encoding string) (string, bool)

// SourceSearchPath, when set, gives the directories (the running
// interpreter's sys.path) in which a relative source name that is not
// found from the working directory is looked for, as CPython's linecache
// does: a script named by a relative path keeps its lines in tracebacks
// after it changes directory.
var SourceSearchPath func() []string

// locate finds the file a source name stands for: the name itself, or,
// for a relative name not found from the working directory, the name
// under each SourceSearchPath directory. It returns the path found (the
// name itself when none is) and its stat result.
func (c *LineCache) locate(filename string) (string, os.FileInfo, error) {
	fi, err := os.Stat(filename)
	if err == nil || filepath.IsAbs(filename) || SourceSearchPath == nil {
		return filename, fi, err
	}
	for _, dir := range SourceSearchPath() {
		p := filepath.Join(dir, filename)
		if pfi, perr := os.Stat(p); perr == nil && !pfi.IsDir() {
			return p, pfi, nil
		}
	}
	return filename, fi, err
}

// codingRE is PEP 263's coding comment; blankRE a line that may precede
// it. Both are compiled at first use, not at every start-up.
var (
	codingRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)
	})
	blankRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[ \t\f]*(?:[#\r\n]|$)`) })
)

// decodeSource turns a source file's bytes into text per its coding
// comment; false when the encoding is not one we decode or the bytes are
// invalid in it.
func decodeSource(data []byte) (string, bool) {
	enc := SourceEncoding(data)
	if enc == "" {
		enc = "utf-8"
	}
	switch normalEncoding(enc) {
	case "utf-8":
		if !utf8.Valid(data) {
			return "", false
		}
		return string(data), true
	case "latin-1":
		runes := make([]rune, len(data))
		for i, b := range data {
			runes[i] = rune(b)
		}
		return string(runes), true
	case "ascii":
		for _, b := range data {
			if b >= 0x80 {
				return "", false
			}
		}
		return string(data), true
	}
	return "", false
}

// SourceEncoding is the encoding a source file's coding comment names
// (PEP 263: on its first line, or on its second after a blank or comment
// line), "" when it has none.
func SourceEncoding(data []byte) string {
	first, rest, _ := cutLine(data)
	if m := codingRE().FindSubmatch(first); m != nil {
		return string(m[1])
	} else if blankRE().Match(first) {
		second, _, _ := cutLine(rest)
		if m := codingRE().FindSubmatch(second); m != nil {
			return string(m[1])
		}
	}
	return ""
}

// DecodeSource is the text of a source file's bytes, decoded as its
// coding comment says (UTF-8 when it has none); false when the encoding
// is not one decoded here or the bytes are not valid in it.
func DecodeSource(data []byte) (string, bool) { return decodeSource(data) }

// cutLine splits data after its first line break ("\n", "\r\n" or "\r").
func cutLine(data []byte) (line, rest []byte, found bool) {
	for i, b := range data {
		switch b {
		case '\n':
			return data[:i+1], data[i+1:], true
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				return data[:i+2], data[i+2:], true
			}
			return data[:i+1], data[i+1:], true
		}
	}
	return data, nil, false
}

// normalEncoding maps a coding comment's name to "utf-8", "latin-1",
// "ascii" or itself, as CPython's tokenizer normalises the first two.
func normalEncoding(name string) string {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	for _, p := range []string{"utf-8", "latin-1", "iso-8859-1", "iso-latin-1"} {
		if n == p || strings.HasPrefix(n, p+"-") {
			if p == "utf-8" {
				return p
			}
			return "latin-1"
		}
	}
	switch n {
	case "utf8":
		return "utf-8"
	case "latin1", "iso8859-1", "l1", "8859", "cp819":
		return "latin-1"
	case "ascii", "us-ascii", "646":
		return "ascii"
	}
	return n
}

// splitLines splits text at universal line breaks, dropping them; a final
// line break does not start another line.
func splitLines(text string) []string {
	var lines []string
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			lines = append(lines, text)
			break
		}
		lines = append(lines, text[:i])
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	return lines
}
