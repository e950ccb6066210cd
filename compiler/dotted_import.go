package compiler

// `import a.b.c` binds the name a. gpython's symbol table takes the
// name up to the last dot (a.b) as the bound one, so in a function body
// it never learns that a is local: the function then stores a with an
// instruction for module-level code (a SystemError, "no locals found"),
// or, when the body also reads a, binds a module global. With two names
// (`import a.b`) the two readings agree.

// dottedImportNames is the first names of the `import` statement n's
// dotted names of three or more parts without `as`, each once, in order.
func dottedImportNames(n *node) []string {
	var firsts []string
	seen := map[string]bool{}
	var walk func(*node)
	walk = func(k *node) {
		switch k.sym {
		case symDottedAsName:
			if len(k.kids) == 1 {
				walk(k.kids[0])
			}
		case symDottedName:
			// NAME ('.' NAME)*: three names or more have five kids.
			if len(k.kids) >= 5 && !seen[k.kids[0].s] {
				seen[k.kids[0].s] = true
				firsts = append(firsts, k.kids[0].s)
			}
		case symDottedAsNames, symImportName:
			for _, c := range k.kids {
				walk(c)
			}
		}
	}
	walk(n)
	return firsts
}

// dottedImportRepl makes an `import a.b.c` statement in a function body
// bind a for gpython's symbol table too: it appends `, a` to the
// statement, a second import of the package the first one has just put
// in sys.modules, bound to the same name.
func dottedImportRepl(n *node, sc *scope36) (repl, bool) {
	if sc.kind != scFunction {
		return repl{}, false // module and class bodies store by name
	}
	firsts := dottedImportNames(n)
	end := lastTokEnd(n)
	if len(firsts) == 0 || end < 0 {
		return repl{}, false
	}
	text := ""
	for _, f := range firsts {
		text += ", " + f
	}
	return repl{start: end, end: end, text: text}, true
}
