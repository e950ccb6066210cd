package doctest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The runner and the python3 replay script (python3.go) exchange
// sequences of fields: a field is its length in bytes in decimal, a
// newline and its UTF-8 bytes, or "-" and a newline for an absent value
// (Python's None). Bytes that are not UTF-8 (a lone surrogate python3
// printed) read as U+FFFD.

// putField appends s, or an absent field when s is nil, to b.
func putField(b *bytes.Buffer, s *string) {
	if s == nil {
		b.WriteString("-\n")
		return
	}
	b.WriteString(strconv.Itoa(len(*s)))
	b.WriteByte('\n')
	b.WriteString(*s)
}

// nextField reads the field at the start of b and returns it (nil when
// absent) and the rest of b.
func nextField(b []byte) (*string, []byte, error) {
	head, rest, ok := bytes.Cut(b, []byte{'\n'})
	if !ok {
		return nil, nil, errors.New("truncated field header")
	}
	if string(head) == "-" {
		return nil, rest, nil
	}
	n, err := strconv.Atoi(string(head))
	if err != nil || n < 0 || strings.HasPrefix(string(head), "+") {
		return nil, nil, fmt.Errorf("bad field header %q", head)
	}
	if n > len(rest) {
		return nil, nil, fmt.Errorf("field of %d bytes with %d left", n, len(rest))
	}
	s := strings.ToValidUTF8(string(rest[:n]), "\uFFFD")
	return &s, rest[n:], nil
}
