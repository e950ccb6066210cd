package _ssl

// #cgo pkg-config: libssl libcrypto
// #include "shim.h"
import "C"
