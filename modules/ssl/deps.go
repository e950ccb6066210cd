package ssl

// The modules Lib/ssl.py imports, registered with it so that a program
// linking this package alone still runs ssl.py whole: base64 (PEM
// encoding; binascii.Error for bad padding), time and calendar
// (cert_time_to_seconds), ipaddress (match_hostname, from the Python
// standard library of modules/pylib).
import (
	_ "github.com/gpython-ssl/gpython-ssl/modules/binascii"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
)
