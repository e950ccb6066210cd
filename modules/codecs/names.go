package codecs

import (
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
)

// UnicodeName is r's name in Unicode 9.0 (unicodedata.name, the one table
// of names in the project), "" when it has none: what namereplace writes.
func UnicodeName(r rune) string {
	name, _ := unicodedata.Name(r)
	return name
}

func init() {
	host.SetUnicodeNames(UnicodeName)
	host.SetUnicodeLookup(unicodedata.LookupChar)
}
