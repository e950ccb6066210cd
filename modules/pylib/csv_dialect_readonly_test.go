package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of the dialect a csv reader or
// writer holds: read-only parameters (a failed delete must not damage
// the registered dialect others share), unknown names, and refusal to
// copy or pickle.

const csvDialectPrelude = pytesting.ShowRepr + `import csv, io, copy, pickle
W = csv.writer(io.StringIO())
D = W.dialect
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
def row(*fields, **kw):
    out = io.StringIO()
    csv.writer(out, **kw).writerow(fields)
    return out.getvalue()
`

var csvDialectCases = []pytesting.Case{
	{"delete param", `err(delattr, D, "delimiter")`},
	{"set param", `err(setattr, D, "quotechar", "'")`},
	{"delete unknown", `err(delattr, D, "nope")`},
	{"set unknown", `err(setattr, D, "nope", 1)`},
	{"get unknown", `err(getattr, D, "nope")`},
	{"still intact", `(err(delattr, csv.writer(io.StringIO()).dialect, "lineterminator"), row("a", "b,c"), csv.get_dialect("excel").lineterminator)`},
	{"copy", `err(copy.copy, D)`},
	{"deepcopy", `err(copy.deepcopy, D)`},
	{"pickle", `[err(pickle.dumps, D, p) for p in range(pickle.HIGHEST_PROTOCOL + 1)]`},
	{"reduce_ex", `err(D.__reduce_ex__, 2)`},
	{"reader dialect", `(lambda d: (err(delattr, d, "strict"), d.strict, d.skipinitialspace))(csv.reader([]).dialect)`},
	{"registered", `(lambda d: (err(setattr, d, "delimiter", ";"), d.delimiter))(csv.get_dialect("excel-tab"))`},
	{"each param", `[(n, err(delattr, D, n), err(setattr, D, n, 1)) for n in ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict")]`},
	{"values", `(D.delimiter, D.doublequote, D.escapechar, D.lineterminator, D.quotechar, D.quoting, D.skipinitialspace, D.strict)`},
}

func TestCSVDialectReadonlyDifferential(t *testing.T) {
	pytesting.DiffCases(t, "csv_dialect_readonly", csvDialectPrelude, csvDialectCases)
}
