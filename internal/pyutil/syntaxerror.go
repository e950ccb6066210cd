package pyutil

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// SyntaxErrorDetails is where a SyntaxError (or IndentationError, TabError)
// happened, from its msg, filename, lineno, offset and text attributes.
type SyntaxErrorDetails struct {
	Msg      py.Object // the message; py.None when there is none
	Filename string    // "<string>" when the filename is None
	Lineno   int
	Offset   int    // 1-based column of the error in Text; -1 when None
	Text     string // the offending source, normally one line with its "\n"
	HasText  bool   // false when text is None
}

// SyntaxErrorInfo returns the location a SyntaxError exc carries, and
// whether CPython's printer would show it: false when exc is not a
// SyntaxError, when its lineno is not an int, or its offset neither an int
// nor None (CPython then prints only the last line, with str(exc)).
//
// The attributes are read from exc.Dict ("msg", "filename", "lineno",
// "offset", "text"), else from the arguments as SyntaxError(msg,
// (filename, lineno, offset, text)) sets them, else None. gpython's
// compiler stores the text under "line", and leaves it "" for errors
// found after parsing; that "" stands for the line lineno of the file, as
// CPython reads it when it raises such an error (PyErr_SyntaxLocation):
// None when the file cannot be read, "" past its end.
func SyntaxErrorInfo(exc py.Object) (SyntaxErrorDetails, bool) {
	e, ok := exc.(*py.Exception)
	if !ok || !isSyntaxError(e) {
		return SyntaxErrorDetails{}, false
	}
	d, _, ok := syntaxErrorDetails(e)
	return d, ok
}

func isSyntaxError(e *py.Exception) bool {
	return e.Base != nil && e.Base.IsSubtype(py.SyntaxError)
}

// syntaxErrorDetails is SyntaxErrorInfo; textOK is false when text is
// neither None nor a str (CPython's printer then stops after the File line).
func syntaxErrorDetails(e *py.Exception) (d SyntaxErrorDetails, textOK, ok bool) {
	d.Msg = syntaxErrorAttr(e, "msg")
	d.Filename = "<string>"
	if f := syntaxErrorAttr(e, "filename"); f != py.None {
		s, err := strOf(f)
		if err != nil {
			return d, false, false
		}
		d.Filename = s
	}
	lineno, ok := asInt(syntaxErrorAttr(e, "lineno"))
	if !ok {
		return d, false, false
	}
	d.Lineno = lineno
	d.Offset = -1
	if o := syntaxErrorAttr(e, "offset"); o != py.None {
		if d.Offset, ok = asInt(o); !ok {
			return d, false, false
		}
	}
	text := syntaxErrorAttr(e, "text")
	if _, isText := e.Dict["text"]; !isText {
		if line, isLine := e.Dict["line"]; isLine {
			text = line
			if s, ok := line.(py.String); ok && s == "" {
				text = programText(d.Filename, d.Lineno)
			}
		}
	}
	switch t := text.(type) {
	case py.String:
		d.Text, d.HasText = string(t), true
	case py.NoneType:
	default:
		return d, false, true
	}
	return d, true, true
}

// syntaxErrorAttr is one of SyntaxError's attributes: from the Dict, else
// from the arguments, else None.
func syntaxErrorAttr(e *py.Exception, name string) py.Object {
	if v, ok := e.Dict[name]; ok && v != nil {
		return v
	}
	args, _ := e.Args.(py.Tuple)
	if name == "msg" {
		if len(args) >= 1 {
			return args[0]
		}
		return py.None
	}
	if len(args) == 2 {
		if info, ok := args[1].(py.Tuple); ok && len(info) == 4 {
			switch name {
			case "filename":
				return info[0]
			case "lineno":
				return info[1]
			case "offset":
				return info[2]
			case "text":
				return info[3]
			}
		}
	}
	return py.None
}

// programText is line lineno of filename with its newline: None when the
// file cannot be read, "" when it has no such line.
func programText(filename string, lineno int) py.Object {
	lines, ok := SourceLines.Lines(filename)
	switch {
	case !ok:
		return py.None
	case lineno < 1 || lineno > len(lines):
		return py.String("")
	}
	return py.String(lines[lineno-1] + "\n")
}

// asInt converts an int attribute (bool counts, as in CPython).
func asInt(o py.Object) (int, bool) {
	switch v := o.(type) {
	case py.Int:
		n, err := v.GoInt()
		return n, err == nil
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// SyntaxErrorStr is CPython's str() of a SyntaxError: "msg (file.py, line
// 3)" with the file's base name, "msg (file.py)" or "msg (line 3)" when
// only one is known, else str(msg).
func SyntaxErrorStr(e *py.Exception) (string, error) {
	msg, err := strOf(syntaxErrorAttr(e, "msg"))
	if err != nil {
		return "", err
	}
	filename, haveFile := syntaxErrorAttr(e, "filename").(py.String)
	base := string(filename)
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	lineno, haveLine := syntaxErrorAttr(e, "lineno").(py.Int)
	switch {
	case haveFile && haveLine:
		return msg + " (" + base + ", line " + strconv.FormatInt(int64(lineno), 10) + ")", nil
	case haveFile:
		return msg + " (" + base + ")", nil
	case haveLine:
		return msg + " (line " + strconv.FormatInt(int64(lineno), 10) + ")", nil
	}
	return msg, nil
}

// writeErrorText prints text and a caret under column offset (1-based),
// as CPython 3.6's print_error_text: a text of several lines is cut to the
// one holding the offset, its leading blanks are removed (moving the
// caret with them), a missing final newline is added; no caret when the
// offset is -1 (None), or becomes -1 through the removed blanks. Offsets
// count bytes of the UTF-8 text, as CPython's do here.
func writeErrorText(b *strings.Builder, offset int, text string) {
	if offset >= 0 {
		if offset > 0 && offset == len(text) && text[offset-1] == '\n' {
			offset--
		}
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl >= offset {
				break
			}
			offset -= nl + 1
			text = text[nl+1:]
		}
		for text != "" && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
	}
	b.WriteString("    " + text)
	if text == "" || text[len(text)-1] != '\n' {
		b.WriteString("\n")
	}
	if offset == -1 {
		return
	}
	b.WriteString("    ")
	if offset > 1 {
		b.WriteString(strings.Repeat(" ", offset-1))
	}
	b.WriteString("^\n")
}
