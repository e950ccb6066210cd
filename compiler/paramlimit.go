package compiler

// countNamedParams counts the positional and keyword-only parameters of
// the parameter list kids k (not *args nor **kwargs), which CPython 3.6
// limits to 255.
func countNamedParams(k []*node, isParam func(*node) bool) int {
	n := 0
	for i := 0; i < len(k); i++ {
		switch {
		case k[i].is("*") || k[i].is("**"):
			if i+1 < len(k) && isParam(k[i+1]) {
				i++ // the name of *args or **kwargs
			}
		case isParam(k[i]):
			n++
		}
	}
	return n
}
