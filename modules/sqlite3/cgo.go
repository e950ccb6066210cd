package sqlite3

/*
#cgo pkg-config: sqlite3
#include "shim.h"
*/
import "C"
