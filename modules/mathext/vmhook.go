package mathext

import "github.com/gpython-ssl/gpython-ssl/vm"

// The evaluation loop's float power (x ** y, pow(), float.__pow__) takes
// the C library's pow, as CPython's does.
func init() {
	vm.SetLibm(vm.Libm{
		Pow: cPow, Atan2: cAtan2, Hypot: cHypot,
		Exp: cExp, Log: cLog, Cos: cCos, Sin: cSin,
	})
}
