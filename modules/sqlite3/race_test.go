package sqlite3_test

import "github.com/gpython-ssl/gpython-ssl/internal/raceflag"

// raceEnabled: under the race detector the resident set is no measure of
// leaks, and its slowness makes the full cycle counts take minutes.
const raceEnabled = raceflag.Enabled
