package doctest

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// DefaultGroup is the group of examples outside a named ".. doctest::"
// block, as in Sphinx.
const DefaultGroup = "default"

// BlockKind says where in the reST structure an example was found. It is
// informational: every kind runs the same way.
type BlockKind int

// Block kinds.
const (
	// Paragraph is a reST doctest block: a paragraph starting with ">>>".
	Paragraph BlockKind = iota
	// Literal is a literal block introduced by a paragraph ending in "::".
	Literal
	// Directive is the content of a ".. doctest::" directive.
	Directive
)

// String returns the kind's name: "paragraph", "literal" or "doctest".
func (k BlockKind) String() string {
	switch k {
	case Literal:
		return "literal"
	case Directive:
		return "doctest"
	}
	return "paragraph"
}

// Example is one interactive example of a reST file.
type Example struct {
	// Line is the 1-based line number of the ">>>" line.
	Line int
	// Source is the code with prompts and indentation removed; each line,
	// the last included, ends in "\n".
	Source string
	// Want is the expected output with the indentation removed; "" when the
	// example prints nothing, else every line ends in "\n".
	Want string
	// Group is the Sphinx group whose interpreter runs the example.
	Group string
	// Kind is the reST construct holding the example.
	Kind BlockKind
	// Options are the option flags set (true) or cleared (false) by the
	// directive's ":options:" and by "# doctest:" comments in Source.
	Options map[Flag]bool
	// Err, when not empty, is why the example is malformed (an unknown
	// option, inconsistent indentation); such an example fails unrun.
	Err string
}

// FirstLine returns the first line of the example's source, the key by
// which reports and the skip table name it.
func (e *Example) FirstLine() string {
	first, _, _ := strings.Cut(e.Source, "\n")
	return first
}

var (
	// directiveRE matches the start of a Sphinx doctest-extension directive.
	directiveRE = lazyRegexp(`^(\s*)\.\.\s+(doctest|testcode|testoutput|testsetup|testcleanup)::\s*(.*?)\s*$`)
	// fieldRE matches a directive option line such as ":options: +ELLIPSIS".
	fieldRE = lazyRegexp(`^\s*:([\w-]+):\s*(.*?)\s*$`)
	// optionCommentRE matches a "# doctest: +FLAG" comment at a line's end.
	optionCommentRE = lazyRegexp(`#\s*doctest:\s*([^\n'"]*)$`)
)

// directive is a Sphinx doctest-extension directive and the lines it spans.
type directive struct {
	start, end int // line indexes [start, end) of the directive and its content
	indent     int
	name       string // doctest, testcode, ...
	group      string
	options    map[Flag]bool
	err        string
}

// Parse returns the interactive examples of a reST document, in order.
// It never fails: a malformed example is returned with Err set.
func Parse(text string) []Example {
	lines := splitLines(text)
	dirs := findDirectives(lines)
	kinds := blockKinds(lines)
	var out []Example
	d := 0 // index of the first directive that may still hold line i
	for i := 0; i < len(lines); {
		indent, rest := splitIndent(lines[i])
		if !strings.HasPrefix(rest, ">>>") {
			i++
			continue
		}
		for d < len(dirs) && dirs[d].end <= i {
			d++
		}
		ex := Example{Line: i + 1, Group: DefaultGroup, Kind: kinds[i]}
		var dir *directive
		if d < len(dirs) && dirs[d].start < i && dirs[d].name == "doctest" {
			dir = &dirs[d]
			ex.Group, ex.Kind, ex.Err = dir.group, Directive, dir.err
		}
		i = parseExample(lines, i, indent, &ex)
		ex.Options = map[Flag]bool{}
		if dir != nil {
			for f, on := range dir.options {
				ex.Options[f] = on
			}
		}
		if err := commentOptions(ex.Source, ex.Options); err != "" && ex.Err == "" {
			ex.Err = err
		}
		out = append(out, ex)
	}
	return out
}

// parseExample fills ex.Source and ex.Want from the example whose ">>>" line
// is lines[i] at the given indentation and returns the index of the first
// line after it. Expected output ends at a blank line, at a ">>>" line or
// at a line indented less than the prompt (the end of the reST block).
func parseExample(lines []string, i, indent int, ex *Example) int {
	var src, want []string
	addSource := func(line string, prompt string) {
		body := line[indent+len(prompt):]
		if body != "" && body[0] != ' ' {
			if ex.Err == "" {
				ex.Err = fmt.Sprintf("line %d: no blank after %q", ex.Line+len(src), prompt)
			}
		} else if body != "" {
			body = body[1:]
		}
		src = append(src, body)
	}
	addSource(lines[i], ">>>")
	i++
	for ; i < len(lines); i++ {
		in, rest := splitIndent(lines[i])
		if in != indent || !strings.HasPrefix(rest, "...") {
			break
		}
		addSource(lines[i], "...")
	}
	for ; i < len(lines); i++ {
		in, rest := splitIndent(lines[i])
		if rest == "" || strings.HasPrefix(rest, ">>>") || in < indent {
			break
		}
		want = append(want, lines[i][indent:])
	}
	ex.Source = strings.Join(src, "\n") + "\n"
	if len(want) > 0 {
		ex.Want = strings.Join(want, "\n") + "\n"
	}
	return i
}

