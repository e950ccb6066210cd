package compiler

import "github.com/go-python/gpython/py"

// gpython's parser reads a dotted decorator, @a.b.c or @a.b(args), as one
// name "a.b.c", which its symbol table never splits: a name a inside it
// that belongs to an enclosing function is not made a free variable, so
// the decorator raises NameError in a nested function or class body
// (make_app(): app = App(); def inner(): @app.route('/') ...). Each dotted
// decorator is therefore wrapped in a call of the builtin __pep614__,
// which gpython's grammar accepts (@name(args)) and whose argument is an
// ordinary expression: @a.b(args) becomes @__pep614__(a.b(args)). The
// helper returns its argument, so the decorator applied is the original
// expression's value, evaluated in the same order.

// decoratorHelper is the builtin the rewritten decorators call.
const decoratorHelper = "__pep614__"

// dottedDecoratorRepls returns the insertions that wrap each dotted
// decorator under n (offsets in the translated source n was parsed from).
func dottedDecoratorRepls(n *node) []repl {
	var reps []repl
	var walk func(n *node)
	walk = func(n *node) {
		if n.sym == symDecorator && len(n.kids) >= 3 && len(n.kids[1].kids) > 1 {
			// kids: '@', dotted_name, ['(' [arglist] ')'], NEWLINE
			start := firstLeaf(n.kids[1]).pos
			end := lastLeaf(n.kids[len(n.kids)-2]).end
			reps = append(reps, repl{start: start, end: start, text: decoratorHelper + "("},
				repl{start: end, end: end, text: ")"})
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return reps
}

// installDecoratorHelper adds __pep614__ to gpython's builtins module.
func installDecoratorHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(decoratorHelper, func(self py.Object, arg py.Object) (py.Object, error) {
		return arg, nil
	}, 0, "__pep614__(decorator) -> decorator: a dotted decorator, as rewritten source calls it."))
}
