package ssl_test

// follows36 holds the lines of the differential tests against CPython
// 3.11 (TestContextErrorsVsPython3, TestBadInputDifferential) where
// gpython-ssl gives CPython 3.6's answer instead, 3.6 being the
// reference: its argument conversions ("an integer is required (got
// type str)"), its "invalid protocol version", cadata errors from the
// OpenSSL queue, and library names for PEM, X509 and SSL only. Each
// line was checked against CPython 3.6.15 on this OpenSSL.
var follows36 = map[string]bool{
	"cadata junk str SSLError PEM NO_START_LINE [PEM: NO_START_LINE] no start line":     true,
	"cadata junk bytes SSLError None None not enough data":                              true,
	"cadata DER garbage SSLError None None not enough data":                             true,
	"proto 99 ValueError invalid protocol version":                                      true,
	"proto SSLv2 ValueError invalid protocol version":                                   true,
	"proto SSLv3 ValueError invalid protocol version":                                   true,
	"proto float TypeError integer argument expected, got float":                        true,
	"proto str TypeError an integer is required":                                        true,
	"verify_mode float TypeError integer argument expected, got float":                  true,
	"verify_mode None TypeError an integer is required":                                 true,
	"options float TypeError integer argument expected, got float":                      true,
	"options str TypeError an integer is required":                                      true,
	"RAND_bytes <- None: TypeError: an integer is required (got type NoneType)":         true,
	"RAND_bytes <- 'x': TypeError: an integer is required (got type str)":               true,
	"RAND_bytes <- 1.5: TypeError: integer argument expected, got float":                true,
	"RAND_bytes <- b'': TypeError: an integer is required (got type bytes)":             true,
	"RAND_bytes <- 2**31: OverflowError: signed integer is greater than maximum":        true,
	"RAND_bytes <- -2**31-1: OverflowError: signed integer is less than minimum":        true,
	"RAND_bytes <- 'a\\0b': TypeError: an integer is required (got type str)":           true,
	"RAND_bytes <- '': TypeError: an integer is required (got type str)":                true,
	"RAND_pseudo_bytes <- None: TypeError: an integer is required (got type NoneType)":  true,
	"RAND_pseudo_bytes <- 'x': TypeError: an integer is required (got type str)":        true,
	"RAND_pseudo_bytes <- 1.5: TypeError: integer argument expected, got float":         true,
	"RAND_pseudo_bytes <- b'': TypeError: an integer is required (got type bytes)":      true,
	"RAND_pseudo_bytes <- 2**31: OverflowError: signed integer is greater than maximum": true,
	"RAND_pseudo_bytes <- -2**31-1: OverflowError: signed integer is less than minimum": true,
	"RAND_pseudo_bytes <- 'a\\0b': TypeError: an integer is required (got type str)":    true,
	"RAND_pseudo_bytes <- '': TypeError: an integer is required (got type str)":         true,
	"nid2obj <- None: TypeError: an integer is required (got type NoneType)":            true,
	"nid2obj <- 'x': TypeError: an integer is required (got type str)":                  true,
	"nid2obj <- 1.5: TypeError: integer argument expected, got float":                   true,
	"nid2obj <- b'': TypeError: an integer is required (got type bytes)":                true,
	"nid2obj <- 2**31: OverflowError: signed integer is greater than maximum":           true,
	"nid2obj <- -2**31-1: OverflowError: signed integer is less than minimum":           true,
	"nid2obj <- 'a\\0b': TypeError: an integer is required (got type str)":              true,
	"nid2obj <- '': TypeError: an integer is required (got type str)":                   true,
}

// txt2obj's str argument: 3.6's "s" format numbers it ("argument 1"),
// where 3.11's clinic names it ('txt').
func init() {
	for v, typ := range map[string]string{"-1": "int", "-2**31-1": "int", "0": "int", "1.5": "float",
		"2**31": "int", "None": "None", "True": "bool", "b''": "bytes"} {
		for _, call := range []string{"txt2obj", "txt2obj(a, True)"} {
			follows36[call+" <- "+v+": TypeError: txt2obj() argument 1 must be str, not "+typ] = true
		}
	}
}
