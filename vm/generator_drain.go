package vm

import "github.com/go-python/gpython/py"

// Draining a generator from Go (sum(), list(), tuple() of a generator):
// each item would otherwise cost a resume of the generator's frame, a run
// of the loop and a suspension. DrainGenerator instead lets the frame's
// YIELD_VALUE hand the value to take and carry on, so one run of the loop
// serves every item take accepts. take must be pure Go with no effect a
// Python program could see (no Python code, no finalization): the
// generator is still running while it is called. An item take refuses
// suspends the generator as next() does and goes to each.

// DrainGenerator runs g to its end. Every value g yields goes to take
// first; one take refuses (or every value, while g is traced) goes to
// each, whose stop ends the drain early. A StopIteration raised in g's
// body ends it as next() would.
func DrainGenerator(g *py.Generator, take func(py.Object) bool, each func(py.Object) (stop bool, err error)) error {
	t, acquired := enterThread(g.Frame.Context)
	if acquired {
		defer t.leave()
	}
	for {
		t.sink = take
		v, done, err := t.sendGen(g, py.None, nil)
		t.sink = nil
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if done {
			return nil
		}
		if stop, err := each(v); stop || err != nil {
			return err
		}
	}
}

// AppendItems appends to out the items iterator it yields until its end,
// a generator's in one run of the loop.
func AppendItems(out []py.Object, it py.Object) ([]py.Object, error) {
	if g, ok := it.(*py.Generator); ok {
		take := func(v py.Object) bool {
			out = append(out, v)
			return true
		}
		err := DrainGenerator(g, take, func(v py.Object) (bool, error) {
			out = append(out, v)
			return false, nil
		})
		return out, err
	}
	for {
		item, ok, err := Next(it)
		if err != nil || !ok {
			return out, err
		}
		out = append(out, item)
	}
}
