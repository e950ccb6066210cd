package unicodedata

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// ucdText is the database as gen/gen.py extracted it from CPython 3.6's
// unicodedata (Unicode 9.0.0, and 3.2.0 where ucd_3_2_0 differs); the
// format is described there.
//
//go:embed ucd.txt.gz
var ucdText []byte

// props is one character's properties, as the module reports them.
type props struct {
	category, bidi, eaw string
	combining           int
	mirrored            int
	decimal, digit      int // -1: none
	numeric             float64
	hasNumeric          bool
	decomposition       string
	// decomposed is decomposition as code points, without its <tag>;
	// compat is true when there was a tag.
	decomposed []rune
	compat     bool
}

// span gives code points first..last the properties props[index].
type span struct {
	first, last rune
	index       int
}

// database is the decoded ucdText; load builds it once, at first use, so
// that a script that never asks pays nothing.
type database struct {
	version    string
	props      []props
	now, old   []span          // old: where 3.2.0 differs
	names      map[rune]string // not the algorithmic ones
	byName     map[string]rune // names and aliases, upper case
	sequences  map[string]string
	unnamedOld []span
	cjk        []span
	pairs      map[[2]rune]rune
	oldPairs   map[[2]rune]rune // where 3.2.0 differs
}

var load = sync.OnceValue(func() *database {
	zr, err := gzip.NewReader(bytes.NewReader(ucdText))
	if err != nil {
		panic("unicodedata: ucd.txt.gz: " + err.Error())
	}
	db := &database{
		names:     make(map[rune]string, 31000),
		byName:    make(map[string]rune, 31500),
		sequences: map[string]string{},
		pairs:     map[[2]rune]rune{},
		oldPairs:  map[[2]rune]rune{},
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 4096), 1<<20)
	for sc.Scan() {
		db.parseLine(strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		panic("unicodedata: ucd.txt.gz: " + err.Error())
	}
	return db
})

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic("unicodedata: ucd.txt.gz: bad number " + strconv.Quote(s))
	}
	return n
}

func (db *database) parseLine(f []string) {
	switch f[0] {
	case "V":
		db.version = f[1]
	case "P":
		db.props = append(db.props, parseProps(f[2:]))
	case "R", "Q", "U", "G":
		s := span{first: rune(atoi(f[1])), last: rune(atoi(f[2]))}
		if len(f) > 3 {
			s.index = atoi(f[3])
		}
		switch f[0] {
		case "R":
			db.now = append(db.now, s)
		case "Q":
			db.old = append(db.old, s)
		case "U":
			db.unnamedOld = append(db.unnamedOld, s)
		default:
			db.cjk = append(db.cjk, s)
		}
	case "N":
		r := rune(atoi(f[1]))
		db.names[r] = f[2]
		db.byName[f[2]] = r
	case "A":
		db.byName[f[1]] = rune(atoi(f[2]))
	case "S":
		var b strings.Builder
		for _, cp := range strings.Fields(f[2]) {
			b.WriteRune(rune(atoi(cp)))
		}
		db.sequences[f[1]] = b.String()
	case "C":
		db.pairs[[2]rune{rune(atoi(f[1])), rune(atoi(f[2]))}] = rune(atoi(f[3]))
	case "D":
		db.oldPairs[[2]rune{rune(atoi(f[1])), rune(atoi(f[2]))}] = rune(atoi(f[3]))
	}
}

// parseProps reads: category bidi combining eaw mirrored decimal digit
// numeric decomposition.
func parseProps(f []string) props {
	p := props{category: f[0], bidi: f[1], combining: atoi(f[2]), eaw: f[3],
		mirrored: atoi(f[4]), decimal: -1, digit: -1, decomposition: f[8]}
	if f[5] != "" {
		p.decimal = atoi(f[5])
	}
	if f[6] != "" {
		p.digit = atoi(f[6])
	}
	if f[7] != "" {
		v, err := strconv.ParseFloat(f[7], 64)
		if err != nil {
			panic("unicodedata: ucd.txt.gz: bad numeric " + f[7])
		}
		p.numeric, p.hasNumeric = v, true
	}
	fields := strings.Fields(p.decomposition)
	if len(fields) > 0 && strings.HasPrefix(fields[0], "<") {
		p.compat = true
		fields = fields[1:]
	}
	for _, h := range fields {
		cp, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			panic("unicodedata: ucd.txt.gz: bad decomposition " + p.decomposition)
		}
		p.decomposed = append(p.decomposed, rune(cp))
	}
	return p
}

// find returns the span of spans (sorted, disjoint) holding r.
func find(spans []span, r rune) (span, bool) {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].last >= r })
	if i < len(spans) && spans[i].first <= r {
		return spans[i], true
	}
	return span{}, false
}
