package re_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Pattern.groupindex against CPython 3.6: a read-only mappingproxy whose
// repr names the type and whose str (print, %s, format, f-strings) is the
// plain dict's.

const groupindexPrelude = `
import re

` + pytesting.ShowRepr + `
P = re.compile(r"(?P<k>\w+)=(?P<v>\w*)")
def _assign():
    P.groupindex["x"] = 1
`

var groupindexCases = []pytesting.Case{
	{"repr", `repr(P.groupindex)`},
	{"str", `str(P.groupindex)`},
	{"percent s", `"%s" % (P.groupindex,)`},
	{"format", `format(P.groupindex)`},
	{"str.format", `"{}".format(P.groupindex)`},
	{"in a list", `str([P.groupindex])`},
	{"empty", `str(re.compile("x").groupindex)`},
	{"lookup", `(P.groupindex["v"], len(P.groupindex), sorted(P.groupindex), "k" in P.groupindex)`},
	{"assignment", `_assign()`},
}

func TestGroupindexAgainstCPython36(t *testing.T) {
	pytesting.DiffCases(t, "groupindex", groupindexPrelude, groupindexCases)
}
