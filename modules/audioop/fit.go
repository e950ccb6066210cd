package audioop

// findfit, findfactor and findmax work on 16-bit fragments only.

// shorts reads a 16-bit fragment.
func shorts(frag []byte) ([]float64, error) {
	if len(frag)%2 != 0 {
		return nil, fail("Strings should be even-sized")
	}
	vs := make([]float64, len(frag)/2)
	for i := range vs {
		vs[i] = float64(sampleAt(frag, 2, 2*i))
	}
	return vs, nil
}

// dot is the sum of a[i]*b[i] over b's length.
func dot(a, b []float64) float64 {
	s := 0.0
	for i := range b {
		s += a[i] * b[i]
	}
	return s
}

// findfit finds where in frag the reference matches best (least
// squares, with the factor that scales it), and that factor.
func findfit(frag, ref []byte) (int, float64, error) {
	f, err := shorts(frag)
	if err != nil {
		return 0, 0, err
	}
	r, err := shorts(ref)
	if err != nil {
		return 0, 0, err
	}
	if len(f) < len(r) {
		return 0, 0, fail("First sample should be longer")
	}
	n := len(r)
	rr := dot(r, r)
	ff := dot(f[:n], f[:n])
	residue := func(fr float64) float64 { return (rr*ff - fr*fr) / ff }
	best := residue(dot(f, r))
	at := 0
	for j := 1; j <= len(f)-n; j++ {
		ff += f[j+n-1]*f[j+n-1] - f[j-1]*f[j-1]
		if e := residue(dot(f[j:], r)); e < best {
			best, at = e, j
		}
	}
	return at, dot(f[at:], r) / rr, nil
}

func findfactor(frag, ref []byte) (float64, error) {
	f, err := shorts(frag)
	if err != nil {
		return 0, err
	}
	r, err := shorts(ref)
	if err != nil {
		return 0, err
	}
	if len(f) != len(r) {
		return 0, fail("Samples should be same size")
	}
	return dot(f, r) / dot(r, r), nil
}

// findmax is where the window of n samples with the most energy starts.
func findmax(frag []byte, n int) (int, error) {
	f, err := shorts(frag)
	if err != nil {
		return 0, err
	}
	if n < 0 || len(f) < n {
		return 0, fail("Input sample should be longer")
	}
	w := f[:n]
	energy := dot(w, w)
	best, at := energy, 0
	for j := 1; j <= len(f)-n; j++ {
		energy += f[j+n-1]*f[j+n-1] - f[j-1]*f[j-1]
		if energy > best {
			best, at = energy, j
		}
	}
	return at, nil
}
