// Package pyrandom registers the Python module "_random": the Mersenne
// Twister (MT19937) generator CPython 3.6's random module is built on,
// seeded as CPython seeds it so that the same seed gives the same numbers.
// Lib/modules/random.py builds the random module's distributions on it.
package pyrandom

import (
	"crypto/rand"
	"encoding/binary"
	"math/big"
)

// The parameters of MT19937 (Matsumoto and Nishimura, 1998).
const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	initSeed    = 19650218
	initMult    = 1812433253
	arrayMult1  = 1664525
	arrayMult2  = 1566083941
	temperMaskB = 0x9d2c5680
	temperMaskC = 0xefc60000
)

// mt is the generator's state: mtN words and the index of the next word
// to temper (mtN means the block must be regenerated first).
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand fills the state from one 32-bit seed.
func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = initMult*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from a key of 32-bit words, as the reference
// implementation's init_by_array (which CPython uses for every seed).
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(initSeed)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult1)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult2)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = upperMask // the most significant bit is 1: a non-zero state
	m.index = mtN
}

// seedInt seeds from a non-negative integer: its 32-bit words, least
// significant first (zero is the one-word key {0}).
func (m *mt) seedInt(n *big.Int) {
	words := n.Bits()
	key := make([]uint32, 0, 2*len(words)+1)
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = append(key, 0)
	}
	m.initByArray(key)
}

// seedRandom seeds from the operating system's entropy.
func (m *mt) seedRandom() {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic("_random: no system entropy: " + err.Error())
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	m.initByArray(key)
}

// regenerate computes the next block of mtN words.
func (m *mt) regenerate() {
	s := &m.state
	twist := func(i, next, far int) {
		y := s[i]&upperMask | s[next]&lowerMask
		s[i] = s[far] ^ (y >> 1) ^ (matrixA * (y & 1))
	}
	i := 0
	for ; i < mtN-mtM; i++ {
		twist(i, i+1, i+mtM)
	}
	for ; i < mtN-1; i++ {
		twist(i, i+1, i+mtM-mtN)
	}
	twist(mtN-1, 0, mtM-1)
	m.index = 0
}

// uint32 returns the next tempered 32-bit output.
func (m *mt) uint32() uint32 {
	if m.index >= mtN {
		m.regenerate()
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & temperMaskB
	y ^= (y << 15) & temperMaskC
	y ^= y >> 18
	return y
}

// float returns a float in [0, 1) with 53 random bits: 27 bits of one
// output and 26 of the next.
func (m *mt) float() float64 {
	a := m.uint32() >> 5
	b := m.uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits returns k > 0 random bits as an integer: whole 32-bit outputs fill
// it from the least significant word up, the last one keeping its top
// bits only.
func (m *mt) bits(k int) *big.Int {
	if k <= 32 {
		return new(big.Int).SetUint64(uint64(m.uint32() >> (32 - k)))
	}
	nwords := (k + 31) / 32
	buf := make([]byte, 4*nwords)
	for i := 0; i < nwords; i++ {
		r := m.uint32()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[4*(nwords-1-i):], r)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}

// below returns a uniform integer in [0, n) for n > 0 by rejection:
// getrandbits(n.bit_length()) drawn until it is below n, the very
// sequence of draws random.Random._randbelow makes.
func (m *mt) below(n *big.Int) *big.Int {
	k := n.BitLen()
	if n.IsUint64() && k <= 64 {
		limit := n.Uint64()
		for {
			var r uint64
			if k <= 32 {
				r = uint64(m.uint32() >> (32 - k))
			} else {
				lo := uint64(m.uint32())
				hi := uint64(m.uint32() >> (64 - k))
				r = hi<<32 | lo
			}
			if r < limit {
				return new(big.Int).SetUint64(r)
			}
		}
	}
	for {
		r := m.bits(k)
		if r.Cmp(n) < 0 {
			return r
		}
	}
}
