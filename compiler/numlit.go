package compiler

import "strings"

// PEP 515 (underscores in numeric literals) is rewritten here. The syntax
// check (lexer.go) accepts and rejects underscores as CPython 3.6's
// tokenizer does; gpython's own tokenizer knows none, so every number token
// that holds one is replaced by the same literal without them:
//
//	1_000_000  ->  1000000
//	0x_ff      ->  0xff
//	1_0.5e1_0  ->  10.5e10
//
// The value is the same: an underscore only separates digits.

// numberRepl is the replacement of the number token n, or false when it
// has no underscore.
func numberRepl(n *node) (repl, bool) {
	if n.kind != tNumber || !strings.Contains(n.s, "_") {
		return repl{}, false
	}
	return repl{n.pos, n.end, strings.ReplaceAll(n.s, "_", "")}, true
}
