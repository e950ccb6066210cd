package mathext

// The elementary functions come from the C library's libm, as CPython's
// do, so that results agree with CPython to the last bit (Go's math
// package differs from glibc in the last place for some arguments).

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

func cAcos(x float64) float64  { return float64(C.acos(C.double(x))) }
func cAcosh(x float64) float64 { return float64(C.acosh(C.double(x))) }
func cAsin(x float64) float64  { return float64(C.asin(C.double(x))) }
func cAsinh(x float64) float64 { return float64(C.asinh(C.double(x))) }
func cAtan(x float64) float64  { return float64(C.atan(C.double(x))) }
func cAtanh(x float64) float64 { return float64(C.atanh(C.double(x))) }
func cCos(x float64) float64   { return float64(C.cos(C.double(x))) }
func cCosh(x float64) float64  { return float64(C.cosh(C.double(x))) }
func cSin(x float64) float64   { return float64(C.sin(C.double(x))) }
func cSinh(x float64) float64  { return float64(C.sinh(C.double(x))) }
func cTan(x float64) float64   { return float64(C.tan(C.double(x))) }
func cTanh(x float64) float64  { return float64(C.tanh(C.double(x))) }
func cExp(x float64) float64   { return float64(C.exp(C.double(x))) }
func cExpm1(x float64) float64 { return float64(C.expm1(C.double(x))) }
func cLog(x float64) float64   { return float64(C.log(C.double(x))) }
func cLog2(x float64) float64  { return float64(C.log2(C.double(x))) }
func cLog10(x float64) float64 { return float64(C.log10(C.double(x))) }
func cLog1p(x float64) float64 { return float64(C.log1p(C.double(x))) }
func cSqrt(x float64) float64  { return float64(C.sqrt(C.double(x))) }

func cAtan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }
func cHypot(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }
func cPow(x, y float64) float64   { return float64(C.pow(C.double(x), C.double(y))) }
func cFmod(x, y float64) float64  { return float64(C.fmod(C.double(x), C.double(y))) }
