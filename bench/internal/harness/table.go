package harness

import (
	"fmt"
	"io"
	"strings"
)

// Table is a pipe table that reads in a terminal and renders as Markdown.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
	Notes  []string
}

// Add appends a row.
func (t *Table) Add(cells ...string) { t.Rows = append(t.Rows, cells) }

// Render prints the title as a level-3 heading, the table with its
// columns padded to line up, then the notes as a list.
func (t *Table) Render(w io.Writer) {
	width := make([]int, len(t.Header))
	for i, h := range t.Header {
		width[i] = len(h)
	}
	for _, r := range t.Rows {
		for i := 0; i < len(r) && i < len(width); i++ {
			width[i] = max(width[i], len(r[i]))
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		b.WriteString("|")
		for i, wd := range width {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			b.WriteString(" " + c + strings.Repeat(" ", wd-len(c)) + " |")
		}
		fmt.Fprintln(w, b.String())
	}
	fmt.Fprintf(w, "\n### %s\n\n", t.Title)
	line(t.Header)
	sep := make([]string, len(width))
	for i, wd := range width {
		sep[i] = strings.Repeat("-", wd)
	}
	line(sep)
	for _, r := range t.Rows {
		line(r)
	}
	if len(t.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range t.Notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
	}
}
