package unicodedata

import (
	"sort"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// normalize returns s in form NFC, NFD, NFKC or NFKD (Unicode Standard
// Annex #15) with this edition's data; ok is false for another form.
func (e edition) normalize(form, s string) (string, bool) {
	var compat, compose bool
	switch form {
	case "NFC":
		compose = true
	case "NFD":
	case "NFKC":
		compat, compose = true, true
	case "NFKD":
		compat = true
	default:
		return "", false
	}
	if pyutil.IsASCII(s) {
		return s, true // every form leaves ASCII alone
	}
	runes := e.decompose([]rune(s), compat)
	e.reorder(runes)
	if compose {
		runes = e.compose(runes)
	}
	return string(runes), true
}

// decompose replaces every character by its full canonical (or, with
// compat, compatibility) decomposition.
func (e edition) decompose(in []rune, compat bool) []rune {
	out := make([]rune, 0, len(in)+len(in)/2)
	var put func(r rune)
	put = func(r rune) {
		if isHangul(r) {
			i := r - hangulFirst
			out = append(out, leadFirst+i/(21*28), vowelFirst+i%(21*28)/28)
			if t := i % 28; t != 0 {
				out = append(out, tailFirst+t)
			}
			return
		}
		p := e.props(r)
		if len(p.decomposed) == 0 || (p.compat && !compat) {
			out = append(out, r)
			return
		}
		for _, d := range p.decomposed {
			put(d)
		}
	}
	for _, r := range in {
		put(r)
	}
	return out
}

// class is the canonical combining class normalization uses: the
// current one in both editions (as CPython's 3.2.0 normalization does;
// only decompositions and compositions come from the old data).
func class(r rune) int { return current.props(r).combining }

// reorder puts each run of combining marks (non-zero combining class) in
// ascending class order, keeping equal classes in their order.
func (e edition) reorder(rs []rune) {
	for i := 0; i < len(rs); {
		if class(rs[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(rs) && class(rs[j]) != 0 {
			j++
		}
		run := rs[i:j]
		sort.SliceStable(run, func(a, b int) bool {
			return class(run[a]) < class(run[b])
		})
		i = j
	}
}

// compose is canonical composition: each character joins the last
// starter when nothing between them blocks it (a mark of the same or a
// higher class, or a starter) and the pair has a primary composite;
// Hangul jamo join algorithmically.
func (e edition) compose(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	starter := -1 // index in out of the last starter
	lastClass := -1
	for _, r := range rs {
		cc := class(r)
		if starter >= 0 {
			s := out[starter]
			blocked := lastClass != -1 && (lastClass >= cc || lastClass == 0)
			adjacent := starter == len(out)-1
			if adjacent || !blocked {
				if c, ok := e.join(s, r); ok {
					out[starter] = c
					continue
				}
			}
		}
		if cc == 0 {
			starter = len(out)
			lastClass = -1
		} else {
			lastClass = cc
		}
		out = append(out, r)
	}
	return out
}

// join composes a starter and a following character, jamo included.
func (e edition) join(s, r rune) (rune, bool) {
	if s >= leadFirst && s < leadFirst+19 && r >= vowelFirst && r < vowelFirst+21 {
		return hangulFirst + ((s-leadFirst)*21+(r-vowelFirst))*28, true
	}
	if isHangul(s) && (s-hangulFirst)%28 == 0 && r > tailFirst && r < tailFirst+28 {
		return s + (r - tailFirst), true
	}
	return e.composite(s, r)
}
