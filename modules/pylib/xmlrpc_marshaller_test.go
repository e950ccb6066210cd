package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xmlrpc.client's per-type writers (Marshaller's
// dump_* methods, which take the value and a write function) and its
// _datetime/_binary decoders, against CPython 3.6 (test_xmlrpc calls
// them).

const xmlrpcMarshallerPrelude = pytesting.ShowRepr + `import xmlrpc.client as x, base64, datetime
def dumped(name, value, allow_none=True):
    parts = []
    try:
        getattr(x.Marshaller(allow_none=allow_none), name)(value, parts.append)
    except Exception as e:
        return type(e).__name__, str(e)
    return "".join(parts)
class Plain:
    def __init__(self):
        self.a = 1
`

var xmlrpcMarshallerCases = []pytesting.Case{
	{"int", `dumped("dump_int", x.MAXINT)`},
	{"int_min", `dumped("dump_int", x.MININT)`},
	{"int_over", `dumped("dump_int", x.MAXINT + 1)`},
	{"long_under", `dumped("dump_long", x.MININT - 1)`},
	{"double_big", `dumped("dump_double", x.MAXINT + 42)`},
	{"double", `dumped("dump_double", 2.5)`},
	{"bool", `dumped("dump_bool", False)`},
	{"nil", `dumped("dump_nil", None)`},
	{"nil_refused", `dumped("dump_nil", None, allow_none=False)`},
	{"unicode", `dumped("dump_unicode", "a<b&c")`},
	{"bytes", `dumped("dump_bytes", b"\x00hi")`},
	{"array", `dumped("dump_array", [1, "a", [2.0]])`},
	{"struct", `dumped("dump_struct", {"k": 1})`},
	{"struct_bad_key", `dumped("dump_struct", {1: 1})`},
	{"datetime", `dumped("dump_datetime", datetime.datetime(2017, 1, 2, 3, 4, 5))`},
	{"instance_wrapper", `dumped("dump_instance", x.DateTime("20170102T03:04:05"))`},
	{"instance_plain", `dumped("dump_instance", Plain())`},
	{"datetime_decoder", `(x._datetime(" 20070908T07:11:13  ").value, x._datetime("20070908T07:11:13") == datetime.datetime(2007, 9, 8, 7, 11, 13))`},
	{"binary_decoder", `x._binary(base64.encodebytes(b"\x01\x02abc\xff")).data`},
}

func TestXMLRPCMarshallerDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xmlrpc_marshaller", xmlrpcMarshallerPrelude, xmlrpcMarshallerCases)
}
