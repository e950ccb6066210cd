package pyrandom_test

import (
	_ "github.com/gpython-ssl/gpython-ssl/modules/hashlib" // sha512 for str seeds
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/mathext" // libm results, as CPython's
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"   // os.urandom
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"   // Lib/modules/random.py, bisect
	_ "github.com/gpython-ssl/gpython-ssl/modules/random"
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread, for collections
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)
