package ssl

// The modules Lib/ssl.py imports, registered with it so that a program
// linking this package alone still runs ssl.py whole: base64 (PEM
// encoding; binascii.Error for bad padding), time and calendar
// (cert_time_to_seconds), os.path (get_default_verify_paths), and from
// the Python standard library of modules/pylib enum and collections (the
// constant classes and named tuples; collections needs _thread) and
// ipaddress (match_hostname).
import (
	_ "github.com/gpython-ssl/gpython-ssl/modules/binascii"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
)
