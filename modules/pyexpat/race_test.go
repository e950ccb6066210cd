package pyexpat

import "github.com/gpython-ssl/gpython-ssl/internal/raceflag"

// raceEnabled: under the race detector the resident set is no measure of
// leaks (its shadow memory grows with every allocation).
const raceEnabled = raceflag.Enabled
