package pyutil

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-python/gpython/py"
)

// StrHook, when set, gives CPython's str() of a value; internal/pyrepr
// sets it (it imports this package, so this package cannot import it).
// Without it gpython's own str() is used.
var StrHook func(py.Object) (string, error)

func strOf(o py.Object) (string, error) {
	if StrHook != nil {
		return StrHook(o)
	}
	return py.StrAsString(o)
}

// The text CPython 3.6 prints between an exception and the one chained to
// it, and the limits of its frame listing.
const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
	// tracebackLimit is CPython's default sys.tracebacklimit: only the
	// innermost 1000 frames are listed.
	tracebackLimit = 1000
	// recursiveCutoff: a frame repeated with the same file, line and
	// function is listed this many times, then counted.
	recursiveCutoff = 3
)

// Frame is one entry of a traceback, as a future traceback module and the
// printer see it.
type Frame struct {
	Filename string // Code.Filename of the frame's code
	Lineno   int    // the line running in the frame when the exception passed
	Name     string // Code.Name: "<module>", the function's name, "<lambda>"
	// Line is the source line Lineno of Filename without its line break
	// and unstripped (CPython's printer strips its leading blanks,
	// traceback.py both ends); HasLine is false when the file cannot be
	// read or has no such line. A blank line is HasLine with Line "".
	Line    string
	HasLine bool
}

// Frames lists tb outermost first, with the source line of each entry
// from SourceLines.
func Frames(tb *py.Traceback) []Frame {
	frames := frameList(tb)
	for i := range frames {
		frames[i].Line, frames[i].HasLine = SourceLines.Line(frames[i].Filename, frames[i].Lineno)
	}
	return frames
}

// frameList is Frames without the source lines. A Traceback that loops
// back on itself ends at the first repeated node.
func frameList(tb *py.Traceback) []Frame {
	var frames []Frame
	seen := map[*py.Traceback]bool{}
	for ; tb != nil && !seen[tb]; tb = tb.Next {
		seen[tb] = true
		f := Frame{Filename: "<unknown>", Lineno: int(tb.Lineno), Name: "<unknown>"}
		if tb.Frame != nil && tb.Frame.Code != nil {
			f.Filename, f.Name = tb.Frame.Code.Filename, tb.Frame.Code.Name
		}
		frames = append(frames, f)
	}
	return frames
}

// PrintTraceback writes FormatException(err) to w.
func PrintTraceback(w io.Writer, err error) {
	_, _ = io.WriteString(w, FormatException(err))
}

// FormatException is what CPython 3.6 writes on stderr when err is not
// caught: the exceptions chained to it first (its __cause__, else its
// __context__ unless __suppress_context__), each followed by the text
// that links it to the next; then for each exception its traceback, if
// it has one ("Traceback (most recent call last):", each frame with its
// source line), the location of a SyntaxError with the offending line and
// a caret, and the last line, ExceptionLine.
//
// err is a py.ExceptionInfo (its Traceback is used for the exception
// itself; chained exceptions use their own Exception.Traceback), a
// *py.ExceptionInfo or a *py.Exception (its Traceback is used, if any);
// any other error prints as "SystemError: <text>".
func FormatException(err error) string {
	return formatError(err, nil)
}

// FormatUncaught is FormatException with sys.tracebacklimit applied as
// the interpreter applies it to an uncaught exception: each traceback
// keeps its last limit entries, and prints nothing, not even its
// "Traceback" line, when limit is 0 or less.
func FormatUncaught(err error, limit int) string {
	return formatError(err, &limit)
}

func formatError(err error, tracebackLimit *int) string {
	if err == nil {
		return ""
	}
	var b strings.Builder
	p := printer{b: &b, seen: map[*py.Exception]bool{}, lastEntries: tracebackLimit}
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	var exc *py.Exception
	switch {
	case errors.As(err, &info):
		p.info(info)
	case errors.As(err, &pinfo) && pinfo != nil:
		p.info(*pinfo)
	case errors.As(err, &exc) && exc != nil:
		p.chain(exc, tracebackOf(exc))
	default:
		fmt.Fprintf(&b, "SystemError: %v\n", err)
	}
	return b.String()
}

// FormatExceptionValue is FormatException for an exception value and a
// traceback, as the traceback module formats them: chain false leaves out
// the exceptions chained to value.
func FormatExceptionValue(value py.Object, tb *py.Traceback, chain bool) string {
	return FormatExceptionLimit(value, tb, chain, nil)
}

// FormatExceptionLimit is FormatExceptionValue with the traceback
// module's limit: when limit is not nil, every traceback of the report
// (those of chained exceptions too) keeps its first *limit entries, or
// its last -*limit when *limit is negative; the "Traceback (most recent
// call last):" line stays even when no entry does, as in CPython 3.6.
func FormatExceptionLimit(value py.Object, tb *py.Traceback, chain bool, limit *int) string {
	var b strings.Builder
	p := printer{b: &b, seen: map[*py.Exception]bool{}, stdlib: true, limit: limit}
	if value == nil || value == py.None {
		b.WriteString("NoneType: None\n")
		return b.String()
	}
	if chain {
		p.chain(value, tb)
	} else {
		p.single(value, tb)
	}
	return b.String()
}

