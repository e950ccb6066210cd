package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of colorsys against CPython 3.6: the results must be
// the same floats, bit for bit.

const colorsysPrelude = pytesting.ShowRepr + `import colorsys, random
_rng = random.Random(7)
_samples = [tuple(_rng.random() for _ in range(3)) for _ in range(300)]
_edges = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.5, 0.5, 0.5), (1/3, 2/3, 1.0), (0.2, 0.7, 0.2), (0.9, 0.1, 0.9), (0.25, 0.25, 0.75)]
def table(name, pts):
    f = getattr(colorsys, name)
    return [f(*p) for p in pts]
`

var colorsysCases = []pytesting.Case{
	{"rgb_to_yiq edges", `table("rgb_to_yiq", _edges)`},
	{"yiq_to_rgb edges", `table("yiq_to_rgb", _edges)`},
	{"rgb_to_hls edges", `table("rgb_to_hls", _edges)`},
	{"hls_to_rgb edges", `table("hls_to_rgb", _edges)`},
	{"rgb_to_hsv edges", `table("rgb_to_hsv", _edges)`},
	{"hsv_to_rgb edges", `table("hsv_to_rgb", _edges)`},
	{"rgb_to_yiq random", `table("rgb_to_yiq", _samples)`},
	{"yiq_to_rgb random", `table("yiq_to_rgb", [(y, i - 0.5, q - 0.5) for y, i, q in _samples])`},
	{"rgb_to_hls random", `table("rgb_to_hls", _samples)`},
	{"hls_to_rgb random", `table("hls_to_rgb", _samples)`},
	{"rgb_to_hsv random", `table("rgb_to_hsv", _samples)`},
	{"hsv_to_rgb random", `table("hsv_to_rgb", _samples)`},
	{"hsv hue outside turn", `table("hsv_to_rgb", [(h * 4 - 2, s, v) for h, s, v in _samples[:50]])`},
	{"hls hue outside turn", `table("hls_to_rgb", [(h * 4 - 2, l, s) for h, l, s in _samples[:50]])`},
	{"round trip hsv", `max(abs(a - b) for p in _samples for a, b in zip(p, colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*p)))) < 1e-12`},
	{"round trip hls", `max(abs(a - b) for p in _samples for a, b in zip(p, colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*p)))) < 1e-12`},
	{"ints", `(colorsys.rgb_to_hsv(1, 1, 1), colorsys.rgb_to_hls(0, 0, 0), colorsys.hsv_to_rgb(0, 0, 1), colorsys.hls_to_rgb(0, 1, 0), colorsys.rgb_to_yiq(1, 0, 0))`},
	{"yiq clamps", `colorsys.yiq_to_rgb(1.0, 1.0, 1.0)`},
	{"gray", `(colorsys.rgb_to_hsv(0.3, 0.3, 0.3), colorsys.rgb_to_hls(0.3, 0.3, 0.3))`},
	{"constants", `(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)`},
	{"all", `colorsys.__all__`},
	{"str channel yiq", `colorsys.rgb_to_yiq("a", 1, 1)`},
	{"str channel hls", `colorsys.rgb_to_hls(0, 0, "x")`},
	{"none saturation", `colorsys.hls_to_rgb(0.5, 0.5, None)`},
	{"str hue", `colorsys.hsv_to_rgb("x", 0.5, 0.5)`},
	{"zero saturation passes value", `colorsys.hsv_to_rgb(0.5, 0.0, "x")`},
	{"missing args", `colorsys.rgb_to_hsv(1)`},
	{"missing one arg", `colorsys.hls_to_rgb(1, 2)`},
	{"too many args", `colorsys.yiq_to_rgb(1, 2, 3, 4)`},
	{"keywords", `colorsys.hsv_to_rgb(h=0.5, s=1.0, v=1.0)`},
	{"bad keyword", `colorsys.rgb_to_hls(r=1, g=1, x=1)`},
}

func TestSmallmodsColorsys(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_colorsys", colorsysPrelude, colorsysCases)
}
