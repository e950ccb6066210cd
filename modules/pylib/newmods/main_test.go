package newmods_test

import (
	_ "github.com/gpython-ssl/gpython-ssl" // every module of the interpreter
)