// printer writes one report; seen holds the exceptions already printed in
// it, so that a cycle of causes or contexts ends.
type printer struct {
	b    *strings.Builder
	seen map[*py.Exception]bool
	// stdlib is the traceback module's form, which names a __main__
	// class without its module (the interpreter's report names it).
	stdlib bool
	// limit, when not nil, cuts each traceback (FormatExceptionLimit).
	limit *int
	// lastEntries, when not nil, is sys.tracebacklimit (FormatUncaught).
	lastEntries *int
}

// lastLine writes an exception's last line.
func (p *printer) lastLine(t *py.Type, line string) {
	if p.stdlib {
		if m, ok := TypeModule(t); ok && m == "__main__" {
			line = strings.TrimPrefix(line, "__main__.")
		}
	}
	p.b.WriteString(line + "\n")
}

func (p *printer) info(e py.ExceptionInfo) {
	if e.Value == nil {
		if e.Traceback != nil {
			p.traceback(e.Traceback)
		}
		p.b.WriteString(ExceptionTypeName(e.Type) + "\n")
		return
	}
	tb := e.Traceback
	if tb == nil {
		tb = tracebackOf(e.Value)
	}
	p.chain(e.Value, tb)
}

// chain prints value after the exception chained to it.
func (p *printer) chain(value py.Object, tb *py.Traceback) {
	if e, ok := value.(*py.Exception); ok {
		p.seen[e] = true
		if cause := chained(e.Cause); cause != nil {
			if !p.printed(cause) {
				p.chain(cause, tracebackOf(cause))
				p.b.WriteString(causeMessage)
			}
		} else if context := chained(e.Context); context != nil && !e.SuppressContext {
			if !p.printed(context) {
				p.chain(context, tracebackOf(context))
				p.b.WriteString(contextMessage)
			}
		}
	}
	p.single(value, tb)
}

func (p *printer) printed(o py.Object) bool {
	e, ok := o.(*py.Exception)
	return ok && p.seen[e]
}

// chained returns a __cause__ or __context__, nil when there is none.
func chained(o py.Object) py.Object {
	if o == nil || o == py.None || isStockNoneCause(o) {
		return nil
	}
	return o
}

