package pypwd

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// ReadDB returns the entries of a colon-separated database file such as
// /etc/passwd or /etc/group, in file order, as the "files" service of
// glibc's NSS reads it: blank lines and lines starting with '#' (after
// leading blanks) are skipped, and so is a line with fewer than nfields
// fields; the last field keeps any further colons. An unreadable file is
// an empty database, as getpwent then ends at once.
func ReadDB(path string, nfields int) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimLeft(sc.Text(), " \t")
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.SplitN(line, ":", nfields)
		if len(fields) < nfields {
			continue
		}
		out = append(out, fields)
	}
	return out
}

// ParseID parses a numeric uid or gid field; ok is false for an empty or
// non-numeric one, which glibc treats as a malformed line.
func ParseID(s string) (uint32, bool) {
	n, err := strconv.ParseUint(s, 10, 32)
	return uint32(n), err == nil
}
