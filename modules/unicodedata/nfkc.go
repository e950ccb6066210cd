package unicodedata

// NFKC is s in Normalization Form KC with the current edition's data, the
// form Python 3 gives every identifier (PEP 3131) before it is looked up.
func NFKC(s string) string {
	out, _ := current.normalize("NFKC", s)
	return out
}