// isStockNoneCause recognises what gpython's own evaluation loop stores as
// __cause__ for `raise X from None`: py.MakeException(None), a SystemError
// "Unknown error py.NoneType{}". It stands for None. (The project's loop
// in vm/ stores None; this can go when gpython's loop is no longer used.)
func isStockNoneCause(o py.Object) bool {
	e, ok := o.(*py.Exception)
	if !ok || e.Base != py.SystemError || e.Traceback != nil {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	return ok && len(args) == 1 && args[0] == py.String(fmt.Sprintf("Unknown error %#v", py.None))
}

// tracebackOf is the __traceback__ of an exception, or nil.
func tracebackOf(o py.Object) *py.Traceback {
	if e, ok := o.(*py.Exception); ok {
		tb, _ := e.Traceback.(*py.Traceback)
		return tb
	}
	return nil
}

// isException reports whether o is an exception instance.
func isException(o py.Object) bool {
	if _, ok := o.(*py.Exception); ok {
		return true
	}
	t := o.Type()
	return t != nil && t.IsSubtype(py.BaseException)
}

// single prints one exception: traceback, SyntaxError location, last line.
func (p *printer) single(value py.Object, tb *py.Traceback) {
	if !isException(value) {
		fmt.Fprintf(p.b, "TypeError: print_exception(): Exception expected for value, %s found\n", value.Type().Name)
		return
	}
	if tb != nil {
		p.traceback(tb)
	}
	if e, ok := value.(*py.Exception); ok && isSyntaxError(e) {
		if d, textOK, ok := syntaxErrorDetails(e); ok {
			fmt.Fprintf(p.b, "  File \"%s\", line %d\n", d.Filename, d.Lineno)
			if !textOK {
				// CPython stops at a text that is not a str and ends the
				// report with a bare newline.
				p.b.WriteString("\n")
				return
			}
			if d.HasText {
				writeErrorText(p.b, d.Offset, d.Text)
			}
			p.lastLine(e.Base, exceptionLine(e.Base, d.Msg, strOf))
			return
		}
	}
	p.lastLine(value.Type(), ExceptionLine(value))
}

// traceback lists the frames of tb as CPython 3.6's PyTraceBack_Print.
func (p *printer) traceback(tb *py.Traceback) {
	keep := tracebackLimit
	if p.lastEntries != nil {
		if keep = *p.lastEntries; keep <= 0 {
			return
		}
	}
	frames := frameList(tb)
	p.b.WriteString("Traceback (most recent call last):\n")
	if p.limit != nil {
		switch n := *p.limit; {
		case n >= 0 && n < len(frames):
			frames = frames[:n]
		case n < 0 && -n < len(frames):
			frames = frames[len(frames)+n:]
		}
	}
	if len(frames) > keep {
		frames = frames[len(frames)-keep:]
	}
	var last *Frame
	n := 0 // how many times in a row last has been seen
	for i := range frames {
		f := &frames[i]
		if last != nil && f.Filename == last.Filename && f.Lineno == last.Lineno && f.Name == last.Name {
			n++
		} else {
			p.repeated(n)
			last, n = f, 1
		}
		if n <= recursiveCutoff {
			p.frame(*f)
		}
	}
	p.repeated(n)
}

// repeated summarises the frames beyond the cutoff of a run of n.
func (p *printer) repeated(n int) {
	if n <= recursiveCutoff {
		return
	}
	more := n - recursiveCutoff
	plural := "s"
	if more == 1 {
		plural = ""
	}
	fmt.Fprintf(p.b, "  [Previous line repeated %d more time%s]\n", more, plural)
}

// frame prints one entry and, when it can be read, its source line with
// the leading blanks (space, tab, form feed) removed; the end of the line
// is kept as it is, as CPython 3.6 does.
func (p *printer) frame(f Frame) {
	fmt.Fprintf(p.b, "  File \"%s\", line %d, in %s\n", f.Filename, f.Lineno, f.Name)
	if line, ok := SourceLines.Line(f.Filename, f.Lineno); ok {
		p.b.WriteString("    " + strings.TrimLeft(line, " \t\f") + "\n")
	}
}

// ExceptionLine is the last line of a CPython traceback for exc, without
// its newline: "ssl.CertificateError: hostname 'a' doesn't match 'b'",
// "__main__.MyError: bad", or the bare type name when str(exc) is empty.
// The type is named by ExceptionTypeName. When str(exc) fails it reads
// "Type: <exception str() failed>". A SyntaxError that carries its
// location gives str() of its message only ("SyntaxError: invalid
// syntax"), the location being printed above it.
func ExceptionLine(exc py.Object) string {
	if e, ok := exc.(*py.Exception); ok && isSyntaxError(e) {
		if d, _, ok := syntaxErrorDetails(e); ok {
			return exceptionLine(e.Base, d.Msg, strOf)
		}
		return exceptionLine(e.Base, e, func(py.Object) (string, error) { return SyntaxErrorStr(e) })
	}
	return exceptionLine(exc.Type(), exc, valueStr)
}

// exceptionLine is "Type: str(msg)", or "Type" when msg is None or its
// str() is empty.
func exceptionLine(t *py.Type, msg py.Object, str func(py.Object) (string, error)) string {
	name := ExceptionTypeName(t)
	if msg == nil || msg == py.None {
		return name
	}
	s, err := str(msg)
	if err != nil {
		return name + ": <exception str() failed>"
	}
	if s == "" {
		return name
	}
	return name + ": " + s
}

// valueStr is str() of an exception: CPython's through StrHook, else from
// its arguments (one: str of it, several: str of the tuple).
func valueStr(exc py.Object) (string, error) {
	e, ok := exc.(*py.Exception)
	if !ok || StrHook != nil {
		return strOf(exc)
	}
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return strOf(args[0])
	}
	return strOf(args)
}

// ExceptionTypeName is an exception class as CPython's traceback printer
// names it: "ValueError" for a built-in class (module "builtins"),
// "module.Name" for others ("__main__.MyError", "ssl.SSLError"). Name is
// the part of Type.Name after its last dot; the module is TypeModule's.
// A class whose __module__ is not a str gives "<unknown>Name".
func ExceptionTypeName(t *py.Type) string {
	if t == nil {
		return "<unknown>"
	}
	name := t.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	module, ok := TypeModule(t)
	switch {
	case !ok:
		return "<unknown>" + name
	case module == "builtins":
		return name
	}
	return module + "." + name
}

// TypeModule is t.__module__: the class's own Dict["__module__"] (a class
// statement sets it; false when it is not a str), else the part of
// t.Name before its last dot ("ssl" for Go-made "ssl.SSLError"), else
// "builtins".
func TypeModule(t *py.Type) (string, bool) {
	if m, ok := t.Dict["__module__"]; ok {
		s, ok := m.(py.String)
		return string(s), ok
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[:i], true
	}
	return "builtins", true
}

// ExceptionValue returns the exception object carried by err (a
// py.ExceptionInfo or *py.Exception), or nil.
func ExceptionValue(err error) py.Object {
	var info py.ExceptionInfo
	var pinfo *py.ExceptionInfo
	var exc *py.Exception
	switch {
	case errors.As(err, &info):
		return info.Value
	case errors.As(err, &pinfo) && pinfo != nil:
		return pinfo.Value
	case errors.As(err, &exc) && exc != nil:
		return exc
	}
	return nil
}