// commentOptions applies the "# doctest: +FLAG, -FLAG" comments of src to
// opts and returns a description of the first bad one.
func commentOptions(src string, opts map[Flag]bool) string {
	for _, line := range strings.Split(src, "\n") {
		m := optionCommentRE().FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if err := parseOptionList(m[1], opts); err != "" {
			return err
		}
	}
	return ""
}

// parseOptionList applies a list such as "+ELLIPSIS, -SKIP" to opts.
func parseOptionList(list string, opts map[Flag]bool) string {
	for _, word := range strings.Fields(strings.ReplaceAll(list, ",", " ")) {
		if len(word) < 2 || (word[0] != '+' && word[0] != '-') {
			return fmt.Sprintf("bad doctest option %q: want +NAME or -NAME", word)
		}
		f, ok := flagNames[word[1:]]
		if !ok {
			return fmt.Sprintf("unknown doctest option %q", word[1:])
		}
		opts[f] = word[0] == '+'
	}
	return ""
}

// findDirectives returns the doctest-extension directives of the document
// with the lines each one spans: the directive line, its option lines and
// every following line that is blank or indented deeper than the directive.
func findDirectives(lines []string) []directive {
	var out []directive
	for i := 0; i < len(lines); i++ {
		m := directiveRE().FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		d := directive{start: i, indent: len(m[1]), name: m[2], group: m[3], options: map[Flag]bool{}}
		if d.group == "" {
			d.group = DefaultGroup
		}
		if strings.ContainsAny(d.group, ", ") {
			d.err = fmt.Sprintf("line %d: several groups (%q) are not supported", i+1, d.group)
		}
		j := i + 1
		for ; j < len(lines); j++ { // options: the field lines right under the directive
			fm := fieldRE().FindStringSubmatch(lines[j])
			if fm == nil {
				break
			}
			if in, _ := splitIndent(lines[j]); in <= d.indent {
				break
			}
			if fm[1] == "options" {
				if err := parseOptionList(fm[2], d.options); err != "" && d.err == "" {
					d.err = fmt.Sprintf("line %d: %s", j+1, err)
				}
			}
		}
		for ; j < len(lines); j++ {
			if in, rest := splitIndent(lines[j]); rest != "" && in <= d.indent {
				break
			}
		}
		d.end = j
		out = append(out, d)
		i = j - 1
	}
	return out
}

// blockKinds returns, for each line, whether an example there would be in
// a literal block (the closest less indented line before it ends in "::")
// or in a doctest paragraph. One pass keeps the stack of earlier lines not
// yet followed by a line indented as little as they are; the closest less
// indented line is the top-most entry indented less.
func blockKinds(lines []string) []BlockKind {
	type open struct {
		indent int
		intro  bool // ends in "::"
	}
	var stack []open
	kinds := make([]BlockKind, len(lines))
	for i, line := range lines {
		in, rest := splitIndent(line)
		if rest == "" {
			continue
		}
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].indent < in {
				if stack[j].intro {
					kinds[i] = Literal
				}
				break
			}
		}
		for len(stack) > 0 && stack[len(stack)-1].indent >= in {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, open{in, strings.HasSuffix(strings.TrimRight(rest, " "), "::")})
	}
	return kinds
}

// splitLines splits text into lines without their line ends and with tabs
// expanded to 8-column stops, as doctest does.
func splitLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.Contains(l, "\t") {
			lines[i] = expandTabs(l)
		}
	}
	return lines
}

// expandTabs replaces each tab by spaces up to the next multiple of 8.
func expandTabs(s string) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// splitIndent returns the number of leading spaces of line and the rest;
// rest is "" for a line holding only white space.
func splitIndent(line string) (int, string) {
	rest := strings.TrimLeft(line, " ")
	if strings.TrimSpace(rest) == "" {
		return len(line) - len(rest), ""
	}
	return len(line) - len(rest), rest
}

// lazyRegexp compiles expr on first use: the runner is linked into the
// gpython-ssl binary, and compiling its patterns at start-up would cost
// every process that never runs a doctest.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
