package pyenum

import (
	"math/bits"
	"sort"
	"strconv"
	"strings"
)

// highBit is Python's value.bit_length() - 1 (of |value| for negatives).
func highBit(v int64) int {
	u := uint64(v)
	if v < 0 {
		u = uint64(-v) // -MinInt64 wraps to itself, read as 2**63: right.
	}
	return bits.Len64(u) - 1
}

func powerOfTwo(v int64) bool {
	return v > 0 && v&(v-1) == 0
}

// decomposeLocked lists the members covering value, largest value first,
// and the bits no member covers, as 3.6's enum._decompose: named members
// always count; pseudo-members only when value is non-negative and they
// hold a single bit. c.mu must be held.
func (c *Class) decomposeLocked(value int64) ([]*IntMember, int64) {
	notCovered := value
	negative := value < 0
	var members []*IntMember
	for _, mv := range c.valueOrder {
		m := c.byValue[mv]
		if m.name == "" && (negative || !powerOfTwo(mv)) {
			continue
		}
		if mv != 0 && mv&value == mv {
			members = append(members, m)
			notCovered &^= mv
		}
	}
	if len(members) == 0 {
		if m, ok := c.byValue[value]; ok {
			members = append(members, m)
		}
	}
	sort.SliceStable(members, func(i, j int) bool { return members[i].v > members[j].v })
	if len(members) > 1 && members[0].v == value {
		// The value's own member adds nothing to its breakdown.
		members = members[1:]
	}
	return members, notCovered
}

// pseudoLocked is 3.6's IntFlag._create_pseudo_member_: it makes an
// unnamed member for value and one for each single bit of value that no
// member covers, so that later reprs show those bits as numbers. c.mu must
// be held.
func (c *Class) pseudoLocked(value int64) *IntMember {
	if m, ok := c.byValue[value]; ok {
		return m
	}
	need := []int64{value}
	_, extra := c.decomposeLocked(value)
	// Bounded: each round clears the highest bit of |extra| (CPython's loop,
	// which ends the same way); 130 rounds cover any int64.
	for round := 0; extra != 0 && round < 130; round++ {
		bit := highBit(extra)
		if bit >= 63 {
			break // 2**63 is no int64; CPython would use a long here.
		}
		flag := int64(1) << bit
		if _, ok := c.byValue[flag]; !ok && !contains(need, flag) {
			need = append(need, flag)
		}
		if extra == -flag {
			extra = 0
		} else {
			extra ^= flag
		}
	}
	for i := len(need) - 1; i >= 0; i-- {
		v := need[i]
		if _, ok := c.byValue[v]; ok {
			continue
		}
		c.byValue[v] = &IntMember{cls: c, v: v}
		c.valueOrder = append(c.valueOrder, v)
	}
	return c.byValue[value]
}

func contains(vs []int64, v int64) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// flagLabel is the "A|B|4" part of a composite flag's repr and str.
func flagLabel(members []*IntMember) string {
	parts := make([]string, len(members))
	for i, m := range members {
		if m.name != "" {
			parts[i] = m.name
		} else {
			parts[i] = strconv.FormatInt(m.v, 10)
		}
	}
	return strings.Join(parts, "|")
}

// reprString is repr(m) as Python 3.6 prints it.
func (m *IntMember) reprString() string {
	c := m.cls
	val := strconv.FormatInt(m.v, 10)
	if m.name != "" {
		return "<" + c.name + "." + m.name + ": " + val + ">"
	}
	c.mu.Lock()
	members, _ := c.decomposeLocked(m.v)
	c.mu.Unlock()
	return "<" + c.name + "." + flagLabel(members) + ": " + val + ">"
}

// strString is str(m) as Python 3.6 prints it.
func (m *IntMember) strString() string {
	c := m.cls
	if m.name != "" {
		return c.name + "." + m.name
	}
	c.mu.Lock()
	members, _ := c.decomposeLocked(m.v)
	c.mu.Unlock()
	if len(members) == 1 && members[0].name == "" {
		return c.name + "." + strconv.FormatInt(members[0].v, 10)
	}
	return c.name + "." + flagLabel(members)
}
