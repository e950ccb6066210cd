package cmath

// The real functions the complex ones are built from come from the C
// library, as CPython's do, so that results agree to the last bit.

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

func lcos(x float64) float64   { return float64(C.cos(C.double(x))) }
func lsin(x float64) float64   { return float64(C.sin(C.double(x))) }
func ltan(x float64) float64   { return float64(C.tan(C.double(x))) }
func lcosh(x float64) float64  { return float64(C.cosh(C.double(x))) }
func lsinh(x float64) float64  { return float64(C.sinh(C.double(x))) }
func ltanh(x float64) float64  { return float64(C.tanh(C.double(x))) }
func lasinh(x float64) float64 { return float64(C.asinh(C.double(x))) }
func lexp(x float64) float64   { return float64(C.exp(C.double(x))) }
func llog(x float64) float64   { return float64(C.log(C.double(x))) }
func llog1p(x float64) float64 { return float64(C.log1p(C.double(x))) }
func lsqrt(x float64) float64  { return float64(C.sqrt(C.double(x))) }

func latan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }
func lhypot(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }
