package pymmap

import "github.com/gpython-ssl/gpython-ssl/vm"

// setupSubclass lets classes derive from mmap.mmap, as CPython's type
// allows: an instance of a derived class holds a map that mmap's
// constructor makes from the class's arguments (or that a __new__ of its
// own makes through mmap.mmap.__new__(cls, ...)), and mmap's methods and
// operations work on that map (a step of init, module.go).
func setupSubclass() {
	vm.RegisterValueBase(MmapType, vm.ValueBase{Sample: &Mmap{r: &region{}}})
}
