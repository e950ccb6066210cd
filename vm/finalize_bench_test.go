package vm_test

import "testing"

// BenchmarkDelInstances makes 10,000 instances of a class with __del__,
// each dropped by the next store; BenchmarkPlainInstances the same
// without __del__.
func BenchmarkDelInstances(b *testing.B) {
	benchScript(b, "class A:\n    def __del__(self):\n        pass\nfor i in range(10000):\n    a = A()\n")
}

func BenchmarkPlainInstances(b *testing.B) {
	benchScript(b, "class A:\n    pass\nfor i in range(10000):\n    a = A()\n")
}
