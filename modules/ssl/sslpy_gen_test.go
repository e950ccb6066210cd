package ssl_test

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// Generated differential tests: many inputs in one python3 run and one
// gpython run, compared line by line. The generators are seeded, so the
// inputs are the same on every run.

// mutateCertTime derives variants of valid certificate times: digits
// changed, fields dropped or doubled, spacing and case altered.
func mutateCertTime(r *rand.Rand, s string) string {
	b := []byte(s)
	switch r.Intn(6) {
	case 0: // change a digit
		for tries := 0; tries < 10; tries++ {
			i := r.Intn(len(b))
			if b[i] >= '0' && b[i] <= '9' {
				b[i] = byte('0' + r.Intn(10))
				break
			}
		}
	case 1: // delete a character
		i := r.Intn(len(b))
		b = append(b[:i], b[i+1:]...)
	case 2: // duplicate a character
		i := r.Intn(len(b))
		b = append(b[:i+1], b[i:]...)
	case 3: // swap case
		i := r.Intn(len(b))
		c := b[i]
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	case 4: // insert whitespace
		i := r.Intn(len(b) + 1)
		ws := []string{" ", "\t", "  ", "\n"}[r.Intn(4)]
		b = append(b[:i], append([]byte(ws), b[i:]...)...)
	case 5: // replace with another month
		months := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Foo"}
		b = append([]byte(months[r.Intn(len(months))]), b[3:]...)
	}
	return string(b)
}

func TestCertTimeGeneratedVsPython3(t *testing.T) {
	r := rand.New(rand.NewSource(36))
	bases := []string{"Jan  5 09:34:43 2018 GMT", "Feb 28 23:59:59 2000 GMT", "Dec 31 00:00:00 1999 GMT", "Jun 30 23:59:60 2015 GMT"}
	var inputs []string
	for i := 0; i < 400; i++ {
		s := bases[r.Intn(len(bases))]
		for n := 1 + r.Intn(3); n > 0; n-- {
			s = mutateCertTime(r, s)
		}
		if len(s) >= 3 {
			inputs = append(inputs, s)
		}
	}
	var b strings.Builder
	b.WriteString("import ssl\nfor s in [\n")
	for _, s := range inputs {
		b.WriteString("    " + strconv.Quote(s) + ",\n")
	}
	b.WriteString(`]:
    try:
        print(ssl.cert_time_to_seconds(s))
    except ValueError as e:
        print('ValueError')
`)
	// Messages quote the input with repr, whose escapes differ between
	// gpython and CPython for control characters: compare outcomes.
	src := b.String()
	want := strings.Split(sslpyPython3(t, src), "\n")
	got := strings.Split(sslpyRun(t, src), "\n")
	if len(want) != len(got) {
		t.Fatalf("python3 printed %d lines, gpython %d", len(want), len(got))
	}
	valid := 0
	for i, s := range inputs {
		if want[i] != got[i] {
			t.Errorf("cert_time_to_seconds(%q): python3 %s, gpython %s", s, want[i], got[i])
		}
		if want[i] != "ValueError" {
			valid++
		}
	}
	t.Logf("%d generated inputs (%d valid times), compared with python3", len(inputs), valid)
}

// randomIP makes address-like strings: valid IPv4/IPv6 forms and near
// misses. Octets with a leading zero are avoided (3.6 accepts 01..07,
// 3.9+ rejects them).
func randomIP(r *rand.Rand) string {
	hextet := func() string {
		switch r.Intn(4) {
		case 0:
			return "0"
		case 1:
			return strconv.FormatInt(int64(r.Intn(0x10000)), 16)
		case 2:
			return strings.ToUpper(strconv.FormatInt(int64(r.Intn(0x10000)), 16))
		}
		return strconv.FormatInt(int64(r.Intn(0x100000)), 16) // may be 5 digits
	}
	octet := func() string { return strconv.Itoa(r.Intn(300)) }
	v4 := func() string {
		n := 4
		if r.Intn(5) == 0 {
			n = 3 + r.Intn(3)
		}
		parts := make([]string, n)
		for i := range parts {
			parts[i] = octet()
		}
		return strings.Join(parts, ".")
	}
	switch r.Intn(4) {
	case 0:
		return v4()
	case 1: // full or compressed IPv6
		n := 1 + r.Intn(9)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = hextet()
		}
		if r.Intn(2) == 0 && n > 0 {
			i := r.Intn(n + 1)
			parts = append(parts[:i], append([]string{""}, parts[i:]...)...)
			if i == 0 || i == len(parts)-1 {
				parts = append(parts[:i], append([]string{""}, parts[i:]...)...)
			}
		}
		return strings.Join(parts, ":")
	case 2: // IPv6 with an IPv4 tail
		n := r.Intn(7)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = hextet()
		}
		s := strings.Join(parts, ":")
		if r.Intn(2) == 0 {
			s = "::" + s
		}
		if !strings.HasSuffix(s, ":") {
			s += ":"
		}
		return s + v4()
	}
	// junk from the address alphabet
	const alpha = "0123456789abcdefABCDEF:.g"
	b := make([]byte, 1+r.Intn(12))
	for i := range b {
		b[i] = alpha[r.Intn(len(alpha))]
	}
	return string(b)
}

func hasLeadingZeroOctet(s string) bool {
	last := s[strings.LastIndexByte(s, ':')+1:]
	if !strings.Contains(last, ".") {
		return false
	}
	for _, o := range strings.Split(last, ".") {
		if len(o) > 1 && o[0] == '0' {
			return true
		}
	}
	return false
}

// TestIPParsingGeneratedVsPython3: the ipaddress module that ssl.py's
// match_hostname uses agrees with python3's ipaddress.ip_address.
func TestIPParsingGeneratedVsPython3(t *testing.T) {
	r := rand.New(rand.NewSource(6125))
	var inputs []string
	for len(inputs) < 600 {
		s := randomIP(r)
		if !hasLeadingZeroOctet(s) {
			inputs = append(inputs, s)
		}
	}
	list := "[\n"
	for _, s := range inputs {
		list += "    " + strconv.Quote(s) + ",\n"
	}
	list += "]"
	// ssl.match_hostname parses addresses with the ipaddress module
	// (issue 16): the project's, compared here with python3's.
	gp := "import ipaddress\nfor s in " + list + `:
    try:
        a = ipaddress.ip_address(s)
        if a.version == 4:
            print(4, str(a))
        else:
            print(6, ':'.join(['%x' % int(h, 16) for h in a.exploded.split(':')]))
    except ValueError:
        print('ValueError')
`
	p3 := "import ipaddress\nfor s in " + list + `:
    try:
        a = ipaddress.ip_address(s)
        if a.version == 4:
            print(4, str(a))
        else:
            print(6, ':'.join(['%x' % int(h, 16) for h in a.exploded.split(':')]))
    except ValueError:
        print('ValueError')
`
	want := strings.Split(sslpyPython3(t, p3), "\n")
	got := strings.Split(sslpyRun(t, gp), "\n")
	if len(want) != len(got) {
		t.Fatalf("python3 printed %d lines, gpython %d", len(want), len(got))
	}
	valid := 0
	for i, s := range inputs {
		if want[i] != got[i] {
			t.Errorf("ip_address(%q): python3 %s, gpython %s", s, want[i], got[i])
		}
		if want[i] != "ValueError" {
			valid++
		}
	}
	t.Logf("%d generated addresses (%d valid), compared with python3's ipaddress", len(inputs), valid)
}
